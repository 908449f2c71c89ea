import { isClosed } from '../analysis/model/action-item-fields';
import { readingFixes } from '../analysis/authoring/reading-fixes';
import { dueFix } from '../analysis/authoring/action-item-fixes';
import { dueChoices } from '../analysis/model/action-items/policy';
import { itemRange, itemSubject } from '../analysis/model/action-items/rule-helpers';
import type { Fix } from '../analysis/base/findings';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'action-item-due-date',
    description: 'Reports an open action item with no due date.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath('action-item-due-date'),
    templates: 'skip',
  },
  check(context) {
    const { doc, settings } = context;
    // An item due "soon" is the vague-due rule's to report: the engine's arbitration drops this
    // finding when that rule reports the same item (`subject`).
    const choices = dueChoices(context.doc, settings.duePolicy, context.now);
    for (const item of context.model.actionItems) {
      if (isClosed(item) || item.dueText !== null) continue;
      const fixes: Fix[] = [];
      for (const choice of choices) {
        const fix = dueFix(doc, item, choice.iso, `Set the due date to ${choice.iso} (${choice.label})`);
        if (fix) fixes.push(fix);
      }
      fixes.push(...readingFixes(doc, item));
      context.report({
        ...itemRange(doc, item),
        message: `No due date: ${
          !item.table
            ? 'give it a calendar date, for example "(due: YYYY-MM-DD)", so that its follow-up can be checked.'
            : item.table.columns.due === undefined
              ? 'add a Due column to the table and give this item a calendar date, so that its follow-up can be checked.'
              : 'write a calendar date in the Due cell, so that its follow-up can be checked.'
        }`,
        fixes,
        subject: itemSubject(item),
      });
    }
  },
};

export default rule;
