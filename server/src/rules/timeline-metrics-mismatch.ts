import type { StatedMetric, TimelineEntry } from '../analysis/model/model';
import { milestoneEntries, minutesBetween } from '../analysis/model/timeline';
import { formatLike, formatMinutes } from '../analysis/model/timeline/durations';
import { docsPath, type Rule } from './types';

const NAMES: Record<StatedMetric['kind'], string> = {
  detect: 'time to detect',
  mitigate: 'time to mitigate',
  resolve: 'time to resolve',
  repair: 'time to repair',
};

const rule: Rule = {
  meta: {
    id: 'timeline-metrics-mismatch',
    description: 'Reports a duration the document states (such as "Time to detection: 20 min") that disagrees with the timeline.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath('timeline-metrics-mismatch'),
    templates: 'skip',
    options: {
      tolerance: { type: 'number', default: 1, min: 0, max: 1440, description: 'Minutes by which a stated figure may differ from the timeline.' },
    },
  },
  check(context) {
    const timeline = context.model.timeline;
    if (!timeline || !timeline.stated.length) return;
    const m = milestoneEntries(timeline.entries);
    const tolerance = context.options.tolerance as number;
    for (const stated of timeline.stated) {
      // Teams measure from the start of impact or from the detection; either reading is accepted.
      const pairs: [TimelineEntry | null, TimelineEntry | null][] = {
        detect: [[m.start, m.detection]],
        mitigate: [
          [m.start, m.mitigation],
          [m.detection, m.mitigation],
        ],
        resolve: [
          [m.start, m.resolution],
          [m.detection, m.resolution],
        ],
        repair: [
          [m.start, m.mitigation],
          [m.detection, m.mitigation],
          [m.start, m.resolution],
          [m.detection, m.resolution],
        ],
      }[stated.kind] as [TimelineEntry | null, TimelineEntry | null][];
      const readings = pairs.map(([from, to]) => ({ from, to, minutes: minutesBetween(from, to) })).filter((r) => r.minutes !== null);
      if (!readings.length) continue;
      const allowed = Math.max(tolerance, stated.approximate ? stated.minutes * 0.1 : 0);
      if (readings.some((r) => Math.abs(r.minutes! - stated.minutes) <= allowed)) continue;
      const best = readings[0];
      const written = context.doc.text.slice(stated.start, stated.end);
      const from = best.from!.stamp?.text ?? best.from!.time;
      const to = best.to!.stamp?.text ?? best.to!.time;
      context.report({
        message: `This says ${written} for ${NAMES[stated.kind]}, but the timeline gives ${formatMinutes(best.minutes!)} (from ${from} to ${to}). Correct the figure or the timeline.`,
        start: stated.start,
        end: stated.end,
        fixes: [
          {
            title: `Change to ${formatLike(written, best.minutes!)}, as the timeline gives`,
            edits: [{ start: stated.start, end: stated.end, newText: formatLike(written, best.minutes!) }],
          },
        ],
      });
    }
  },
};

export default rule;
