/**
 * A grasp of how a thing works found short, where the phrase itself is the verdict: an entry of a
 * list of causes that opens on it ("- Insufficient understanding of the NAT rules", "3. **Inadequate
 * understanding**", "Why: no consideration for local runs"), or a person said to have had too little
 * of it ("the on-call had insufficient context on the old code", "operators lacking familiarity
 * with TLS errors"). "Lack of understanding" with an owner is `blamePhrase`'s. Leaves the same words
 * inside a sentence with no owner ("the root cause was a lack of understanding"), of the authors as
 * "we", of things and users, an extent rather than a shortfall ("incomplete", "limited", "partial")
 * and compounds ("no knowledge base", "knowledge transfer").
 */
import { categoryOf } from './hit';
import type { SentenceReader } from './reader';
import { isWord } from './words';

/** Words that call a grasp short of what was needed. */
const SHORT = new Set(['insufficient', 'inadequate', 'poor', 'no', 'little', 'lack', 'lacking', 'lacked']);

/** What a person grasps; "context" only when a person is said to have had it. */
const GRASP = /^(?:understanding|knowledge|familiarity|consideration|context)$/;

/** Grades between the two: "insufficient deep understanding", "lack of a clear understanding". */
const GRADES = new Set(['of', 'a', 'any', 'deep', 'full', 'clear', 'basic']);

/** The words `graspFoundShort` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const GRASP_FOUND_SHORT_KEY = (w: string): boolean => SHORT.has(w);

/** "Insufficient understanding of …" opening an entry, or said of a person: true when read. */
export function graspFoundShort(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  if (!SHORT.has(word) || t[at].literal || r.negated(at, 2)) return false;
  let noun = at + 1;
  while (noun - at < 4 && isWord(t[noun]) && GRADES.has(t[noun].norm)) noun++;
  const after = t[noun + 1];
  // "No knowledge base", "knowledge transfer": a thing named with the word, not a grasp.
  if (!isWord(t[noun]) || !GRASP.test(t[noun].norm) || (isWord(after) && !/^(?:of|on|about|for|with|in)$/.test(after.norm))) return false;
  // A person who had too little of it: "the on-call had insufficient context", "operators lacking familiarity".
  const verb = word.startsWith('lack') ? at : isWord(t[at - 1]) && ['had', 'has', 'have', 'with'].includes(t[at - 1].norm) ? at - 1 : -1;
  const subject = verb >= 0 ? r.actor(verb) : null;
  if (subject && subject.head >= 0 && ['named', 'individual', 'group', 'self'].includes(subject.cls)) {
    r.blame('character', categoryOf(subject.cls, true), subject.first, noun, at, noun, r.nameSpan(subject.head, subject.first));
    return true;
  }
  // The entry's own verdict: the phrase opens the entry, with nobody and no "context" in it.
  if (!r.initialAt(at) || t[noun].norm === 'context' || word.startsWith('lack') !== (t[at + 1].norm === 'of')) return false;
  r.blame('character', categoryOf('individual', true), at, noun, at, noun);
  return true;
}
