import type { AnalysedDocument, ActionItem, Section } from '../model';
import type { Settings } from '../../base/settings';
import { factsOf } from './index';
import { sectionsOfKind } from './passages';

const quote = (words: string[]) =>
  words
    .slice(0, 3)
    .map((w) => `"${w.replace(/[\\`*_[\]<>|]/g, '\\$&').slice(0, 60)}"`)
    .join(', ');
const label = (id: string) => id.replace(/_/g, ' ');

/**
 * The hover on a root-cause heading: its contributing factors (explicit, or inferred with the
 * words they were inferred from), the trigger, and how deep the why goes. Null off such a heading.
 */
export function rootCauseHover(
  doc: AnalysedDocument,
  settings: Settings,
  offset: number,
): { markdown: string; start: number; end: number; section: Section } | null {
  const section = sectionsOfKind(doc, 'root-cause').find((s) => s.heading.start <= offset && offset <= s.heading.end);
  if (!section) return null;
  const facts = factsOf(doc, settings);
  const { categories, trigger } = facts.causes;
  const lines = ['**Contributing factors**', ''];
  if (!categories.length) lines.push('None named, and none can be inferred with confidence.');
  for (const c of categories) lines.push(`- ${label(c.category)}${c.source === 'inferred' ? ` (inferred from: ${quote(c.evidence)})` : ''}`);
  lines.push(
    '',
    `**Trigger:** ${trigger ? `${label(trigger.trigger)}${trigger.source === 'inferred' ? ` (inferred from: ${quote(trigger.evidence)})` : ''}` : 'not named; too unsure to infer'}`,
  );
  const shape = facts.rootCause;
  if (shape?.whys)
    lines.push(
      '',
      `**Why depth:** ${shape.whys.depth}; the last answer is about ${shape.whys.lastAnswerAbout === 'person' ? 'a person: ask the next why' : 'the system or the process'}.`,
    );
  else if (shape)
    lines.push(
      '',
      `**Why depth:** not written as a chain of whys; ${shape.explained ? 'the cause is explained by another' : shape.namesGap ? 'it names a gap in the system or the process' : 'one cause with no why behind it'}.`,
    );
  return { markdown: lines.join('\n'), start: section.heading.start, end: section.heading.end, section };
}

/** One line for the hover on an action item: its kind, and what it was inferred from. */
export function itemKindLine(doc: AnalysedDocument, settings: Settings, item: ActionItem): string | null {
  const index = doc.model.actionItems.indexOf(item);
  if (index < 0) return null;
  const kind = factsOf(doc, settings).itemKinds[index];
  if (!kind) return null;
  const why =
    kind.source === 'written'
      ? 'as written'
      : kind.evidence.length
        ? `inferred from: ${quote(kind.evidence)}`
        : 'inferred: nothing names detection, response or communication';
  return `**Kind:** ${kind.kind} (${why})`;
}
