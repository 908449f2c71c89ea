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
    const timed = timeline.entries.filter((e) => e.clock);
    if (!timed.length) return;
    for (const entry of timeline.entries) {
      if (!entry.stamp && !entry.date && !entry.time) {
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
