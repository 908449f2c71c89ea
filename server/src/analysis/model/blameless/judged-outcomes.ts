/**
 * An outcome or a decision judged, which judges whoever owned it: "an outage of this size is
 * unacceptable", "starting the job at 5 pm was unwise". Leaves "unacceptable" said of anything
 * but the incident ("unacceptable latency") and negated judgements.
 */
import { DECISION_WORDS } from './lexicon';
import type { SentenceReader } from './reader';
import { BE, isWord } from './words';

/** Words for the incident itself, which "… is unacceptable" judges as a fault ("this outage", "the downtime"). */
const INCIDENT_WORDS = new Set(['outage', 'outages', 'incident', 'incidents', 'downtime', 'breach', 'disruption', 'lapse']);

/** "An outage of this size is unacceptable", "such a long disruption is inexcusable": the incident itself judged, a fault the authors take on. */
export function unacceptableIncident(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if ((t[at].norm !== 'unacceptable' && t[at].norm !== 'inexcusable') || t[at].literal || r.negated(at)) return false;
  let be = at - 1;
  if (isWord(t[be]) && ['simply', 'totally', 'completely', 'entirely', 'frankly', 'clearly'].includes(t[be].norm)) be--;
  if (!isWord(t[be]) || !BE.has(t[be].norm)) return false;
  if (!r.wordBefore(be, 8, (w) => INCIDENT_WORDS.has(w.norm))) return false;
  r.blame('character', 'group-fault', at, at, at, at);
  return true;
}

/** "Starting a ten-hour job at 5 pm was unwise": a decision judged, and with it whoever took it. */
export function decision(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!DECISION_WORDS.has(t[at].norm) || t[at].literal || r.negated(at, 3)) return false;
  r.blame('character', 'group-fault', at, at, at, at);
  return true;
}

/** Words that judge a delay as inexcusable, which judges the people who were to notice. */
const DELAY_VERDICTS = new Set(['unacceptable', 'unacceptably', 'unreasonable', 'unreasonably', 'inexcusable', 'inexcusably']);

/**
 * "Four hours from deploy to detection is unacceptable", "an unreasonably long detection time":
 * how late people noticed, judged as inexcusable. Leaves the same words said of anything else
 * ("unacceptable latency was detected") and judgements negated.
 */
export function slowDetection(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!DELAY_VERDICTS.has(t[at].norm) || t[at].literal || r.negated(at)) return false;
  const isDetection = (k: number) => isWord(t[k]) && t[k].norm === 'detection';
  // Attributive: the verdict, at most one word ("long", "slow"), then "detection".
  let found = isDetection(at + 1) || (isWord(t[at + 1]) && isDetection(at + 2));
  if (!found) {
    // Predicative: "… to detection is unacceptable", "the detection was simply unreasonable".
    let be = at - 1;
    if (isWord(t[be]) && ['simply', 'totally', 'completely', 'entirely', 'frankly', 'clearly', 'just'].includes(t[be].norm)) be--;
    found =
      isWord(t[be]) &&
      BE.has(t[be].norm) &&
      (isDetection(be - 1) || (isWord(t[be - 1]) && ['time', 'times', 'delay', 'delays'].includes(t[be - 1].norm) && isDetection(be - 2)));
  }
  if (!found) return false;
  r.blame('character', 'group-fault', at, at, at, at);
  return true;
}
