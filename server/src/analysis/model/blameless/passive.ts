/**
 * Fault and omission in the passive, pinned on a person after "by": "it was broken by Bob", "the
 * bug was not caught by the service teams", "the risk was misjudged". Leaves a passive whose
 * agent is a step or a system ("not reviewed by a second engineer", "not caught by CI").
 */
import { categoryOf } from './hit';
import { PASSIVE_FAULT, PASSIVE_OMISSION } from './lexicon';
import type { Need } from './phrase-table';
import type { SentenceReader } from './reader';
import { BE, isClauseMark, isWord } from './words';

/** The negations an omission in the passive is told with: "not caught", "never reviewed". */
const DENIALS = ['not', 'never'];

/** The words `passive` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const PASSIVE_KEY = (w: string): boolean => PASSIVE_FAULT.has(w);

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

/** The words `passiveOmission` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const PASSIVE_OMISSION_KEY = (w: string): boolean => w === 'misjudged' || PASSIVE_OMISSION.has(w);
/** What `passiveOmission` needs for a hit: "misjudged", or an omission with the negation right before it ("not caught"): the sentence gate's need. */
export const PASSIVE_OMISSION_NEED = (w: string): Need => w === 'misjudged' || (PASSIVE_OMISSION.has(w) && DENIALS);

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

/** Written ways of working that people follow or set aside: "the release process", "the runbook". */
const SAFEGUARDS = new Set([
  'process',
  'procedure',
  'procedures',
  'runbook',
  'checklist',
  'policy',
  'protocol',
  'guideline',
  'guidelines',
  'playbook',
  'instructions',
]);

/** Verbs of setting a safeguard aside, in the passive. "Followed" counts only denied ("was not followed"). */
const SET_ASIDE = new Set(['bypassed', 'circumvented', 'disregarded', 'ignored']);

/** Adverbs that say a person set it aside by choice or by hand: "it was bypassed manually". */
const BY_HAND = new Set(['manually', 'deliberately', 'intentionally', 'knowingly']);

/** Words that make the passive a condition or a rule: "if the runbook is ignored", "whenever …". */
const CONDITIONS = new Set(['if', 'unless', 'whenever', 'should']);

/** Modals that make the passive a rule or a chance, not what happened: "must not be bypassed", "will be ignored". */
const RULE_MODALS = new Set(['will', 'would', 'could', 'might', 'must', 'should', 'may', 'can', 'cannot']);

/** Words that end the subject of the passive when walking back from its verb. */
const SUBJECT_STOPS = new Set(['because', 'since', 'as', 'and', 'but', 'or', 'so', 'when', 'while', 'which', 'that', 'if', 'where', 'although', 'though']);

/** The words `passiveSetAside` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const PASSIVE_SET_ASIDE_KEY = (w: string): boolean => w === 'followed' || SET_ASIDE.has(w);
/** What `passiveSetAside` needs for a hit: a verb of setting aside, or "followed" denied ("was not followed"): the sentence gate's need. */
export const PASSIVE_SET_ASIDE_NEED = (w: string): Need => SET_ASIDE.has(w) || (w === 'followed' && [...DENIALS, "wasn't", "weren't"]);

/**
 * "The new release process was not followed", "the fallback wait exists for this — it was
 * bypassed manually": a safeguard set aside by people, told in the passive without naming them.
 * The subject is a written way of working (a process, a runbook, a checklist), or an adverb says
 * a hand did it. A thing bypassed by the system ("the cache was bypassed for large files"), an
 * agent after "by" (read by `passive` and `passiveOmission`), a bypass made on purpose to recover
 * ("the balancer was bypassed manually to restore traffic") and "followed" in time ("the outage
 * was followed by a second one") stay quiet.
 */
export function passiveSetAside(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  // Only "followed" and the set-aside verbs are read (the test below): the words before wait for them.
  if (t[at].literal || (word !== 'followed' && !SET_ASIDE.has(word))) return false;
  const w = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  let be = at - 1;
  let manual = false;
  if (BY_HAND.has(w(be))) {
    manual = true;
    be--;
  }
  let denied = false;
  if (w(be) === 'not' || w(be) === 'never') {
    denied = true;
    be--;
  }
  if (w(be) === "wasn't" || w(be) === "weren't") {
    if (denied) return false;
    denied = true;
  } else if (!BE.has(w(be))) return false;
  if (word === 'followed' ? !denied : !SET_ASIDE.has(word) || denied) return false;
  // What follows the verb: an agent after "by" is another form's; a purpose makes it a recovery step.
  let end = at;
  for (let k = at + 1, words = 0; k < t.length && words < 4; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') break;
      continue;
    }
    words++;
    const next = t[k].norm;
    if (next === 'by') {
      if (w(k + 1) !== 'hand') return false;
      manual = true;
      end = k + 1;
    } else if (BY_HAND.has(next)) {
      manual = true;
      end = k;
    } else if (next === 'to' || next === 'so' || next === 'in') return false;
  }
  // The subject: a safeguard noun within the words before "be", in the same clause.
  let safeguard = -1;
  for (let k = be - 1, words = 0; k >= 0 && words < 16; k--) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') break;
      continue;
    }
    words++;
    // "The deploy stops if the checklist is ignored": a condition, not what happened.
    if (CONDITIONS.has(t[k].norm)) return false;
    if (SUBJECT_STOPS.has(t[k].norm)) break;
    if (SAFEGUARDS.has(t[k].norm)) safeguard = k;
  }
  if (safeguard < 0 && !manual) return false;
  if (r.wordBefore(be, 3, (token) => RULE_MODALS.has(token.norm))) return false;
  r.blame('passive', 'group-fault', be, end, be, end);
  return true;
}
