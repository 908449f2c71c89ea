import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'timeline-time-format',
    description: 'Reports a timeline entry whose time cannot be read, and entries written in another format than the rest of the timeline.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('timeline-time-format'),
    templates: 'skip',
  },
  check(context) {
    const timeline = context.model.timeline;
    if (!timeline) return;
    // "2023-MM-DD": a day a draft left to fill in, whatever the other entries write.
    for (const entry of timeline.entries) {
      if (entry.stamp || !entry.problem) continue;
      const lineStart = context.doc.lines.lineStart(entry.line);
      const written = /(?:\d{4}|YYYY)-[\dMX?]{2}-[\dDX?]{2}/i.exec(context.doc.text.slice(lineStart, context.doc.lines.lineEnd(entry.line)));
      const start = written ? lineStart + written.index : entry.start;
      context.report({
        message: `The date "${written?.[0] ?? 'placeholder'}" is still a placeholder. Fill in the day (and the time, if known) from the logs, chat or tickets, or say the day is unknown.`,
        start,
        end: written ? start + written[0].length : Math.min(entry.end, context.doc.lines.lineEnd(entry.line)),
      });
    }
    const timed = timeline.entries.filter((e) => e.clock);
    if (!timed.length) return;
    // A time told coarsely, or said to be unknown ("| Unknown | The script ran |", "- ?: the key was
    // copied"), is written as it should be, as the placeholder's message advises: the model reads it as `coarse`.
    for (const entry of timeline.entries) {
      if (!entry.stamp && !entry.date && !entry.time && !entry.coarse && !entry.problem) {
        const lineEnd = context.doc.lines.lineEnd(entry.line);
        context.report({
          message: 'No time can be read in this timeline entry. Start it with a time such as 14:05 (or 2:05 pm), taken from logs or chat.',
          start: entry.start,
          end: Math.min(entry.end, lineEnd),
        });
      } else if (entry.problem && entry.stamp) {
        context.report({
          message: `The time "${entry.stamp.text}" cannot be trusted as written: ${entry.problem}.`,
          start: entry.stamp.start,
          end: entry.stamp.end,
        });
      }
    }
    // Mixed clocks: the 12-hour and the 24-hour clock in one timeline make readers convert. A time
    // without "am" or "pm" proves the 24-hour clock only by an hour past 12 or a leading zero
    // ("14:10", "09:05"): "4:00" or "12:16" may be a 12-hour time that leaves its half of the day out.
    const clockOf = (entry: (typeof timed)[number]): '12h' | '24h' | null =>
      entry.clock === '12h' ? '12h' : twentyFourHour(entry.stamp?.text ?? '') ? '24h' : null;
    const twelve = timed.filter((e) => clockOf(e) === '12h').length;
    const twentyFour = timed.filter((e) => clockOf(e) === '24h').length;
    if (!twelve || !twentyFour) return;
    const usual = twelve > twentyFour ? '12h' : '24h';
    const name = (clock: string) => (clock === '12h' ? '12-hour' : '24-hour');
    for (const entry of timed) {
      const clock = clockOf(entry);
      if (clock === usual || clock === null || entry.problem) continue;
      context.report({
        message: `This time uses the ${name(entry.clock!)} clock while the rest of the timeline uses the ${name(usual)} clock. "Post-Mortem: Normalise Timeline Times" writes every time the same way.`,
        start: entry.stamp!.start,
        end: entry.stamp!.end,
      });
    }
  },
};

/**
 * True when a stamp's clock time is one only the 24-hour clock writes: an hour past 12, or an hour
 * written with a leading zero. A time written without a colon ("1430 UTC") counts, as it always has.
 */
function twentyFourHour(stamp: string): boolean {
  const m = /(?<![\d:.-])(\d{1,2}):\d{2}/.exec(stamp);
  return !m || Number(m[1]) > 12 || (m[1].length === 2 && m[1][0] === '0');
}

export default rule;
