/**
 * Sentences and words of a block of prose, from the unified natural-language parser
 * (`parse-english`, the parser behind `retext-english`). Parsing is the costly step of the
 * blameless checks; `blameless/index.ts` keeps its results per top-level block, so re-checking a
 * document after an edit only reads the blocks that changed.
 */
import type { Root, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { isLiteral } from 'nlcst-is-literal';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';

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

function normalise(raw: string): string {
  return raw.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/** A word of three letters or more with a full stop glued to it ("broken."), not an initialism ("e.g."). */
const GLUED_STOP = /^\p{L}[\p{L}'\u2019-]{2,}\.$/u;

/** Short forms a full stop belongs to, which end no sentence. */
const ABBREVIATIONS = new Set([
  'etc',
  'inc',
  'ltd',
  'corp',
  'approx',
  'incl',
  'misc',
  'dept',
  'mrs',
  'fig',
  'vol',
  'cf',
  'resp',
  'min',
  'sec',
  'hrs',
  'est',
  'avg',
  'ver',
  'ref',
]);

/** Full stops split off a word by `sentenceTokens`: the sentence ends there. */
const sentenceEnds = new WeakSet<Token>();

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
      if (GLUED_STOP.test(raw) && !ABBREVIATIONS.has(normalise(raw.slice(0, -1))) && i < children.length - 1) {
        // "… is broken. this isn't …": in prose written in lower case the parser keeps the full
        // stop on the word and runs on into the next sentence; the stop ends the sentence.
        tokens.push({ kind: 'word', raw: raw.slice(0, -1), norm: normalise(raw.slice(0, -1)), start, end: end - 1, literal: isLiteral(sentence, i) });
        const stop: Token = { kind: 'punctuation', raw: '.', norm: '.', start: end - 1, end, literal: false };
        tokens.push(stop);
        sentenceEnds.add(stop);
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

/** The sentences of a block of prose. */
export function sentencesOf(text: string): Sentence[] {
  const tree: Root = parser.parse(text);
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue;
      const tokens = sentenceTokens(child);
      let from = 0;
      tokens.forEach((token, i) => {
        if (!sentenceEnds.has(token)) return;
        sentences.push(tokens.slice(from, i + 1));
        from = i + 1;
      });
      if (from < tokens.length) sentences.push(from ? tokens.slice(from) : tokens);
    }
  }
  return sentences;
}
