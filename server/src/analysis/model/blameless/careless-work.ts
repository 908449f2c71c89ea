/**
 * People's work called careless in the passive: "the cleanup was not done in a coordinated
 * manner", "it wasn't planned properly", "the probes were never set up carefully". Leaves work done
 * "by" a system ("not done properly by the SDK"), a thing not set up properly (its state, not anyone's
 * care) and manner words without a negation.
 */
import { CARE_MANNER_ADJECTIVES, CARE_MANNERS, HUMAN_WORK } from './lexicon';
import type { SentenceReader } from './reader';
import { BE, isWord } from './words';

/**
 * Setting a thing up, which people do: "the probes were not configured carefully", "renewal was
 * never set up thoroughly". Only with a word of a person's care after it: "wasn't set up properly"
 * or "not configured correctly" tells the state a thing was left in (a configuration gap told
 * without a person, as LABELS.md reads it), and "was not configured for TLS" is a fact.
 */
const SETUP_WORK = new Set(['configured', 'set', 'installed']);

/** Manner words that tell how a thing ended up, not how careful anyone was: "not set up properly". */
const STATE_MANNERS = new Set(['properly', 'adequately', 'sufficiently']);

/** The words `passiveManner` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const PASSIVE_MANNER_KEY = (w: string): boolean => HUMAN_WORK.has(w) || SETUP_WORK.has(w);

/** "The cleanup was not done in a coordinated manner", "wasn't planned properly": people's work judged careless. */
export function passiveManner(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const setUp = SETUP_WORK.has(t[at].norm);
  if ((!HUMAN_WORK.has(t[at].norm) && !setUp) || t[at].literal) return false;
  let n = at - 1;
  // "Was not properly configured for failover" tells what the thing lacked; set-up work is judged by a manner word after it.
  if (isWord(t[n]) && CARE_MANNERS.has(t[n].norm) && !setUp) n--;
  const not = t[n];
  if (!isWord(not)) return false;
  const negated = ((not.norm === 'not' || not.norm === 'never') && isWord(t[n - 1]) && BE.has(t[n - 1].norm)) || (not.norm.endsWith("n't") && BE.has(not.norm));
  if (!negated) return false;
  let k = at + 1;
  if (t[at].norm === 'carried') {
    if (!isWord(t[k]) || t[k].norm !== 'out') return false;
    k++;
  }
  if (t[at].norm === 'set') {
    if (!isWord(t[k]) || t[k].norm !== 'up') return false;
    k++;
  }
  let end = -1;
  if (n < at - 1) end = at;
  else if (isWord(t[k]) && CARE_MANNERS.has(t[k].norm) && !(setUp && STATE_MANNERS.has(t[k].norm))) end = k;
  else if (isWord(t[k]) && t[k].norm === 'in' && isWord(t[k + 1]) && ['a', 'an'].includes(t[k + 1].norm)) {
    let careful = false;
    for (let j = k + 2; j < t.length && j < k + 9; j++) {
      if (!isWord(t[j])) {
        if (t[j].raw === ',') continue;
        break;
      }
      if (CARE_MANNER_ADJECTIVES.has(t[j].norm)) careful = true;
      if (['manner', 'way', 'fashion'].includes(t[j].norm)) {
        if (careful) end = j;
        break;
      }
    }
  }
  if (end < 0) return false;
  // "… not done properly by the SDK": the work named as a system's.
  if (isWord(t[end + 1]) && t[end + 1].norm === 'by' && !r.personAfter(end + 2)) return false;
  r.blame('manner', 'group-fault', n, end, n, end);
  return true;
}
