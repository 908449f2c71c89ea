/**
 * Fault and omission in the passive, pinned on a person after "by": "it was broken by Bob", "the
 * bug was not caught by the service teams", "the risk was misjudged". Leaves a passive whose
 * agent is a step or a system ("not reviewed by a second engineer", "not caught by CI").
 */
import { categoryOf } from './hit';
import { PASSIVE_FAULT, PASSIVE_OMISSION } from './lexicon';
import type { SentenceReader } from './reader';
import { BE, isClauseMark, isWord } from './words';

/** "It was broken by Bob": a fault verb in the passive with a person after "by". */
export function passive(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!PASSIVE_FAULT.has(t[at].norm) || !isWord(t[at + 1]) || t[at + 1].norm !== 'by') return false;
  const person = r.personAfter(at + 2);
  if (!person) return false;
  const name = r.nameSpan(person.index, person.index);
  r.blame('passive', categoryOf(person.cls, false), at, person.index, at, at, name);
  return true;
}

/**
 * "The defect was not caught in review by the owning teams", "the risk was misjudged": an
 * omission or misjudgement in the passive, pinned on people after "by", or a judgement word
 * that only people earn.
 */
export function passiveOmission(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  if (t[at].literal || !isWord(t[at - 1])) return false;
  if (word === 'misjudged') {
    // "The risk was misjudged", "why was the impact misjudged?".
    if (!r.wordBefore(at, 6, (w) => BE.has(w.norm))) return false;
    r.blame('judgment-verb', 'individual-judgment', at, at, at, at);
    return true;
  }
  if (!PASSIVE_OMISSION.has(word)) return false;
  const not = t[at - 1].norm;
  if (!(not === 'not' || not === 'never') || !isWord(t[at - 2]) || !BE.has(t[at - 2].norm)) return false;
  for (let k = at + 1, words = 0; k < t.length && words < 8; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') return false;
      continue;
    }
    words++;
    if (t[k].norm !== 'by') continue;
    // "Not reviewed by a second engineer" says a step was missing, not who skipped it.
    if (isWord(t[k + 1]) && ['a', 'an', 'another', 'any', 'anyone', 'anybody', 'second', 'other', 'no', 'someone', 'somebody'].includes(t[k + 1].norm))
      return false;
    // "Not noticed by operators for six days": a bare plural names the role in general (a check
    // nobody had), where "by the administrators" and "by the service teams" point at people.
    const bare = t[k + 1];
    if (isWord(bare) && /^[a-z][a-z-]+s$/.test(bare.raw) && r.classify(k + 1, false) === 'group') return false;
    const person = r.agentAfter(k + 1);
    if (!person) return false;
    r.blame('passive', categoryOf(person.cls, false), at - 1, person.index, at - 1, at, r.nameSpan(person.index, person.index));
    return true;
  }
  return false;
}
