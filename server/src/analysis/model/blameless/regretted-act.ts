/**
 * The author's own act told under a regret that opens the sentence: "Unfortunately, the copy I
 * took was from the live router", "Sadly, I switched the traffic over before the replica had caught
 * up". The regret marks the act as what went wrong and "I" names its doer: the labels' individual
 * attribution, said of oneself. Leaves "we" (an organisation's act), acts of knowing, finding,
 * trying or telling ("unfortunately I only found out later", "I tried to restart it"), a negated or
 * modal verb, a supposition ("unfortunately, if I had …"), an act after a turn ("unfortunately the
 * disk filled, but I cleared it"), repair work ("unfortunately, the fix I deployed did not help")
 * and headings.
 */
import { IRREGULAR_PAST_CORE } from './lexicon';
import type { Need } from './phrase-table';
import type { SentenceReader } from './reader';
import { isWord } from './words';

/** Words of regret that put what follows down as what went wrong. */
const REGRETS = new Set(['unfortunately', 'sadly', 'regrettably']);

/** Words that may open the sentence before the regret: "But unfortunately, …". */
const OPENERS = new Set(['but', 'and', 'so', 'then']);

/** Words that may stand between "I" and the act: "I manually failed over", "I had deleted". */
const BETWEEN = new Set(['then', 'just', 'also', 'manually', 'mistakenly', 'accidentally', 'inadvertently', 'unknowingly', 'had', 'already', 'later']);

/** Past tenses that are acts, beside the "-ed" forms: "took", "ran", "set", "put". */
const PAST_ACTS = new Set([...IRREGULAR_PAST_CORE, 'set', 'put', 'cut', 'shut', 'hit', 'overwrote', 'tore', 'taken']);

/**
 * Past tenses that tell no act on the system: knowing, looking and finding out, trying, wishing,
 * being and having, and telling people (response work), which a regret before them leaves blameless.
 */
const NOT_ACTS = new Set([
  'did',
  'had',
  'was',
  'made',
  'left',
  'lost',
  'kept',
  'gave',
  'began',
  'realised',
  'realized',
  'noticed',
  'discovered',
  'learned',
  'learnt',
  'figured',
  'assumed',
  'believed',
  'expected',
  'hoped',
  'wanted',
  'needed',
  'tried',
  'attempted',
  'managed',
  'asked',
  'received',
  'reported',
  'contacted',
  'called',
  'informed',
  'notified',
  'emailed',
  'messaged',
  'apologised',
  'apologized',
  'waited',
  'stayed',
  'worked',
  'missed',
  'forgot',
  // Looking, checking and arriving: finding out, not acting on the system.
  'checked',
  'looked',
  'inspected',
  'investigated',
  'examined',
  'searched',
  'reviewed',
  'monitored',
  'watched',
  'observed',
  'tested',
  'verified',
  'confirmed',
  'validated',
  'arrived',
  'returned',
  'joined',
  'logged',
  'signed',
  'woke',
  'responded',
  'replied',
  'answered',
  'posted',
  'published',
  'announced',
]);

/** Words after which the regret is about another clause: "…, but I cleared it", "… though I paged them". */
const TURNS = new Set(['but', 'however', 'yet', 'still', 'though', 'although', 'luckily', 'fortunately', 'thankfully']);

/** Words that make the clause a supposition, not a thing done. */
const SUPPOSING = new Set(['if', 'unless', 'whether', 'would', 'could', 'might']);

/** Words of repair: an act of response work, however it turned out ("the fix I deployed did not help"). */
const REPAIR =
  /^(?:fix|fixes|fixed|hotfix|workaround|mitigation|mitigate|mitigated|patch|patched|rollback|revert|reverted|restore|restored|recover|recovered|recovery)$/;

/** The words `regrettedAct` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const REGRETTED_ACT_KEY = (w: string): boolean => REGRETS.has(w);
/** What `regrettedAct` needs for a hit: the regret with "I" in the sentence (the sentence gate's need). */
export const REGRETTED_ACT_NEED = (w: string): Need => REGRETS.has(w) && ['i'];

/** True for the past tense at `v` that tells an act: "exposed", "took", "failed over", not "noticed", "tried" or "failed to". */
function pastAct(r: SentenceReader, v: number): boolean {
  const norm = r.t[v].norm;
  if (norm === 'failed') return isWord(r.t[v + 1]) && r.t[v + 1].norm === 'over';
  return !NOT_ACTS.has(norm) && (PAST_ACTS.has(norm) || /^[a-z]{2,}ed$/.test(norm));
}

/** "Unfortunately, … I took …": the author's act under a regret that opens the sentence. */
export function regrettedAct(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (r.heading || !REGRETS.has(t[at].norm) || t[at].literal) return false;
  // The regret opens the sentence, after at most one joining word.
  let first = 0;
  while (first < at && !isWord(t[first])) first++;
  if (first < at && !(OPENERS.has(t[first].norm) && t.slice(first + 1, at).every((w) => !isWord(w)))) return false;
  let act = -1;
  let subject = -1;
  for (let k = at + 1; k < t.length; k++) {
    const w = t[k];
    if (!isWord(w)) continue;
    if (w.literal || REPAIR.test(w.norm)) return false;
    if (act >= 0) {
      if (TURNS.has(w.norm)) return false;
      continue;
    }
    if (TURNS.has(w.norm) || SUPPOSING.has(w.norm)) return false;
    if (w.norm !== 'i' || w.raw !== 'I') continue;
    // Only the author's first act is read: "unfortunately I didn't know …, and once I found out I
    // restarted it" regrets the not knowing, and what came after it is the response.
    if (isWord(t[k - 1]) && t[k - 1].norm === 'had') return false;
    let v = k + 1;
    while (v < t.length && isWord(t[v]) && BETWEEN.has(t[v].norm) && v - k < 3) v++;
    if (!isWord(t[v]) || t[v].literal || !pastAct(r, v)) return false;
    // "I failed over": the particle is part of the act.
    [subject, act] = [k, t[v].norm === 'failed' ? v + 1 : v];
  }
  if (act < 0) return false;
  // The regret leads the trigger, which picks the message; the quote is the author and the act.
  r.blame('fault-verb', 'self-fault', subject, act, at, act);
  return true;
}
