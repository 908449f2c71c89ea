/**
 * Action items a team decided not to do: a status of "Won't do", "Cancelled", "Obsolete",
 * "Superseded by #123" or "Not planned", a lead-in such as "Cancelled:", a closing "(won't do)",
 * or words struck through. Such an item is closed without being done: it is read as dropped, and
 * the rules that ask for an owner, a date or a ticket leave it alone. Every pattern is anchored
 * and bounded, so reading stays linear in the length of the item.
 */
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The phrases that drop an item, as a status or a mark: the source of the patterns below. */
const DROP = String.raw`(?:won['’]?t[ \t]+(?:do|fix|be[ \t]+done|implement|pursue)|wont[ \t]?(?:do|fix)|will[ \t]+not[ \t]+(?:do|fix|be[ \t]+done|implement|pursue)|not[ \t]+(?:planned|pursued|doing)|cancell?ed|dropped|obsolete|abandoned|rejected|de-?scoped|superseded(?:[ \t]+by\b[^()[\]\n|]{0,60})?|no[ \t]+longer[ \t]+(?:needed|required|relevant|planned|applicable))`;

/** A written status that drops the item: "Won't do", "Cancelled 2026-03-01", "Closed (won't fix)", "Superseded by #123". */
const STATUS_DROPPED = new RegExp(String.raw`^(?:(?:closed|resolved|done)[ \t]*[(:,/—–-]?[ \t]*)?${DROP}(?![\p{L}\p{N}'’])`, 'iu');

/** A lead-in that drops the item before its words: "Cancelled: …", "**Won't do** — …", "[Dropped] …". */
const LEADING_DROPPED = new RegExp(
  String.raw`^[\s*_]*(?:\[[\s*_]*(${DROP})[\s*_]*\][*_]*[ \t]*(?:[:–—-][ \t]*)?(?=\S)|(${DROP})[*_]*[ \t]*[:–—][*_]*[ \t]*(?=\S)|(${DROP})[*_]*[ \t]+-[ \t]+(?=\S))`,
  'iu',
);

/**
 * A mark that drops the item at its end: "(won't do)", "[cancelled]", "(superseded by #123)",
 * "(obsolete: the job was removed)", or the phrase after a colon or a dash ("…: won't fix",
 * "… — dropped").
 */
const TRAILING_DROPPED = new RegExp(
  String.raw`(?:[([][\s*_]*(${DROP})(?:[ \t]*[:,;.—–-][ \t]*[^()[\]\n]{0,120})?[\s*_]*[)\]]|(?:[:—–]|[ \t]-{1,2})[\s*_]*(${DROP}))[\s.!*_]*$`,
  'iu',
);

/** The words inside the brackets of a closing mark. */
const BRACKETED = /[([][\s*_]*([^()[\]\n]*?)[\s*_]*[)\]]/;

/** A value that is a dropping phrase and nothing else: a segment of "(Ana, cancelled)". */
const WHOLE_DROPPED = new RegExp(String.raw`^${DROP}$`, 'iu');

/** True when a segment of an item's tokens ("cancelled" in "(Ana, cancelled)") is a dropping phrase and nothing else. */
export function segmentDrops(value: string): boolean {
  return value.length <= 80 && WHOLE_DROPPED.test(value.replace(/[*_]+/g, '').trim());
}

/** The written words that drop an item, with their offsets into the scanned text. */
export interface DroppedMark {
  start: number;
  end: number;
  value: string;
}

/** True when a written status ("Won't do", "Closed (won't fix)", "❌ Cancelled") says the item was dropped. */
export function statusDrops(status: string): boolean {
  // "❌ Cancelled", "**Won't do**": a mark or emphasis around the words is decoration.
  const words = status.replace(/^[^\p{L}\p{N}]+/u, '').slice(0, 120);
  return STATUS_DROPPED.test(words);
}

/**
 * The lead-in or closing mark that drops an item, read from its Markdown source, or null. A
 * phrase among the item's own words ("Make sure the job won't retry forever", a ticket titled
 * "Won't fix" quoted in the middle) is not one: only a lead-in before a colon or a dash, or a
 * phrase that closes the item in brackets or after a colon or dash, is.
 */
export function dropMark(s: string): DroppedMark | null {
  const lead = LEADING_DROPPED.exec(s.length > 300 ? s.slice(0, 300) : s);
  if (lead) {
    const value = lead[1] ?? lead[2] ?? lead[3];
    const start = lead[0].indexOf(value);
    return { start, end: start + value.length, value };
  }
  const cut = s.length > 240 ? s.length - 240 : 0;
  const tail = TRAILING_DROPPED.exec(cut ? s.slice(cut) : s);
  if (tail) {
    // In brackets, the reason goes with the phrase: "(obsolete: the job was removed)" is all the team's word on it.
    const value = tail[1] !== undefined ? BRACKETED.exec(tail[0])![1].trim() : tail[2].trim();
    const start = cut + tail.index + tail[0].indexOf(value);
    return { start, end: start + value.length, value };
  }
  return null;
}

/** The words the model gives a struck-through item: the team wrote none but the strike. */
export const STRUCK = 'struck through';

/**
 * True when an item's words are struck through: they open on struck text, and the struck text
 * holds at least half of their letters ("~~Move the cron job~~ (Ana)", "~~Move the job~~ — moved to
 * the new scheduler"). One struck word inside a sentence ("the ~~old~~ new path") corrects the
 * words; it does not drop the item.
 */
export function struckThrough(children: readonly PhrasingContent[]): boolean {
  const first = children.find((c) => !(c.type === 'html' || (c.type === 'text' && !c.value.trim())));
  if (first?.type !== 'delete') return false;
  let struck = 0;
  let all = 0;
  for (const c of children) {
    if (c.type === 'html') continue;
    const letters = countLetters(toString(c));
    all += letters;
    if (c.type === 'delete') struck += letters;
  }
  return struck > 0 && struck * 2 >= all;
}

function countLetters(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) n += m[0].length;
  return n;
}
