/**
 * The prose of a post-mortem: the text of its paragraphs, list items, table cells and headings,
 * with the Markdown markup taken out and every character mapped back to its offset in the
 * document. Code, inline HTML, URLs and link targets are not prose (an HTML block of `<p>`
 * paragraphs is: its text between the tags); inline code and bare links become a
 * neutral placeholder word so the sentence around them still reads as a sentence.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { CHARACTER_REFERENCE, decodeReference, htmlParts } from './html-text';

/** One block of prose (a paragraph, heading or table cell). */
export interface ProseBlock {
  /** The block's text without markup. Line breaks are spaces, so sentences run across lines. */
  text: string;
  /**
   * For each character of `text`, its offset in the document. A character that stands for
   * several (a placeholder, an entity) maps to where they start.
   */
  offsets: Int32Array;
  /** Where the block's source ends in the document. */
  end: number;
  kind: 'paragraph' | 'heading' | 'table-cell';
  /** True inside a block quote (quoted chat, e-mail or ticket text). */
  inQuote: boolean;
}

/** What stands in for inline code and for links whose text is their address. */
export const CODE_PLACEHOLDER = 'code';
export const LINK_PLACEHOLDER = 'link';

/** Line breaks in a run of prose, which become spaces. */
const LINE_BREAKS = /[\r\n]/g;

/**
 * Where nodes start and end in the source. `parseMarkdown` already moves positions past a
 * leading byte-order mark, so offsets index the text as given.
 */
class Source {
  constructor(readonly text: string) {}
  startOf(node: { position?: { start: { offset?: number } } }): number {
    return node.position?.start.offset ?? 0;
  }
  endOf(node: { position?: { end: { offset?: number } } }): number {
    return node.position?.end.offset ?? 0;
  }
}

class Builder {
  private out = '';
  /** The last character of `out` (reading it from `out` would flatten the string each time). */
  private last = '';
  /** Document offsets of the characters of `out`; grows by doubling. */
  private map = new Int32Array(64);

  private readonly source: string;

  constructor(readonly src: Source) {
    this.source = src.text;
  }

  /**
   * Appends a text node's value, aligned with its source. The value lacks what Markdown
   * removed (backslash escapes, block-quote and list prefixes, indentation, carriage returns)
   * and has entities decoded, so the two are walked side by side: the source pointer only
   * moves forward, which keeps this linear. Characters that stand as written are appended a run
   * at a time.
   */
  text(value: string, from: number, to: number): void {
    const source = this.source;
    let p = from;
    for (let i = 0; i < value.length;) {
      const c = value[i];
      if (p >= to) {
        this.push(c === '\n' || c === '\r' ? ' ' : c, Math.max(from, to - 1));
        i++;
        continue;
      }
      const s = source[p];
      if (s === c) {
        let j = i + 1;
        let q = p + 1;
        let breaks = c === '\n' || c === '\r';
        while (j < value.length && q < to && source[q] === value[j]) {
          if (value[j] === '\n' || value[j] === '\r') breaks = true;
          j++;
          q++;
        }
        if (j - i === 1) this.push(breaks ? ' ' : c, p);
        else this.run(value.slice(i, j), p, breaks);
        i = j;
        p = q;
        continue;
      }
      if (s === '&') {
        const entity = CHARACTER_REFERENCE.exec(source.slice(p, p + 40));
        if (entity) {
          this.push(c === '\n' || c === '\r' ? ' ' : c, p);
          i++;
          p += entity[0].length;
          continue;
        }
      }
      p++;
    }
  }

  /** Appends a word that stands for a whole node (inline code, a bare link). */
  placeholder(word: string, from: number, to: number): void {
    const span = Math.max(1, to - from);
    for (let k = 0; k < word.length; k++) this.push(word[k], from + Math.min(span - 1, Math.floor((k * span) / word.length)));
  }

  /** Appends characters that stand for the source from `at` on (a decoded character reference), each mapped to `at`. */
  chars(chars: string, at: number): void {
    for (let k = 0; k < chars.length; k++) this.push(chars[k], at);
  }

  space(at: number): void {
    if (this.out.length && this.last !== ' ') this.push(' ', at);
  }

  private push(char: string, offset: number): void {
    const at = this.out.length;
    if (at === this.map.length) {
      const grown = new Int32Array(at * 2);
      grown.set(this.map);
      this.map = grown;
    }
    this.map[at] = offset;
    this.out += char;
    this.last = char;
  }

  /** Appends characters written as they stand in the source from `offset` on, line breaks (when it `breaks`) as spaces. */
  private run(chars: string, offset: number, breaks: boolean): void {
    const at = this.out.length;
    let size = this.map.length;
    while (size < at + chars.length) size *= 2;
    if (size !== this.map.length) {
      const grown = new Int32Array(size);
      grown.set(this.map);
      this.map = grown;
    }
    for (let k = 0; k < chars.length; k++) this.map[at + k] = offset + k;
    const text = breaks ? chars.replace(LINE_BREAKS, ' ') : chars;
    this.out += text;
    this.last = text[text.length - 1];
  }

  get length(): number {
    return this.out.length;
  }

  finish(): { text: string; offsets: Int32Array } {
    return { text: this.out, offsets: this.map.slice(0, this.out.length) };
  }
}

function looksLikeAddress(text: string, url: string): boolean {
  const t = text.trim();
  return t === url || /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/i.test(t) || /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(t);
}

function phrasing(nodes: readonly PhrasingContent[], b: Builder): void {
  const { src } = b;
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        b.text(node.value, src.startOf(node), src.endOf(node));
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        phrasing(node.children, b);
        break;
      case 'link': {
        const only = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : null;
        if (only !== null && looksLikeAddress(only, node.url)) b.placeholder(LINK_PLACEHOLDER, src.startOf(node), src.endOf(node));
        else phrasing(node.children, b);
        break;
      }
      case 'inlineCode':
        b.placeholder(CODE_PLACEHOLDER, src.startOf(node), src.endOf(node));
        break;
      case 'break':
        b.space(src.startOf(node));
        break;
      default:
        // Inline HTML, images and footnote references are not prose; keep words apart.
        b.space(src.startOf(node));
    }
  }
}

function block(source: Source, children: readonly PhrasingContent[], end: number, kind: ProseBlock['kind'], inQuote: boolean, out: ProseBlock[]): void {
  const b = new Builder(source);
  phrasing(children, b);
  if (!b.length) return;
  const { text, offsets } = b.finish();
  if (!/[A-Za-z]/.test(text)) return;
  out.push({ text, offsets, end, kind, inQuote });
}

function walk(source: Source, node: Nodes, inQuote: boolean, out: ProseBlock[]): void {
  switch (node.type) {
    case 'paragraph':
      block(source, node.children, source.endOf(node), 'paragraph', inQuote, out);
      return;
    case 'heading':
      block(source, node.children, source.endOf(node), 'heading', inQuote, out);
      return;
    case 'tableCell':
      block(source, node.children, source.endOf(node), 'table-cell', inQuote, out);
      return;
    case 'blockquote':
      for (const child of node.children) walk(source, child, true, out);
      return;
    case 'root':
    case 'list':
    case 'listItem':
    case 'table':
    case 'tableRow':
    case 'footnoteDefinition':
      for (const child of node.children) walk(source, child, inQuote, out);
      return;
    case 'html':
      htmlParagraphs(source, node.value, source.startOf(node), inQuote, out);
      return;
    default:
    // Code blocks, front matter, definitions and thematic breaks hold no prose.
  }
}

/** Tags that end a paragraph of HTML prose: a sentence does not run across them. */
const HTML_BLOCK_END = new Set('p br h1 h2 h3 h4 h5 h6 li ul ol div blockquote section article table tr td th hr'.split(' '));

/** Inline tags, which a browser shows as nothing: the words on either side join as written. */
const HTML_INLINE = new Set('a em strong b i u s span mark small big sub sup abbr cite q time font del ins strike tt var dfn bdi bdo wbr'.split(' '));

/** Skipped elements that stand as a word in their sentence (code); the others are no part of it. */
const HTML_CODE = new Set(['pre', 'code', 'kbd', 'samp']);

/**
 * Appends a run of HTML text to `b`: written characters as they stand, a character reference as
 * the character it stands for, mapped to where the reference starts (a name this reader does not
 * know stays as written).
 */
function htmlText(b: Builder, value: string, from: number, to: number, start: number): void {
  let i = from;
  while (i < to) {
    const amp = value.indexOf('&', i);
    const plainEnd = amp < 0 || amp >= to ? to : amp;
    if (plainEnd > i) b.text(value.slice(i, plainEnd), start + i, start + plainEnd);
    if (plainEnd === to) return;
    const ref = CHARACTER_REFERENCE.exec(value.slice(amp, Math.min(to, amp + 40)));
    const decoded = ref && decodeReference(ref);
    if (ref && decoded !== null) {
      b.chars(decoded, start + amp);
      i = amp + ref[0].length;
    } else {
      b.text('&', start + amp, start + amp + 1);
      i = amp + 1;
    }
  }
}

/**
 * The prose of an HTML block made of paragraphs (a post exported with `<p>` tags): the text
 * between its tags, one block per paragraph, inline tags (`<em>`, `<a>`) read as nothing and other
 * tags as spaces, code as a placeholder word, scripts, styles, comments and attributes left out,
 * character references decoded. Only a block
 * that holds a `<p>` tag and stands in the source as written (not inside a list or a quote that
 * strips prefixes) is read; an HTML block with no paragraph in it (a `<div>`, a `<table>`) is
 * markup. Linear: `htmlParts` reads the block once.
 */
function htmlParagraphs(source: Source, value: string, start: number, inQuote: boolean, out: ProseBlock[]): void {
  if (!/<p[\s>]/i.test(value) || !source.text.startsWith(value, start)) return;
  const parts = htmlParts(value);
  if (!parts.some((p) => p.kind === 'tag' && p.name === 'p' && !p.closing)) return;
  let b = new Builder(source);
  const flush = () => {
    if (!b.length) return;
    const { text: prose, offsets } = b.finish();
    if (/[A-Za-z]/.test(prose)) out.push({ text: prose, offsets, end: offsets[offsets.length - 1] + 1, kind: 'paragraph', inQuote });
    b = new Builder(source);
  };
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        htmlText(b, value, part.start, part.end, start);
        break;
      case 'tag':
        if (HTML_BLOCK_END.has(part.name)) flush();
        else if (!HTML_INLINE.has(part.name)) b.space(start + part.start);
        break;
      case 'skipped':
        if (HTML_CODE.has(part.name)) b.placeholder(CODE_PLACEHOLDER, start + part.start, start + part.end);
        else b.space(start + part.start);
        break;
      default:
      // A comment or a declaration shows as nothing.
    }
  }
  flush();
}

/** The prose blocks of a document, or of one of its top-level blocks, in document order. */
export function proseBlocks(source: string, root: Root | Nodes): ProseBlock[] {
  const out: ProseBlock[] = [];
  walk(new Source(source), root, false, out);
  return out;
}

/**
 * The document offsets of the prose range [start, end) of a block. Given the document's text, a
 * range whose last character stands for a character reference (`&rsquo;`) ends after the whole
 * reference, not inside it.
 */
export function documentRange(block: ProseBlock, start: number, end: number, source?: string): { start: number; end: number } {
  const from = block.offsets[Math.min(start, block.offsets.length - 1)];
  const lastAt = Math.min(Math.max(start, end - 1), block.offsets.length - 1);
  const last = block.offsets[lastAt];
  let stop = Math.max(from, last + 1);
  if (source !== undefined && source.charCodeAt(last) === 38 && (lastAt + 1 >= block.offsets.length || block.offsets[lastAt + 1] !== last + 1)) {
    const ref = CHARACTER_REFERENCE.exec(source.slice(last, last + 40));
    if (ref) stop = Math.max(stop, last + ref[0].length);
  }
  return { start: from, end: stop };
}
