/**
 * A person's dealings called dishonest or evasive: "he kept falsely promising a fix", "the
 * vendor lied about the uptime", "she wouldn't give us a straight answer". Leaves systems that
 * report wrongly ("the probe falsely claimed the host was up"), "lies" of place ("the fault lies
 * in the parser"), answers that logs or tools did not give ("the logs gave no clear answer"), and
 * straight answers given.
 */
import type { SentenceReader, Subject } from './reader';
import { isWord } from './words';

/** Verbs of saying or promising that "falsely" turns into a charge of deceit. */
const SAYING = new Set([
  'promised',
  'promising',
  'promises',
  'claimed',
  'claiming',
  'claims',
  'stated',
  'stating',
  'told',
  'telling',
  'assured',
  'assuring',
  'advertised',
  'advertising',
  'represented',
  'accused',
  'accusing',
  'blamed',
  'blaming',
]);

/** Adjectives of an answer that an evasive person withholds: "a straight answer". */
const FRANK = new Set(['straight', 'honest', 'direct', 'clear', 'proper', 'real']);

/** Verbs of giving an answer, whose subject is the one who withheld it. */
const GIVING = new Set(['give', 'gave', 'given', 'giving', 'gives', 'provide', 'provided', 'providing']);

/** Verbs of getting one, whose subject is the one left without it. */
const GETTING = new Set(['get', 'got', 'gotten', 'getting', 'receive', 'received']);

/** Verbs that may come before "falsely": "kept falsely promising", "had falsely claimed". */
const KEPT = new Set(['kept', 'keeps', 'keep', 'was', 'were', 'had', 'has', 'have', 'continued', 'repeatedly', 'again']);

/** Subjects a charge of deceit may be laid on: people, and "they" (a vendor, a host). */
const PEOPLE = new Set(['named', 'individual', 'self', 'group', 'they', 'capitalised']);

function word(r: SentenceReader, k: number): string {
  return isWord(r.t[k]) ? r.t[k].norm : '';
}

function isNegation(norm: string): boolean {
  return ['not', 'never', 'no', 'nor', 'neither'].includes(norm) || norm.endsWith("n't");
}

/** "He kept falsely promising …", "Acme falsely advertised 99.99%": saying called false, of a person. */
function falsely(r: SentenceReader, at: number): boolean {
  if (!SAYING.has(word(r, at + 1)) || r.negated(at, 2)) return false;
  // "He kept falsely promising", "they had falsely claimed": the subject of the verb before.
  let verb = at;
  while (KEPT.has(word(r, verb - 1))) verb--;
  const subject = r.actor(verb);
  if (!PEOPLE.has(subject.cls)) return false;
  r.judgeAs('character', subject, at, at + 1);
  return true;
}

/** "The vendor lied about the uptime", "he kept lying to us": a lie told by a person ("the fault lies in …" is a place). */
function lied(r: SentenceReader, at: number): boolean {
  if (r.negated(at, 2)) return false;
  const subject = r.actor(at);
  if (!PEOPLE.has(subject.cls)) return false;
  // "The bug lying in the parser", "left lying around": a thing's place.
  if (['in', 'around', 'about'].includes(word(r, at + 1)) && r.t[at].norm === 'lying') return false;
  r.judgeAs('character', subject, at, at);
  return true;
}

/**
 * "He wouldn't give me a straight answer", "we never got an honest answer from their support":
 * an answer withheld, laid on whoever withheld it. The verb must be negated (or the answer be "no
 * straight answer") and, with "give", have a person for its subject; with "get", what follows
 * "from" must not be a thing ("no clear answer from the logs").
 */
function straightAnswer(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const next = word(r, at + 1);
  if (next !== 'answer' && next !== 'answers' && next !== 'reply') return false;
  // Back to the verb: "give me a straight", "gave us any straight", "got no honest".
  let verb = -1;
  let negated = false;
  for (let k = at - 1, words = 0; k >= 0 && words < 5; k--) {
    if (!isWord(t[k])) break;
    words++;
    if (isNegation(t[k].norm)) negated = true;
    if (GIVING.has(t[k].norm) || GETTING.has(t[k].norm)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return false;
  if (!negated && !r.negated(verb, 3)) return false;
  let subject: Subject = r.actor(verb);
  if (GETTING.has(t[verb].norm)) {
    // The blame is on whoever did not answer: the person after "from", when one is named.
    const from = t.findIndex((w, k) => k > at + 1 && k <= at + 4 && isWord(w) && w.norm === 'from');
    // "We couldn't get a clear answer on why the node rebooted" is an investigation's state: only an answer from people is withheld.
    if (from < 0) return false;
    if (!r.personAfter(from + 1) && !['their', 'his', 'her', 'them', 'him'].includes(word(r, from + 1))) {
      const source = word(r, from + 1) === 'the' ? from + 2 : from + 1;
      if (!isWord(t[source]) || r.classify(source, false) === 'system') return false;
    }
    subject = { cls: 'they', head: -1, first: -1 };
  } else if (!PEOPLE.has(subject.cls)) return false;
  r.judgeAs('character', subject, verb, at + 1);
  return true;
}

/** Deceit or evasion said of a person at word `at`. */
export function deceit(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].literal) return false;
  const w = t[at].norm;
  if (w === 'falsely') return falsely(r, at);
  if (w === 'lied' || w === 'lying') return lied(r, at);
  if (FRANK.has(w)) return straightAnswer(r, at);
  return false;
}
