/**
 * A review not asked for, said of a person: "they did not request a review", "the developer
 * didn't wait for approval". Leaves a missing step with no person ("no review was requested")
 * and the same words in the affirmative.
 */
import { categoryOf } from './hit';
import { DETERMINERS, REVIEW_REQUESTS, REVIEW_WORDS } from './lexicon';
import type { SentenceReader } from './reader';
import { isWord } from './words';

/** The words `reviewSkipped` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const REVIEW_SKIPPED_KEY = (w: string): boolean => REVIEW_REQUESTS.has(w);

/** "They did not request a review", "the developer didn't wait for approval": a person who skipped the check. */
export function reviewSkipped(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!REVIEW_REQUESTS.has(t[at].norm) || t[at].literal) return false;
  let k = at + 1;
  if (isWord(t[k]) && t[k].norm === 'for') k++;
  for (
    let skipped = 0;
    skipped < 2 && isWord(t[k]) && (DETERMINERS.has(t[k].norm) || ['peer', 'code', 'second', 'formal', 'explicit'].includes(t[k].norm));
    skipped++
  )
    k++;
  if (!isWord(t[k]) || !REVIEW_WORDS.has(t[k].norm)) return false;
  // The negation, before the verb and at most one adverb ("did not explicitly request").
  let n = at - 1;
  if (isWord(t[n]) && /[a-z]ly$/.test(t[n].norm)) n--;
  const not = t[n];
  if (!isWord(not) || !(not.norm === 'not' || not.norm === 'never' || not.norm.endsWith("n't"))) return false;
  const auxiliary = not.norm === 'not' && isWord(t[n - 1]) ? n - 1 : n;
  const subject = r.subjectBefore(auxiliary);
  if (!['named', 'individual', 'self', 'group', 'they'].includes(subject.cls)) return false;
  const from = subject.head >= 0 && !subject.shared && at - subject.first <= 8 ? subject.first : n;
  const name = subject.head >= 0 ? r.nameSpan(subject.head, subject.first) : undefined;
  r.blame('fault-verb', categoryOf(subject.cls, false), from, k, n, k, name);
  return true;
}
