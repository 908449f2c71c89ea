/**
 * Reads action items from a block of raw HTML, as some post-mortems are written or pasted from a
 * wiki: the entries of its lists (`<li>`) and the rows of its tables (`<tr>`, columns known by
 * their header cells, as a Markdown table's are). Kept apart from the Markdown reader because it
 * works on the block's source text, not on mdast nodes: tags are blanked to spaces so that every
 * offset stays the document's.
 */
import type { Html } from 'mdast';
import type { ActionColumn, ActionItem, Span } from '../model';
import type { PlaceholderTest } from '../placeholders';
import { CLOCK, columnRole } from './columns';
import { isQuestion } from './labels';
import { endOf, startOf } from '../../parse/blocks';
import { shift } from './offsets';
import { reportsDone, startsImperative } from './reading';
import { DONE_WORDS, scanTokens, type Tokens } from './tokens';
import { statusDrops } from './dropped';
import { blankMarkup, decodeReferences, shownTags } from '../html-text';

/** An item read from raw HTML: its words, its span in the document, its tokens and whether it is done. */
export interface HtmlItem {
  span: Span;
  text: string;
  tokens: Tokens;
  done: boolean;
  /** True when the entry or the row's item cell is struck through (`<s>`, `<del>`): the team dropped it. */
  struck: boolean;
  shape: ActionItem['shape'];
}

/** Raw HTML blocks longer than this are not read for items. */
const MAX_HTML = 200_000;

/** The tags that shape items in raw HTML: lists and their entries, tables, their rows and cells. */
const ITEM_TAGS = new Set(['ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

/** Words struck through in HTML, all of them: `<s>…</s>`, `<del>…</del>`. */
const STRUCK_HTML = /^<(s|del|strike)\b[^<>]{0,300}>[^]*<\/\1>$/i;

/**
 * A block of raw HTML: its list entries (`<li>`) are items as bullets are, and the rows of its
 * tables (`<tr>` with `<td>` cells) as a Markdown table's rows, columns known by their header
 * cells. Outside the plan (`inSection` false) only a table with a column of the work and one of
 * its owner or due date is read. Tags are blanked to spaces, so offsets stay the document's.
 */
export function htmlItems(source: string, node: Html, inSection: boolean, placeholders: PlaceholderTest): HtmlItem[] {
  const out: HtmlItem[] = [];
  const base = startOf(node);
  const raw = source.slice(base, endOf(node));
  if (raw.length > MAX_HTML || !/<(?:li|tr)\b/i.test(raw)) return out;
  const blank = blankMarkup(raw);
  const entries: { start: number; end: number; ordered: boolean }[] = [];
  const rows: { cells: Span[]; header: boolean }[] = [];
  const lists: boolean[] = [];
  let entry = -1;
  let cell = -1;
  let header = false;
  const close = (at: number) => {
    if (entry >= 0 && inSection) entries.push({ start: entry, end: at, ordered: lists[lists.length - 1] ?? false });
    entry = -1;
    if (cell >= 0 && rows.length) rows[rows.length - 1].cells.push({ start: cell, end: at });
    cell = -1;
  };
  for (const tag of shownTags(raw)) {
    const name = tag.name;
    if (!ITEM_TAGS.has(name)) continue;
    close(tag.start);
    if (tag.closing) {
      if ((name === 'ul' || name === 'ol') && lists.length) lists.pop();
      continue;
    }
    if (name === 'ul' || name === 'ol') lists.push(name === 'ol');
    else if (name === 'li') entry = tag.end;
    else if (name === 'tr') rows.push({ cells: [], header: false });
    else if (name === 'td' || name === 'th') {
      if (!rows.length) rows.push({ cells: [], header: false });
      if (name === 'th') rows[rows.length - 1].header = true;
      cell = tag.end;
    }
    header ||= name === 'th';
  }
  close(raw.length);
  const words = (span: Span) => decodeReferences(blank.slice(span.start, span.end)).replace(/\s+/g, ' ').trim();
  const trim = (span: Span): Span => {
    let { start, end } = span;
    while (start < end && /\s/.test(blank[start])) start++;
    while (end > start && /\s/.test(blank[end - 1])) end--;
    return { start: base + start, end: base + end };
  };
  /** The tokens of a span of the document inside the block, read on its words as blanked. */
  const tokensOf = (span: Span): Tokens => shift(scanTokens(blank.slice(span.start - base, span.end - base)), span.start);
  for (const e of entries) {
    const text = words(e);
    // "Short term:" over a list of its own is a label of a group, not work.
    if (!text || /[:：]$/.test(text) || placeholders.isPlaceholder(text) || (isQuestion(text) && !startsImperative(text.slice(0, 40)))) continue;
    const span = trim(e);
    const tokens = tokensOf(span);
    const struck = STRUCK_HTML.test(raw.slice(e.start, e.end).trim());
    out.push({ span, text, tokens, done: tokens.done || struck || reportsDone(text), struck, shape: e.ordered ? 'numbered' : 'bullet' });
  }
  const struck = (span: Span) => STRUCK_HTML.test(raw.slice(span.start, span.end).trim());
  htmlRows(rows, header, inSection, placeholders, { words, trim, struck, tokensOf }, out);
  return out;
}

/** The rows of an HTML table read as items, as `html` found them: cells in offsets into the block. */
function htmlRows(
  rows: { cells: Span[]; header: boolean }[],
  header: boolean,
  inSection: boolean,
  placeholders: PlaceholderTest,
  {
    words,
    trim,
    struck,
    tokensOf,
  }: { words: (span: Span) => string; trim: (span: Span) => Span; struck: (span: Span) => boolean; tokensOf: (span: Span) => Tokens },
  out: HtmlItem[],
): void {
  const head = header ? rows.find((r) => r.header) : rows[0];
  if (!head || rows.length < 2) return;
  const columns: Partial<Record<ActionColumn, number>> = {};
  head.cells.forEach((c, i) => {
    const role = columnRole(words(c));
    if (role && columns[role] === undefined) columns[role] = i;
  });
  if (columns.item === undefined || (!inSection && columns.owner === undefined && columns.due === undefined)) return;
  // A log of what happened ("10:02 | Restarted …") is no list of work, as with a Markdown table.
  const body = rows.filter((r) => r !== head && !r.header);
  if (columns.due !== 0 && body.filter((r) => r.cells[0] && CLOCK.test(words(r.cells[0]).slice(0, 40))).length * 2 >= body.length) return;
  for (const row of body) {
    const at = (role: ActionColumn) => (columns[role] === undefined ? undefined : row.cells[columns[role]]);
    const item = at('item');
    const text = item ? words(item) : '';
    if (!item || !text || placeholders.isPlaceholder(text)) continue;
    const span = trim(item);
    const tokens = tokensOf(span);
    const owner = at('owner');
    if (owner) {
      const value = words(owner);
      tokens.owner = value && !placeholders.isPlaceholder(value) ? { ...trim(owner), value } : null;
    }
    const due = at('due');
    if (due) {
      const value = words(due);
      tokens.due = value && !/^[-–—]$/.test(value) && !placeholders.isPlaceholder(value) ? { ...trim(due), text: value } : null;
    }
    const status = at('status');
    if (status) {
      const value = words(status);
      tokens.done = DONE_WORDS.test(value) || DONE_WORDS.test(value.replace(/^[^\p{L}\p{N}[]+/u, '').split(/\s+/)[0] ?? '');
      if (value) tokens.status = { ...trim(status), value };
      if (value && statusDrops(value)) tokens.dropped = { ...trim(status), value };
    }
    const ticket = at('ticket');
    if (ticket && words(ticket)) tokens.ticket = words(ticket);
    out.push({ span, text, tokens, done: tokens.done || struck(item), struck: struck(item), shape: 'sentence' });
  }
}
