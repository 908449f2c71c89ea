/**
 * Trying harder or remembering asked of people in place of a safeguard: "we need to be more
 * careful", "be more careful", "remind engineers to run the smoke tests". Leaves a purpose ("to
 * be more careful, …") and reminders that software sends ("the bot will remind the owner").
 */
import { categoryOf } from './hit';
import { CARE_QUALITIES, REMINDER_VERBS } from './lexicon';
import type { SentenceReader } from './reader';
import { isWord } from './words';

/** The words `exhortation` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const EXHORTATION_KEY = (w: string): boolean => w === 'be';

/** "We need to be more careful", "reviewers must be more rigorous", "Be more careful with …". */
export function exhortation(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].norm !== 'be' || t[at].literal || !isWord(t[at + 1]) || !['more', 'extra'].includes(t[at + 1].norm)) return false;
  const quality = at + 2;
  if (!isWord(t[quality]) || !CARE_QUALITIES.has(t[quality].norm)) return false;
  const { start, modal } = r.verbGroupStart(at);
  // Without a modal, only an imperative ("Be more careful", "Please be more careful"); "To be more careful, …" states a purpose.
  if (!modal && !(r.initialAt(start) && t.slice(start, at).every((w) => w.norm === 'please'))) return false;
  const subject = r.subjectBefore(start);
  if (subject.cls === 'none' || r.initialAt(start)) {
    r.blame('exhortation', 'group-fault', start, quality, start, quality);
    return true;
  }
  if (!r.isPerson(subject)) return false;
  r.judgeAs('exhortation', subject, start, quality);
  return true;
}

/** The words `reminder` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const REMINDER_KEY = (w: string): boolean => REMINDER_VERBS.has(w);

/** "We will remind engineers to run the smoke tests", "re-iterate the need for service teams to …": a fix that asks people to remember. */
export function reminder(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!REMINDER_VERBS.has(t[at].norm) || t[at].literal) return false;
  const { start } = r.verbGroupStart(at);
  const subject = r.subjectBefore(start);
  const imperative = subject.cls === 'none' || r.initialAt(start);
  // Software reminds people too ("the bot will remind the owner"); a reminder only people give is "re-iterated".
  const people = r.isPerson(subject) || (subject.cls === 'capitalised' && t[at].norm !== 'remind');
  if (!imperative && !people) return false;
  for (let k = at + 1, words = 0; k < t.length && words < 8; k++) {
    if (!isWord(t[k])) return false;
    words++;
    const cls = r.classify(k, false);
    if (cls !== 'named' && cls !== 'individual' && cls !== 'group' && cls !== 'they') continue;
    if (!isWord(t[k + 1]) || !['to', 'that', 'of', 'about'].includes(t[k + 1].norm)) return false;
    r.blame('exhortation', categoryOf(cls, true), at, k, at, at, r.nameSpan(k, k));
    return true;
  }
  return false;
}
