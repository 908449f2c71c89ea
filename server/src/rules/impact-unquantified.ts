import { factsOf } from '../analysis/model/facts/index';
import { sectionsOfKind } from '../analysis/model/facts/passages';
import { nextLineIsBlank } from '../analysis/base/text';
import { docsPath, type Rule } from './types';

/** The prompts of the classic template, inserted as a list to fill in. */
export const IMPACT_PROMPTS = ['Customers affected: TODO', 'Duration: TODO', 'Business impact: TODO'];

/**
 * A list that already holds the prompts (filled in or not) is a place for the figures: nothing to
 * add. The space before the bullet stays on its line: a `\s*` there ran on from every line of a
 * run of blank lines to its end, and an impact of many blank lines cost their square.
 */
const HAS_PROMPTS = /^[^\S\n\r\u2028\u2029]*[-*+]\s+(?:\*\*)?customers affected(?:\*\*)?\s*:/im;

/**
 * The first line with text after `at`, within the next 4,000 characters: its indentation in
 * columns (a tab to the next stop of four; 0 when there is none) and the bullet it starts with,
 * if it is a list item.
 */
function nextLine(text: string, at: number): { indent: number; bullet: string | null } {
  const end = Math.min(text.length, at + 4000);
  let columns = 0;
  for (let i = at; i < end; i++) {
    const c = text[i];
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else if (c === '\n' || c === '\r') columns = 0;
    else return { indent: columns, bullet: /^[-*+](?:[ \t\r\n]|$)/.test(text.slice(i, i + 2)) ? c : null };
  }
  return { indent: 0, bullet: null };
}

const rule: Rule = {
  meta: {
    id: 'impact-unquantified',
    description: 'The impact section states no figure: no count of customers, requests or teams affected, no duration, no percentage and no cost.',
    defaultSeverity: 'info',
    fixable: true,
    docs: docsPath('impact-unquantified'),
    templates: 'skip',
  },
  check(context) {
    const { doc, settings } = context;
    const sections = sectionsOfKind(doc, 'impact');
    if (!sections.length || sections.every((s) => s.empty)) return;
    if (factsOf(doc, settings).impact.length) return;
    // The prompts go to the first impact section that has a body: an empty heading before it (a
    // stray "## What customers saw" above "# Impact") would take them and leave the figures' place
    // as it was, so the finding would stay after its own fix.
    if (sections.some((s) => HAS_PROMPTS.test(doc.text.slice(s.bodyStart, s.end)))) return;
    const section = sections.find((s) => !s.empty) ?? sections[0];
    // The prompts go right under the heading: the section's end is where other fixes append
    // whole sections, and two insertions at one offset would interleave under "fix all".
    const at = section.heading.end;
    const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
    // Text indented under the list would become part of its last item (an indented fence would open
    // inside it and leave its closing fence to swallow the rest of the document): the list's items
    // start one column further in than that text, so it stays where it was. Past five columns
    // no list marker can do so, and no fix is offered.
    // A list of the author's right below keeps its own items: ours take another bullet, since
    // two lists with one bullet and a blank line between are one list.
    const { indent, bullet } = nextLine(doc.text, at);
    const marker = `${bullet === '-' ? '*' : '-'}${' '.repeat(Math.max(1, indent))}`;
    const list = IMPACT_PROMPTS.map((p) => `${marker}${p}`).join(eol);
    // Text right under the heading would run on into the list's last item: keep a blank line.
    const newText = `${eol}${eol}${list}${nextLineIsBlank(doc.text, at) ? '' : eol}`;
    // A bold label's section is the rest of its paragraph: a list added after it would be outside it.
    const fixes =
      section.source === 'heading' && indent <= 4
        ? [{ title: 'Add the impact prompts: customers affected, duration, business impact', isPreferred: true, edits: [{ start: at, end: at, newText }] }]
        : [];
    context.report({
      message: 'The impact section states no figure. Say how many customers or requests were affected, for how long, and what it cost the business.',
      start: section.heading.start,
      end: section.heading.end,
      fixes,
    });
  },
};

export default rule;
