/**
 * A judgement call that let the risk through, named on a person: "it was deemed good enough by the
 * developer". Leaves a verdict with no person after "by" and calls with no verdict ("deemed
 * necessary by the team").
 */
import { categoryOf } from './hit';
import { JUDGEMENT_PARTICIPLES, RISK_ACCEPTED } from './lexicon';
import type { SentenceReader } from './reader';
import { BE, isWord } from './words';

/** The words `judgementCall` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const JUDGEMENT_CALL_KEY = (w: string): boolean => JUDGEMENT_PARTICIPLES.has(w);

/** "It was deemed good enough by the developer": a call that let the risk through, pinned on a person. */
export function judgementCall(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!JUDGEMENT_PARTICIPLES.has(t[at].norm) || t[at].literal || !isWord(t[at - 1]) || !BE.has(t[at - 1].norm)) return false;
  let verdict = t[at].norm === 'dismissed';
  // The verdict may be quoted ("deemed \"good enough\" by …"): read past quotation marks, not past the clause.
  for (let k = at + 1, seen = 0; k < t.length && seen < 12; k++, seen++) {
    const token = t[k];
    if (!isWord(token)) {
      if (['"', '“', '”', "'", ','].includes(token.raw)) continue;
      return false;
    }
    if (RISK_ACCEPTED.has(token.norm)) verdict = true;
    if (token.norm !== 'by') continue;
    if (!verdict) return false;
    const person = r.personAfter(k + 1);
    if (!person) return false;
    r.blame('passive', categoryOf(person.cls, true), at, person.index, at, at, r.nameSpan(person.index, person.index));
    return true;
  }
  return false;
}
