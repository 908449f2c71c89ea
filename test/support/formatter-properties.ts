/**
 * A reusable property for formatters that rewrite Markdown tables (the timeline table
 * formatter, any later one): formatting twice changes nothing more, and every table keeps
 * every cell's content, in the same row and column. Text outside tables stays as it was.
 *
 * To put a formatter under the fuzzer, add one line to `FORMATTERS` below.
 */
import type { Table } from 'mdast';
import type { TextEdit } from '../../server/src/analysis/base/findings';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { formatTablesInRange } from '../../server/src/analysis/authoring/table-format';
import { applyEdits, assertEditsWellFormed } from './engine-properties';

/** A pure formatter over text: it returns the new text, or the edits that make it. */
export interface FormatterUnderTest {
  name: string;
  format(text: string): string | TextEdit[];
}

/** The table formatter that ships: Format Table, Format Document and Format Selection all use it. */
export const TABLE_FORMATTER: FormatterUnderTest = {
  name: 'table formatter',
  format: (text) => formatTablesInRange(text, parseMarkdown(text), 0, text.length),
};

/** Every formatter the fuzzer and the unit tests check. */
export const FORMATTERS: FormatterUnderTest[] = [TABLE_FORMATTER];

function run(formatter: FormatterUnderTest, text: string): string {
  const out = formatter.format(text);
  if (typeof out === 'string') return out;
  assertEditsWellFormed(text, out, formatter.name);
  return applyEdits(text, out);
}

interface TableShape {
  /** Cell source text, trimmed, per row. */
  rows: string[][];
  start: number;
  end: number;
}

/** The tables of a document with each cell's source text, as the parser sees them. */
export function tablesOf(text: string): TableShape[] {
  const tables: TableShape[] = [];
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    if (node.type === 'table') {
      const table = node as unknown as Table;
      tables.push({
        rows: table.children.map((row) =>
          row.children.map((cell) =>
            text
              .slice(cell.position!.start.offset, cell.position!.end.offset)
              .trim()
              .replace(/^\|/, '')
              .replace(/(?<!\\)\|$/, '')
              .trim(),
          ),
        ),
        start: table.position!.start.offset!,
        end: table.position!.end.offset!,
      });
      return;
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(parseMarkdown(text));
  return tables;
}

function outsideTables(text: string): string {
  let out = '';
  let at = 0;
  for (const table of tablesOf(text)) {
    out += `${text.slice(at, table.start)}<table>`;
    at = table.end;
  }
  return out + text.slice(at);
}

/** Throws when the formatter is not idempotent, loses or moves a cell, or touches text outside tables. */
export function assertFormatterKeepsCells(formatter: FormatterUnderTest, text: string): void {
  const once = run(formatter, text);
  const twice = run(formatter, once);
  if (twice !== once) throw new Error(`${formatter.name} is not idempotent:\nonce:  ${JSON.stringify(once)}\ntwice: ${JSON.stringify(twice)}`);
  const before = tablesOf(text);
  const after = tablesOf(once);
  if (before.length !== after.length) throw new Error(`${formatter.name} turned ${before.length} tables into ${after.length}:\n${JSON.stringify(once)}`);
  before.forEach((table, t) => {
    if (table.rows.length !== after[t].rows.length)
      throw new Error(`${formatter.name}: table ${t + 1} had ${table.rows.length} rows and now has ${after[t].rows.length}`);
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const now = after[t].rows[r][c];
        if (cell && now !== cell)
          throw new Error(`${formatter.name}: table ${t + 1}, row ${r + 1}, column ${c + 1} was ${JSON.stringify(cell)} and is now ${JSON.stringify(now)}`);
      }),
    );
  });
  if (outsideTables(once) !== outsideTables(text)) throw new Error(`${formatter.name} changed text outside tables:\n${JSON.stringify(once)}`);
}
