/**
 * A person's conduct judged: "their behaviour was unprofessional", "that behaviour was
 * blackhat", "his conduct was reckless". The conduct noun stands for the person; the judging word
 * is one that only people earn. Leaves conduct judged well ("their conduct was exemplary"), a
 * system's behaviour ("its behaviour was erratic") and judging words said of other things.
 */
import { categoryOf } from './hit';
import { CHARACTER_WORDS, CONDUCT_NOUNS, CONDUCT_VERDICTS, POSSESSIVE_PRONOUNS } from './lexicon';
import { basePossessive, type PersonClass } from './people';
import type { SentenceReader } from './reader';
import { BE, isWord } from './words';

/** Words that may stand between the link ("as", "was") and the judging word: "was plainly reckless". */
const DEGREE = new Set(['very', 'so', 'too', 'quite', 'extremely', 'utterly', 'completely', 'clearly', 'plainly', 'simply', 'frankly', 'rather', 'totally']);

/** The words `conduct` reads at (the dispatcher in detect.ts tries it at no other word): its key, for the sentence gate. */
export const CONDUCT_KEY = (w: string): boolean => CONDUCT_VERDICTS.has(w) || CHARACTER_WORDS.has(w);

/** "Their behaviour was unprofessional", "we judged that behaviour as blackhat": conduct judged as a person's. */
export function conduct(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const word = t[at].norm;
  if (!(CONDUCT_VERDICTS.has(word) || CHARACTER_WORDS.has(word)) || t[at].literal || r.negated(at)) return false;
  let link = at - 1;
  while (link >= 0 && isWord(t[link]) && DEGREE.has(t[link].norm)) link--;
  if (link < 1 || !isWord(t[link]) || !(t[link].norm === 'as' || BE.has(t[link].norm))) return false;
  // The conduct noun right before the link: "this behaviour as", "their conduct was".
  const noun = link - 1;
  if (!isWord(t[noun]) || !CONDUCT_NOUNS.has(t[noun].norm) || noun < 1) return false;
  const owner = t[noun - 1];
  if (!isWord(owner)) return false;
  let cls: PersonClass | null = null;
  if (POSSESSIVE_PRONOUNS.has(owner.norm)) cls = POSSESSIVE_PRONOUNS.get(owner.norm)!;
  else if (['this', 'that', 'such'].includes(owner.norm)) cls = 'individual';
  else if (owner.norm !== basePossessive(owner.norm)) {
    // "The researcher's behaviour", "Sam's conduct".
    const c = r.classify(noun - 1);
    if (c === 'named' || c === 'individual' || c === 'group' || c === 'self') cls = c;
  }
  if (!cls) return false;
  r.blame('character', categoryOf(cls, true), noun - 1, at, at, at);
  return true;
}
