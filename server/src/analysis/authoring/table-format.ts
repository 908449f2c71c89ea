/**
 * Formats GitHub-flavoured Markdown tables: pipes aligned by display width, alignment colons
 * kept, short rows padded with empty cells. It only ever changes the spaces around a cell's
 * content and the dashes of the delimiter row, so a cell's text (trimmed) is never altered.
 * Cells are the parser's (`model/table-cells.ts`): a pipe inside a code span separates cells, as it
 * does for every GFM reader, and escaped pipes (`\|`) stay inside theirs.
 */
import type { Nodes, Root, Table } from 'mdast';
import stringWidth from 'string-width';
import type { TextEdit } from '../base/findings';
import { cellPipes, rowCells } from '../model/table-cells';

export { cellPipes } from '../model/table-cells';

/** Column alignment as the delimiter row states it. */
export type Align = 'left' | 'right' | 'center' | null;

/** Three columns at least, so that every delimiter cell reads as `---`, `:--`, `--:` or `:-:`. */
const MIN_WIDTH = 3;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns a string takes in a monospace editor: wide CJK and emoji count two, combining marks none. */
export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** Trims spaces and tabs only: GFM keeps other white space, such as a no-break space, in the cell. */
function trimCell(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(start, end);
}

/**
 * Splits one row of text (without its container prefix) into trimmed cells, leading and
 * trailing pipes optional, the way GFM does: a pipe inside a code span splits it too.
 */
export function splitRow(row: string): string[] {
  const text = trimCell(row);
  const pipes = cellPipes(text);
  const bounds = [...pipes];
  if (bounds[0] !== 0) bounds.unshift(-1);
  if (bounds.length < 2 || bounds[bounds.length - 1] !== text.length - 1) bounds.push(text.length);
  const cells: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) cells.push(trimCell(text.slice(bounds[i] + 1, bounds[i + 1])));
  return cells;
}

function alignOf(cell: string): Align {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':') && cell.length > 1;
  if (left && right) return 'center';
  if (left) return 'left';
  if (right) return 'right';
  return null;
}

function pad(content: string, width: number, target: number, align: Align): string {
  const gap = Math.max(0, target - width);
  if (align === 'right') return ' '.repeat(gap) + content;
  if (align === 'center') {
    const before = gap >> 1;
    return ' '.repeat(before) + content + ' '.repeat(gap - before);
  }
  return content + ' '.repeat(gap);
}

function delimiterCell(align: Align, width: number): string {
  switch (align) {
    case 'left':
      return ':' + '-'.repeat(width - 1);
    case 'right':
      return '-'.repeat(width - 1) + ':';
    case 'center':
      return ':' + '-'.repeat(width - 2) + ':';
    default:
      return '-'.repeat(width);
  }
}

/** A line of the table: where the row starts (after any list or quote prefix) and where the line ends. */
interface TableLine {
  start: number;
  end: number;
  kind: 'header' | 'delimiter' | 'body';
}

function startOf(node: { position?: { start: { offset?: number } } }): number | undefined {
  return node.position?.start.offset;
}

/** Finds the lines of a table node, or null when its shape is not one we can safely rewrite. */
function tableLines(text: string, table: Table): TableLine[] | null {
  const rows = table.children;
  const header = rows[0];
  const headerStart = header && startOf(header);
  if (headerStart === undefined) return null;
  // A line ends at LF, CRLF or a lone CR, as it does for the parser.
  const lineEndAt = (from: number) => {
    let end = from;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    return end;
  };
  const lines: TableLine[] = [];
  const headerEnd = lineEndAt(headerStart);
  lines.push({ start: headerStart, end: headerEnd, kind: 'header' });
  // The delimiter row has no node: it is the next line, after the same container prefix (spaces, `>`).
  if (headerEnd >= text.length) return null;
  const delimiterLineStart = headerEnd + (text.charCodeAt(headerEnd) === 13 && text.charCodeAt(headerEnd + 1) === 10 ? 2 : 1);
  const delimiterEnd = lineEndAt(delimiterLineStart);
  let d = delimiterLineStart;
  while (d < delimiterEnd && /[ \t>]/.test(text[d])) d++;
  const delimiterText = text.slice(d, delimiterEnd);
  if (!/^[|:\- \t]+$/.test(delimiterText) || !delimiterText.includes('-')) return null;
  lines.push({ start: d, end: delimiterEnd, kind: 'delimiter' });
  let previousEnd = delimiterEnd;
  for (let r = 1; r < rows.length; r++) {
    const start = startOf(rows[r]);
    // Each body row must sit on its own line, after the previous one.
    if (start === undefined || start <= previousEnd) return null;
    const end = lineEndAt(start);
    lines.push({ start, end, kind: 'body' });
    previousEnd = end;
  }
  return lines;
}

/**
 * The edits that format one table. Only the table's own lines are touched, from where each row
 * starts (after a list indent or `>` prefix) to the end of its line; rows already formatted get
 * no edit. Returns no edits for a table whose shape cannot be rewritten safely.
 */
export function formatTable(text: string, table: Table): TextEdit[] {
  const lines = tableLines(text, table);
  if (!lines) return [];
  // The delimiter row has no node: its text holds only pipes, colons, dashes and spaces.
  const nodeRows = table.children.map((row) => rowCells(text, row).map((cell) => text.slice(cell.start, cell.end)));
  const rows = [nodeRows[0], splitRow(text.slice(lines[1].start, lines[1].end)), ...nodeRows.slice(1)];
  const delimiter = rows[1];
  const columns = delimiter.length;
  const aligns = delimiter.map(alignOf);
  // Short body rows are padded to the table's width; longer ones keep their extra cells.
  for (let r = 2; r < rows.length; r++) while (rows[r].length < columns) rows[r].push('');
  const widths: number[] = [];
  const cellWidths = rows.map((cells, r) =>
    cells.map((cell, c) => {
      const w = r === 1 ? MIN_WIDTH : displayWidth(cell);
      if (!(c in widths) || w > widths[c]) widths[c] = w;
      return w;
    }),
  );
  for (let c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], c < columns ? MIN_WIDTH : 1);
  const edits: TextEdit[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    let out: string;
    if (r === 1) {
      out = '| ' + cells.map((_, c) => delimiterCell(aligns[c], widths[c])).join(' | ') + ' |';
    } else {
      out = '| ' + cells.map((cell, c) => pad(cell, cellWidths[r][c], widths[c], c < columns ? aligns[c] : null)).join(' | ') + ' |';
    }
    const line = lines[r];
    if (text.slice(line.start, line.end) !== out) edits.push({ start: line.start, end: line.end, newText: out });
  }
  return edits;
}

/** Every table in the tree (or under one node), including those inside lists and block quotes, in document order. */
export function tablesIn(root: Nodes): Table[] {
  const out: Table[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'table') {
      out.push(node);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return out;
}

/** The table whose lines hold `offset`, or null. */
export function tableAt(root: Root, offset: number): Table | null {
  for (const table of tablesIn(root)) {
    const start = table.position?.start.offset ?? -1;
    const end = table.position?.end.offset ?? -1;
    if (offset >= start && offset <= end) return table;
  }
  return null;
}

/** Edits that format every table overlapping [start, end]. */
export function formatTablesInRange(text: string, root: Root, start: number, end: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const table of tablesIn(root)) {
    const tStart = table.position?.start.offset ?? 0;
    const tEnd = table.position?.end.offset ?? 0;
    if (tEnd < start || tStart > end) continue;
    edits.push(...formatTable(text, table));
  }
  return edits;
}
