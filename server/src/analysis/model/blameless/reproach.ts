/**
 * A warning or an agreement recalled with emphasis, so that the failure falls on whoever went
 * against it: "we explicitly warned against running it in production", "as we had clearly
 * agreed to wait", "we had repeatedly told them not to". Leaves the same verbs with no emphasis
 * ("we warned users about the window"), told of a thing ("the banner clearly warned that …"), a
 * plan or a practice in the present ("we will explicitly warn", "the runbook explicitly warns"),
 * a manner of telling with nothing opposed ("we clearly told customers the timeline"), an
 * agreement on a thing ("we had explicitly agreed to a window") and a condition ("if we had
 * explicitly warned against it, …").
 */
import type { SentenceReader } from './reader';
import { isWord } from './words';

/** Adverbs that recall a past warning as beyond doubt. */
const EMPHASIS = new Set(['explicitly', 'expressly', 'repeatedly', 'clearly']);

/** Past verbs of warning someone off, which need an "against" after them: "explicitly warned against …". */
const WARNED = new Set(['warned', 'cautioned', 'advised']);

/** Past verbs of telling or agreeing, recalled as settled before the act only with "had": "we had repeatedly told them not to". */
const SETTLED = new Set(['agreed', 'told', 'instructed', 'warned', 'asked']);

/** Words that make the sentence a case weighed rather than a thing recalled. */
const CONDITIONS = new Set(['if', 'unless', 'whether', 'had']);

const PEOPLE = new Set(['we', 'self', 'named', 'individual', 'group']);

const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'some', 'our', 'their', 'its']);

/** The words `reproach` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const REPROACH_KEY = (w: string): boolean => EMPHASIS.has(w);

/**
 * "We explicitly warned against …", "we had clearly agreed to stabilise first": a reproach to
 * those who went against it. "Clearly" is as often how something was told ("we clearly told
 * customers not to expect it before noon"), and a plain past "told … not to" a notice of the
 * day, so both need the pluperfect, which recalls the warning as settled before the act.
 */
export function reproach(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!EMPHASIS.has(t[at].norm) || t[at].literal || !isWord(t[at + 1])) return false;
  const verb = at + 1;
  const w = (k: number) => (isWord(t[k]) ? t[k].norm : '');
  const opposedAfter = (words: number, notTo: boolean) => {
    for (let k = verb + 1; k <= verb + words && isWord(t[k]); k++) if (w(k) === 'against' || (notTo && w(k) === 'not' && w(k + 1) === 'to')) return true;
    return false;
  };
  if (w(at - 1) === 'had' && SETTLED.has(w(verb))) {
    // On an act ("to wait", "not to", "that …", "against"), not on a thing ("agreed to a window").
    const next = w(verb + 1);
    const onAct = next === 'that' || (next === 'to' && isWord(t[verb + 2]) && !ARTICLES.has(w(verb + 2)));
    if (!onAct && !opposedAfter(4, true)) return false;
  } else if (t[at].norm === 'clearly' || !WARNED.has(w(verb)) || !opposedAfter(4, false)) return false;
  if (r.negated(at, 3)) return false;
  const subject = r.subjectBefore(at);
  if (!PEOPLE.has(subject.cls)) return false;
  // "If we had explicitly warned …", "had we clearly told them …": a lesson weighed, not a reproach.
  const aux = w(at - 1) === 'had' ? at - 1 : at;
  if (r.initialAt(aux) && w(aux) === 'had') return false;
  if (r.wordBefore(aux, 6, (x) => CONDITIONS.has(x.norm) && x !== t[aux])) return false;
  r.blame('reproach', 'group-fault', at, verb, at, verb);
  return true;
}
