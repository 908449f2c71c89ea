/**
 * The paragraph that opens a section and leads into the work listed after it: "We are making
 * several changes after this incident." over "1. Remove … 2. Re-assess …", or over sub-sections
 * that hold the lists. It names the work only as a whole (changes, steps, improvements), and the
 * items are the entries it introduces. A paragraph that names one piece of work ("Storage Ops will
 * resume the migration") or is a task itself ("Add a cap on …") is read as before.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { endOf, startOf } from '../../parse/blocks';
import type { ActionItem } from '../model';
import { startsImperative } from './reading';

/** The work named only as a whole, by a plural noun: what a lead-in says of the list after it. */
const WORK_AS_WHOLE = /\b(?:changes|steps|actions|improvements|measures|fixes|follow[- ]?ups|safeguards)\b/i;

/** True when some item other than a sentence of prose starts within blocks `from` to `to` (exclusive). */
function itemsIn(children: readonly RootContent[], items: readonly ActionItem[], from: number, to: number): boolean {
  if (from >= to) return false;
  const start = startOf(children[from]);
  const end = endOf(children[to - 1]);
  return items.some((item) => item.shape !== 'sentence' && item.start >= start && item.start < end);
}

/**
 * Where the work a section's opening paragraph (block `i`, right under its heading) leads into
 * ends: after the list that follows it, or after the sub-sections that follow it, up to the next
 * heading no deeper than the section's own. -1 when neither follows.
 */
function introducedUntil(children: readonly RootContent[], i: number): number {
  const heading = children[i - 1];
  const next = children[i + 1];
  if (heading?.type !== 'heading' || !next) return -1;
  if (next.type === 'list') return i + 2;
  if (next.type !== 'heading' || next.depth <= heading.depth) return -1;
  let j = i + 1;
  while (j < children.length && !(children[j].type === 'heading' && (children[j] as { depth: number }).depth <= heading.depth)) j++;
  return j;
}

/**
 * Drops the items read from the sentences of a section's opening paragraph when the list or the
 * sub-sections right after it hold items: the paragraph leads into them.
 */
export function dropOpeningLeadIns(children: readonly RootContent[], items: ActionItem[]): void {
  if (!items.some((item) => item.shape === 'sentence')) return;
  const dropped = new Set<ActionItem>();
  for (let i = 1; i < children.length; i++) {
    const node = children[i];
    if (node.type !== 'paragraph') continue;
    const start = startOf(node);
    const end = endOf(node);
    const told = items.filter((item) => item.shape === 'sentence' && item.start >= start && item.start < end);
    if (told.length === 0) continue;
    const words = toString(node).slice(0, 600).trim();
    if (startsImperative(words.slice(0, 80)) || !WORK_AS_WHOLE.test(words)) continue;
    const until = introducedUntil(children, i);
    if (until > 0 && itemsIn(children, items, i + 1, until)) for (const item of told) dropped.add(item);
  }
  if (dropped.size > 0) for (let k = items.length - 1; k >= 0; k--) if (dropped.has(items[k])) items.splice(k, 1);
}

/**
 * A promise that names the work only by a count of it, then at most what it is for: "we'll be
 * making several changes so this does not happen again", "we are introducing a number of
 * safeguards after this incident". It names no piece of work.
 */
const HERALD =
  /\b(?:will|shall|['’]ll|(?:are|['’]re)\s+going\s+to|are|['’]re)\s+(?:(?:also|now)\s+)?(?:be\s+)?(?:making|make|implementing|implement|introducing|introduce|taking|take|rolling\s+out|roll\s+out|putting\s+in\s+place|put\s+in\s+place)\s+(?:several|some|a\s+few|a\s+number\s+of|a\s+couple\s+of|multiple|various|a\s+series\s+of|a\s+set\s+of|a\s+range\s+of|two|three|four|five)\s+(?:[\p{L}-]+\s+)?(?:changes|improvements|measures|steps|actions|fixes|safeguards)(?:\s+(?:after|following|in\s+(?:response|light)|as\s+a\s+result|(?:in\s+order\s+)?to\s+(?:make\s+sure|ensure|prevent|avoid|stop|keep)|so)\b[^.!?]*)?[\s.!*_]*$/iu;

/** How many blocks after a herald's paragraph the promises it leads into may start. */
const HERALD_REACH = 3;

/**
 * Drops a promise of prose that names the work only by a count of it (`HERALD`) when the
 * paragraphs right after it, before any heading, hold promises of their own: it leads into them
 * ("… we'll be making several changes." then "To start with, we will …", "Secondly, …"). Alone,
 * with nothing after it, it is the only word of the plan there is and stays.
 */
export function dropProseHeralds(children: readonly RootContent[], items: ActionItem[]): void {
  if (!items.some((item) => item.implicit)) return;
  const dropped = new Set<ActionItem>();
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type !== 'paragraph') continue;
    const start = startOf(node);
    const end = endOf(node);
    const told = items.filter((item) => item.implicit && item.shape === 'sentence' && item.start >= start && item.start < end);
    if (told.length !== 1 || !HERALD.test(told[0].text.slice(-400))) continue;
    const last = Math.min(children.length, i + 1 + HERALD_REACH);
    for (let j = i + 1; j < last && children[j].type === 'paragraph'; j++) {
      const from = startOf(children[j]);
      const to = endOf(children[j]);
      if (items.some((item) => item.implicit && item.start >= from && item.start < to)) {
        dropped.add(told[0]);
        break;
      }
    }
  }
  if (dropped.size > 0) for (let k = items.length - 1; k >= 0; k--) if (dropped.has(items[k])) items.splice(k, 1);
}
