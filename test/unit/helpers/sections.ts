/**
 * Reading the sections of a post-mortem written for a test: the model under a path (the path
 * can carry the incident's date), one section by its heading, or the kinds it counts as. A
 * heading that is not there fails with the headings that are, not with a property of undefined.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import type { Section } from '../../../server/src/analysis/model/model';

export interface SectionReader {
  /** The whole model of the text. */
  analyse: (text: string) => ReturnType<typeof analyzeDocument>['model'];
  /** The section under `heading` (its text as written); fails when there is none. */
  sectionOf: (text: string, heading: string) => Section;
  /** The kinds the section under `heading` counts as; none when there is no such heading. */
  kindsOf: (text: string, heading: string) => readonly string[];
}

/** A reader of sections for documents kept at `path`, with the default settings. */
export function sectionReader(path = 'postmortems/x.md'): SectionReader {
  const settings = defaultSettings();
  const analyse = (text: string) => analyzeDocument(text, path, settings).model;
  return {
    analyse,
    sectionOf: (text, heading) => {
      const sections = analyse(text).sections;
      const found = sections.find((s) => s.heading.text === heading);
      assert.ok(found, `no section headed "${heading}"; the headings read are: ${sections.map((s) => JSON.stringify(s.heading.text)).join(', ') || 'none'}`);
      return found;
    },
    kindsOf: (text, heading) => analyse(text).sections.find((s) => s.heading.text === heading)?.kinds ?? [],
  };
}
