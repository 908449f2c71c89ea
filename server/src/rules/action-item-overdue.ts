import { isClosed } from '../analysis/model/action-item-fields';
import { readingFixes } from '../analysis/authoring/reading-fixes';
import { doneFix, dueFix, ownsDue } from '../analysis/authoring/action-item-fixes';
import { archivedReason, followUpOf } from '../analysis/model/action-items/follow-up';
import { dueChoices } from '../analysis/model/action-items/policy';
import { daysBetween, isoDay } from '../analysis/base/dates';
import type { Fix } from '../analysis/base/findings';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'action-item-overdue',
    description: 'Reports an open action item whose due date has passed, unless the post-mortem is archived.',
    defaultSeverity: 'info',
    fixable: true,
    docs: docsPath('action-item-overdue'),
    templates: 'skip',
  },
  check(context) {
    const { doc } = context;
    const today = isoDay(context.now);
    // An archived post-mortem (closed, or past its follow-up window) is not chased any more.
    if (archivedReason(followUpOf(context.model, context.settings), today)) return;
    const choices = dueChoices(context.doc, context.settings.duePolicy, context.now);
    for (const item of context.model.actionItems) {
      if (isClosed(item) || !item.due || !item.dueSpan || item.due >= today) continue;
      const late = daysBetween(item.due, today);
      const fixes: Fix[] = [];
      const done = doneFix(doc, item, true);
      if (done) fixes.push(done);
      for (const choice of choices) {
        const fix = dueFix(doc, item, choice.iso, `Move the due date to ${choice.iso} (${choice.label})`);
        if (fix) fixes.push(fix);
      }
      fixes.push(...readingFixes(doc, item));
      // A due inherited from a heading is reported on the item, so each late item is told apart.
      const at = ownsDue(item) ? item.dueSpan : item.textSpan;
      context.report({
        start: at.start,
        end: at.end,
        message: `Overdue: due ${item.due}, ${late} day${late === 1 ? '' : 's'} ago, and not marked done. Mark it done, or agree a new date with its owner.`,
        fixes,
      });
    }
  },
};

export default rule;
