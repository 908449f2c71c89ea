import emptySection from './empty-section';
import metadataDate from './metadata-date';
import requiredSections from './required-sections';
import timelineMetricsMismatch from './timeline-metrics-mismatch';
import timelineMilestones from './timeline-milestones';
import timelineOrder from './timeline-order';
import timelineTimeFormat from './timeline-time-format';
import timelineTimezone from './timeline-timezone';
import type { Rule } from './types';

/** Every rule, in the order findings of equal position are listed. */
export const RULES: readonly Rule[] = [
  requiredSections,
  emptySection,
  metadataDate,
  timelineOrder,
  timelineTimezone,
  timelineTimeFormat,
  timelineMilestones,
  timelineMetricsMismatch,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
