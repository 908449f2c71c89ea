/**
 * Fixed phrases of lower-case words ("human error", "failed to"), matched at one word of a
 * sentence. Reads words only, never punctuation: "human, error" is no match.
 */
import type { Sentence } from './tokens';

/**
 * What a word of a sentence lets through the gate before the reading: nothing (false), a hit on
 * its own (true), or a hit when one of the listed words stands in the same sentence too.
 */
export type Need = boolean | readonly string[];

/** Both needs at once: what either lets through. */
export function eitherNeed(a: Need, b: Need): Need {
  if (a === true || b === true) return true;
  if (!a) return b;
  if (!b) return a;
  return [...a, ...b];
}

/** Phrases of lower-case words, indexed by their first word and tried longest first. */
export class PhraseTable {
  private readonly byFirst = new Map<string, string[][]>();
  /** The two rarest words of each phrase: the rarer, with every word it may need beside it (empty for a phrase of one word). */
  private readonly needed = new Map<string, string[]>();

  constructor(phrases: readonly string[]) {
    const uses = new Map<string, number>();
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      this.byFirst.set(words[0], list);
      for (const word of new Set(words)) uses.set(word, (uses.get(word) ?? 0) + 1);
    }
    for (const list of this.byFirst.values()) {
      list.sort((a, b) => b.length - a.length);
      for (const words of list) {
        // The longest word (short words are the common ones), then the one fewest phrases share,
        // then the last: "did not pay attention" needs "attention" and "not", "pointed fingers"
        // "fingers" and "pointed".
        const rarer = (a: string, b: string) => a.length > b.length || (a.length === b.length && uses.get(a)! <= uses.get(b)!);
        let first = words[0];
        for (const word of words) if (rarer(word, first)) first = word;
        let second: string | undefined;
        for (const word of words) if (word !== first && (second === undefined || rarer(word, second))) second = word;
        const partners = this.needed.get(first);
        if (!partners) this.needed.set(first, second === undefined ? [] : [second]);
        else if (partners.length && second !== undefined && !partners.includes(second)) partners.push(second);
        else if (second === undefined) partners.length = 0;
      }
    }
  }

  /**
   * What `word` lets through (see `Need`): a match needs every word of its phrase in the
   * sentence, so no phrase matches in a sentence without the two rarest words of one of them.
   * True for a phrase of one word; the words it needs beside it for a longer one; false when it
   * is the rarest word of no phrase.
   */
  needs(word: string): Need {
    const partners = this.needed.get(word);
    return partners === undefined ? false : partners.length ? partners : true;
  }

  /** True when a phrase of the table starts with `word`: no phrase can match at a word that does not. */
  starts(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The number of tokens of the longest phrase starting at `at`, or 0. */
  match(tokens: Sentence, at: number): number {
    const first = tokens[at];
    if (first.kind !== 'word') return 0;
    const candidates = this.byFirst.get(first.norm);
    if (!candidates) return 0;
    for (const words of candidates) {
      if (at + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[at + k];
        ok = t.kind === 'word' && t.norm === words[k];
      }
      if (ok) return words.length;
    }
    return 0;
  }
}
