/**
 * An item's words without its own owner, due and status tokens: "Add an alert (owner: Ana, due
 * 2026-04-01)" reads "Add an alert" where the owner and the due date are shown beside it anyway
 * (the Action Items view, `postmortem actions`). Every pattern is anchored and looks at a bounded
 * stretch of text, so the cost is linear in the item's length.
 */

/** A key or a dash written just before a token's value ("owner: ", "due ", "— "), at the end of the text before it. */
const KEY_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:owners?|assignees?|assigned to|assigned|dri|who|responsible|poc|due(?: date)?|deadline|eta|target(?: date)?|until|by|before|status|state)[*_]{0,2}[ \t]*[:=]?[*_]{0,2}[ \t]*|[—–][ \t]*|[ \t]-{1,2}[ \t]*)$/iu;
const SEPARATOR = /[\s,;:—–-]/;
const EMPTY_GROUP = /\(\s*(?:[,;]\s*)*\)|\[\s*(?:[,;]\s*)*\]/g;
const LEADING_SEPARATOR = /([([])\s*[,;]\s*/g;
const TRAILING_SEPARATOR = /\s*[,;]\s*([)\]])/g;

/**
 * The item's words without the tokens whose values are given (as they appear in `text`): each
 * value is cut out with the key or dash before it, brackets left empty go, and the text is
 * tidied. A value not found in the text is left alone; when nothing would be left, the text is
 * returned whole.
 */
export function itemTitle(text: string, values: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const value of values) {
    if (!value) continue;
    const at = out.lastIndexOf(value);
    if (at === -1) continue;
    const near = out.slice(Math.max(0, at - 40), at);
    const key = KEY_BEFORE.exec(near);
    const start = at - (key ? key[0].length : 0);
    out = `${out.slice(0, start)} ${out.slice(at + value.length)}`;
  }
  if (out === text) return text;
  out = out.replace(EMPTY_GROUP, ' ').replace(LEADING_SEPARATOR, '$1').replace(TRAILING_SEPARATOR, '$1').replace(/\s+/g, ' ');
  // Punctuation that ended a removed token ("Owner: Ana. Due: …") would otherwise stand alone.
  out = out.replace(/([.,;])(?: ?[.,;])+/g, '$1');
  // Separators left at either end are trimmed by hand: an unanchored `[…]+$` would rescan each run.
  let from = 0;
  let to = out.length;
  while (from < to && SEPARATOR.test(out[from])) from++;
  while (to > from && SEPARATOR.test(out[to - 1])) to--;
  out = out.slice(from, to);
  return out || text;
}
