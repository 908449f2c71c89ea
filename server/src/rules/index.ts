import blamingLanguage from './blaming-language';
import actionItemDueDate from './action-item-due-date';
import actionItemOverdue from './action-item-overdue';
import actionItemOwner from './action-item-owner';
import actionItemTicket from './action-item-ticket';
import actionItemVagueDue from './action-item-vague-due';
import actionItemVagueOutcome from './action-item-vague-outcome';
import actionItemVagueOwner from './action-item-vague-owner';
import actionItemsTooMany from './action-items-too-many';
import emptySection from './empty-section';
import hindsightLanguage from './hindsight-language';
import metadataDate from './metadata-date';
import requiredSections from './required-sections';
import timelineMetricsMismatch from './timeline-metrics-mismatch';
import timelineMilestones from './timeline-milestones';
import timelineOrder from './timeline-order';
import timelineTimeFormat from './timeline-time-format';
import timelineTimezone from './timeline-timezone';
import impactUnquantified from './impact-unquantified';
import rootCauseDepth from './root-cause-depth';
import detectionGapUnaddressed from './detection-gap-unaddressed';
import contributingFactorsMissing from './contributing-factors-missing';
import recurringIncident from './recurring-incident';
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
  blamingLanguage,
  hindsightLanguage,
  actionItemOwner,
  actionItemVagueOwner,
  actionItemDueDate,
  actionItemVagueDue,
  actionItemOverdue,
  actionItemVagueOutcome,
  actionItemsTooMany,
  actionItemTicket,
  impactUnquantified,
  rootCauseDepth,
  detectionGapUnaddressed,
  contributingFactorsMissing,
  recurringIncident,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
