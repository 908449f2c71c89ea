/**
 * A fragment of HTML read the way a browser shows it, in one pass: where its runs of text lie
 * between the tags, which spans are no text at all (tags, comments, declarations, the content of
 * scripts, styles and code), and what a character reference such as `&amp;` stands for. Used to
 * read an HTML block of paragraphs as prose, and to tell where an edit would land inside a tag.
 *
 * Linear in the fragment's length: every span is read once, from left to right. A construct that
 * never closes (a `<` with a tag name and no `>`, an attribute value whose quote never closes, a
 * comment with no `-->`) makes the rest of the fragment one span of markup: where it ends cannot
 * be known, so none of it is read as text and nothing is written into it.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

export type HtmlPart =
  /** Text between tags, as written (character references not yet decoded). */
  | { kind: 'text'; start: number; end: number }
  /** An opening or closing tag, attributes and all. */
  | { kind: 'tag'; start: number; end: number; name: string; closing: boolean }
  /**
   * An element whose content is not prose, from its opening tag to the end of its closing tag
   * (`unclosed` when it has none and runs to the end).
   */
  | { kind: 'skipped'; start: number; end: number; name: string; unclosed?: true }
  /** A comment, a declaration or a processing instruction; or, `unclosed`, a construct that never closes, to the end. */
  | { kind: 'markup'; start: number; end: number; unclosed?: true };

/**
 * Elements whose content is no prose, read to their closing tag: the content of scripts and
 * styles is another language, that of code elements is code, and the others are raw text a
 * browser does not show as a paragraph's words.
 */
const SKIPPED = new Set(['script', 'style', 'pre', 'code', 'textarea', 'title', 'template', 'svg', 'math', 'noscript', 'iframe', 'xmp', 'kbd', 'samp']);

/** The closing tag of each skipped element, found case-insensitively from a position on. */
const CLOSING = new Map([...SKIPPED].map((name) => [name, new RegExp(`</${name}(?=[\\s/>])`, 'gi')]));

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/**
 * Where a tag whose name ends at `from` ends (the offset after its `>`), or -1 when it never
 * does. A `>` inside a quoted attribute value does not end it.
 */
function tagEnd(value: string, from: number): number {
  const n = value.length;
  let j = from;
  while (j < n) {
    const c = value.charCodeAt(j);
    if (c === 62) return j + 1;
    j++;
    if (c !== 61) continue;
    while (j < n && isSpace(value.charCodeAt(j))) j++;
    const q = value[j];
    if (q === '"' || q === "'") {
      const close = value.indexOf(q, j + 1);
      if (close < 0) return -1;
      j = close + 1;
    }
  }
  return -1;
}

/** The parts of an HTML fragment, in order, covering it whole. Offsets are into `value`. */
export function htmlParts(value: string): HtmlPart[] {
  const out: HtmlPart[] = [];
  const n = value.length;
  let textFrom = 0;
  let i = 0;
  const text = (to: number) => {
    if (to > textFrom) out.push({ kind: 'text', start: textFrom, end: to });
  };
  while (i < n) {
    const lt = value.indexOf('<', i);
    if (lt < 0) break;
    const c = value.charCodeAt(lt + 1);
    const closing = c === 47 && isLetter(value.charCodeAt(lt + 2));
    if (isLetter(c) || closing) {
      const nameFrom = lt + (closing ? 2 : 1);
      let nameTo = nameFrom;
      while (nameTo < n && !isSpace(value.charCodeAt(nameTo)) && value[nameTo] !== '>' && value[nameTo] !== '/') nameTo++;
      const end = tagEnd(value, nameTo);
      text(lt);
      if (end < 0) {
        out.push({ kind: 'markup', start: lt, end: n, unclosed: true });
        return out;
      }
      const name = value.slice(nameFrom, nameTo).toLowerCase();
      const selfClosing = value.charCodeAt(end - 2) === 47;
      if (!closing && !selfClosing && SKIPPED.has(name)) {
        const close = CLOSING.get(name) as RegExp;
        close.lastIndex = end;
        const found = close.exec(value);
        const after = found ? tagEnd(value, found.index + found[0].length) : -1;
        if (after < 0) {
          out.push({ kind: 'skipped', start: lt, end: n, name, unclosed: true });
          return out;
        }
        out.push({ kind: 'skipped', start: lt, end: after, name });
        i = textFrom = after;
        continue;
      }
      out.push({ kind: 'tag', start: lt, end, name, closing });
      i = textFrom = end;
      continue;
    }
    if (c === 33 || c === 63 || c === 47) {
      // `<!--` to `-->`; `<!…>`, `<?…>` and `</…>` without a name to the next `>`.
      const comment = value.startsWith('<!--', lt);
      const close = comment ? value.indexOf('-->', lt + 4) : value.indexOf('>', lt + 2);
      text(lt);
      if (close < 0) {
        out.push({ kind: 'markup', start: lt, end: n, unclosed: true });
        return out;
      }
      const end = close + (comment ? 3 : 1);
      out.push({ kind: 'markup', start: lt, end });
      i = textFrom = end;
      continue;
    }
    // A `<` that opens nothing ("a < b") is text.
    i = lt + 1;
  }
  text(n);
  return out;
}

/** A character reference at the start of a string: `&name;`, `&#123;` or `&#x1F;`. */
export const CHARACTER_REFERENCE = /^&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;

/**
 * What the character reference `ref` (as `CHARACTER_REFERENCE` matched it) stands for, or null
 * for a name HTML does not define (left as written). Names are HTML's whole list, read by the
 * library micromark decodes Markdown's references with. Numbers out of Unicode's range, zero and
 * lone surrogates stand for U+FFFD, as in a browser.
 */
export function decodeReference(match: RegExpExecArray): string | null {
  if (match[3] !== undefined) {
    const named = decodeNamedCharacterReference(match[3]);
    // A no-break space reads as the space it shows as.
    return named === false ? null : named === '\u00a0' ? ' ' : named;
  }
  const code = match[1] !== undefined ? Number.parseInt(match[1], 10) : Number.parseInt(match[2], 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  // A no-break space reads as the space it shows as.
  return code === 0xa0 ? ' ' : String.fromCodePoint(code);
}

/** Skipped elements whose content is words of the text they stand in (code), not another language. */
const CODE = new Set(['pre', 'code', 'kbd', 'samp']);

/**
 * The fragment with everything that shows as no words blanked to spaces, so that every offset
 * stays the fragment's: tags, comments, declarations, scripts, styles and anything unclosed. The
 * content of a code element (`<code>`, `<pre>`, `<kbd>`, `<samp>`) keeps its words, its own tags
 * blanked. Character references stay as written. Linear: nested code elements each have a name
 * of their own (a second `<code>` inside one is closed by the first `</code>`), so no character
 * is read more than five times.
 */
export function blankMarkup(value: string): string {
  const out: string[] = [];
  blankInto(value, out);
  return out.join('');
}

/**
 * Where the content of a closed code element lies between its own tags (`open` after its opening
 * tag, `close` at its closing one), for a part that is one; null for any other part.
 */
function codeContent(value: string, part: HtmlPart): { open: number; close: number } | null {
  const open = part.kind === 'skipped' && !part.unclosed && CODE.has(part.name) ? tagEnd(value, part.start + 1 + part.name.length) : -1;
  const close = open < 0 ? -1 : value.lastIndexOf('</', part.end - 1);
  return open < 0 || close < open ? null : { open, close };
}

/** Appends the pieces of `blankMarkup(value)` to `out`. */
function blankInto(value: string, out: string[]): void {
  for (const part of htmlParts(value)) {
    if (part.kind === 'text') {
      out.push(value.slice(part.start, part.end));
      continue;
    }
    const code = codeContent(value, part);
    if (!code) {
      out.push(' '.repeat(part.end - part.start));
      continue;
    }
    out.push(' '.repeat(code.open - part.start));
    blankInto(value.slice(code.open, code.close), out);
    out.push(' '.repeat(part.end - code.close));
  }
}

export type HtmlTag = Extract<HtmlPart, { kind: 'tag' }>;

/**
 * The tags of a fragment whose words `blankMarkup` keeps, in order, offsets into `value`: those
 * between its runs of text and those inside a code element, not those in a comment, a script or
 * a style, nor after a construct that never closes. Linear as `blankMarkup` is.
 */
export function shownTags(value: string): HtmlTag[] {
  const out: HtmlTag[] = [];
  tagsInto(value, 0, out);
  return out;
}

/** Appends the tags `shownTags(value)` finds to `out`, their offsets moved on by `at`. */
function tagsInto(value: string, at: number, out: HtmlTag[]): void {
  for (const part of htmlParts(value)) {
    if (part.kind === 'tag') {
      out.push(at ? { ...part, start: part.start + at, end: part.end + at } : part);
      continue;
    }
    const code = codeContent(value, part);
    if (code) tagsInto(value.slice(code.open, code.close), at + code.open, out);
  }
}

/**
 * A run of HTML text with its character references written out as the characters they stand for
 * (`&amp;` as `&`, `&frac12;` as `½`), as `decodeReference` reads each; a name HTML does not
 * define stays as written. Linear: each `&` is looked at once, over at most 40 characters.
 */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1)) {
    if (amp < i) continue;
    const ref = CHARACTER_REFERENCE.exec(text.slice(amp, amp + 40));
    const decoded = ref && decodeReference(ref);
    if (!ref || decoded === null) continue;
    out += text.slice(i, amp) + decoded;
    i = amp + ref[0].length;
  }
  return out + text.slice(i);
}

/**
 * True when `offset` (into `value`) lies strictly inside a part that is not text: a tag, a
 * comment, a skipped element's content, or after the start of a construct that never closes
 * (its end included: text added there would still be in it). Between two parts, and anywhere
 * in text, is outside. Binary search over parts from `htmlParts(value)`.
 */
export function insideMarkup(parts: readonly HtmlPart[], offset: number): boolean {
  const last = parts[parts.length - 1];
  if (last && (last.kind === 'markup' || last.kind === 'skipped') && last.unclosed && offset > last.start) return true;
  let lo = 0;
  let hi = parts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = parts[mid];
    if (offset <= p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p.kind !== 'text';
  }
  return false;
}
