/**
 * parse-latin's sentence steps that join marks to words, each run in one pass over the sentence.
 * The library's own steps take every node they join out of the sentence with a splice, which moves
 * the rest of the sentence each time; prose with no full stop is one sentence, so a paragraph
 * written that way cost the square of its length once it held many joins ("didn't", "&x", "a/b",
 * "u.s.)"). Each step here walks the sentence in the library's order, decides as the library does,
 * and writes the kept nodes back once. `test/unit/blameless/prose-tree.test.ts` holds the trees
 * equal to the library's on written, generated and corpus texts.
 */
import type { Sentence, SentenceContent, Word, WordContent } from 'nlcst';
import { toString } from 'nlcst-to-string';

/** One of the parser's sentence steps. */
type SentenceStep = (sentence: Sentence) => undefined | void;

/**
 * Where the replaced steps sit among parse-english's sentence steps: its own elision step comes
 * first, then parse-latin's, whose initial-word-symbol step is the second and whose positions
 * step is the last.
 */
const STEPS = { initialWordSymbol: 1, finalWordSymbol: 2, innerWordSymbol: 3, innerWordSlash: 4, initialisms: 5 } as const;

/** A mark that may stand inside a word, as parse-latin reads one (its `wordSymbolInner`). */
const WORD_SYMBOL_INNER = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

/** A symbol or punctuation node: what these steps join to words. */
function isMark(node: SentenceContent | undefined): node is Extract<SentenceContent, { type: 'SymbolNode' | 'PunctuationNode' }> {
  return node?.type === 'SymbolNode' || node?.type === 'PunctuationNode';
}

/** Puts `kept` in place of the sentence's children, in the same array. */
function keep(sentence: Sentence, kept: SentenceContent[]): void {
  const children = sentence.children;
  for (let i = 0; i < kept.length; i++) children[i] = kept[i];
  children.length = kept.length;
}

/** Extends a word's end to the end of the last node joined to it. */
function endAt(word: Word, last: { position?: Word['position'] }): void {
  if (word.position && last.position) word.position.end = last.position.end;
}

/**
 * An ampersand at the start of a word ("&co"): joined to the word after it when no word stands
 * before it. The library then looks at the node before again, which is joined the same way when
 * it is an ampersand too.
 */
function mergeInitialWordSymbol(sentence: Sentence): void {
  const children = sentence.children;
  const kept: SentenceContent[] = [];
  const joins = (mark: SentenceContent, before: SentenceContent | undefined) => isMark(mark) && toString(mark) === '&' && before?.type !== 'WordNode';
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const next = children[i + 1];
    if (next?.type !== 'WordNode' || !joins(child, kept[kept.length - 1])) {
      kept.push(child);
      continue;
    }
    let mark = child;
    for (;;) {
      next.children.unshift(mark as WordContent);
      if (next.position && mark.position) next.position.start = mark.position.start;
      const before = kept[kept.length - 1];
      if (!before || !joins(before, kept[kept.length - 2])) break;
      mark = kept.pop() as SentenceContent;
    }
  }
  keep(sentence, kept);
}

/** A hyphen ending a word ("pre- and post-"): joined to the word before it when no word follows. */
function mergeFinalWordSymbol(sentence: Sentence): void {
  const children = sentence.children;
  const kept: SentenceContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const previous = kept[kept.length - 1];
    const next = children[i + 1];
    if (previous?.type === 'WordNode' && isMark(child) && toString(child) === '-' && next?.type !== 'WordNode') {
      previous.children.push(child);
      endAt(previous, child);
      continue;
    }
    kept.push(child);
  }
  keep(sentence, kept);
}

/**
 * A word, the inner marks after it and the words they join ("didn" "'" "t" into "didn't"): the
 * marks after the last word stay out, and the node after what was joined is looked at next,
 * beside the same word.
 */
function mergeInnerWordSymbol(sentence: Sentence): void {
  const children = sentence.children;
  const kept: SentenceContent[] = [];
  let index = 0;
  while (index < children.length) {
    const child = children[index];
    const previous = kept[kept.length - 1];
    if (previous?.type === 'WordNode' && isMark(child)) {
      const tokens: WordContent[] = [];
      let queue: WordContent[] = [];
      let position = index;
      for (; position < children.length; position++) {
        const sibling = children[position];
        if (sibling.type === 'WordNode') {
          for (const node of queue) tokens.push(node);
          for (const node of sibling.children) tokens.push(node);
          queue = [];
        } else if (isMark(sibling) && WORD_SYMBOL_INNER.test(toString(sibling))) {
          queue.push(sibling);
        } else {
          break;
        }
      }
      if (tokens.length > 0) {
        for (const node of tokens) previous.children.push(node);
        endAt(previous, tokens[tokens.length - 1]);
        index = position - queue.length;
        continue;
      }
    }
    kept.push(child);
    index++;
  }
  keep(sentence, kept);
}

/** A slash between two short words ("i/o", "a/b"): the slash and the word after it join the word before. */
function mergeInnerWordSlash(sentence: Sentence): void {
  const children = sentence.children;
  const kept: SentenceContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const previous = kept[kept.length - 1];
    if (previous?.type === 'WordNode' && isMark(child) && toString(child) === '/') {
      const next = children[i + 1];
      const nextValue = next?.type === 'WordNode' ? toString(next) : '';
      if (toString(previous).length < 3 && (!nextValue || nextValue.length < 3)) {
        previous.children.push(child);
        if (next?.type === 'WordNode') {
          for (const node of next.children) previous.children.push(node);
          endAt(previous, next);
          i++;
        } else {
          endAt(previous, child);
        }
        continue;
      }
    }
    kept.push(child);
  }
  keep(sentence, kept);
}

/**
 * A full stop after an initialism ("u.s" "." into "u.s."). Whether it joins is decided by the
 * library's own step, run on the word and the stop alone (all it reads), so its test of digits
 * is the library's.
 */
function initialismsStep(library: SentenceStep): SentenceStep {
  return (sentence) => {
    const children = sentence.children;
    const kept: SentenceContent[] = [];
    for (const child of children) {
      const previous = kept[kept.length - 1];
      if (previous?.type === 'WordNode' && child.type === 'PunctuationNode' && toString(child) === '.') {
        const pair: Sentence = { type: 'SentenceNode', children: [previous, child] };
        library(pair);
        if (pair.children.length === 1) continue;
      }
      kept.push(child);
    }
    keep(sentence, kept);
  };
}

/** Puts the one-pass steps in place of the library's in a parser's sentence steps. */
export function replaceSentenceSteps(steps: SentenceStep[]): void {
  steps[STEPS.initialisms] = initialismsStep(steps[STEPS.initialisms]);
  steps[STEPS.initialWordSymbol] = mergeInitialWordSymbol;
  steps[STEPS.finalWordSymbol] = mergeFinalWordSymbol;
  steps[STEPS.innerWordSymbol] = mergeInnerWordSymbol;
  steps[STEPS.innerWordSlash] = mergeInnerWordSlash;
}
