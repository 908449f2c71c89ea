import { factsOf } from '../analysis/model/facts/index';
import { sectionsOfKind } from '../analysis/model/facts/passages';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'contributing-factors-missing',
    description: 'The root cause names no contributing-factor category, and none can be inferred with confidence (off unless configured).',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('contributing-factors-missing'),
    templates: 'skip',
    defaultOff: true,
  },
  check(context) {
    const { doc, settings } = context;
    const section = sectionsOfKind(doc, 'root-cause').find((s) => !s.empty);
    if (!section) return;
    const causes = factsOf(doc, settings).causes;
    if (causes.categories.some((c) => c.source === 'explicit') || causes.confident) return;
    const names = settings.facts.categories.map((c) => c.id.replace(/_/g, ' ')).join(', ');
    context.report({
      message: `The root cause names no contributing factor. Say which of these played a part: ${names} (the pm-root-cause-categories snippet writes the list).`,
      start: section.heading.start,
      end: section.heading.end,
    });
  },
};

export default rule;
