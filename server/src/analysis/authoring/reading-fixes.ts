/**
 * The edits that teach the reading of action items, per document: they write the reading
 * directives (`model/action-items/directives.ts`). "Not an action item" puts
 * `<!-- postmortem-not-action-item -->` at the end of the item's line (inside the item's cell for
 * a table row, so the row keeps its cells); "None of this list are action items" and "Read this
 * list as action items" put a comment on a line of its own before the list or table, at its
 * indentation and inside its quote. Each edit only inserts; none is a mechanical fix (none is
 * preferred, so "fix all" leaves them alone): they are the author's choices.
 */
import type { List, ListItem, Nodes, Parents, Table } from 'mdast';
import type { Fix } from '../base/findings';
import { directedSpans } from '../model/action-items/directives';
import type { ActionItem, AnalysedDocument } from '../model/model';
import { childIndexAt, endOf, startOf } from '../parse/blocks';

export const NOT_AN_ITEM = '<!-- postmortem-not-action-item -->';
export const NO_ITEMS = '<!-- postmortem-no-action-items -->';
export const ITEMS = '<!-- postmortem-action-items -->';

/** Nodes inside which an inserted comment would be text, not a comment, or would break what holds it. */
const OPAQUE = new Set(['inlineCode', 'code', 'html', 'link', 'linkReference', 'image', 'imageReference', 'definition', 'math', 'inlineMath', 'yaml', 'toml']);

/** The chain of nodes that hold `offset` strictly inside them, outermost first: one descent by binary search. */
function holders(root: Parents, offset: number): Nodes[] {
  const out: Nodes[] = [];
  let parent: Parents = root;
  for (let depth = 0; depth < 300; depth++) {
    const found = childIndexAt(parent, offset, true);
    if (found === -1) return out;
    const node = (parent.children as Nodes[])[found];
    out.push(node);
    if (!('children' in node)) return out;
    parent = node;
  }
  return out;
}

/** True when a comment inserted at `offset` would land inside code, a link or another comment. */
function opaqueAt(doc: AnalysedDocument, offset: number): boolean {
  return holders(doc.root, offset).some((n) => OPAQUE.has(n.type));
}

/**
 * "Not an action item": the line directive, after the item's words on their last line (in a
 * table, at the end of the item's cell). Null where a comment could not go without changing what
 * the line is: inside code or a link, or after a backslash that ends the line (a hard break).
 */
export function notAnItemFix(doc: AnalysedDocument, item: ActionItem): Fix | null {
  const text = doc.text;
  let at: number;
  if (item.table) {
    at = item.textSpan.end;
    // The comment stays inside the cell: between the item's words and the pipe that closes it.
    const rest = text.slice(at, item.end);
    if (rest && !/^[ \t]*(?:\||$)/.test(rest)) return null;
  } else {
    const line = doc.lines.positionAt(Math.max(item.textSpan.start, item.textSpan.end - 1)).line;
    at = doc.lines.lineEnd(line);
    const lineStart = doc.lines.lineStart(line);
    while (at > lineStart && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
    // An ATX heading's closing hashes: the comment goes before them, or they would become text.
    if (item.shape === 'heading') {
      const closing = /[ \t]+#+$/.exec(text.slice(lineStart, at));
      if (closing && /^[ \t]{0,3}#/.test(text.slice(lineStart, at))) at = lineStart + closing.index;
    }
    if (at <= lineStart || text[at - 1] === '\\') return null;
  }
  if (opaqueAt(doc, at)) return null;
  const pad = at > 0 && !/\s/.test(text[at - 1]) ? ' ' : '';
  return { title: 'Not an action item', kind: 'reading', edits: [{ start: at, end: at, newText: `${pad}${NOT_AN_ITEM}` }] };
}

/** Where the items of a document stand: the starts of list entries, and the rows read per table. Built once per analysed document. */
interface ItemPlaces {
  entries: Set<number>;
  rows: Map<number, Set<number>>;
  /** Whether every entry of a list is read as an item, asked once per list: each of its items asks it. */
  wholeLists: Map<List, boolean>;
}

const places = new WeakMap<AnalysedDocument, ItemPlaces>();

function itemPlaces(doc: AnalysedDocument): ItemPlaces {
  let found = places.get(doc);
  if (!found) {
    found = { entries: new Set(), rows: new Map(), wholeLists: new Map() };
    for (const item of doc.model.actionItems) {
      if (item.table) {
        let rows = found.rows.get(item.table.start);
        if (!rows) found.rows.set(item.table.start, (rows = new Set()));
        rows.add(item.row);
      } else if (item.shape === 'task' || item.shape === 'bullet' || item.shape === 'numbered') found.entries.add(item.start);
    }
    places.set(doc, found);
  }
  return found;
}

/** The list whose entry starts at `offset`, with the nodes that hold it (outermost first), or null. */
function listOfEntry(doc: AnalysedDocument, offset: number): List | null {
  const chain = holders(doc.root, offset + 1);
  for (let i = chain.length - 1; i > 0; i--) {
    const node = chain[i];
    if (node.type === 'listItem' && startOf(node) === offset && chain[i - 1].type === 'list') return chain[i - 1] as List;
  }
  return null;
}

/**
 * A comment on a line of its own before `block`, at the indentation of its first line and inside
 * the quotes around it. No blank line is needed: a comment's line ends a paragraph, a table or a
 * list before it (an HTML comment may interrupt a paragraph) and is a block of its own, so the
 * text around it keeps its shape. Null when the block starts on a line that holds something else
 * before it (a list inside a list item that starts on the same line).
 */
function lineBefore(doc: AnalysedDocument, block: List | Table, comment: string): Fix['edits'][number] | null {
  const start = startOf(block);
  const line = doc.lines.positionAt(start).line;
  const lineStart = doc.lines.lineStart(line);
  const prefix = doc.text.slice(lineStart, start);
  if (!/^[ \t>]*$/.test(prefix)) return null;
  return { start: lineStart, end: lineStart, newText: `${prefix}${comment}${doc.lines.eol}` };
}

/**
 * "None of this list are action items": for an item that is one of two or more entries of one
 * list (or of the rows of one table), all read as items, the block directive before the list.
 */
export function noneOfListFix(doc: AnalysedDocument, item: ActionItem): Fix | null {
  if (item.table) {
    const table = holders(doc.root, item.start + 1).find((n): n is Table => n.type === 'table' && startOf(n) === item.table!.start);
    if (!table || table.children.length < 3) return null;
    const rows = itemPlaces(doc).rows.get(item.table.start);
    if (!rows || rows.size < table.children.length - 1) return null;
    const edit = lineBefore(doc, table, NO_ITEMS);
    return edit ? { title: 'None of this table are action items', kind: 'reading', edits: [edit] } : null;
  }
  if (item.shape !== 'task' && item.shape !== 'bullet' && item.shape !== 'numbered') return null;
  const list = listOfEntry(doc, item.start);
  if (!list || list.children.length < 2) return null;
  const { entries, wholeLists } = itemPlaces(doc);
  let whole = wholeLists.get(list);
  if (whole === undefined) wholeLists.set(list, (whole = list.children.every((li: ListItem) => entries.has(startOf(li)))));
  if (!whole) return null;
  const edit = lineBefore(doc, list, NO_ITEMS);
  return edit ? { title: 'None of this list are action items', kind: 'reading', edits: [edit] } : null;
}

/** The fixes every finding about an action item offers besides its own: the reading was wrong. */
export function readingFixes(doc: AnalysedDocument, item: ActionItem): Fix[] {
  // An item a directive put in is taken out by editing that directive, not by a second one.
  if (item.byDirective) return [notAnItemFix(doc, item)].filter((f): f is Fix => f !== null);
  return [notAnItemFix(doc, item), noneOfListFix(doc, item)].filter((f): f is Fix => f !== null);
}

/**
 * "Read this list (table) as action items", at `offset`: for the innermost list or table there
 * that no directive governs and of which nothing is read as an item, the block directive before it.
 */
export function readAsItemsFix(doc: AnalysedDocument, offset: number): Fix | null {
  const chain = holders(doc.root, offset);
  for (let i = chain.length - 1; i >= 0; i--) {
    const block = chain[i];
    if (block.type !== 'list' && block.type !== 'table') continue;
    const start = startOf(block);
    const end = endOf(block);
    if (doc.model.actionItems.some((item) => item.start >= start && item.start < end)) return null;
    if (directedSpans(doc).some((s) => s.start === start)) return null;
    const edit = lineBefore(doc, block, ITEMS);
    return edit
      ? { title: block.type === 'list' ? 'Read this list as action items' : 'Read this table as action items', kind: 'reading', edits: [edit] }
      : null;
  }
  return null;
}
