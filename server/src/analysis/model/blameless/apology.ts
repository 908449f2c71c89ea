/**
 * The authors owning the fault in an apology or a verdict on themselves, without an insult word:
 * "we are sorry for allowing the outage to happen", "apologies for an avoidable outage", "I
 * shouldn't be trusted with renewals", "I deserved this". Leaves apologies for the trouble
 * ("sorry for the inconvenience"), a thing that cannot be trusted and what others deserve.
 */
import { categoryOf } from './hit';
import type { SentenceReader } from './reader';
import { isClauseMark, isWord } from './words';

/** Words of apologising, before "for". */
const APOLOGY = /^(?:sorry|apologies|apology|apologi[sz](?:e|es|ed|ing))$/;

/** Acts an apology owns as a fault: "sorry for allowing the outage to happen". */
const OWNED_ACTS = new Set(['allowing', 'letting', 'causing']);

/** Words that call the outage one the apologisers could have kept from happening. */
const AVOIDABLE = new Set(['preventable', 'avoidable']);

/**
 * "We are sorry for allowing the outage to happen", "our apologies for an entirely avoidable outage":
 * an apology that owns the outage as the apologisers' doing. An apology for the trouble ("sorry
 * for the disruption") is courtesy, not fault.
 */
export function apology(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!APOLOGY.test(t[at].norm) || t[at].literal || !isWord(t[at + 1]) || t[at + 1].norm !== 'for') return false;
  let owned = -1;
  if (isWord(t[at + 2]) && OWNED_ACTS.has(t[at + 2].norm)) owned = at + 2;
  for (let k = at + 2, words = 0; owned < 0 && k < t.length && words < 5 && isWord(t[k]); k++, words++) if (AVOIDABLE.has(t[k].norm)) owned = k;
  if (owned < 0 || r.negated(at, 2)) return false;
  const subject = r.subjectBefore(at);
  const cls = subject.cls === 'self' ? 'self' : 'we';
  r.blame('character', categoryOf(cls, true), subject.head >= 0 && at - subject.first <= 8 ? subject.first : at, owned, at, owned);
  return true;
}

/** The verb groups that deny people trust: "shouldn't be trusted", "cannot be trusted". */
const DENIED = new Set(["shouldn't", "can't", 'cannot', "couldn't", "mustn't"]);

/**
 * "I shouldn't be trusted with a production shell", "Bob cannot be trusted with root": a verdict
 * on a person's fitness. Said of a thing ("unsigned builds cannot be trusted") it is a fact.
 */
export function untrusted(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].norm !== 'trusted' || t[at].literal || !isWord(t[at - 1]) || t[at - 1].norm !== 'be') return false;
  let verb = at - 2;
  if (isWord(t[verb]) && t[verb].norm === 'not' && isWord(t[verb - 1]) && ['should', 'can', 'could', 'must'].includes(t[verb - 1].norm)) verb--;
  else if (!isWord(t[verb]) || !DENIED.has(t[verb].norm)) return false;
  const subject = r.subjectBefore(verb);
  if (!r.isPerson(subject)) return false;
  r.judgeAs('character', subject, verb, at);
  return true;
}

/**
 * "I deserved this", "we deserved it": the authors calling the outage their due. "You deserve
 * better", "the attention it deserved" and "a break the team deserved" are not about the outage.
 */
export function deserved(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!['deserved', 'deserve'].includes(t[at].norm) || t[at].literal) return false;
  const object = t[at + 1];
  if (!isWord(object) || !['this', 'it', 'that'].includes(object.norm)) return false;
  const after = t[at + 2];
  if (after && !isClauseMark(after) && after.raw !== ',') return false;
  const subject = r.subjectBefore(at);
  if ((subject.cls !== 'self' && subject.cls !== 'we') || r.negated(at, 2)) return false;
  r.judgeAs('character', subject, at, at + 1);
  return true;
}
