/**
 * List entries whose words a Markdown parser reads as code: "1.            Arrange the review"
 * (a word processor's export pads the marker with spaces; CommonMark reads five or more spaces
 * after the marker as an indented code block inside the entry). When that code is prose, the
 * entry's words are those of the sentence, and the entry is read as if they were a paragraph.
 */
import type { Code, List, ListItem, Paragraph } from 'mdast';

/** A line of code, not of prose: braces, an arrow or an assignment, a call closed by `;`, a prompt, a comment marker. */
const CODE_SIGNS = /[{}<>]|=>|[=!]=|\w\s*=\s*\S|\(\)|\);\s*$|^\s*(?:\$|#|\/\/|--\s)|^\s*[\w.-]+\s*:\s*$/m;

/** A word of prose: letters, with an apostrophe or a hyphen inside, and the punctuation of a sentence after it. */
const WORD = /^[("'“‘]?\p{L}[\p{L}'’-]*[)"'”’.,;:!?]*$/u;

/**
 * True for the text of an indented code block that is a sentence, not code: it opens on a
 * capitalised word, holds three words at least, most of its tokens (four in five) are words and
 * no line of it looks like code. A block of several lines reads as prose only if every line does.
 */
export function proseCode(text: string): boolean {
  const words = text.trim().split(/\s+/).slice(0, 60);
  if (words.length < 3 || !/^\p{Lu}\p{Ll}*[\p{L}'’-]*[,:]?$/u.test(words[0])) return false;
  if (CODE_SIGNS.test(text.slice(0, 1000))) return false;
  const plain = words.filter((w) => WORD.test(w) || /^\d[\d.,:%]*$/.test(w) || /^https?:\/\/\S+$/.test(w)).length;
  return plain * 5 >= words.length * 4;
}

/**
 * The paragraph made of an entry's code when it is prose, or null: its text is the words without
 * the padding, its span (with the document's `text`) starts at the first word. Without the text
 * only the words are right, which is all a verdict on the whole list needs.
 */
function codeParagraph(code: Code, text?: string): Paragraph | null {
  const at = code.position?.start;
  const end = code.position?.end;
  // A fenced block keeps its fence in the text: only an indented one (no language, no meta) is the padding of a marker.
  if (code.lang || code.meta || !at || !end || at.offset == null || end.offset == null || end.offset <= at.offset) return null;
  const value = code.value.trimEnd();
  if (!proseCode(value)) return null;
  const words = value.trimStart();
  // The parser drops the indentation of the block from its value: the padding is counted in the text.
  const pad = text ? (/^[ \t]*/.exec(text.slice(at.offset, Math.min(end.offset, at.offset + 200)))?.[0].length ?? 0) : value.length - words.length;
  const start = { line: at.line, column: at.column + pad, offset: at.offset + pad };
  const position = { start, end: { ...end } };
  return { type: 'paragraph', children: [{ type: 'text', value: words, position }], position };
}

/** The lists read again with their prose entries as paragraphs, kept per list node: with the text's spans, and without. */
const readAgain = new WeakMap<List, List>();
const wordsOnly = new WeakMap<List, List>();

/**
 * The list with each entry that opens on an indented code block of prose opening on a paragraph
 * of those words instead; the list itself when it has none. With the document's `text`, the new
 * paragraphs span the words in it. The copy is kept per list node, so a reading kept per node
 * finds the same copy again.
 */
export function proseEntries(list: List, text?: string): List {
  const store = text === undefined ? wordsOnly : readAgain;
  const kept = store.get(list);
  if (kept) return kept;
  let changed = false;
  const children = list.children.map((li): ListItem => {
    const first = li.children[0];
    if (first?.type !== 'code') return li;
    const paragraph = codeParagraph(first, text);
    if (!paragraph) return li;
    changed = true;
    return { ...li, children: [paragraph, ...li.children.slice(1)] };
  });
  const read = changed ? { ...list, children } : list;
  store.set(list, read);
  return read;
}
