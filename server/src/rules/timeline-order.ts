import type { Fix } from '../analysis/base/findings';
import { runTimelineCommand } from '../analysis/authoring/timeline-commands';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'timeline-order',
    description: 'Reports a timeline entry that is earlier than the entry before it, allowing for date changes, midnight and entries a note explains.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath('timeline-order'),
    templates: 'skip',
  },
  check(context) {
    const timeline = context.model.timeline;
    if (!timeline) return;
    // The fix is the Sort Timeline command's edit: computed once, and only when something is out of order.
    let sort: Fix[] | undefined;
    const sortFix = (): Fix[] => {
      if (!sort) {
        const { edits } = runTimelineCommand(context.doc, 'sortTimeline', 0, context.now);
        sort = edits.length ? [{ title: 'Sort the timeline by time', edits, isPreferred: true }] : [];
      }
      return sort;
    };
    let previous: (typeof timeline.entries)[number] | null = null;
    for (const entry of timeline.entries) {
      // A time that cannot be trusted as written is timeline-time-format's to report, and an entry
      // that a note explains is out of order on purpose; neither is compared.
      if (entry.instant === null || !entry.stamp || entry.problem || entry.orderExplained) continue;
      // Entries with a day and entries without one are on different scales; compare like with like.
      if (previous && (previous.date === null) === (entry.date === null) && entry.instant < previous.instant!) {
        const sameDay = entry.date !== null && entry.date === previous.date;
        context.report({
          message: `This entry (${entry.stamp.text}) is earlier than the one before it (${previous.stamp!.text}). Move it to its place, or correct its time${sameDay ? ' or its date: if it happened after midnight, write the next day' : ''}. "Post-Mortem: Sort Timeline" reorders the entries.`,
          start: entry.stamp.start,
          end: entry.stamp.end,
          fixes: sortFix(),
        });
      }
      previous = entry;
    }
  },
};

export default rule;
