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
    // Mixed clocks: the 12-hour and the 24-hour clock in one timeline make readers convert.
    const twelve = timed.filter((e) => e.clock === '12h').length;
    if (!twelve || twelve === timed.length) return;
    const usual = twelve * 2 > timed.length ? '12h' : '24h';
    const name = (clock: string) => (clock === '12h' ? '12-hour' : '24-hour');
    for (const entry of timed) {
      if (entry.clock === usual || entry.problem) continue;
      context.report({
        message: `This time uses the ${name(entry.clock!)} clock while the rest of the timeline uses the ${name(usual)} clock. "Post-Mortem: Normalise Timeline Times" writes every time the same way.`,
        start: entry.stamp!.start,
        end: entry.stamp!.end,
      });
    }
  },
};

export default rule;
