/**
 * A third party's doing judged by the authors, a fault put on a vendor or another team: "our
 * frustration came mostly from their quota rules", "two crashes in a week eroded our trust in
 * their operator". Leaves frustration that is the users' or the authors' own doing ("we
 * understand our users' frustration", "our frustration with the slow restore"), and confidence
 * shaken in a thing or in the authors ("flaky tests eroded our confidence in the suite").
 */
import type { SentenceReader } from './reader';
import { isClauseMark, isWord } from './words';

/** The words between the frustration and the third party's doing: "is (mostly) due to their …", "came from their …". */
const CAUSE_WORDS = new Set(['was', 'is', 'were', 'are', 'came', 'comes', 'stem', 'stems', 'stemmed', 'due', 'to', 'from', 'caused', 'by']);

/** Adverbs that only weigh the cause ("mostly due to"). */
const WEIGHTS = new Set(['mostly', 'largely', 'mainly', 'entirely', 'partly', 'primarily', 'chiefly']);

/** The words `frustration` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const FRUSTRATION_KEY = (w: string): boolean => w === 'frustration' || w === 'frustrations';

/**
 * "Our frustration came mostly from their quota rules", "the bulk of our frustrations stem
 * from their support desk": the authors' frustration put on a third party. The frustration must be
 * the authors' ("our") and its cause the third party's ("their").
 */
export function frustration(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if ((t[at].norm !== 'frustration' && t[at].norm !== 'frustrations') || t[at].literal) return false;
  if (!r.wordBefore(at, 3, (w) => w.norm === 'our')) return false;
  let k = at + 1;
  let cause = false;
  for (let words = 0; k < t.length && words < 6; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') return false;
      continue;
    }
    words++;
    if (t[k].norm === 'their') break;
    if (CAUSE_WORDS.has(t[k].norm)) cause = true;
    else if (!WEIGHTS.has(t[k].norm)) return false;
  }
  if (!cause || !isWord(t[k]) || t[k].norm !== 'their' || r.negated(at)) return false;
  r.blame('character', 'group-fault', at, k, at, k);
  return true;
}

/** Verbs that say trust was lost. */
const UNDERMINING = new Set(['undermined', 'undermines', 'undermine', 'eroded', 'erodes', 'shook', 'shaken', 'damaged']);

/** The words `lostConfidence` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const LOST_CONFIDENCE_KEY = (w: string): boolean => UNDERMINING.has(w);

/**
 * "Two crashes in a week eroded our trust in their operator", "the misses shook our faith in
 * their support": the authors' trust in a third party's work lost, a verdict on the third party.
 */
export function lostConfidence(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!UNDERMINING.has(t[at].norm) || t[at].literal) return false;
  const word = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  if (word(at + 1) !== 'our' || !['confidence', 'trust', 'faith'].includes(word(at + 2)) || word(at + 3) !== 'in' || word(at + 4) !== 'their') return false;
  if (r.negated(at, 2)) return false;
  r.blame('character', 'group-fault', at, at + 4, at, at + 4);
  return true;
}
