import { dueFix } from '../analysis/authoring/action-item-fixes';
import { dueChoices } from '../analysis/model/action-items/policy';
import { itemRange, rawWords } from '../analysis/model/action-items/rule-helpers';
import { DEFAULT_VAGUE_DUE, vagueDuePhrase } from '../analysis/model/action-items/vague';
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
    // A vague phrase such as "soon" is the vague-due rule's to report, unless that rule is off.
    const vague = settings.rules['action-item-vague-due'];
    const vagueWords = vague?.severity === 'off' ? [] : ((vague?.options.words as string[] | undefined) ?? DEFAULT_VAGUE_DUE);
    const choices = dueChoices(context.model, settings.duePolicy, context.now);
    for (const item of context.model.actionItems) {
      if (item.done || item.dueText !== null) continue;
      if (vagueDuePhrase(item, rawWords(doc, item), vagueWords)) continue;
      const fixes: Fix[] = [];
      for (const choice of choices) {
        const fix = dueFix(doc, item, choice.iso, `Set the due date to ${choice.iso} (${choice.label})`);
        if (fix) fixes.push(fix);
      }
      context.report({
        ...itemRange(doc, item),
        message: `No due date: ${
          !item.table ? 'give it a calendar date, for example "(due: YYYY-MM-DD)", so that its follow-up can be checked.'
          : item.table.columns.due === undefined ? 'add a Due column to the table and give this item a calendar date, so that its follow-up can be checked.'
          : 'write a calendar date in the Due cell, so that its follow-up can be checked.'
        }`,
        fixes,
      });
    }
  },
};

export default rule;
