import { isClosed } from '../analysis/model/action-item-fields';
import { readingFixes } from '../analysis/authoring/reading-fixes';
import { dueFix } from '../analysis/authoring/action-item-fixes';
import { dueChoices } from '../analysis/model/action-items/policy';
import { itemSubject, rawWords } from '../analysis/model/action-items/rule-helpers';
import { DEFAULT_VAGUE_DUE, vagueDuePhrase } from '../analysis/model/action-items/vague';
import type { Fix } from '../analysis/base/findings';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'action-item-vague-due',
    description:
      'Reports an open action item whose due is not a calendar date: words such as "soon", "ASAP", "next sprint" or "Q3", an impossible date, or a date such as 04/05/2026 that reads two ways.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: docsPath('action-item-vague-due'),
    templates: 'skip',
    options: {
      words: {
        type: 'string[]',
        default: DEFAULT_VAGUE_DUE,
        maxLength: 60,
        description: 'Time phrases reported when they stand in for a due date anywhere in an item without one.',
      },
    },
  },
  check(context) {
    const { doc } = context;
    const choices = dueChoices(context.doc, context.settings.duePolicy, context.now);
    // A due written once in a heading serves every item under it: it is reported once.
    const reported = new Set<number>();
    for (const item of context.model.actionItems) {
      if (isClosed(item)) continue;
      if (item.dueSpan && item.dueKind !== 'date') {
        if (reported.has(item.dueSpan.start)) continue;
        reported.add(item.dueSpan.start);
      }
      let start: number;
      let end: number;
      let message: string;
      let prefix = '';
      const fixes: Fix[] = [];
      if (item.dueSpan && item.dueKind === 'ambiguous' && item.dueReadings) {
        ({ start, end } = item.dueSpan);
        const [a, b] = item.dueReadings;
        message = `The due date "${item.dueText}" can be read as ${a} or ${b}. Write it as YYYY-MM-DD so that everyone follows up on the same day.`;
        for (const iso of [a, b]) fixes.push({ title: `Write the due date as ${iso}`, edits: [{ start, end, newText: iso }] });
      } else if (item.dueSpan && item.dueKind === 'invalid') {
        ({ start, end } = item.dueSpan);
        message = `The due date "${item.dueText}" is not a real day. Write a calendar date as YYYY-MM-DD.`;
      } else if (item.dueSpan && item.dueKind === 'words') {
        ({ start, end } = item.dueSpan);
        message = `The due "${item.dueText}" is not a calendar date, so nobody can tell when this item is late. Write a date as YYYY-MM-DD.`;
      } else {
        const phrase = vagueDuePhrase(item, rawWords(doc, item), context.options.words as string[]);
        if (!phrase) continue;
        ({ start, end } = phrase);
        prefix = 'by ';
        message = `"${phrase.phrase}" stands in for a due date, so nobody can tell when this item is late. Write a calendar date as YYYY-MM-DD.`;
      }
      if (!fixes.length) {
        for (const choice of choices) {
          const fix = dueFix(doc, item, choice.iso, `Set the due date to ${choice.iso} (${choice.label})`, { start, end, newText: `${prefix}${choice.iso}` });
          if (fix) fixes.push(fix);
        }
      }
      fixes.push(...readingFixes(doc, item));
      context.report({ start, end, message, fixes, subject: itemSubject(item) });
    }
  },
};

export default rule;
