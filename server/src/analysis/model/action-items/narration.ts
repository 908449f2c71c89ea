/**
 * Lists that tell the response rather than plan work: "Ana and Raj were answering the support
 * mail", "I was watching the queue". Named people make such bullets look like owned tasks.
 */
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Who was doing what, in the past progressive: one or more names (or "I", "we", "the <x> team")
 * joined by commas or "and", then "was"/"were" and a verb in -ing.
 */
const DOING_THEN =
  /^[\s*_]*(?:\p{Lu}[\p{L}\p{N}'’.-]{0,30}|we|they|the\s+[\p{L}-]{1,30}(?:\s+team)?)(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:\p{Lu}[\p{L}\p{N}'’.-]{0,30}|me)){0,6}\s+(?:was|were)\s+(?:(?:also|still|busy|then|already|both|all|mostly|constantly)\s+){0,2}\p{Ll}{2,20}ing\b/u;

/** True for a sentence that tells who was doing what during the response ("Ana and I were restarting the nodes"). */
export function tellsWhoWasDoing(text: string): boolean {
  return DOING_THEN.test(text.length > 300 ? text.slice(0, 300) : text);
}

const narratedPerList = new WeakMap<List, boolean>();

/**
 * True for a list of two entries or more, two in three of which tell who was doing what during
 * the response (kept per list node: an unchanged list is not read again on the next check).
 */
export function narratesResponse(list: List): boolean {
  let narrated = narratedPerList.get(list);
  if (narrated === undefined) {
    const n = list.children.length;
    let told = 0;
    for (const li of list.children) {
      const first = li.children[0];
      if (li.checked == null && first?.type === 'paragraph' && tellsWhoWasDoing(toString(first))) told++;
    }
    narrated = n >= 2 && told * 3 >= n * 2;
    narratedPerList.set(list, narrated);
  }
  return narrated;
}
