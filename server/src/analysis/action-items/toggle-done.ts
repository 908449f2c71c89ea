/**
 * Marks an action item done or not done by editing the least text that says so: the task
 * checkbox, the table's status cell, an inline `Status: …`, or a strike-through. Pure: text in,
 * one edit (by offsets) out, computed from the text as it is now.
 */
import type { TextEdit } from '../findings';
import { LineIndex } from '../text';

export type ToggleResult = { edit: TextEdit | null } | { error: string };

const TASK = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[)([ xX])\]/;
const BULLET = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?!\[[ xX]\])/;
const STATUS_HEADER = /^(?:status|state|done|complete|completed|resolved|progress)\??$/i;
const DONE_WORDS = /^(?:done|closed|complete|completed|resolved|fixed|finished|shipped|yes|y|true|✅|✔️?|☑️?|\[x\])$/i;
const INLINE_STATUS = /\b(status|state)(\s*:\s*|\s*=\s*)(\*\*|__)?(done|closed|complete|completed|resolved|fixed|finished|open|todo|to do|in progress|pending|wip|not started|blocked)\b/i;

/** The word a status cell gets, in the style of what it holds now. */
function statusWord(current: string, done: boolean): string {
  const pairs: [RegExp, string, string][] = [
    [/^\[[ xX]\]$/, '[x]', '[ ]'],
    [/^(?:✅|⬜|✔️?|❌|☑️?)$/u, '✅', '⬜'],
    [/^(?:yes|no|y|n)$/i, 'yes', 'no'],
    [/^(?:true|false)$/i, 'true', 'false'],
  ];
  for (const [pattern, yes, no] of pairs) {
    if (pattern.test(current)) return styled(current, done ? yes : no);
  }
  return styled(current, done ? 'Done' : 'Open');
}

function styled(current: string, word: string): string {
  if (current.length > 1 && current === current.toUpperCase() && /[A-Z]/.test(current)) return word.toUpperCase();
  if (current && current === current.toLowerCase() && /[a-z]/.test(current)) return word.toLowerCase();
  return word;
}

/** Splits a table row into cells with their offsets in the line; escaped pipes and code spans stay inside cells. */
export function splitRow(line: string): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  const leading = line[i] === '|';
  if (leading) i++;
  let cellStart = i;
  let code = 0;
  for (; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') {
      let run = 0;
      while (line[i + run] === '`') run++;
      if (code === 0) code = run;
      else if (code === run) code = 0;
      i += run - 1;
      continue;
    }
    if (ch === '|' && code === 0) {
      cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  if (line.slice(cellStart).trim()) cells.push({ start: cellStart, end: line.length });
  return cells;
}

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

function trimmed(line: string, cell: { start: number; end: number }): { start: number; end: number; text: string } {
  let start = cell.start;
  let end = cell.end;
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return { start, end, text: line.slice(start, end) };
}

function tableEdit(lines: LineIndex, line: number, done: boolean): ToggleResult | null {
  const rowText = lines.lineText(line);
  if (!rowText.includes('|')) return null;
  // Walk up to the delimiter row; the header is the line above it.
  let delimiter = -1;
  for (let l = line - 1; l >= 1 && l >= line - 5000; l--) {
    const text = lines.lineText(l);
    if (!text.includes('|') && !DELIMITER.test(text)) return null;
    if (DELIMITER.test(text) && text.includes('-')) {
      delimiter = l;
      break;
    }
  }
  if (delimiter < 1) return null;
  const header = lines.lineText(delimiter - 1);
  const headerCells = splitRow(header).map((c) => trimmed(header, c).text.replace(/[*_`]/g, '').trim());
  const column = headerCells.findIndex((h) => STATUS_HEADER.test(h));
  if (column === -1) return { error: 'This table has no Status column to record that the item is done. Add one, or use a task list.' };
  const cells = splitRow(rowText);
  const base = lines.lineStart(line);
  if (column >= cells.length) return { error: 'This row has no cell in the Status column.' };
  const cell = trimmed(rowText, cells[column]);
  const isDone = DONE_WORDS.test(cell.text.replace(/[*_~]/g, ''));
  if (isDone === done) return { edit: null };
  const word = statusWord(cell.text.replace(/^[*_~]+|[*_~]+$/g, ''), done);
  if (cell.start === cell.end) {
    // An empty cell: keep the column's padding, put the word after one space.
    const raw = cells[column];
    const at = raw.start + (raw.end > raw.start && rowText[raw.start] === ' ' ? 1 : 0);
    const pad = rowText[at] === ' ' || raw.end === at ? '' : ' ';
    return { edit: { start: base + at, end: base + at, newText: `${word}${pad}` } };
  }
  return { edit: { start: base + cell.start, end: base + cell.end, newText: word } };
}

/**
 * Computes the edit that marks the item on `line` (zero-based) done or not done, from the
 * current text. Returns `{ edit: null }` when the item already has that state, and an error
 * that says why when the item's shape gives nothing to change. `lines` is the text's line index,
 * when the caller has one already.
 */
export function toggleDone(text: string, line: number, done: boolean, lines: LineIndex = new LineIndex(text)): ToggleResult {
  if (line < 0 || line >= lines.lineCount) return { error: 'The item is no longer in the document.' };
  const lineText = lines.lineText(line);
  const base = lines.lineStart(line);

  const task = TASK.exec(lineText);
  if (task) {
    const isDone = task[2] !== ' ';
    if (isDone === done) return { edit: null };
    const at = base + task[1].length;
    return { edit: { start: at, end: at + 1, newText: done ? 'x' : ' ' } };
  }

  const table = tableEdit(lines, line, done);
  if (table) return table;

  const status = INLINE_STATUS.exec(lineText);
  if (status) {
    const value = status[4];
    const isDone = DONE_WORDS.test(value);
    if (isDone === done) return { edit: null };
    const at = base + status.index + status[1].length + status[2].length + (status[3]?.length ?? 0);
    return { edit: { start: at, end: at + value.length, newText: styled(value, done ? 'Done' : 'Open') } };
  }

  const bullet = BULLET.exec(lineText);
  if (bullet) {
    const rest = lineText.slice(bullet[1].length);
    const strike = /^~~(?!~)([\s\S]*?)~~/.exec(rest);
    if (strike) {
      if (done) return { edit: null };
      // Striking through is how the item says it is done: lift the strike, keep the words.
      const at = base + bullet[1].length;
      return { edit: { start: at, end: at + strike[0].length, newText: strike[1] } };
    }
    if (!done) return { edit: null };
    const at = base + bullet[1].length;
    return { edit: { start: at, end: at, newText: '[x] ' } };
  }
  return { error: 'This item has no checkbox or status to change.' };
}
