/**
 * One notion of a table cell: the parser's. For a row whose code span holds a pipe, the model,
 * Mark Done and the table formatter must agree on where the cells are.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Table } from 'mdast';
import { toggleDone } from '../../server/src/analysis/authoring/toggle-done';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { cellPipes, rowCells } from '../../server/src/analysis/model/table-cells';
import { formatTablesInRange, tablesIn } from '../../server/src/analysis/authoring/table-format';
import { applyEdits } from '../support/engine-properties';

const doc = (rows: string[]) =>
  ['# Post-Mortem: Queue backlog', '', '## Action Items', '', '| Action | Owner | Status |', '| --- | --- | --- |', ...rows, ''].join('\n');
const ROW = '| Add `a|b` alert | Ana | Open |';
const ESCAPED = '| Add `a\\|b` alert | Ana | Open |';

const itemsOf = (text: string) =>
  analyzeDocument(text, 'postmortems/q.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, owner: i.owner, done: i.done }));
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

/** Each row's cell texts, as the parser reads them. */
function parsedCells(text: string): string[][] {
  const table = tablesIn(parseMarkdown(text))[0];
  return table.children.map((row) => rowCells(text, row).map((c) => text.slice(c.start, c.end)));
}

describe('table cells: the model, Mark Done and the formatter agree', () => {
  it('reads a pipe inside a code span as a cell separator, as GFM does', () => {
    const text = doc([ROW]);
    assert.deepEqual(parsedCells(text)[1], ['Add `a', 'b` alert', 'Ana', 'Open']);
    assert.deepEqual(itemsOf(text), [{ text: 'Add `a', owner: 'b` alert', done: false }]);
  });

  it('Mark Done never writes a cell the model does not read as the status', () => {
    const text = doc([ROW]);
    const result = toggleDone(text, lineOf(text, 'Add `a'), true);
    if ('error' in result) {
      assert.match(result.error, /more cells than the table has columns/);
      assert.match(result.error, /\\\|/, 'the message says how to write the pipe');
    } else {
      assert.ok(result.edit, 'the item is open, so marking it done changes something');
      const after = applyEdits(text, [result.edit]);
      assert.equal(itemsOf(after)[0]?.done, true, `the model reads the item as done after ${JSON.stringify(after)}`);
    }
  });

  it('Mark Done writes the status cell of a row whose pipe is escaped, and the model reads it done', () => {
    const text = doc([ESCAPED]);
    assert.deepEqual(
      itemsOf(text).map((i) => [i.owner, i.done]),
      [['Ana', false]],
    );
    const result = toggleDone(text, lineOf(text, 'Add `a'), true);
    assert.ok(!('error' in result) && result.edit);
    const after = applyEdits(text, [result.edit]);
    assert.ok(after.includes('| Ana | Done |'), after);
    assert.equal(itemsOf(after)[0].done, true);
  });

  it('the formatter aligns the cells the parser reads, and keeps every one', () => {
    const text = doc([ROW, '| Rotate keys | Omar | Done |']);
    const root = parseMarkdown(text);
    const after = applyEdits(text, formatTablesInRange(text, root, 0, text.length));
    assert.deepEqual(parsedCells(after), parsedCells(text), 'same cells, same rows');
    assert.deepEqual(itemsOf(after), itemsOf(text), 'the model reads the same items');
    // The separators the parser sees line up in every row, column by column.
    const table: Table = tablesIn(parseMarkdown(after))[0];
    const columns = table.children.map((row) => rowCells(after, row).map((c) => c.start - (row.position!.start.offset ?? 0)));
    for (const row of columns.slice(1)) for (let c = 0; c < 3; c++) assert.equal(row[c], columns[0][c], `column ${c} starts at the same place in ${after}`);
  });

  it('splits a row of text at the same pipes as the parser', () => {
    const cell = fc.array(fc.constantFrom('a', ' ', '`', '|', '\\', '\\|', '``', 'x y', '*'), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (cells) => {
        const header = `| ${cells.map((_, i) => `h${i}`).join(' | ')} |`;
        const delimiter = `| ${cells.map(() => '---').join(' | ')} |`;
        const row = `| ${cells.join(' | ')} |`;
        const text = `${header}\n${delimiter}\n${row}\n`;
        const table = tablesIn(parseMarkdown(text))[0];
        const node = table?.children[1];
        if (!node) return;
        const start = text.indexOf(row);
        const pipes = cellPipes(row);
        const fromText = pipes.slice(0, -1).map((p, i) => text.slice(start + p + 1, start + pipes[i + 1]).replace(/^[ \t]+|[ \t]+$/g, ''));
        const fromParser = rowCells(text, node).map((c) => text.slice(c.start, c.end));
        assert.deepEqual(fromText, fromParser, JSON.stringify(row));
      }),
      { seed: 15, numRuns: 500 },
    );
  });
});
