/**
 * The authors owning the fault in an apology or a verdict on themselves, without an insult word:
 * "we are sorry for allowing the outage to happen", "apologies for an avoidable outage", "I
 * shouldn't be trusted with renewals", "I deserved this", "I take full responsibility for this
 * error". Leaves apologies for the trouble
 * ("sorry for the inconvenience"), a thing that cannot be trusted and what others deserve.
 */
import { categoryOf } from './hit';
import { ROLES } from './lexicon';
import type { SentenceReader } from './reader';
import { isClauseMark, isWord } from './words';

/** Words of apologising, before "for". */
const APOLOGY = /^(?:sorry|apologies|apology|apologi[sz](?:e|es|ed|ing))$/;

/** Acts an apology owns as a fault: "sorry for allowing the outage to happen". */
const OWNED_ACTS = new Set(['allowing', 'letting', 'causing']);

/** Words that call the outage one the apologisers could have kept from happening. */
const AVOIDABLE = new Set(['preventable', 'avoidable']);

/** The words `apology` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const APOLOGY_KEY = (w: string): boolean => APOLOGY.test(w);

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

/** Verbs of taking on the fault, in the present or the past: "I take", "I took", "I accept". */
const TAKING = new Set(['take', 'took', 'accept', 'accepted']);

/** Words that may weigh the responsibility taken: "full", "sole", "personal". */
const WHOLE = new Set(['full', 'complete', 'sole', 'personal', 'total', 'entire']);

/** The word `responsibilityTaken` reads at: its key, for the sentence gate. */
export const RESPONSIBILITY_TAKEN_KEY = (w: string): boolean => w === 'responsibility';

/**
 * "I take full responsibility for this error", "I took responsibility for the wrongly copied
 * files": one author tying themself to the failure, which the labels read as a judgement of that
 * person. Only "I" right before the verb: "we take full responsibility for the outage" is an
 * organisation's accountability, "I'll take responsibility for the follow-ups" and "I will take
 * responsibility for …" a duty ahead, "I don't take responsibility" a denial.
 */
export function responsibilityTaken(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].norm !== 'responsibility' || t[at].literal || !isWord(t[at + 1]) || t[at + 1].norm !== 'for') return false;
  let verb = at - 1;
  if (isWord(t[verb]) && WHOLE.has(t[verb].norm)) verb--;
  if (!isWord(t[verb]) || !TAKING.has(t[verb].norm) || !isWord(t[verb - 1]) || t[verb - 1].norm !== 'i') return false;
  r.blame('fault-noun', categoryOf('self', true), verb - 1, at, verb - 1, at);
  return true;
}

/** The verb groups that deny people trust: "shouldn't be trusted", "cannot be trusted". */
const DENIED = new Set(["shouldn't", "can't", 'cannot', "couldn't", "mustn't"]);

/** The words `untrusted` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const UNTRUSTED_KEY = (w: string): boolean => w === 'trusted';

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

/** The words `deserved` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const DESERVED_KEY = (w: string): boolean => w === 'deserved' || w === 'deserve';

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

/** Titles besides the roles of people that the authors may deny themselves: "a professional", "an expert". */
const TITLES = new Set([...ROLES, 'professional', 'expert', 'pro', 'hacker', 'coder', 'scientist']);

/** The word before "call" that denies the title: "shouldn't call myself", "must not call ourselves". */
const DENYING_MODALS = new Set(["shouldn't", "mustn't"]);

/** The words `unworthyTitle` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const UNWORTHY_TITLE_KEY = (w: string): boolean => w === 'call';

/**
 * "I should not call myself an engineer", "we don't deserve to call ourselves admins": the authors
 * denying themselves their trade, a verdict on their own fitness like "I shouldn't be trusted".
 * "I can't call myself an expert" is modesty, and a title that is no person's ("call myself done")
 * is no verdict.
 */
export function unworthyTitle(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].norm !== 'call' || t[at].literal) return false;
  const word = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  const reflexive = word(at + 1);
  if (reflexive !== 'myself' && reflexive !== 'ourselves') return false;
  // The title: a role within three words, after an optional article ("a computer engineer").
  let title = -1;
  for (let k = at + 2 + (['a', 'an'].includes(word(at + 2)) ? 1 : 0), words = 0; k < t.length && words < 3 && isWord(t[k]); k++, words++) {
    if (TITLES.has(t[k].norm) || TITLES.has(t[k].norm.replace(/s$/, ''))) {
      title = k;
      break;
    }
  }
  if (title < 0) return false;
  // The denial: "shouldn't", "should not", "must not", "don't deserve to", "do not deserve to".
  let verb = -1;
  if (DENYING_MODALS.has(word(at - 1))) verb = at - 1;
  else if (word(at - 1) === 'not' && ['should', 'must'].includes(word(at - 2))) verb = at - 2;
  else if (word(at - 1) === 'to' && word(at - 2) === 'deserve') {
    if (["don't", 'never'].includes(word(at - 3))) verb = at - 3;
    else if (word(at - 3) === 'not' && word(at - 4) === 'do') verb = at - 4;
  }
  if (verb < 0) return false;
  const subject = r.subjectBefore(verb);
  if (subject.cls !== (reflexive === 'myself' ? 'self' : 'we')) return false;
  r.judgeAs('character', subject, verb, title);
  return true;
}
