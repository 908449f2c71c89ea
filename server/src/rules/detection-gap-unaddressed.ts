import { factsOf } from '../analysis/model/facts/index';
import { sectionsOfKind } from '../analysis/model/facts/passages';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'detection-gap-unaddressed',
    description: 'Detection (or mitigation) took longer than the configured threshold, and no action item is of the detection (or response) kind.',
    defaultSeverity: 'hint',
    fixable: false,
    docs: docsPath('detection-gap-unaddressed'),
    templates: 'skip',
  },
  check(context) {
    const { doc, model, settings } = context;
    const timeline = model.timeline;
    if (!timeline) return;
    const { timeToDetect, timeToMitigate } = timeline.metrics;
    const { detectionThreshold, mitigationThreshold } = settings.facts;
    const slowDetect = timeToDetect !== null && timeToDetect > detectionThreshold;
    const slowMitigate = timeToMitigate !== null && timeToMitigate > mitigationThreshold;
    if (!slowDetect && !slowMitigate) return;
    // Without action items there is nothing to weigh: required-sections reports the missing section.
    const actions = sectionsOfKind(doc, 'action-items')[0];
    if (!actions && !model.actionItems.length) return;
    // A dropped item ("Won't do", struck through) makes nothing sooner: only the others address the gap.
    const kinds = new Set(
      factsOf(doc, settings)
        .itemKinds.filter((_, i) => model.actionItems[i]?.dropped === null)
        .map((k) => k.kind),
    );
    const at = actions ? actions.heading : (timeline.heading ?? { start: timeline.start, end: timeline.start });
    if (slowDetect && !kinds.has('detection')) {
      context.report({
        message: `Detection took ${timeToDetect} minutes (more than ${detectionThreshold}), and no action item makes it sooner. Add an alert, a dashboard or a synthetic check that would have caught it.`,
        start: at.start,
        end: at.end,
      });
    }
    if (slowMitigate && !kinds.has('response')) {
      context.report({
        message: `Mitigation took ${timeToMitigate} minutes (more than ${mitigationThreshold}), and no action item makes the response faster. Add a runbook, an escalation path or a paging change.`,
        start: at.start,
        end: at.end,
      });
    }
  },
};

export default rule;
