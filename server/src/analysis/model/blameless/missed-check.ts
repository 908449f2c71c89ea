/**
 * A fault the authors' own checks let through, told without anyone named as the finder: "this
 * should have been caught in review", "the bug should have been found before it reached
 * production", "the bug was (obviously) not caught by our code review". Hindsight on a check, or a
 * review said to have missed it, is fault language about the group that checks. Leaves a finder
 * after "by" (a person is `reviewHindsight`'s; a thing, "by the integration tests", stays a
 * hindsight hint), a plain fact about a machine check ("was not caught in staging") and "could
 * have been found" (an option, not a verdict).
 */
import { NEGATIONS, REVIEW_WORDS } from './lexicon';
import type { SentenceReader } from './reader';
import { BE, isClauseMark, isWord } from './words';

/** Participles of people finding a fault out. */
const FOUND = new Set(['caught', 'found', 'spotted', 'noticed']);

/** The first "by" or review word of the clause after `from` (at most 8 words): -1 when there is neither. */
function finderAfter(r: SentenceReader, from: number, want: (norm: string) => boolean): number {
  const t = r.t;
  for (let k = from, words = 0; k < t.length && words < 8; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') return -1;
      continue;
    }
    words++;
    if (want(t[k].norm)) return k;
  }
  return -1;
}

/** "… should have been caught in review", with `been` the word after "should have": no finder after "by". */
export function shouldHaveBeenFound(r: SentenceReader, at: number, been: number): void {
  const t = r.t;
  const found = been + 1;
  if (!isWord(t[found]) || !FOUND.has(t[found].norm) || finderAfter(r, found + 1, (w) => w === 'by') >= 0) return;
  // "Nothing should have been found there": no fault to find.
  const subject = r.subjectBefore(at);
  for (let k = Math.max(0, subject.first); k <= subject.head; k++) if (isWord(t[k]) && NEGATIONS.has(t[k].norm)) return;
  r.blame('judgment-verb', 'group-fault', at, found, at, found);
}

/** The words `notCaughtInReview` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const NOT_CAUGHT_IN_REVIEW_KEY = (w: string): boolean => FOUND.has(w);

/** "The bug was (obviously) not caught by our code review process": a review said to have missed it. */
export function notCaughtInReview(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!FOUND.has(t[at].norm) || t[at].literal) return false;
  let k = at - 1;
  if (!isWord(t[k]) || !['not', 'never'].includes(t[k].norm)) return false;
  // "was (obviously) not caught": an aside in brackets between the verb and the negation.
  k--;
  if (t[k]?.raw === ')') while (k > 0 && at - k < 6 && t[k].raw !== '(') k--;
  if (t[k]?.raw === '(') k--;
  if (!isWord(t[k]) || !BE.has(t[k].norm)) return false;
  const review = finderAfter(r, at + 1, (w) => REVIEW_WORDS.has(w));
  if (review < 0) return false;
  // "Not caught in review by the owning teams" names people: `passiveOmission` reads it.
  if (finderAfter(r, review + 1, (w) => w === 'by') >= 0) return false;
  r.blame('passive', 'group-fault', k, review, at - 1, at);
  return true;
}
