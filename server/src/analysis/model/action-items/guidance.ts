/**
 * Rules of thumb a write-up draws from its incident ("Do not assume the runner label exists",
 * "If a job stops in 0 seconds, suspect the runner first", "If the fix is unclear after an hour:
 * rebuild"): habits and decisions for the next responder, not pieces of work someone will carry
 * out, though they are written in the imperative.
 */
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { statesRule } from '../section-body';

const rulesPerList = new WeakMap<List, boolean>();

/**
 * A case, then after a colon what to do in it: "If the repair takes longer than a rebuild: rebuild",
 * "Otherwise: keep the host up". A list of them is a decision drawn up for the next time, not work.
 */
const CASE_VERDICT = /^[\s*_]*(?:(?:if|when|whenever)\s[^.;:!?\n]{1,160}?|otherwise|else)[\s*_]*[:：][\s*_]*\S/i;

/** True for a list of two entries or more, each a rule of thumb or a case and its verdict, and none a checkbox (kept per list node). */
export function listsRules(list: List): boolean {
  let rules = rulesPerList.get(list);
  if (rules === undefined) {
    rules =
      list.children.length >= 2 &&
      list.children.every((li) => {
        const first = li.children[0];
        if (li.checked != null || first?.type !== 'paragraph') return false;
        const text = toString(first);
        return statesRule(text) || CASE_VERDICT.test(text.slice(0, 300));
      });
    rulesPerList.set(list, rules);
  }
  return rules;
}

/** "The project already employs several tools:", "We already run these checks:": what is in place, not work to come. */
const ALREADY_IN_PLACE =
  /\balready\s+(?:employs?|uses?|has|have|runs?|relies\s+on|rely\s+on|includes?|maintains?|follows?|enforces?)\b[^:：]{0,200}[:：][\s*_]*$/i;

/**
 * "First off, we take security very seriously:", "We care deeply about uptime:": a standing value of
 * the authors, told in the present, whose list shows what they already do to honour it.
 */
const STANDING_VALUE =
  /\bwe\s+(?:(?:have\s+)?always\s+)?(?:take|treat)\s+[^:：.]{1,60}?\bseriously\b[^:：.!?]{0,80}[:：][\s*_]*$|\bwe\s+care\s+(?:deeply|a\s+lot|greatly|very\s+much)\s+about\b[^:：.!?]{0,80}[:：][\s*_]*$/i;

/** True for a line that introduces what is already in place ("… already runs two code scanners:", "we take security seriously:"). */
export function introducesExisting(text: string): boolean {
  return text.length <= 400 && (ALREADY_IN_PLACE.test(text) || STANDING_VALUE.test(text));
}
