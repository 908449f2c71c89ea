import { isClosed } from '../analysis/model/action-item-fields';
import { readingFixes } from '../analysis/authoring/reading-fixes';
import { replaceOwnerFix } from '../analysis/authoring/action-item-fixes';
import { ownerSuggestions } from '../analysis/model/action-items/rule-helpers';
import { DEFAULT_VAGUE_OWNERS, ownerProblem } from '../analysis/model/action-items/vague';
import type { Fix } from '../analysis/base/findings';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'action-item-vague-owner',
    description:
      'Reports an open action item whose owner is not one accountable person: a group ("the team", "ops"), a placeholder ("TBD", "?") or several names.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath('action-item-vague-owner'),
    templates: 'skip',
    options: {
      words: {
        type: 'string[]',
        default: DEFAULT_VAGUE_OWNERS,
        maxLength: 60,
        description: 'Owner words that name no one person, compared without case and without a leading "the".',
      },
      teams: {
        type: 'boolean',
        default: true,
        description: 'Also report owners that end in "team", "squad", "group" and the like, and team handles such as @org/team.',
      },
      several: { type: 'boolean', default: true, description: 'Also report owners that list several people ("Ana and Ben", "Ana, Ben").' },
    },
  },
  check(context) {
    const { doc, options } = context;
    const words = options.words as string[];
    const names = ownerSuggestions(doc, context.settings);
    for (const item of context.model.actionItems) {
      // "Backlog" where the owner belongs: the item has no owner, and the word stands in for one.
      if (!isClosed(item) && item.owner === null && item.ownerStandIn) {
        const standIn = item.ownerStandIn;
        context.report({
          start: standIn.start,
          end: standIn.end,
          message: `"${standIn.value}" names no one: name the one person accountable for this item.`,
          fixes: readingFixes(doc, item),
        });
        continue;
      }
      if (isClosed(item) || item.owner === null || !item.ownerSpan) continue;
      const problem = ownerProblem(item.owner, words, options.teams as boolean, options.several as boolean);
      if (!problem) continue;
      const fixes: Fix[] = [];
      for (const name of names) {
        if (name.toLowerCase() === item.owner.toLowerCase()) continue;
        const fix = replaceOwnerFix(item, name, `Make ${name} the owner`);
        if (fix) fixes.push(fix);
      }
      fixes.push(...readingFixes(doc, item));
      context.report({
        start: item.ownerSpan.start,
        end: item.ownerSpan.end,
        message: problem,
        fixes,
      });
    }
  },
};

export default rule;
