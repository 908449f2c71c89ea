/**
 * Hindsight aimed at people, which is blame too: "we should have tested it", "the reviewer could
 * have caught it", "it should have been spotted by the reviewer". Leaves hindsight about
 * systems, counterfactuals whose condition is a system's ("if the dashboard had shown it"),
 * safeguards ("could have caught it with better alerting") and steps with no person.
 */
import { categoryOf } from './hit';
import { DETERMINERS, IRREGULAR_PARTICIPLES, NEGATIONS, PASSIVE_OMISSION, PREVENTION_PARTICIPLES, RECEIPT_PARTICIPLES } from './lexicon';
import { shouldHaveBeenFound } from './missed-check';
import type { PersonClass } from './people';
import type { SentenceReader, Subject } from './reader';
import { isWord, PERSON_CLASSES } from './words';

/**
 * "We should have tested it on one host", "Bob should have waited", "should have staged it"
 * (a lesson with the subject left out): hindsight aimed at people is fault language about them,
 * so `blaming-language` reports it too (and `hindsight-language` steps back). Hindsight about
 * what a system was meant to do, or a passive with a thing as its finder ("should have been caught
 * by the tests"), stays a hint.
 */
export function shouldHaveBlame(r: SentenceReader, at: number): void {
  const t = r.t;
  const read = r.lastShould;
  if (!read || read.at !== at) return;
  const { subject, participle, haveEnd } = read;
  // "The on-call should have been paged" is about what should have happened to them; "should
  // have been more careful" is a fault phrase of its own; "should have been caught in review"
  // judges the authors' checks.
  if (t[participle].norm === 'been') {
    if (!reviewHindsight(r, at, participle)) shouldHaveBeenFound(r, at, participle);
    return;
  }
  // "Bob should have received the page": what should have reached him, as "should have been paged".
  if (RECEIPT_PARTICIPLES.has(t[participle].norm)) return;
  if (!['named', 'individual', 'self', 'group', 'we', 'none'].includes(subject.cls)) return;
  // "A second reviewer should have looked at it": a person the work did not have (see `couldHaveBlame`).
  if (addedPerson(r, subject)) return;
  const cls: PersonClass = subject.cls === 'none' ? 'we' : subject.cls;
  const from = subject.head >= 0 && at - subject.first <= 6 ? subject.first : at;
  const name = subject.head >= 0 ? r.nameSpan(subject.head, subject.first) : undefined;
  r.blame('judgment-verb', categoryOf(cls, true), from, participle, at, Math.max(haveEnd, participle), name);
}

/** "We could have avoided it", "the reviewer could have caught it": a counterfactual that puts the prevention on people. */
export function couldHaveBlame(r: SentenceReader, at: number, participle: number): void {
  const t = r.t;
  for (let k = at; k < participle; k++) if (isWord(t[k]) && (NEGATIONS.has(t[k].norm) || t[k].norm.endsWith("n't"))) return;
  if (!PREVENTION_PARTICIPLES.has(t[participle].norm)) return;
  // "Could have noticed nothing" clears people.
  if (isWord(t[participle + 1]) && ['nothing', 'no', 'none'].includes(t[participle + 1].norm)) return;
  // "We could have caught it with better alerting" names a safeguard, not a lapse; "we could
  // have avoided the restart, but …" an option set aside.
  for (let k = participle + 1, words = 0; k < t.length && words < 12; k++) {
    if (!isWord(t[k])) continue;
    words++;
    if (['with', 'using', 'via', 'through', 'given', 'but', 'instead'].includes(t[k].norm)) return;
  }
  // "… had the alert been routed to them", "if the dashboard had shown it": the condition is a system's.
  for (let k = Math.max(0, at - 30); k < t.length && k < participle + 30; k++) {
    if (!isWord(t[k]) || k === at) continue;
    const condition = t[k].norm === 'if' || t[k].norm === 'unless' || (t[k].norm === 'had' && (r.initialAt(k) || t[k - 1]?.raw === ','));
    if (!condition) continue;
    for (let j = k + 1, words = 0; j < t.length && words < 4 && isWord(t[j]); j++, words++) {
      if (['not', 'only', 'just'].includes(t[j].norm) || DETERMINERS.has(t[j].norm)) continue;
      if (!PERSON_CLASSES.has(r.classify(j, false))) return;
      break;
    }
  }
  const subject = r.subjectBefore(at);
  if (!['named', 'individual', 'self', 'group', 'we'].includes(subject.cls)) return;
  // "A second reviewer could have caught it", "another admin could have stepped in": a person who
  // was not there, wished for; the gap is in how many people the work had, as "not reviewed by a
  // second engineer" says in the passive.
  if (addedPerson(r, subject)) return;
  // "We could have spotted the fault before the release": the authors looking back at their own
  // checks, a gap in finding out that hindsight-language hints at; no one is singled out. "We could
  // have avoided it", "the reviewer could have caught it" and "I could have spotted it" stay blame.
  if (subject.cls === 'we' && FINDING_OUT.has(t[participle].norm)) return;
  r.judgeAs('judgment-verb', subject, at, participle);
}

/** Words after "a" or "an" that make a person one more than the work had: "a second reviewer", "an extra admin". */
const ONE_MORE = new Set(['second', 'additional', 'extra', 'independent', 'fresh', 'backup', 'spare']);

/** True when the subject is a person the work did not have: "another engineer", "a second administrator". */
export function addedPerson(r: SentenceReader, subject: Subject): boolean {
  const t = r.t;
  const w = (k: number) => (k >= 0 && isWord(t[k]) ? t[k].norm : '');
  // One modifier may stand between: "another senior engineer", "a second on-call admin".
  for (let k = subject.head - 1; k >= subject.head - 2; k--) {
    if (w(k) === 'another') return true;
    if (ONE_MORE.has(w(k))) return w(k - 1) === 'a' || w(k - 1) === 'an';
  }
  return false;
}

/** Participles of finding a fault out, as against keeping it from happening ("avoided", "prevented"). */
const FINDING_OUT = new Set(['caught', 'spotted', 'noticed', 'detected', 'found', 'flagged', 'discovered']);

/**
 * "… should have been spotted by the reviewer": hindsight aimed at the person who checks. A
 * step without a person ("should have been caught in review") is `shouldHaveBeenFound`'s.
 */
export function reviewHindsight(r: SentenceReader, at: number, been: number): boolean {
  const t = r.t;
  const caught = been + 1;
  if (!isWord(t[caught]) || !isWord(t[caught + 1]) || t[caught + 1].norm !== 'by') return false;
  if (!PREVENTION_PARTICIPLES.has(t[caught].norm) && !PASSIVE_OMISSION.has(t[caught].norm)) return false;
  const person = r.agentAfter(caught + 2);
  if (!person) return false;
  r.blame('judgment-verb', categoryOf(person.cls, true), at, person.index, at, caught, r.nameSpan(person.index, person.index));
  return true;
}

/** Participles of knowing, being and needing after "had": what someone knew or was, not a step they took ("if I had known"). */
const NOT_AN_ACT = new Set([
  'known',
  'been',
  'realised',
  'realized',
  'understood',
  'thought',
  'heard',
  'told',
  'had',
  'got',
  'gotten',
  'wanted',
  'needed',
  'expected',
  'fallen',
  'broken',
]);

/** The modals of a counterfactual consequence: `personsCondition` reads none without one. */
export const CONSEQUENCE_MODALS = new Set(['would', "wouldn't", 'could', "couldn't", "would've", "could've", 'might', "might've"]);

/**
 * "the page could have been avoided if I had read the config", "if Bob had run the check, it
 * would not have broken": a condition contrary to fact whose subject is one person and whose verb
 * is a step they took, set beside a consequence that keeps the trouble away (a negated "would" or
 * "could have been prevented"). It says the trouble was theirs to stop. Leaves "we" (the authors
 * weighing their process), a thing as the condition's subject ("if the alert had fired"), what
 * someone knew or was ("if I had known", "if she had been told"), an accident ("if I had fallen
 * ill") and a consequence that is only another outcome ("nobody could have stepped in").
 */
export function personsCondition(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!isWord(t[at]) || t[at].norm !== 'if' || t[at].literal) return false;
  let k = at + 1;
  if (isWord(t[k]) && t[k].norm === 'only') k++;
  if (isWord(t[k]) && DETERMINERS.has(t[k].norm)) k++;
  if (!isWord(t[k]) || t[k].literal) return false;
  const cls = r.classify(k, false);
  if (cls !== 'self' && cls !== 'named' && cls !== 'individual') return false;
  const head = k;
  // "If I'd run it": the author with a contracted "had".
  if (t[k].norm !== "i'd") {
    k++;
    if (!isWord(t[k]) || (t[k].norm !== 'had' && t[k].norm !== "'d")) return false;
  }
  k++;
  while (isWord(t[k]) && (['not', 'never', 'just', 'only', 'simply', 'actually', 'already', 'first'].includes(t[k].norm) || /^[a-z]{3,}ly$/.test(t[k].norm)))
    k++;
  const act = t[k];
  if (!isWord(act) || act.literal || NOT_AN_ACT.has(act.norm) || !(/[a-z]ed$/.test(act.norm) || IRREGULAR_PARTICIPLES.has(act.norm))) return false;
  if (!keptAway(r, at, k)) return false;
  r.blame('judgment-verb', categoryOf(cls, true), at, k, at, k, cls === 'named' ? r.nameSpan(head, head) : undefined);
  return true;
}

/**
 * True when a consequence outside the condition from `from` to `to` keeps the trouble away: a
 * modal negated ("would not see the errors", "wouldn't have broken") or "could have (easily) been
 * prevented". Reads a bounded number of words on either side.
 */
function keptAway(r: SentenceReader, from: number, to: number): boolean {
  const t = r.t;
  const w = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  const lo = Math.max(0, from - 30);
  const hi = Math.min(t.length, to + 30);
  for (let k = lo; k < hi; k++) {
    if (k >= from && k <= to) continue;
    if (!CONSEQUENCE_MODALS.has(w(k)) || t[k].literal) continue;
    let j = k + 1;
    let negated = w(k).endsWith("n't");
    while (['not', 'never', 'easily', 'simply', 'probably', 'likely', 'have', 'been', 'just', 'even', 'all'].includes(w(j)) || w(j).endsWith("'ve")) {
      if (w(j) === 'not' || w(j) === 'never') negated = true;
      j++;
    }
    // "… would not have been able to …": what could not be done, an outcome, not the trouble kept away.
    if (w(j) === 'able') continue;
    if (PREVENTION_PARTICIPLES.has(w(j)) && !negated && w(j - 1) === 'been') return true;
    if (negated && isWord(t[j])) return true;
  }
  return false;
}
