import { isClosed } from '../analysis/model/action-item-fields';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'action-items-too-many',
    description: 'Reports a post-mortem with more open action items than a configurable limit.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('action-items-too-many'),
    templates: 'skip',
    options: {
      max: { type: 'number', default: 10, min: 1, max: 1000, description: 'The most open action items a post-mortem may have.' },
    },
  },
  check(context) {
    const max = context.options.max as number;
    const open = context.model.actionItems.filter((item) => !isClosed(item));
    if (open.length <= max) return;
    const section = context.model.sections.find((s) => s.kind === 'action-items');
    const anchor = section ? section.heading : open[max];
    context.report({
      start: anchor.start,
      end: anchor.end,
      message: `This post-mortem has ${open.length} open action items, more than ${max}. A long list spreads attention thin and most of it will not get done: keep the items that would stop a repeat, and move the rest to the team's backlog.`,
    });
  },
};

export default rule;
