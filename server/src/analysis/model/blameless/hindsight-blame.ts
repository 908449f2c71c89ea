/**
 * Hindsight aimed at people, which is blame too: "we should have tested it", "the reviewer could
 * have caught it", "it should have been spotted by the reviewer". Leaves hindsight about
 * systems, counterfactuals whose condition is a system's ("if the dashboard had shown it"),
 * safeguards ("could have caught it with better alerting") and steps with no person.
 */
import { categoryOf } from './hit';
import { DETERMINERS, NEGATIONS, PASSIVE_OMISSION, PREVENTION_PARTICIPLES, RECEIPT_PARTICIPLES } from './lexicon';
import { shouldHaveBeenFound } from './missed-check';
import type { PersonClass } from './people';
import type { SentenceReader } from './reader';
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
  // "We could have spotted the fault before the release": the authors looking back at their own
  // checks, a gap in finding out that hindsight-language hints at; no one is singled out. "We could
  // have avoided it", "the reviewer could have caught it" and "I could have spotted it" stay blame.
  if (subject.cls === 'we' && FINDING_OUT.has(t[participle].norm)) return;
  r.judgeAs('judgment-verb', subject, at, participle);
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
