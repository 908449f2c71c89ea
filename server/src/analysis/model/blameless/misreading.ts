/**
 * A misreading told as a cause: the authors or another party misunderstood, misinterpreted or
 * misread something ("because of a misunderstanding of the quota rules", "misreading the dialog,
 * I assumed …", "a wrong assumption that …"). It judges the understanding of whoever read it.
 * Leaves the same words as a risk or a thing to avoid ("to avoid misunderstandings"), said of a
 * thing ("the parser's misreading of the header", "the proxy misinterpreted the header"), negated,
 * pointing back at a misreading already told ("this misunderstanding led to …"), and a message
 * lost between parties the sentence names ("a miscommunication between the DBA and me", "a
 * misunderstanding with the hosting team"): a breakdown both sides share, told as an event, in
 * which no one is singled out.
 */
import { categoryOf } from './hit';
import type { PersonClass } from './people';
import type { SentenceReader } from './reader';
import { isClauseMark, isWord, wordInClause } from './words';

/** The nouns (and gerunds) of a misreading. */
const MISREADING = /^mis(?:understanding|interpretation|interpreting|reading|communication)s?$/;

/** What names the thing misread ("of the quota rules"); "between" and "with" name the parties of a shared breakdown instead. */
const COMPLEMENTS = new Set(['of', 'about']);

/** Verdicts that make an assumption or a belief a wrong one. */
const WRONG = new Set(['incorrect', 'wrong', 'mistaken', 'false', 'erroneous', 'faulty']);

/** The beliefs a verdict in `WRONG` may judge. */
const BELIEFS = new Set(['assumption', 'assumptions', 'belief', 'beliefs']);

/** Words before a misreading that make it a risk or a thing to avoid, not one that happened. */
const AVERTED = /^(?:avoid|prevent|reduc|minimi[sz]|eliminat|clarif|resolv|risk|chance|prone|potential)/;

/** Whole words that do the same: "open to misreading", "any misunderstanding", "leaves no misinterpretation". */
const AVERTED_WORDS = new Set(['clear', 'open', 'easy', 'easily', 'any', 'no', 'without', 'possible', 'possibility']);

/** Verbs of which a thing may be the subject and a wrong assumption the object: "the client made an incorrect assumption", "the replica took the wrong assumption". */
const HOLDING = new Set(['made', 'makes', 'make', 'had', 'has', 'have', 'held', 'holds', 'took', 'takes', 'take', 'taking']);

const PEOPLE: ReadonlySet<PersonClass> = new Set(['named', 'individual', 'self', 'group', 'we']);

/** True when the words before `at` (a few, within the clause) make the misreading averted or a risk. */
function averted(r: SentenceReader, at: number): boolean {
  return r.negated(at, 4) || r.wordBefore(at, 4, (w) => AVERTED.test(w.norm) || AVERTED_WORDS.has(w.norm));
}

/** True when the word before `at` owns the misreading and is a thing: "the parser's misreading of …", "its". */
function ownedByThing(r: SentenceReader, at: number): boolean {
  const t = r.t;
  let k = at - 1;
  while (isWord(t[k]) && WRONG.has(t[k].norm)) k--;
  if (!isWord(t[k])) return false;
  if (t[k].norm === 'its') return true;
  return /'s?$/.test(t[k].norm) && !PEOPLE.has(r.classify(k, false));
}

/** True when a "by" phrase in the clause after `from` names a thing as the one that misread: "… of the status code by the load balancer". */
function byThing(r: SentenceReader, from: number): boolean {
  const k = wordInClause(r.t, from, 12, (w) => w.norm === 'by' && !w.literal);
  return k !== -1 && !r.personAfter(k + 1) && !r.agentAfter(k + 1);
}

/** "Misreading the prompt, I believed …": a gerund that opens the sentence and whose subject, after the comma, is a person; that person's class. */
function personAfterComma(r: SentenceReader, at: number): PersonClass | null {
  const t = r.t;
  for (let k = at + 1, words = 0; k < t.length && words < 14; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k])) return null;
      if (t[k].raw === ',') {
        const cls = isWord(t[k + 1]) ? r.classify(k + 1, false) : null;
        return cls && PEOPLE.has(cls) ? cls : null;
      }
      continue;
    }
    words++;
  }
  return null;
}

/** Whose misreading an object pronoun or a possessive before a gerund names: "us misunderstanding", "my misreading". */
const GERUND_OWNERS: ReadonlyMap<string, PersonClass> = new Map([
  ['us', 'we'],
  ['our', 'we'],
  ['me', 'self'],
  ['my', 'self'],
  ['him', 'individual'],
  ['his', 'individual'],
  ['her', 'individual'],
]);

/** The words `misreading` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const MISREADING_KEY = (w: string): boolean => MISREADING.test(w) || WRONG.has(w);

/** A misreading told as a cause at word `at`: reports it and says whether it read the word. */
export function misreading(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at];
  if (word.literal) return false;
  const next = t[at + 1];
  if (MISREADING.test(word.norm)) {
    if (averted(r, at) || ownedByThing(r, at)) return false;
    const gerund = word.norm.endsWith('ing');
    const owner = gerund && isWord(t[at - 1]) && !t[at - 1].literal ? GERUND_OWNERS.get(t[at - 1].norm) : undefined;
    const opener = gerund && !owner && r.initialAt(at) ? personAfterComma(r, at) : null;
    const cls = owner ?? opener ?? (isWord(next) && COMPLEMENTS.has(next.norm) ? 'group' : null);
    if (!cls || byThing(r, at + 1)) return false;
    const from = owner ? at - 1 : at;
    r.blame('judgment-verb', categoryOf(cls, true), from, at, from, at);
    return true;
  }
  // "It stemmed from an incorrect assumption that …", "a wrong understanding of the quota".
  if (WRONG.has(word.norm) && isWord(next) && BELIEFS.has(next.norm) && isWord(t[at + 2]) && ['that', 'of', 'about'].includes(t[at + 2].norm)) {
    if (averted(r, at) || ownedByThing(r, at + 1)) return false;
    let verb = at - 1;
    if (isWord(t[verb]) && ['a', 'an', 'the'].includes(t[verb].norm)) verb--;
    if (isWord(t[verb]) && HOLDING.has(t[verb].norm) && !PEOPLE.has(r.subjectBefore(verb).cls)) return false;
    r.blame('judgment-verb', 'group-fault', at, at + 1, at, at + 1);
    return true;
  }
  return false;
}
