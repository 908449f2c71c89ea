import type { Fix } from '../analysis/base/findings';
import { runTimelineCommand } from '../analysis/authoring/timeline-commands';
import type { TimelineEntry, TimePrecision } from '../analysis/model/model';
import { docsPath, type Rule, type RuleContext } from './types';

/** How long a time written to each precision lasts, in milliseconds. */
const SPAN: Record<TimePrecision, number> = { hour: 3_600_000, minute: 60_000, second: 1_000 };

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
    const sortHint = (verb: string) => (sortFix().length ? ` "Post-Mortem: Sort Timeline" ${verb}.` : '');
    // A time that cannot be trusted as written is timeline-time-format's to report, and an entry
    // that a note explains is out of order on purpose; neither is compared.
    const compared = timeline.entries.filter((entry) => entry.instant !== null && entry.stamp && !entry.problem && !entry.orderExplained);
    // Entries with a day and entries without one are on different scales; compare like with like.
    const comparable = (a: (typeof compared)[number], b: (typeof compared)[number]) => (a.date === null) === (b.date === null);
    // Times are compared to the precision they are written in: a time covers its whole minute (or
    // hour, or second), and an entry is earlier only when all of it is. "17:05" after "17:05:30" (a
    // log line, then a note written by hand) is the same minute, and "around 2 pm" after "14:02" the
    // same hour: neither is a step back.
    const earlier = (entry: (typeof compared)[number], before: (typeof compared)[number]) =>
      entry.instant! + SPAN[entry.precision ?? 'minute'] <= before.instant!;
    // Every entry earlier than the one before, or at the same time (two updates posted in the same
    // minute): written newest first, as status updates are posted. That is one finding about the
    // whole timeline, not one per entry; at least as many steps must go back as stay on a time (two runs
    // logged in the same second, newest first, are still one), so that a run of equal times is not one.
    const steps = compared
      .slice(1)
      .map((entry, i) =>
        !comparable(compared[i], entry) ? 'apart' : earlier(entry, compared[i]) ? 'back' : entry.instant! === compared[i].instant! ? 'same' : 'on',
      );
    const back = steps.filter((step) => step === 'back').length;
    const backwards = (from: number) => steps.slice(from).every((step) => step === 'back' || step === 'same');
    // The newest entry on top may be a day later than the rest with its day left out ("15:00 (Sat)" over
    // "20:30", "18:00" …): one step on at the very top, then three or more back, is the same order.
    // Sorting by time would put that top entry among the others, at its hour of the earlier day: it is
    // reported with no fix, and the day to add is named instead.
    const newestOnTop = steps[0] === 'on' && back >= 3 && backwards(1);
    if (compared.length >= 3 && (backwards(0) || newestOnTop) && back >= 2 && back * 2 >= steps.length) {
      const [first, last] = [compared[0], compared[compared.length - 1]];
      const advice = newestOnTop ? ` Write the day on its first entry, which is later than the rest, then reverse the entries.` : sortHint('reverses it');
      context.report({
        message: `This timeline runs newest first, from ${first.stamp!.text} back to ${last.stamp!.text}. A post-mortem's timeline reads oldest first, so the story unfolds in the order it happened.${advice}`,
        start: first.stamp!.start,
        end: first.stamp!.end,
        fixes: newestOnTop ? [] : sortFix(),
      });
      return;
    }
    daysOutOfOrder(context);
    let previous: (typeof compared)[number] | null = null;
    for (const entry of compared) {
      if (previous && comparable(previous, entry) && earlier(entry, previous)) {
        const sameDay = entry.date !== null && entry.date === previous.date;
        context.report({
          message: `This entry (${entry.stamp!.text}) is earlier than the one before it (${previous.stamp!.text}). Move it to its place, or correct its time${sameDay ? ' or its date: if it happened after midnight, write the next day' : ''}.${sortHint('reorders the entries')}`,
          start: entry.stamp!.start,
          end: entry.stamp!.end,
          fixes: sortFix(),
        });
      }
      previous = entry;
    }
  },
};

/**
 * Entries that write only their day ("| 2024-11-30 | fix merged |") have no time to order by: they
 * are ordered by their days, among themselves and against the days the timed entries write. A day
 * before the day of the entry above is out of order; the same day is not (a day covers its hours).
 * Pairs of two timed entries are left to the comparison of times.
 */
function daysOutOfOrder(context: RuleContext): void {
  const timeline = context.model.timeline!;
  const dated = timeline.entries.filter((e) => e.dateWritten && e.date !== null && !e.problem && !e.orderExplained);
  const dayOnly = (e: TimelineEntry) => e.stamp === null;
  if (!dated.some(dayOnly)) return;
  const span = (entry: TimelineEntry) => ({ start: entry.start, end: Math.min(entry.end, context.doc.lines.lineEnd(entry.line)) });
  const written = (entry: TimelineEntry) => entry.stamp?.text ?? entry.date!;
  // Every day earlier than the one before: a list of days written newest first is one finding.
  const days = dated.filter(dayOnly);
  if (days.length === dated.length && days.length >= 3 && days.every((e, i) => i === 0 || e.date! < days[i - 1].date!)) {
    context.report({
      message: `This timeline runs newest first, from ${written(days[0])} back to ${written(days[days.length - 1])}. A post-mortem's timeline reads oldest first, so the story unfolds in the order it happened.`,
      ...span(days[0]),
    });
    return;
  }
  for (let i = 1; i < dated.length; i++) {
    const [previous, entry] = [dated[i - 1], dated[i]];
    if ((!dayOnly(previous) && !dayOnly(entry)) || entry.date! >= previous.date!) continue;
    context.report({
      message: `This entry (${written(entry)}) is on a day before the entry above it (${written(previous)}). Move it to its place, or correct its date.`,
      ...span(entry),
    });
  }
}

export default rule;
