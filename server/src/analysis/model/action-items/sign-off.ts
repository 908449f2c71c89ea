/**
 * The writer's sign-off at the end of a report ("- Priya", "— Sam Ortiz", "- The Relay team"): a
 * name on the last line, with a list marker or a dash before it. Under a heading of the plan, a
 * list marker makes it look like one more item, owned by the person who signs.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isFirstName } from '../blameless/people';
import { itemLabel } from './labels';
import { settingValue } from './lists';

/** Blocks that may stand after a sign-off without being read: link and footnote definitions, HTML comments. */
function afterword(node: RootContent): boolean {
  return node.type === 'definition' || node.type === 'footnoteDefinition' || (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value));
}

/** One to three capitalised words ("Sam", "Sam Ortiz", "Ana de Souza") or a team ("The Relay team"), after a dash perhaps. */
const NAME_ONLY =
  /^[\s~–—-]*(?:[Tt]he\s+\p{Lu}[\p{L}\p{N}.-]{1,30}(?:\s+\p{Lu}[\p{L}\p{N}.-]{1,30})?\s+[Tt]eam|(\p{Lu}\p{Ll}{1,20})(?:\s+(?:(?:de|da|van|von|der|den|la|le|del|dos)\s+)?\p{Lu}[\p{Ll}'’-]{1,20}){0,2})[\s.]*$/u;

/**
 * The index of the document's last block when it is a sign-off, or -1: a list of one entry after
 * the closing words (a paragraph, not a heading: a heading over a lone entry names a plan of one),
 * the entry a name and nothing else, led by a common first name, or a team. A last entry that says
 * what someone does ("- Priya rotates the keys") is an item as before.
 */
export function signOffBlock(children: readonly RootContent[]): number {
  let at = children.length - 1;
  while (at >= 0 && afterword(children[at])) at--;
  const last = children[at];
  if (last?.type !== 'list' || last.children.length !== 1 || children[at - 1]?.type !== 'paragraph') return -1;
  const entry = last.children[0];
  if (entry.checked != null || entry.children.length !== 1 || entry.children[0].type !== 'paragraph') return -1;
  const text = toString(entry.children[0]);
  if (text.length > 60) return -1;
  const m = NAME_ONLY.exec(text);
  if (!m) return -1;
  return m[1] === undefined || isFirstName(m[1]) ? at : -1;
}

/**
 * A line of the record: a setting whose value is a short note, not the authors telling something
 * ("**Purge page:** Clearing stuck mail took a shell, so we added a page"): sixteen words at most,
 * one sentence, no "we" or "I".
 */
function recordLine(line: string): boolean {
  // "Action item: Rotate keys", "AI: Rotate keys" at the very end is an item, wherever it stands.
  if (itemLabel(line) > 0) return false;
  const value = settingValue(line);
  return value !== null && value.split(/\s+/).length <= 16 && !/\b(?:we|i|our|us|my)\b/i.test(value) && !/[.!?]\s+\p{Lu}/u.test(value);
}

/**
 * Where the report's closing record starts (its index in `children`), or `children.length` when it
 * has none: the paragraphs at its very end (thematic breaks and afterwords aside) whose every line
 * names a setting of the report itself ("**Last updated**: 2026-04-20", "**Document status:** Draft,
 * pending review", "**Next review**: after the audit"). Under a heading of the plan they look like a
 * task told in a bold title; no line of them asks for work.
 */
export function closingRecord(children: readonly RootContent[]): number {
  let from = children.length;
  for (let at = children.length - 1; at >= 0 && children.length - at <= 12; at--) {
    const node = children[at];
    if (afterword(node) || node.type === 'thematicBreak') continue;
    if (node.type !== 'paragraph') break;
    const lines = toString(node).slice(0, 2000).split('\n');
    if (lines.length > 8 || !lines.every(recordLine)) break;
    from = at;
  }
  return from;
}
