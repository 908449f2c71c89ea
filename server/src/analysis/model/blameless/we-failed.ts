/**
 * The authors' verdict on themselves as failing, with nothing after "failed" but the occasion or
 * the people let down: "we failed at that, and I apologise", "we're sorry we failed this time",
 * "we have failed our users". Leaves what the authors failed to do (read as an act elsewhere, and
 * quiet for outcomes: "we failed to reproduce it"), a failover ("we failed over to the replica"), a
 * thing failed on purpose ("we failed the primary out"), a supposition ("if we failed …"), a
 * topic ("how we failed", outside a heading too), a denial and a heading (`ourFaultHeading`'s).
 */
import type { Need } from './phrase-table';
import type { SentenceReader } from './reader';
import { isClauseMark, isWord } from './words';

/** Words that may stand between the authors and "failed": "we simply failed", "we have failed". */
const BETWEEN = new Set(['have', "'ve", 'had', 'simply', 'clearly', 'really', 'just', 'ultimately', 'completely', 'badly', 'all', 'also', 'again']);

/** What may follow "failed" when it is a verdict: the occasion ("at that", "this time", "here") or those let down. */
const VERDICT_AFTER = new Set(['at', 'here', 'again', 'you', 'them', 'everyone']);

/** Nouns for the occasion after "this": "we failed this time". */
const OCCASIONS = new Set(['time', 'week', 'weekend', 'month', 'year']);

/** Those let down after "our": "we failed our users". */
const LET_DOWN = new Set(['users', 'customers', 'community', 'clients', 'members', 'readers', 'players', 'contributors']);

/** Words before the authors that make the clause a supposition or a question of when. */
const SUPPOSING = new Set(['if', 'unless', 'whether', 'when', 'whenever', 'once']);

/**
 * Words before the authors that make "we failed" the topic of a title or a pointer, not a verdict
 * said here: "How we failed", "why we failed at it" as a bold line, a link or a list entry.
 */
const TOPIC = new Set(['how', 'why', 'what', 'where']);

/** The words `weFailed` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const WE_FAILED_KEY = (w: string): boolean => w === 'failed';
/** What `weFailed` needs for a hit: "failed" with "we" or "I" in the sentence (the sentence gate's need). */
export const WE_FAILED_NEED = (w: string): Need => w === 'failed' && ['we', 'i'];

/** "We failed at that": the authors' verdict on themselves. */
export function weFailed(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (r.heading || t[at].norm !== 'failed' || t[at].literal) return false;
  const w = (k: number) => (isWord(t[k]) && !t[k].literal ? t[k].norm : '');
  let s = at - 1;
  while (s > at - 4 && BETWEEN.has(w(s))) s--;
  const subject = w(s);
  if (subject !== 'we' && subject !== 'i') return false;
  if (SUPPOSING.has(w(s - 1)) || TOPIC.has(w(s - 1)) || r.negated(at, 3)) return false;
  const next = t[at + 1];
  let verdict = !next || !isWord(next) ? !next || isClauseMark(next) || next.raw === ',' : false;
  if (isWord(next) && !next.literal) {
    const n = next.norm;
    verdict =
      (VERDICT_AFTER.has(n) && !(n === 'at' && /^\d/.test(t[at + 2]?.raw ?? ''))) ||
      (n === 'this' && OCCASIONS.has(w(at + 2)) && !isWord(t[at + 3])) ||
      ((n === 'our' || n === 'the') && LET_DOWN.has(w(at + 2)));
  }
  if (!verdict) return false;
  r.blame('verdict', subject === 'i' ? 'self-fault' : 'group-fault', s, at, s, at);
  return true;
}
