import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'empty-section',
    description: 'Reports a required section whose body is empty or holds only placeholders such as TBD, TODO or [Incident Date].',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('empty-section'),
    templates: 'skip',
  },
  check(context) {
    const seen = new Set<string>();
    for (const spec of context.model.required) {
      const sections = context.model.sections.filter((s) => s.kinds.includes(spec.id));
      if (!sections.length || seen.has(spec.id) || sections.some((s) => !s.empty)) continue;
      seen.add(spec.id);
      const first = sections[0];
      context.report({
        message: first.placeholderOnly
          ? `The "${first.heading.text}" section holds only placeholders. Replace them with what happened.`
          : `The "${first.heading.text}" section is empty. ${spec.prompt.replace(/^TODO:\s*/, '')}`,
        start: first.heading.start,
        end: first.heading.end,
      });
    }
  },
};

export default rule;
