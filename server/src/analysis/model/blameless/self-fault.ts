/**
 * The authors owning an error in so many words: "we erroneously deleted the bucket", "I wrongly
 * assumed the cache was warm", "skipping the dry run was the wrong call". Leaves the same
 * adverbs on a system's act ("the retry logic erroneously treated …") and wrong calls made by a
 * thing ("the scheduler made the wrong call").
 */
import type { SentenceReader } from './reader';

/** Adverbs that say an act was in error, not merely how it was done. */
const ERROR_ADVERBS = new Set(['erroneously', 'wrongly', 'mistakenly', 'wrongfully']);

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
  r.blame('manner', subject.cls === 'self' ? 'self-fault' : 'group-fault', subject.first, at, at, at);
  return true;
}
