/**
 * Fixed phrases of lower-case words ("human error", "failed to"), matched at one word of a
 * sentence. Reads words only, never punctuation: "human, error" is no match.
 */
import type { Sentence } from './tokens';

/** Phrases of lower-case words, indexed by their first word and tried longest first. */
export class PhraseTable {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
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
