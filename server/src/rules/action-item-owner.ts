import { isClosed } from '../analysis/model/action-item-fields';
import { readingFixes } from '../analysis/authoring/reading-fixes';
import { ownerFix } from '../analysis/authoring/action-item-fixes';
import { itemRange, OWNER_PLACEHOLDER, ownerSuggestions } from '../analysis/model/action-items/rule-helpers';
import type { Fix } from '../analysis/base/findings';
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
      // "Backlog" written where the owner belongs is reported by action-item-vague-owner, once.
      if (isClosed(item) || item.owner !== null || item.ownerStandIn) continue;
      const fixes: Fix[] = [];
      for (const name of names) {
        const fix = ownerFix(doc, item, name, `Make ${name} the owner`);
        if (fix) fixes.push(fix);
      }
      const placeholder = ownerFix(doc, item, OWNER_PLACEHOLDER, `Add an owner placeholder (${OWNER_PLACEHOLDER}) to fill in`);
      if (placeholder) fixes.push(placeholder);
      fixes.push(...readingFixes(doc, item));
      context.report({
        ...itemRange(doc, item),
        message: `No owner: ${
          !item.table
            ? 'name the one person who will see this through, for example "(owner: Name)" or "@handle".'
            : item.table.columns.owner === undefined
              ? 'add an Owner column to the table and name the one person who will see this item through.'
              : 'name the one person who will see this through in the Owner cell.'
        }`,
        fixes,
      });
    }
  },
};

export default rule;
