import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'timeline-milestones',
    description: 'Hints when no timeline entry marks the detection or the mitigation, so time to detect and to mitigate cannot be computed.',
    defaultSeverity: 'hint',
    fixable: false,
    docs: docsPath('timeline-milestones'),
    templates: 'skip',
  },
  check(context) {
    const timeline = context.model.timeline;
    if (!timeline) return;
    const timed = timeline.entries.filter((e) => e.instant !== null);
    if (timed.length < 2) return;
    const has = (m: string) => timed.some((e) => e.milestone === m);
    const missing: string[] = [];
    if (!has('detection')) missing.push('when the incident was detected (for example "alert fired", "paged", or the tag [detected])');
    if (!has('mitigation')) missing.push('when it was mitigated (for example "rolled back", "failed over", or the tag [mitigated])');
    if (!missing.length) return;
    const at = timeline.heading ?? { start: timed[0].start, end: timed[0].end };
    context.report({
      message: `No timeline entry says ${missing.join(', nor ')}, so ${missing.length === 2 ? 'time to detect and time to mitigate' : missing[0].startsWith('when the incident') ? 'time to detect' : 'time to mitigate'} cannot be computed. Mark the entry with such words or a tag.`,
      start: at.start,
      end: at.end,
    });
  },
};

export default rule;
