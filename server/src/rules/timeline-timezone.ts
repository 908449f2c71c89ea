import type { TimelineEntry } from '../analysis/model/model';
import { nextLineIsBlank } from '../analysis/base/text';
import { docsPath, type Rule } from './types';

/** Zones written as numeric offsets (`+02:00`) or UTC say exactly which instant they mean. */
function isExplicitOffset(label: string): boolean {
  return label === 'UTC' || /^[+-]\d{2}:\d{2}$/.test(label);
}

const rule: Rule = {
  meta: {
    id: 'timeline-timezone',
    description: 'Reports a timeline that never states its time zone, and entries in another zone written without an offset.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath('timeline-timezone'),
    templates: 'skip',
  },
  check(context) {
    const timeline = context.model.timeline;
    if (!timeline) return;
    const timed = timeline.entries.filter((e) => e.stamp && e.clock);
    if (!timed.length) return;
    if (!timeline.timezone && timed.every((e) => !e.zoneWritten)) {
      const heading = timeline.heading;
      const at = heading ?? { start: timed[0].stamp!.start, end: timed[0].stamp!.end };
      const eol = context.doc.lines.eol;
      // The note is a paragraph of its own: a line right under the heading would run on into it.
      const after = heading && !nextLineIsBlank(context.doc.text, heading.end) ? eol : '';
      const fixes = heading
        ? [{ title: 'State that the times are in UTC', edits: [{ start: heading.end, end: heading.end, newText: `${eol}${eol}All times in UTC.${after}` }] }]
        : [];
      context.report({
        message:
          'The timeline does not say which time zone its times are in. Add a note such as "All times in UTC", or write the zone in the time column\'s header.',
        start: at.start,
        end: at.end,
        fixes,
      });
      return;
    }
    // The zone most entries use is the timeline's zone unless the document states one.
    const counts = new Map<string, number>();
    for (const e of timed) if (e.zone) counts.set(e.zone, (counts.get(e.zone) ?? 0) + 1);
    const dominant = timeline.timezone ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    if (!dominant) return;
    const odd: TimelineEntry[] = timed.filter((e) => e.zoneWritten && e.zone && e.zone !== dominant && !isExplicitOffset(e.zone));
    for (const entry of odd) {
      context.report({
        message: `This entry is in ${entry.zone} while the timeline is in ${dominant}. Convert it to ${dominant}, or write its offset from UTC, so that readers compare like with like.`,
        start: entry.stamp!.start,
        end: entry.stamp!.end,
      });
    }
  },
};

export default rule;
