/**
 * The authors owning an error in so many words: "we erroneously deleted the bucket", "I wrongly
 * assumed the cache was warm", "skipping the dry run was the wrong call". Leaves the same
 * adverbs on a system's act ("the retry logic erroneously treated …") and wrong calls made by a
 * thing ("the scheduler made the wrong call").
 */
import type { SentenceReader } from './reader';
import { BE, isClauseMark, isWord } from './words';

/** Adverbs that say an act was in error, not merely how it was done. */
const ERROR_ADVERBS = new Set(['erroneously', 'wrongly', 'mistakenly', 'wrongfully', 'incorrectly', 'improperly']);

/** The words `errorAdverb` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const ERROR_ADVERB_KEY = (w: string): boolean => ERROR_ADVERBS.has(w);

/**
 * "We erroneously deleted …", "I mistakenly ran …": an act of the authors called an error by
 * themselves. Others acting in error are left ("users were mistakenly sending …"): that is
 * usually what happened to them, not a fault put on them.
 */
export function errorAdverb(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!ERROR_ADVERBS.has(t[at].norm) || t[at].literal || r.negated(at, 2)) return false;
  const subject = r.subjectBefore(at);
  // The subject close before the adverb ("we had erroneously …"): "the job we run erroneously …" is the job's act.
  if ((subject.cls !== 'we' && subject.cls !== 'self') || subject.head < 0 || at - subject.head > 3) return false;
  // "We were incorrectly charged": the passive tells what was done to the authors.
  for (let k = subject.head + 1; k < at; k++) if (isWord(t[k]) && (BE.has(t[k].norm) || t[k].norm === 'got')) return false;
  r.blame('manner', subject.cls === 'self' ? 'self-fault' : 'group-fault', subject.first, at, at, at);
  return true;
}

/** Words that judge a decision or a choice as badly taken. */
const BAD_CHOICES = new Set(['bad', 'poor', 'dangerous', 'reckless', 'unwise', 'critical']);

/** The nouns those words judge. */
const CHOSEN = new Set(['decision', 'choice', 'mistake', 'error', 'misjudgement', 'misjudgment']);

/** Nouns for a choice that "wrong" turns into a verdict on whoever chose. */
const CHOICE_NOUNS = new Set(['call', 'decision', 'choice', 'move']);

/** The words `wrongCall` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const WRONG_CALL_KEY = (w: string): boolean => w === 'wrong' || BAD_CHOICES.has(w);

/**
 * "Skipping the dry run was the wrong call", "we made the wrong decision": a verdict on a choice,
 * and with it on the authors who took it. The noun must end the clause ("the wrong decision tree
 * was loaded" is a thing), and a choice made by anything but the authors stays ("the scheduler
 * made the wrong call").
 */
export function wrongCall(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].literal || !isWord(t[at + 1])) return false;
  // "A dangerous decision", "a poor choice": verdicts on a choice only ("a bad call" may be a request's).
  const verdict = t[at].norm === 'wrong' ? CHOICE_NOUNS : BAD_CHOICES.has(t[at].norm) ? CHOSEN : null;
  if (!verdict || !verdict.has(t[at + 1].norm)) return false;
  if (isWord(t[at + 2]) && !['and', 'but', 'then', 'here', 'there'].includes(t[at + 2].norm)) return false;
  const det = at - 1;
  if (!isWord(t[det]) || !['the', 'a', 'an', 'one'].includes(t[det].norm) || r.negated(det, 3)) return false;
  const verb = t[det - 1];
  if (!isWord(verb)) return false;
  // Past verdicts only: "… is the wrong call when the disk is full" is advice, not a verdict.
  if (['was', 'were', 'been'].includes(verb.norm)) {
    r.blame('character', 'group-fault', det - 1, at + 1, at, at + 1);
    return true;
  }
  if (!['made', 'make', 'took', 'take', 'making'].includes(verb.norm)) return false;
  const subject = r.subjectBefore(det - 1);
  if (subject.cls !== 'we' && subject.cls !== 'self') return false;
  r.blame(
    'character',
    subject.cls === 'self' ? 'self-fault' : 'group-fault',
    subject.head >= 0 ? Math.min(subject.first, det - 1) : det - 1,
    at + 1,
    at,
    at + 1,
  );
  return true;
}

/** Nouns that, said of an act or a choice, call it an error of whoever took it. */
const VERDICT_NOUNS = new Set(['mistake', 'blunder', 'misstep', 'thinko', 'miss']);

/** Words that may grade the verdict ("a big mistake", "a significant miss"); "a near miss" is not one. */
const VERDICT_GRADES = new Set([
  'big',
  'huge',
  'serious',
  'significant',
  'real',
  'clear',
  'costly',
  'major',
  'bad',
  'grave',
  'classic',
  'honest',
  'simple',
  'obvious',
]);

/** The words `verdictNoun` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const VERDICT_NOUN_KEY = (w: string): boolean => VERDICT_NOUNS.has(w);

/**
 * "That was a mistake.", "in retrospect, this was a blunder", "this is a significant miss": a short
 * verdict on what the authors just told, and with it on them. The subject must be "this", "that"
 * or (in the past) "it", and the noun must end the sentence or come before a comma or a conjunction:
 * "that was a mistake in the parser", "that was a miss: the alert never fired" and
 * "it is a mistake to think …" (advice) are left, as are "a near miss" and "not a mistake".
 */
export function verdictNoun(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!VERDICT_NOUNS.has(t[at].norm) || t[at].literal) return false;
  if (countedMistake(r, at)) return true;
  const next = t[at + 1];
  if (isWord(next) && !['and', 'but'].includes(next.norm)) return false;
  // A colon or a dash leads into what the mistake was, which may be a system's ("that was a miss: the alert never fired").
  if (next && !isWord(next) && !['.', '!', ';', ','].includes(next.raw)) return false;
  let det = at - 1;
  if (isWord(t[det]) && VERDICT_GRADES.has(t[det].norm)) det--;
  if (!isWord(t[det]) || (t[det].norm !== 'a' && t[det].norm !== 'an')) return false;
  const verb = t[det - 1];
  const subject = t[det - 2];
  if (!isWord(verb) || !isWord(subject) || !['was', 'is'].includes(verb.norm)) return false;
  if (!['this', 'that', 'it'].includes(subject.norm) || (subject.norm === 'it' && verb.norm !== 'was')) return false;
  const before = t[det - 3];
  if (before && !isClauseMark(before) && before.raw !== ',' && !(isWord(before) && ['and', 'but', 'so'].includes(before.norm))) return false;
  // "A miss" alone is a cache's as often as anyone's: it needs a grade.
  if (t[at].norm === 'miss' && det === at - 1) return false;
  r.blame('character', 'group-fault', det - 2, at, det - 1, at);
  return true;
}

/** Words that count or rank a mistake told as one of several: "the first mistake", "the other mistake". */
const MISTAKE_RANKS = new Set(['first', 'second', 'third', 'other', 'main', 'biggest', 'real', 'last', 'final', 'key', 'initial']);

/** Words after "was"/"is" that say what the counted mistake was: "was a …", "is that …", "was to …". */
const MISTAKE_SAID = new Set(['a', 'an', 'that', 'the', 'to', 'not', 'our', 'my', 'in', 'using', 'assuming', 'trusting', 'relying', 'thinking']);

/**
 * "The first mistake was a small edit I shipped", "the other mistake here is that no one …": the
 * authors going through what they did wrong, one mistake after another, a verdict like "that was
 * a mistake". The counted mistake must open its sentence or clause as its subject and be said with
 * "was" or "is" and what it was; "the first mistake was caught by CI" or "the first mistake in the
 * log" tell of a thing, and only "mistake" and "blunder" count ("the first error was logged").
 */
function countedMistake(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const noun = t[at].norm;
  if (noun !== 'mistake' && noun !== 'blunder') return false;
  const w = (k: number) => (isWord(t[k]) && !t[k].literal ? t[k].norm : '');
  if (!MISTAKE_RANKS.has(w(at - 1)) || w(at - 2) !== 'the' || !r.initialAt(at - 2)) return false;
  let verb = at + 1;
  if (w(verb) === 'here') verb++;
  if (w(verb) !== 'was' && w(verb) !== 'is') return false;
  if (!MISTAKE_SAID.has(w(verb + 1))) return false;
  r.blame('character', 'group-fault', at - 2, verb, at - 1, at);
  return true;
}
