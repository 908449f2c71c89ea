import { isClosed } from '../analysis/model/action-item-fields';
import { readingFixes } from '../analysis/authoring/reading-fixes';
import { itemRange } from '../analysis/model/action-items/rule-helpers';
import { docsPath, type Rule } from './types';

/** A prefix counts when a letter or digit follows it, so "OPS-" needs "OPS-12" and a URL prefix needs a path. */
function hasPrefixed(text: string, prefix: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(prefix, from);
    if (at === -1) return false;
    if (/[\p{L}\p{N}]/u.test(text[at + prefix.length] ?? '')) return true;
    from = at + 1;
  }
}

const rule: Rule = {
  meta: {
    id: 'action-item-ticket',
    description: 'Reports an open action item with no tracker link (a URL, ABC-123 or #123, or one of the configured prefixes). Off unless configured.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('action-item-ticket'),
    templates: 'skip',
    defaultOff: true,
    options: {
      prefixes: {
        type: 'string[]',
        default: [],
        maxLength: 200,
        description:
          'Literal prefixes a tracker reference starts with, such as "https://jira.example.com/browse/" or "OPS-". Empty: any URL, ABC-123 or #123 counts.',
      },
    },
  },
  check(context) {
    const { doc } = context;
    const prefixes = (context.options.prefixes as string[]).filter((p) => p.length > 0);
    for (const item of context.model.actionItems) {
      if (isClosed(item)) continue;
      const row = doc.text.slice(item.start, item.end);
      const ok = prefixes.length ? prefixes.some((p) => hasPrefixed(row, p)) : item.ticket !== null;
      if (ok) continue;
      context.report({
        ...itemRange(doc, item),
        fixes: readingFixes(doc, item),
        message: `No ticket${prefixes.length ? ` (starting with ${prefixes.map((p) => `"${p}"`).join(' or ')})` : ''}. File it in the tracker and link it here, so that it is followed up where the team plans its work.`,
      });
    }
  },
};

export default rule;
