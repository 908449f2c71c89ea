/**
 * A change called bad, told in the passive as put in place, with no one named: "bad code had been
 * deployed to production", "… when the faulty login hook was added". Blame vocabulary aimed at a
 * thing (the artifact fault of LABELS.md, like "the culprit commit"): the verdict "bad" stands
 * where the story of what the change did should. Leaves a thing's state ("the broken deployment
 * was rolled back", "faulty hardware"), a change undone or not made ("was reverted", "was never
 * deployed"), a supposed one ("if bad code is deployed") and a person's act (`faultyChange`'s).
 */
import type { Need } from './phrase-table';
import type { SentenceReader } from './reader';
import { isClauseMark, isWord } from './words';

/** Verdicts on a change that people make ("bad", "faulty"); not its state ("broken", "invalid"). */
const VERDICTS = new Set(['bad', 'faulty', 'buggy', 'defective', 'erroneous']);

/** Participles of putting a change in place. */
const PUT_IN_PLACE = new Set(['deployed', 'pushed', 'merged', 'applied', 'shipped', 'released', 'added', 'introduced', 'committed', 'uploaded']);

/** What people write and put in place: the head of the change's noun phrase ("bad code", "the faulty login hook"), not hardware or data. */
const CHANGES = new Set([
  'code',
  'config',
  'configs',
  'configuration',
  'change',
  'changes',
  'commit',
  'commits',
  'patch',
  'release',
  'build',
  'update',
  'migration',
  'script',
  'hook',
  'webhook',
  'pr',
  'version',
  'rule',
  'rules',
  'query',
  'template',
  'manifest',
  'binary',
  'image',
]);

/** Words before the change's noun phrase that open its clause: "… when the faulty hook was added". */
const OPENERS = new Set(['when', 'after', 'once', 'because', 'since', 'as', 'that', 'and', 'but', 'until', 'while', 'then', 'so']);

/** Determiners a change called bad may take; "no" and "any" deny or suppose it. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'some']);

/** The words `faultyArtifact` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const FAULTY_ARTIFACT_KEY = (w: string): boolean => PUT_IN_PLACE.has(w);
/** What `faultyArtifact` needs for a hit: a going-in verb with a verdict word in the sentence (the sentence gate's need). */
export const FAULTY_ARTIFACT_NEED = (w: string): Need => PUT_IN_PLACE.has(w) && [...VERDICTS];

/** "Bad code had been deployed": a verdict on the change as the subject of its going in. */
export function faultyArtifact(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (!PUT_IN_PLACE.has(t[at].norm) || t[at].literal) return false;
  const w = (k: number) => (isWord(t[k]) && !t[k].literal ? t[k].norm : '');
  let be = at - 1;
  // "was quietly deployed": one adverb between.
  if (/^[a-z]{3,}ly$/.test(w(be))) be--;
  if (w(be) === 'been') {
    if (!['had', 'has', 'have'].includes(w(be - 1))) return false;
    be--;
  } else if (w(be) !== 'was' && w(be) !== 'were') return false;
  if (r.negated(at, 4) || !CHANGES.has(w(be - 1))) return false;
  // The subject: a verdict word, with a determiner at most before it, within five words of "be".
  for (let k = be - 1, words = 0; k >= 0 && words < 6; k--) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') return false;
      continue;
    }
    words++;
    if (t[k].literal || !VERDICTS.has(t[k].norm)) continue;
    const first = DETERMINERS.has(w(k - 1)) ? k - 1 : k;
    if (!(r.initialAt(first) || OPENERS.has(w(first - 1)))) return false;
    r.blame('blame-culture', 'group-fault', first, at, k, k);
    return true;
  }
  return false;
}
