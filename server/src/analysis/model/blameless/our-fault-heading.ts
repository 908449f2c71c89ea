/**
 * A heading that titles its section by the authors' own failing: "How We Failed", "What We Did
 * Wrong", "Best Practices (What We Violated)". In prose, "we" with a fault verb is most often
 * response work told ("we broke the lock to get back in"), so it is read only for the lapses the
 * authors own (WE_FAULT_PHRASES); a heading is no report of work, and naming a section by what
 * "we" failed at passes a verdict on the group. Leaves headings that name no one ("What Went
 * Wrong"), outcomes ("How we failed to reproduce it") and every verb that is no fault ("What We
 * Fixed").
 */
import { categoryOf } from './hit';
import { WE_FAULT_PHRASES } from './lexicon';
import { WEAK } from './fault-verbs';
import type { Need } from './phrase-table';
import type { SentenceReader } from './reader';
import { isWord } from './words';

/** The words `ourFaultHeading` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const OUR_FAULT_HEADING_KEY = (w: string): boolean => w === 'we';
/** What `ourFaultHeading` needs for a hit: "we", with its verb (a fault verb of one word, or "failed") or the "wrong" of "did wrong" (the sentence gate's need). */
export const OUR_FAULT_HEADING_NEED = (w: string): Need => (w === 'failed' || w === 'wrong' || WEAK.needs(w) === true) && ['we'];

/** "We failed", "we did wrong", "we got it wrong", "we broke …" in a heading: the authors' fault as its title. */
export function ourFaultHeading(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!r.heading || t[at].norm !== 'we' || t[at].literal) return false;
  const word = (k: number) => (isWord(t[k]) && !t[k].literal ? t[k].norm : '');
  // One adverb may stand between: "How We Quietly Broke Search".
  const v = /..ly$/.test(word(at + 1)) ? at + 2 : at + 1;
  const verb = word(v);
  // "How we failed to check …" is the fault verbs' ("failed to"), as is an outcome they leave, and
  // "how we failed over" is a failover. One-word fault verbs only: the lapses "we" owns anywhere
  // ("did not test", "misread") are the fault verbs' to read.
  let end = verb && WEAK.match(t, v) === 1 && !WE_FAULT_PHRASES.has(verb) ? v : -1;
  if (verb === 'failed' && !['to', 'over', 'back'].includes(word(v + 1))) end = v;
  if (/^(?:did|got|went)$/.test(verb)) end = [v + 1, v + 2].find((k) => word(k) === 'wrong') ?? -1;
  if (end < 0) return false;
  r.blame('fault-verb', categoryOf('we', false), at, end, v, end);
  return true;
}
