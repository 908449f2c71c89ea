import { sectionsOfKind } from '../analysis/model/facts/passages';
import { describeWhy, listInProse } from '../similarity/describe';
import { entryFromDocument } from '../similarity/entry';
import type { RelatedIncident } from '../similarity/types';
import { docsPath, type Rule } from './types';

/** The score (0–1) from which an earlier post-mortem counts as the same kind of incident; see docs/rules/recurring-incident.md for how it was chosen. */
export const RECURRING_THRESHOLD = 0.25;

const quoted = (r: RelatedIncident) => `'${r.entry.title ?? 'Untitled'}' (${r.entry.day ?? 'no date'})`;

/** True when every action item of an earlier incident was done and due before this one began: its fix did not hold. */
function fixDidNotHold(r: RelatedIncident, day: string | null): boolean {
  const { total, open, latestDue } = r.entry.items;
  return total > 0 && open === 0 && !!latestDue && !!day && latestDue < day;
}

const rule: Rule = {
  meta: {
    id: 'recurring-incident',
    description:
      'The post-mortem closely resembles earlier ones in the archive: says which, how many of their action items are still open, and when their fix did not hold.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('recurring-incident'),
    templates: 'skip',
    archive: true,
    options: {
      minScore: {
        type: 'number',
        default: RECURRING_THRESHOLD,
        min: 0.05,
        max: 1,
        description: 'How similar (0–1) an earlier post-mortem must be to count as the same kind of incident.',
      },
      maxShown: { type: 'number', default: 3, min: 1, max: 10, description: 'The most earlier post-mortems named in one finding.' },
    },
  },
  check(context) {
    const { archive, doc, settings } = context;
    if (!archive) return;
    // The finding sits on the root-cause heading: without that section there is no cause to compare.
    const section = sectionsOfKind(doc, 'root-cause')[0];
    if (!section) return;
    const query = entryFromDocument(archive.documentId, doc, settings);
    // A draft without a date is taken as the newest post-mortem: every dated one is earlier.
    const before = query.day ?? '9999-12-31';
    const similar = archive.related(query, { before, minScore: context.options.minScore as number, limit: context.options.maxShown as number });
    if (!similar.length) return;
    const open = similar.reduce((n, r) => n + r.entry.items.open, 0);
    const their = similar.length === 1 ? 'its' : 'their';
    let message = `Resembles ${listInProse(similar.map(quoted))}`;
    if (open) message += `; ${open} of ${their} action items ${open === 1 ? 'is' : 'are'} still open.`;
    else message += '.';
    const held = similar.filter((r) => fixDidNotHold(r, query.day));
    for (const r of held) {
      const { total, latestDue } = r.entry.items;
      message += ` ${quoted(r)} had ${total === 1 ? 'its one action item' : `all ${total} of its action items`} done, due by ${latestDue}, before this incident: the fix did not hold.`;
    }
    context.report({
      message,
      start: section.heading.start,
      end: section.heading.end,
      related: similar.map((r) => ({ uri: r.entry.id, line: r.entry.text.rootCauseLine ?? 0, message: `${quoted(r)}: ${describeWhy(r.why)}` })),
    });
  },
};

export default rule;
