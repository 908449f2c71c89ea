import { ownerFix } from '../analysis/action-items/fixes';
import { itemRange, OWNER_PLACEHOLDER, ownerSuggestions, quote } from '../analysis/action-items/rule-helpers';
import type { Fix } from '../analysis/findings';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'action-item-owner',
    description: 'Reports an open action item that names no owner (no owner cell, @handle, "Owner: …" or "— Name").',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath('action-item-owner'),
    templates: 'skip',
  },
  check(context) {
    const { doc } = context;
    const names = ownerSuggestions(doc, context.settings);
    for (const item of context.model.actionItems) {
      if (item.done || item.owner !== null) continue;
      const fixes: Fix[] = [];
      for (const name of names) {
        const fix = ownerFix(doc, item, name, `Make ${name} the owner`);
        if (fix) fixes.push(fix);
      }
      const placeholder = ownerFix(doc, item, OWNER_PLACEHOLDER, `Add an owner placeholder (${OWNER_PLACEHOLDER}) to fill in`);
      if (placeholder) fixes.push(placeholder);
      context.report({
        ...itemRange(doc, item),
        message: `The action item ${quote(item)} has no owner. Name the one person who will see it through${item.table ? ' in the owner column' : ', for example "(owner: Name)" or "@handle"'}.`,
        fixes,
      });
    }
  },
};

export default rule;
