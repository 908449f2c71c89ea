/**
 * A fault the authors' own checks let through, told without anyone named as the finder: "this
 * should have been caught in review", "the bug should have been found before it reached
 * production". Hindsight on a check is fault language about the group that checks. Leaves a
 * finder after "by" (a person is `reviewHindsight`'s; a thing, "by the integration tests", stays a
 * hindsight hint), "could have been found" (an option, not a verdict) and a plain fact about a
 * check, human or not: "was not caught in staging", "the bug was not caught in code review" tell
 * what a step of the process let through, the system framing LABELS.md leaves unlabelled.
 */
import { NEGATIONS } from './lexicon';
import type { SentenceReader } from './reader';
import { isClauseMark, isWord } from './words';

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
