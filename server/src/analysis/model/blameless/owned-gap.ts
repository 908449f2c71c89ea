/**
 * An omission the authors own and answer with what they will do: "we did not notify the other
 * teams; next time we will post the window a week ahead". Told this way, "we did not …" names a
 * gap in the authors' own process and turns it into a commitment, which is what a blameless review
 * asks for; it is not fault put on a group. The commitment must follow the omission, in the rest
 * of its sentence or in the next one, and be the authors' own ("we will", "we'll", "I intend to",
 * "we are going to"). Without one, "we did not test it" stays a lapse the authors admit.
 */
import type { SentenceReader } from './reader';
import type { Sentence } from './tokens';
import { isWord } from './words';

/** The authors as the subject of a commitment. */
const AUTHORS = new Set(['we', 'i']);

/** The authors and their future in one word. */
const AUTHORS_WILL = new Set(["we'll", "i'll"]);

/** Verbs of a commitment after the authors ("we will", "we intend to"). */
const COMMITTING = new Set(['will', 'shall', 'intend', 'plan', 'aim', 'commit', 'pledge', 'promise']);

/** Words that may stand between the authors and the verb ("we also will", "we now plan to"). */
const BETWEEN = new Set(['also', 'now', 'then', 'therefore', 'further', 'instead', 'henceforth', 'hereby', 'definitely', 'certainly']);

/** The authors and "are" in one word, before "going to" or "committed to". */
const AUTHORS_ARE = new Set(["we're", "i'm"]);

/** True when the words from `at` of `t` are "going to" or "committed to". */
function goingTo(t: Sentence, at: number): boolean {
  return isWord(t[at]) && (t[at].norm === 'going' || t[at].norm === 'committed') && isWord(t[at + 1]) && t[at + 1].norm === 'to';
}

/** True when a word at `at` of `t` opens the authors' commitment. */
function commitsAt(t: Sentence, at: number): boolean {
  const w = t[at];
  if (!isWord(w) || w.literal) return false;
  if (AUTHORS_WILL.has(w.norm)) return true;
  if (AUTHORS_ARE.has(w.norm)) return goingTo(t, at + 1);
  if (!AUTHORS.has(w.norm)) return false;
  let k = at + 1;
  while (isWord(t[k]) && BETWEEN.has(t[k].norm)) k++;
  if (!isWord(t[k])) return false;
  if (COMMITTING.has(t[k].norm)) return true;
  // "We are going to …", "I am committed to …".
  return (t[k].norm === 'are' || t[k].norm === 'am') && goingTo(t, k + 1);
}

/** Where each sentence's last commitment opens (-1: none), as read once (see `lastCommitment`). */
const lastCommitments = new WeakMap<Sentence, number>();

/**
 * The index of the last word of `t` that opens the authors' commitment, or -1. Read once per
 * sentence: a sentence of many omissions asks after each of them, and a scan of the rest of the
 * sentence for each one grew with the square of its length.
 */
function lastCommitment(t: Sentence): number {
  let last = lastCommitments.get(t);
  if (last !== undefined) return last;
  last = -1;
  for (let k = t.length - 1; k >= 0 && last < 0; k--) if (commitsAt(t, k)) last = k;
  lastCommitments.set(t, last);
  return last;
}

/** True when the authors commit to something after word `from` of the sentence, or in the sentence after it. */
export function commitmentFollows(r: SentenceReader, from: number): boolean {
  if (lastCommitment(r.t) >= from) return true;
  const next = r.following;
  return next !== undefined && lastCommitment(next) >= 0;
}
