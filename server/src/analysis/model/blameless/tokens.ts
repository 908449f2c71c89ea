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
import { replaceSentenceSteps } from './sentence-steps';

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
/** Where parse-latin's step that joins a stray full stop to a word sits among the paragraph steps (after parse-english's own one). */
const FULL_STOPS_STEP = 7;
parser.tokenizeParagraphPlugins[FULL_STOPS_STEP] = mergeRemainingFullStops;

// parse-latin's sentence steps that splice nodes out one at a time, run in one pass each.
replaceSentenceSteps(parser.tokenizeSentencePlugins);

/** A run of sentence-ending marks, as parse-latin reads one. */
const TERMINAL_MARKER = /^([!.?\u2026\u203D]+)$/;

/**
 * parse-latin's step that joins each full stop that ends no sentence to the word before it (or
 * after it), in one pass. The library's own step takes each such stop out of its sentence with a
 * splice, and in prose written in lower case one sentence holds the whole paragraph, so it cost
 * the square of the paragraph. This one walks the sentence from its end as the library's does,
 * deciding the same way, and writes the kept children back once; a test holds its trees equal to
 * the library's.
 */
function mergeRemainingFullStops(paragraph: { children: unknown[] }): void {
  for (const child of paragraph.children as { children?: SentenceContent[] }[]) {
    const children = child.children;
    if (!children) continue;
    // The children after `position`, as the library's splices would have left them, last first.
    const after: SentenceContent[] = [];
    let hasFoundDelimiter = false;
    let position = children.length;
    while (--position >= 0) {
      const node = children[position];
      if (node.type !== 'SymbolNode' && node.type !== 'PunctuationNode') {
        if (node.type === 'WordNode') hasFoundDelimiter = true;
        after.push(node);
        continue;
      }
      const text = toString(node);
      // The last sentence-ending mark stays, and only a single full stop is joined.
      if (!TERMINAL_MARKER.test(text) || !hasFoundDelimiter || text !== '.') {
        if (TERMINAL_MARKER.test(text)) hasFoundDelimiter = true;
        after.push(node);
        continue;
      }
      const previous = children[position - 1];
      const next = after[after.length - 1];
      if (previous?.type === 'WordNode') {
        const nextNext = after[after.length - 2];
        // A stop followed by a space and another stop stays.
        if (next && nextNext && next.type === 'WhiteSpaceNode' && toString(nextNext) === '.') {
          after.push(node);
          continue;
        }
        (previous as { children: SentenceContent[] }).children.push(node);
        if (node.position && previous.position) previous.position.end = node.position.end;
        // The word it joined is kept as it is, not looked at.
        after.push(previous);
        position--;
      } else if (next?.type === 'WordNode') {
        (next as { children: SentenceContent[] }).children.unshift(node);
        if (node.position && next.position) next.position.start = node.position.start;
      } else {
        after.push(node);
      }
    }
    const count = after.length;
    for (let i = 0; i < count; i++) children[i] = after[count - 1 - i];
    children.length = count;
  }
}

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

/** The natural-language tree of a block of prose. */
export function proseTree(text: string): Root {
  return parser.parse(text);
}

/** The sentences of a block of prose. */
export function sentencesOf(text: string): Sentence[] {
  const tree = proseTree(text);
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
