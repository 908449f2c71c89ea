import { isClosed } from '../analysis/model/action-item-fields';
import { readingFixes } from '../analysis/authoring/reading-fixes';
import { itemRange, rawWords } from '../analysis/model/action-items/rule-helpers';
import { DEFAULT_VAGUE_IMPROVES, DEFAULT_VAGUE_STARTS } from '../analysis/model/action-items/vague';
import { docsPath, type Rule } from './types';

/** Words in front of the outcome that say nothing about it: checkboxes, priorities, "We should". */
const LEAD =
  /^(?:\s*(?:\*\*|__|\[[ xX]\]|(?:todo|ai-?\d*|action(?: item)?|p[0-4]|critical|high|medium|low|urgent|we should|we will|we need to|we must|should|need to|we|let'?s)\b)[*_]*\s*[:.)–—-]?\s*)*/i;

/**
 * Tickets, links, dates and owner tokens, whose digits are not a target. Every part that can
 * fail after a run of characters is bounded (link text, URL, ticket key, owner note), as in the
 * action items' reading: unbounded, each `[`, capital or `(owner` would be tried again to the end
 * of the item, and an item of unclosed links cost the square of its length.
 */
const NOT_TARGETS =
  /https?:\/\/\S+|\[[^\]\n]{0,200}\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)|[A-Z][A-Z0-9]{1,30}-\d+|#\d+|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\((?:owner|due)[^)]{0,500}\)|@[\w.-]+|\bP[0-4]\b/g;

/** Signs of a measurable target: a number, a percentage, or words that bound the outcome. */
const TARGET = /\d|%|\b(?:every|each|all|at least|at most|no more than|fewer than|less than|under|below|above|within|zero|none)\b/i;

const rule: Rule = {
  meta: {
    id: 'action-item-vague-outcome',
    description:
      'Reports an open action item whose outcome cannot be checked off: it starts with "Investigate", "Look into", "Consider" and the like, or says "Improve …"/"Better …" with no measurable target.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('action-item-vague-outcome'),
    templates: 'skip',
    options: {
      starts: { type: 'string[]', default: DEFAULT_VAGUE_STARTS, maxLength: 60, description: 'Openings that describe an activity rather than an outcome.' },
      improves: {
        type: 'string[]',
        default: DEFAULT_VAGUE_IMPROVES,
        maxLength: 60,
        description: 'Openings that are vague unless the item names a measurable target (a number, a percentage, "every", "within" …).',
      },
    },
  },
  check(context) {
    const { doc, options } = context;
    const startsWith = (text: string, phrases: string[]) =>
      phrases.find((p) => {
        const w = p.trim().toLowerCase();
        return w && text.startsWith(w) && !/[\p{L}\p{N}]/u.test(text[w.length] ?? '');
      });
    for (const item of context.model.actionItems) {
      if (isClosed(item) || !item.text) continue;
      const words = item.text.replace(LEAD, '').toLowerCase();
      const activity = startsWith(words, options.starts as string[]);
      let message: string | null = null;
      if (activity) {
        message = `"${item.text.replace(LEAD, '').slice(0, activity.length)}" is an activity, not an outcome, so this item cannot be checked off: write the change that will exist when it is done (if research comes first, "Decide on …, written up in a design note").`;
      } else {
        const improve = startsWith(words, options.improves as string[]);
        if (improve && !TARGET.test(rawWords(doc, item).replace(NOT_TARGETS, ' '))) {
          message = `"${item.text.replace(LEAD, '').slice(0, improve.length)}" with no measurable target: nobody can tell when this is done. Say what will be true, for example "p99 latency under 300 ms".`;
        }
      }
      if (message) context.report({ ...itemRange(doc, item), message, fixes: readingFixes(doc, item) });
    }
  },
};

export default rule;
