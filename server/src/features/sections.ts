/**
 * The hover on a heading: which section it counts as and why, so a writer sees what the checker
 * understood ("Counts as the Root Cause section: its words 'how', 'happen'.").
 */
import { MarkupKind } from 'vscode-languageserver';
import type { Section } from '../analysis/model/model';
import type { SectionSpec } from '../analysis/base/settings';
import type { HoverProvider } from './hover';

/**
 * The title of a section kind: the title the settings give it (renamed sections keep their new
 * name), else the id in words ("contributing-factors" → "Contributing Factors").
 */
function titleOf(kind: string, required: readonly SectionSpec[]): string {
  const known = required.find((s) => s.id === kind)?.title;
  if (known) return known;
  return kind
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Kinds that are read (so the model can show them) but not required by default. */
const NOT_REQUIRED_BY_DEFAULT = new Set(['detection', 'resolution']);

/** The hover text for a section's heading; `required` is the document's required sections (`model.required`). */
export function sectionHoverText(section: Section, required: readonly SectionSpec[]): string {
  if (!section.kinds.length) {
    return 'Not read as one of the sections a post-mortem needs. If it is one, the "has no … section" warning offers to count it as that section.';
  }
  const name = (k: string) => {
    if (required.some((s) => s.id === k)) return `the **${titleOf(k, required)}** section`;
    return `the ${titleOf(k, required)} section (${NOT_REQUIRED_BY_DEFAULT.has(k) ? 'not required by default' : 'not required in these settings'})`;
  };
  const counts = `Counts as ${section.kinds.map(name).join(' and ')}`;
  const quoted = section.because.map((w) => `"${w}"`).join(', ');
  switch (section.decidedBy) {
    case 'alias':
      return `${counts}: its name ${quoted}.`;
    case 'meaning':
      return `${counts}: read from its words ${quoted}.`;
    case 'body':
      return `${counts}: read from its content (${section.because.join('; ')}).`;
    default:
      return `${counts}.`;
  }
}

/** Answers a hover over a heading (or a bold label standing for one) with the section it counts as. */
export const sectionHover: HoverProvider = ({ doc, offset }) => {
  const { model, lines } = doc;
  const line = lines.positionAt(offset).line;
  const section = model.sections.find((s) => (s.source === 'heading' ? s.heading.line === line : offset >= s.heading.start && offset <= s.heading.end));
  if (!section) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: sectionHoverText(section, model.required) },
    range: { start: lines.positionAt(section.heading.start), end: lines.positionAt(section.heading.end) },
  };
};
