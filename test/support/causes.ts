/**
 * The causes the facts read from a post-mortem written as lines, for the tests of contributing
 * factors and triggers, and two ways to write such a post-mortem under a title.
 */
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { factsOf } from '../../server/src/analysis/model/facts/index';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const settings = defaultSettings();

/** The causes read from the lines, as a post-mortem kept in a post-mortem folder. */
export function causesOf(lines: readonly string[]) {
  return factsOf(analyzeDocument(lines.join('\n'), 'postmortems/x.md', settings), settings).causes;
}

/** The trigger read from the lines, or null when the reading abstains. */
export const triggerOf = (...lines: string[]): string | null => causesOf(lines).trigger?.trigger ?? null;

/** The contributing-factor categories read from the lines, sorted. */
export const categoriesOf = (...lines: string[]): string[] =>
  causesOf(lines)
    .categories.map((c) => c.category)
    .sort();

/** A post-mortem under `title` with one section per `[heading, ...body]`. */
export const withSections =
  (title: string) =>
  (...sections: [string, ...string[]][]): string[] => [`# ${title}`, '', ...sections.flatMap(([heading, ...body]) => [`## ${heading}`, '', ...body, ''])];

/** A post-mortem under `title` with one section. */
export const withSection =
  (title: string) =>
  (heading: string, ...lines: string[]): string[] => [`# ${title}`, '', `## ${heading}`, '', ...lines];
