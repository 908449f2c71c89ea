/**
 * A slip owned and called common in the same breath: "I made a mistake that anyone could have
 * made", "my error was one everybody makes". The confession says the slip is the kind the work
 * invites from whoever does it, which is the blameless reading itself; the fault-verb and
 * fault-noun forms leave it alone. A slip owned without the generalising clause stays blame.
 */
import type { SentenceReader } from './reader';
import { isWord } from './words';

/** Words for people in general, as the subject of the relative clause: "anyone", "any of us". */
const ANYONE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'any', 'all', 'most', 'many', 'we', 'others', 'people']);

/** People in general after "any", "most", "many", "all". */
const PEOPLE = new Set(['people', 'engineers', 'developers', 'operators', 'admins', 'teams', 'folks', 'humans']);

/** Verbs (and modals) that may follow them: "anyone could have made", "everyone makes", "we all make". */
const MAKING = new Set(['could', 'would', 'might', 'can', 'will', 'make', 'makes', 'made', 'has', 'have']);

/** True when a generalising relative clause follows the fault noun that ends at `after` - 1. */
export function slipAnyoneMakes(r: SentenceReader, after: number): boolean {
  const t = r.t;
  const w = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  let k = after;
  // "… was one (that) everyone makes": the noun's predicate names the kind.
  if (['was', 'is'].includes(w(k)) && w(k + 1) === 'one') k += 2;
  // "… a mistake, one (that) anyone could have made": the same in apposition.
  else if (t[k] && !isWord(t[k]) && [',', '-', '–', '—', ':'].includes(t[k].raw) && w(k + 1) === 'one') k += 2;
  if (w(k) === 'that' || w(k) === 'which') k++;
  if (!ANYONE.has(w(k))) return false;
  // "any of us", "most of us", "we all", "many engineers", "most people"; "we" alone is the authors again.
  let verb = k + 1;
  if (w(verb) === 'of' && ['us', 'them'].includes(w(verb + 1))) verb += 2;
  else if (w(k) === 'we') {
    if (w(verb) !== 'all') return false;
    verb++;
  } else if (['any', 'most', 'many', 'all'].includes(w(k))) {
    if (!PEOPLE.has(w(verb))) return false;
    verb++;
  }
  return MAKING.has(w(verb));
}
