/**
 * What the incident did, told as a state of its subject: "About half of the uploads were lost",
 * "The status page was down", "Both mirrors were unreachable", and how it ended ("All services were
 * restored by adding capacity by hand"). Impact and recovery, not work: a list of such
 * entries under a heading of the plan (or after "In total:") counts the damage, and none of its
 * entries is an item. Work whose words hold the same phrase ("Write a script that lists what
 * accounts were affected", "Restore the files that were lost") opens on its verb or keeps the
 * phrase in a clause of its own, and is read as usual.
 */
import { IMPERATIVE } from './reading';

/**
 * The states of damage (lost, broken, out of reach), and the service's return from them ("Service
 * was restored at 11:40 by failing over"): the course of the incident either way. "deleted" or
 * "wiped" may be work done, and is left out.
 */
const DAMAGE = String.raw`(?:lost|corrupted|affected|impacted|unavailable|unreachable|inaccessible|down|offline|broken|degraded|unusable|unresponsive|restored|recovered|back\s+(?:online|up))`;

/**
 * The subject (words, a figure, a date; no verb of its own, no clause: "that", "which", "we", a
 * modal), then "was", "were", "has been", "have been" or "got", an adverb or two, the state, and
 * at most a bound after it ("for two hours", "during the outage", "as a result").
 */
const TOLD = new RegExp(
  String.raw`^[\s*_]*(?:(?!(?:that|which|who|what|whose|where|when|whether|if|unless|so|sure|no|not|we|i|you|they|will|shall|would|must|should|can|could|to)\s)[\p{L}\p{N}~%'’/.,:()+-]+\s+){1,14}?(?:was|were|has\s+been|have\s+been|got|is|are)\s+(?:(?:also|all|completely|entirely|fully|partially|partly|permanently|temporarily|briefly|mostly|ultimately|eventually|finally|successfully|then|quickly)\s+){0,2}${DAMAGE}\b[*_]*(?:\s+(?:for|during|from|until|between|since|as|by|in|on|at|because|due)\b[^;]{0,120})?[\s*_.!]*$`,
  'iu',
);

/** The first word of an entry, for the verb a task opens on ("Ensure …", "Alert when …"). */
const FIRST_WORD = /^[\s*_]*([\p{L}]+)/u;

/** True for a sentence or an entry that only tells what the incident damaged. */
export function tellsDamage(text: string): boolean {
  if (text.length > 240 || !TOLD.test(text)) return false;
  const first = FIRST_WORD.exec(text)?.[1].toLowerCase();
  return !first || !IMPERATIVE.has(first);
}
