/**
 * Blame that the sentence sets up only to refute or set aside: "it is tempting to blame the
 * on-call, but …", "we don't believe the operator ignored the alert", "one might say …". Drops
 * those blame hits; hindsight hits stay.
 */
import type { Hit } from './hit';
import { NEGATIONS } from './lexicon';
import { disbelief, type SentenceReader } from './reader';
import { isWord } from './words';

/** Judgements of blaming that set it aside ("it is tempting to blame …", "it would be easy to say …"). */
const REFUTING_JUDGEMENTS = new Set([
  'tempting',
  'easy',
  'easiest',
  'natural',
  'unfair',
  'wrong',
  'incorrect',
  'simplistic',
  'convenient',
  'pointless',
  'unhelpful',
]);

/** What such a judgement is about: blaming, saying who did it, or dwelling on the person. */
const REFUTED_ACTS = new Set(['blame', 'say', 'conclude', 'think', 'assume', 'call', 'write', 'point', 'single', 'claim', 'focus', 'dwell']);

/** Words that open a clause conceded before the main one: "While it was human error, it is wrong to blame …". */
const CONCESSIVES = new Set(['while', 'although', 'though', 'whilst']);

/** Verbs of belief that, negated, refute what follows ("we don't believe the operator ignored it"). */
const BELIEFS = new Set(['believe', 'think', 'feel', 'accept', 'agree', 'claim', 'suggest', 'say']);

/**
 * The hits less the blame that the sentence sets up only to refute or set aside: "it is
 * tempting to blame the on-call, but …", "we don't believe the operator ignored the alert",
 * "one might say the engineer was careless". The frame reaches to the next "but", ";" or ":".
 */
export function withoutRefuted(r: SentenceReader): Hit[] {
  // Most sentences have no hit: there is nothing to set aside.
  if (!r.hits.length) return r.hits;
  const t = r.t;
  const scopes: [number, number][] = [];
  // Where each frame stops, found in one pass from the end so a long sentence costs its length.
  const stops: number[] = new Array<number>(t.length + 1);
  stops[t.length] = t.length;
  for (let i = t.length - 1; i >= 0; i--) {
    const stop = isWord(t[i]) ? ['but', 'however', 'yet'].includes(t[i].norm) : [';', ':', '—'].includes(t[i].raw);
    stops[i] = stop ? i : stops[i + 1];
  }
  // A sentence that opens on a concession and reaches a comma: where the concession starts, or -1.
  const first = t.findIndex(isWord);
  const conceded = first >= 0 && CONCESSIVES.has(t[first].norm) && !t[first].literal;
  let opening = -1;
  for (let i = 0; i + 1 < t.length; i++) {
    if (conceded && opening < 0 && t[i].raw === ',') opening = first;
    if (!isWord(t[i]) || !isWord(t[i + 1]) || t[i].literal) continue;
    const [w, next] = [t[i].norm, t[i + 1].norm];
    let end = -1;
    if (REFUTING_JUDGEMENTS.has(w) && next === 'to' && isWord(t[i + 2]) && REFUTED_ACTS.has(t[i + 2].norm)) {
      end = i + 2;
      // "While it can be put down to human error, it is incorrect to focus on the person": the
      // conceded clause before the comma is set aside with the blaming it leads to.
      if (opening >= 0 && opening < i) scopes.push([t[opening].start, t[i].start]);
    } else if ((NEGATIONS.has(w) || w.endsWith("n't")) && BELIEFS.has(next) && !disbelief(t, i)) end = i + 1;
    else if (['might', 'may', 'would', 'could', 'will'].includes(w) && ['say', 'claim', 'argue', 'conclude'].includes(next)) end = i + 1;
    if (end < 0) continue;
    const stop = stops[end + 1];
    scopes.push([t[end].start, stop < t.length ? t[stop].start : Infinity]);
  }
  if (!scopes.length) return r.hits;
  // A conceded clause starts before the frames found on the way to it: sorted by start and
  // merged, each hit is placed by a binary search.
  if (conceded) scopes.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const scope of scopes) {
    const last = merged[merged.length - 1];
    if (last && scope[0] <= last[1]) last[1] = Math.max(last[1], scope[1]);
    else merged.push([...scope]);
  }
  const refuted = (offset: number) => {
    let [lo, hi] = [0, merged.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < merged[mid][0]) hi = mid - 1;
      else if (offset >= merged[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
  return r.hits.filter((h) => h.rule !== 'blaming-language' || !refuted(h.start));
}
