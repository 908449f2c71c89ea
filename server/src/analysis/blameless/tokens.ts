/**
 * Sentences and words of a block of prose, from the unified natural-language parser
 * (`parse-english`, the parser behind `retext-english`). Parsing is the costly step of the
 * blameless checks, so results are memoised per block text in a bounded LRU map: re-checking a
 * document after an edit only parses the paragraphs that changed.
 */
import type { Paragraph, Root, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { isLiteral } from 'nlcst-is-literal';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { LruMap } from '../lru';

/** A word, punctuation mark or symbol of a sentence; white space is dropped. */
export interface Token {
  kind: 'word' | 'punctuation' | 'symbol';
  /** The token as written. */
  raw: string;
  /** Lower case, with curly apostrophes made straight; `@name` handles keep their `@`. */
  norm: string;
  /** Offsets into the block's text. */
  start: number;
  end: number;
  /** True for a word meant literally: quoted, or set off like a term ("the word 'blame'", "the \"skip checks\" button"). */
  literal: boolean;
}

/** The tokens of one sentence, in order. */
export type Sentence = readonly Token[];

const parser = new ParseEnglish();

/** Entries are a few kilobytes; 4,096 covers every paragraph of a very long post-mortem. */
const memo = new LruMap<string, readonly Sentence[]>(4096);

/** How many blocks were parsed rather than found in the memo; for measurements and tests. */
export const parseStats = { parsed: 0, reused: 0 };

function normalise(raw: string): string {
  return raw.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}

function sentenceTokens(sentence: NlcstSentence): Token[] {
  const tokens: Token[] = [];
  const children: SentenceContent[] = sentence.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type === 'WhiteSpaceNode' || node.type === 'SourceNode') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const raw = toString(node);
    if (node.type === 'WordNode') {
      const previous = tokens[tokens.length - 1];
      // parse-english splits "@alice" into a symbol and a word: join them back into a handle.
      if (previous && previous.kind === 'symbol' && previous.raw === '@' && previous.end === start) {
        tokens.pop();
        tokens.push({ kind: 'word', raw: `@${raw}`, norm: `@${normalise(raw)}`, start: previous.start, end, literal: false });
        continue;
      }
      tokens.push({ kind: 'word', raw, norm: normalise(raw), start, end, literal: isLiteral(sentence, i) });
    } else {
      tokens.push({ kind: node.type === 'PunctuationNode' ? 'punctuation' : 'symbol', raw, norm: raw, start, end, literal: false });
    }
  }
  markQuoted(tokens);
  return tokens;
}

const OPENING_QUOTES = new Set(['"', '\u201c', "'", '\u2018', '\u00ab']);
const CLOSING_QUOTES: Record<string, string[]> = { '"': ['"'], '\u201c': ['\u201d', '"'], "'": ["'"], '\u2018': ['\u2019', "'"], '\u00ab': ['\u00bb'] };

/** Marks every word between a pair of quotation marks as literal: quoted words are mentioned, not used. */
function markQuoted(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (open.kind !== 'punctuation' || !OPENING_QUOTES.has(open.raw)) continue;
    const closers = CLOSING_QUOTES[open.raw];
    let close = -1;
    for (let k = i + 1; k < tokens.length; k++) {
      if (tokens[k].kind === 'punctuation' && closers.includes(tokens[k].raw)) {
        close = k;
        break;
      }
    }
    if (close === -1) continue;
    for (let k = i + 1; k < close; k++) tokens[k].literal = true;
    i = close;
  }
}

function parse(text: string): Sentence[] {
  const tree: Root = parser.parse(text);
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const child of (paragraph as Paragraph).children) {
      if (child.type === 'SentenceNode') sentences.push(sentenceTokens(child));
    }
  }
  return sentences;
}

/** The sentences of a block of prose, memoised by the block's text. */
export function sentencesOf(text: string): readonly Sentence[] {
  const cached = memo.get(text);
  if (cached) {
    parseStats.reused++;
    return cached;
  }
  parseStats.parsed++;
  const sentences = parse(text);
  memo.set(text, sentences);
  return sentences;
}

/** Empties the memo, so measurements can start cold. */
export function clearSentenceMemo(): void {
  memo.clear();
  parseStats.parsed = 0;
  parseStats.reused = 0;
}
