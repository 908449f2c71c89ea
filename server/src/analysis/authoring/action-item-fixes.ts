/**
 * Edits that complete an action item where its shape wants it: a table's cell (adding the column
 * to every row when the table has none), or an inline `(owner: …)` token after the item's words.
 * Every edit inserts text, or replaces only the value it is meant to replace (a vague due, a
 * status word, a checkbox mark, a dash or "???" holding the place of a cell); nothing else of the
 * user's text changes.
 */
import { EMPTY_CELL } from '../model/action-items/columns';
import { scanTokens } from '../model/action-items/tokens';
import { toggleDone } from './toggle-done';
import type { Fix, TextEdit } from '../base/findings';
import type { ActionItem, ActionTable, AnalysedDocument } from '../model/model';

/** The column a new column of each role goes after, and its header. */
const NEW_COLUMN = {
  owner: 'Owner',
  due: 'Due',
  status: 'Status',
} as const;

function rowInsertion(text: string, row: ActionTable['rows'][number], after: number, value: string, width: number): TextEdit | null {
  const cells = row.cells;
  if (!cells.length) return null;
  if (cells.length > after + 1) {
    const at = cells[after + 1].start;
    if (text[at] !== '|') return null;
    return { start: at, end: at, newText: `| ${value.padEnd(width)} ` };
  }
  let end = cells[cells.length - 1].end;
  while (end > row.start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const missing = after + 1 - cells.length;
  if (text[end - 1] === '|') return { start: end, end, newText: `${'  |'.repeat(missing)} ${value.padEnd(width)} |` };
  return { start: end, end, newText: `${' |'.repeat(missing)} | ${value}` };
}

function delimiterInsertion(doc: AnalysedDocument, table: ActionTable, after: number, width: number): TextEdit | null {
  const line = table.delimiterLine;
  const lineStart = doc.lines.lineStart(line);
  const lineText = doc.lines.lineText(line);
  if (!/^[\s>]*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(lineText)) return null;
  const pipes: number[] = [];
  for (let i = 0; i < lineText.length; i++) if (lineText[i] === '|') pipes.push(i);
  const leading = /^[\s>]*\|/.test(lineText);
  const boundary = pipes[leading ? after + 1 : after];
  if (boundary !== undefined) return { start: lineStart + boundary, end: lineStart + boundary, newText: `| ${'-'.repeat(width)} ` };
  const columns = leading ? pipes.length - 1 + (lineText.trimEnd().endsWith('|') ? 0 : 1) : pipes.length + 1;
  if (columns !== after + 1) return null;
  let end = lineText.length;
  while (end > 0 && /\s/.test(lineText[end - 1])) end--;
  return { start: lineStart + end, end: lineStart + end, newText: ` | ${'-'.repeat(width)}` };
}

/**
 * The most rows a table may have for a fix to add a column to it. Such a fix edits every row, and
 * every row without the value has its own fixes: a table of n rows would carry n² edits (in each
 * check, and in every diagnostic sent to the editor). Past this, the column is added by hand once,
 * and each row's fix then fills its own cell.
 */
export const MAX_ROWS_FOR_NEW_COLUMN = 400;

/**
 * Adds a column after column `after` to every row of the table, padded to one width so the
 * columns after it stay aligned. Row `row` gets `value`; the others get an empty cell. Null when
 * a row cannot take the cell, or the table is too long (MAX_ROWS_FOR_NEW_COLUMN).
 */
export function addColumn(doc: AnalysedDocument, table: ActionTable, after: number, header: string, row: number, value: string): TextEdit[] | null {
  if (table.rows.length > MAX_ROWS_FOR_NEW_COLUMN + 1) return null;
  const width = Math.max(header.length, value.length, 3);
  const edits: TextEdit[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const edit = rowInsertion(doc.text, table.rows[r], after, r === 0 ? header : r === row ? value : '', width);
    if (!edit) return null;
    edits.push(edit);
    if (r === 0) {
      const delimiter = delimiterInsertion(doc, table, after, width);
      if (!delimiter) return null;
      edits.push(delimiter);
    }
  }
  return edits;
}

/**
 * Puts `value` into the row's cell of column `column`, adding empty cells to a short row. A cell
 * that only holds a place ("-", "—", "???") has the placeholder replaced; any other text is kept
 * and the value goes before it.
 */
function fillCell(doc: AnalysedDocument, item: ActionItem, column: number, value: string): TextEdit | null {
  const table = item.table!;
  const row = table.rows[item.row];
  const text = doc.text;
  const cell = row.cells[column];
  if (!cell) return rowInsertion(text, row, column - 1, value, value.length);
  let at = cell.start;
  if (text[at] === '|') at++;
  const raw = text.slice(at, cell.end);
  const placeholder = raw.replace(/\|$/, '').trim();
  if (EMPTY_CELL.test(placeholder)) {
    const start = at + raw.indexOf(placeholder);
    return { start, end: start + placeholder.length, newText: value };
  }
  if (text[at] === ' ' || text[at] === '\t') return { start: at + 1, end: at + 1, newText: `${value} ` };
  return { start: at, end: at, newText: ` ${value} ` };
}

/** Where an item of a table gets a value for a role: its cell, or a new column. */
function tableValue(doc: AnalysedDocument, item: ActionItem, role: keyof typeof NEW_COLUMN, value: string): TextEdit[] | null {
  const table = item.table!;
  const column = table.columns[role];
  if (column !== undefined) {
    const edit = fillCell(doc, item, column, value);
    return edit ? [edit] : null;
  }
  const header = table.rows[0];
  let after = table.columns.item ?? 0;
  if (role === 'due' && table.columns.owner !== undefined) after = table.columns.owner;
  if (role === 'status') after = header.cells.length - 1;
  return addColumn(doc, table, after, NEW_COLUMN[role], item.row, value);
}

function inline(item: ActionItem, token: string): TextEdit[] {
  return [{ start: item.insertAt, end: item.insertAt, newText: ` (${token})` }];
}

/**
 * True when `owner`, written as an inline `(owner: …)` token, reads back as that owner. An owner
 * cell of a table may hold words that an inline token would not take as a name, and a fix that
 * writes them into a list item would leave the item without an owner.
 */
function readsAsInlineOwner(owner: string): boolean {
  let reads = inlineOwners.get(owner);
  if (reads === undefined) {
    // The same few names are offered for every item without an owner, on every check.
    if (inlineOwners.size >= 1000) inlineOwners.clear();
    inlineOwners.set(owner, (reads = scanTokens(`(owner: ${owner})`).owner?.value === owner));
  }
  return reads;
}

/** Whether a name reads back as the owner once written inline, by name (a pure answer, kept; at most 1,000). */
const inlineOwners = new Map<string, boolean>();

/**
 * A fix that names `owner` as the item's owner, or null when the table is too broken to edit
 * safely or the name would not read as an owner where it goes.
 */
export function ownerFix(doc: AnalysedDocument, item: ActionItem, owner: string, title: string): Fix | null {
  if (!item.table && !readsAsInlineOwner(owner)) return null;
  const edits = item.table ? tableValue(doc, item, 'owner', owner) : inline(item, `owner: ${owner}`);
  return edits ? { title, edits } : null;
}

/** A fix that replaces the owner as written with `owner`. */
export function replaceOwnerFix(item: ActionItem, owner: string, title: string): Fix | null {
  if (!item.ownerSpan) return null;
  return { title, edits: [{ start: item.ownerSpan.start, end: item.ownerSpan.end, newText: owner }] };
}

/** True when the item's due date is written in the item's own words, not in a heading above it. */
export function ownsDue(item: ActionItem): boolean {
  return !!item.dueSpan && item.dueSpan.start >= item.start && item.dueSpan.end <= Math.max(item.end, item.textSpan.end);
}

/** A fix that sets the due date: it replaces a due as written, or adds one where the shape wants it. */
export function dueFix(
  doc: AnalysedDocument,
  item: ActionItem,
  iso: string,
  title: string,
  replacing?: { start: number; end: number; newText: string },
): Fix | null {
  if (replacing) return { title, edits: [replacing] };
  // A due inherited from a heading serves other items too: this item gets a date of its own.
  if (item.dueSpan && ownsDue(item)) return { title, edits: [{ start: item.dueSpan.start, end: item.dueSpan.end, newText: iso }] };
  const edits = item.table ? tableValue(doc, item, 'due', iso) : inline(item, `due: ${iso}`);
  return edits ? { title, edits } : null;
}

/** A fix that marks the item done (or open again), in the way the item records status. */
export function doneFix(doc: AnalysedDocument, item: ActionItem, done: boolean): Fix | null {
  const title = done ? 'Mark this action item as done' : 'Mark this action item as not done';
  // One implementation of "mark done" serves the editor, the fixes and the sidebar.
  const toggled = toggleDone(doc.text, item.line, done, doc.lines, doc.root);
  if ('edit' in toggled) return toggled.edit ? { title, edits: [toggled.edit] } : null;
  // A table without a status column: add one, so the row can say it is done.
  if (item.table && done) {
    const edits = tableValue(doc, item, 'status', 'Done');
    return edits ? { title, edits } : null;
  }
  return null;
}
