/**
 * Marks an action item done or not done by editing the least text that says so: the task
 * checkbox, the table's status cell, an inline `Status: …`, or a strike-through. Pure: text in,
 * one edit (by offsets) out, computed from the text as it is now.
 *
 * A dropped item ("Won't do" in its status, words struck through) is neither done nor open:
 * marking it done writes "Done" over its status or lifts the strike and ticks it; marking it not
 * done reopens it ("Open" over its status, the strike lifted). An item dropped by its own words
 * ("Cancelled: …", "… (won't do)") is left for its writer to edit, with a message that says so.
 */
import type { Root, Table, TableRow } from 'mdast';
import type { TextEdit } from '../base/findings';
import { parseMarkdown } from '../parse/parse';
import { rowCells } from '../model/table-cells';
import { blockOnLine } from '../parse/blocks';
import { tablesIn } from './table-format';
import { LineIndex } from '../base/text';
import { dropMark, statusDrops } from '../model/action-items/dropped';

export type ToggleResult = { edit: TextEdit | null } | { error: string };

const TASK = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[)([ xX])\]/;
const BULLET = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?!\[[ xX]\])/;
const STATUS_HEADER = /^(?:status|state|done|complete|completed|resolved|progress)\??$/i;
const DONE_WORDS = /^(?:done|closed|complete|completed|resolved|fixed|finished|shipped|yes|y|true|✅|✔️?|☑️?|\[x\])$/i;
const INLINE_STATUS =
  /\b(status|state)(\s*:\s*|\s*=\s*)(\*\*|__)?(done|closed|complete|completed|resolved|fixed|finished|open|todo|to do|in progress|pending|wip|not started|blocked|won['’]?t (?:do|fix)|wontfix|cancell?ed|dropped|obsolete|not planned)(?![\p{L}\p{N}'’])/iu;

/** Words struck through at the start of an item's words: `~~Rotate the keys~~`. */
const STRIKE = /^~~(?!~)([^~\n]{1,2000}?)~~/;

/** The strike that opens `words` when it holds at least half their letters (as the reader's `struckThrough`), or null. */
function struckWords(words: string): RegExpExecArray | null {
  const strike = STRIKE.exec(words);
  if (!strike) return null;
  const letters = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '').length;
  return letters(strike[1]) * 2 >= letters(words) ? strike : null;
}

/** The answer for an item whose own words drop it ("Cancelled: …", "… (won't do)"): no edit would change that. */
function droppedInWords(words: string): ToggleResult | null {
  const mark = dropMark(words);
  return mark ? { error: `This item says it was dropped ("${mark.value}") in its own words. Edit them to reopen it, or to record that it was done.` } : null;
}

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

/**
 * The parsed table row that starts on `line`, with its table, or null. Header rows are not items.
 * Only the top-level block that holds the line is searched: the overdue rule asks this for every
 * late item on every check, so a walk of the whole tree per item made typing slow.
 */
function rowOn(root: Root, line: number): { table: Table; row: TableRow } | null {
  // Positions count lines from 1.
  const block = blockOnLine(root, line + 1);
  if (!block) return null;
  for (const table of tablesIn(block)) {
    const first = table.position?.start.line;
    const last = table.position?.end.line;
    if (first === undefined || last === undefined || line + 1 < first || line + 1 > last) continue;
    for (const row of table.children.slice(1)) if (row.position?.start.line === line + 1) return { table, row };
    return null;
  }
  return null;
}

function tableEdit(text: string, lines: LineIndex, line: number, done: boolean, root: Root): ToggleResult | null {
  const found = rowOn(root, line);
  if (!found) return null;
  const { table, row } = found;
  // The cells every reader sees: the parser's (a pipe inside a code span separates cells too).
  const headerCells = rowCells(text, table.children[0]).map((c) => text.slice(c.start, c.end).replace(/[*_`]/g, '').trim());
  const column = headerCells.findIndex((h) => STATUS_HEADER.test(h));
  if (column === -1) return { error: 'This table has no Status column to record that the item is done. Add one, or use a task list.' };
  const cells = rowCells(text, row);
  if (cells.length > headerCells.length) {
    return {
      error:
        'This row has more cells than the table has columns, so its cells are not where they look: a | inside code still separates cells in a Markdown table. Write it as \\|, then mark the item again.',
    };
  }
  if (column >= cells.length) return { error: 'This row has no cell in the Status column.' };
  const cell = cells[column];
  const value = text.slice(cell.start, cell.end);
  const isDone = DONE_WORDS.test(value.replace(/[*_~]/g, ''));
  // "Won't do" is not done, yet not open either: either state is written over it.
  if (isDone === done && !statusDrops(value.replace(/[*_~]/g, '').trim())) return { edit: null };
  const word = statusWord(value.replace(/^[*_~]+|[*_~]+$/g, ''), done);
  if (cell.start === cell.end) {
    // An empty cell: keep the column's padding, put the word after one space.
    const lineEnd = lines.lineEnd(line);
    const at = text[cell.start] === ' ' ? cell.start + 1 : cell.start;
    const pad = text[at] === ' ' || text[at] === '|' || at >= lineEnd ? '' : ' ';
    return { edit: { start: at, end: at, newText: `${word}${pad}` } };
  }
  return { edit: { start: cell.start, end: cell.end, newText: word } };
}

/**
 * Computes the edit that marks the item on `line` (zero-based) done or not done, from the
 * current text. Returns `{ edit: null }` when the item already has that state, and an error
 * that says why when the item's shape gives nothing to change. `lines` is the text's line index
 * and `root` its syntax tree, when the caller has them already (a table row needs the tree).
 */
export function toggleDone(text: string, line: number, done: boolean, lines: LineIndex = new LineIndex(text), root?: Root): ToggleResult {
  if (line < 0 || line >= lines.lineCount) return { error: 'The item is no longer in the document.' };
  const lineText = lines.lineText(line);
  const base = lines.lineStart(line);

  const task = TASK.exec(lineText);
  if (task) {
    const isDone = task[2] !== ' ';
    const at = base + task[1].length;
    // "- [x] ~~Rotate the keys~~": struck through, the task was dropped; lift the strike and set the box.
    const after = /^\][ \t]+/.exec(lineText.slice(task[1].length + 1));
    const struck = after ? struckWords(lineText.slice(task[1].length + 1 + after[0].length)) : null;
    if (after && struck)
      return { edit: { start: at, end: at + 1 + after[0].length + struck[0].length, newText: `${done ? 'x' : ' '}${after[0]}${struck[1]}` } };
    const said = droppedInWords(lineText.slice(task[0].length));
    if (said) return said;
    if (isDone === done) return { edit: null };
    return { edit: { start: at, end: at + 1, newText: done ? 'x' : ' ' } };
  }

  const table = lineText.includes('|') ? tableEdit(text, lines, line, done, root ?? parseMarkdown(text)) : null;
  if (table) return table;

  const status = INLINE_STATUS.exec(lineText);
  if (status) {
    const value = status[4];
    const isDone = DONE_WORDS.test(value);
    if (isDone === done && !statusDrops(value)) return { edit: null };
    const at = base + status.index + status[1].length + status[2].length + (status[3]?.length ?? 0);
    return { edit: { start: at, end: at + value.length, newText: styled(value, done ? 'Done' : 'Open') } };
  }

  const bullet = BULLET.exec(lineText);
  if (bullet) {
    const rest = lineText.slice(bullet[1].length);
    const strike = struckWords(rest);
    if (strike) {
      // Striking through is how the item says it was dropped: lift the strike, keep the words, and
      // tick it when it was done after all.
      const at = base + bullet[1].length;
      return { edit: { start: at, end: at + strike[0].length, newText: `${done ? '[x] ' : ''}${strike[1]}` } };
    }
    const said = droppedInWords(rest);
    if (said) return said;
    if (!done) return { edit: null };
    const at = base + bullet[1].length;
    return { edit: { start: at, end: at, newText: '[x] ' } };
  }
  return { error: 'This item has no checkbox or status to change.' };
}
