/**
 * Table cells as the parser reads them. In a GFM table every pipe that is not escaped with a
 * backslash separates cells, even inside a code span (`` `a|b` `` is two cells; `` `a\|b` ``
 * is one). The model, Mark Done, the table formatter and the timeline commands all take their
 * cells from here, so an edit lands in the cell the model reads.
 */
import type { TableRow } from 'mdast';

/** A cell's content: offsets into the document, without the pipes and the spaces around it. */
export interface CellSpan {
  start: number;
  end: number;
}

const isBlank = (code: number) => code === 32 || code === 9;

/**
 * The cells of a parsed table row, from the parser's positions. The parser's cell starts at
 * its opening pipe (when there is one) and ends after the spaces before the next pipe, the
 * last one after the closing pipe; this returns what lies between the pipes, trimmed of spaces
 * and tabs.
 */
export function rowCells(text: string, row: TableRow): CellSpan[] {
  const cells: CellSpan[] = [];
  row.children.forEach((cell, i) => {
    let start = cell.position?.start.offset;
    let end = cell.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (text.charCodeAt(start) === 124 /* | */) start++;
    const inside = start;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (i === row.children.length - 1 && end > start && text.charCodeAt(end - 1) === 124 && !escaped(text, end - 1)) end--;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    // An empty cell sits just after its opening pipe.
    cells.push(start === end ? { start: inside, end: inside } : { start, end });
  });
  return cells;
}

/** True when the character at `at` follows an odd run of backslashes. */
function escaped(text: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === 92) n++;
  return n % 2 === 1;
}

/**
 * Offsets of the pipes that separate cells in one row of text, the way GFM splits a row: every
 * pipe not escaped with a backslash. For rows that have no node, such as the delimiter row, or
 * a row being written; it agrees with `rowCells` on parsed rows (a property test holds it so).
 */
export function cellPipes(row: string): number[] {
  const pipes: number[] = [];
  for (let i = 0; i < row.length; i++) {
    const c = row.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 124 /* | */) pipes.push(i);
  }
  return pipes;
}
