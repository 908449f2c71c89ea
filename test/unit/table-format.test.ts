import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Table, TableCell } from 'mdast';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { applyEdits } from '../../server/src/analysis/base/findings';
import { displayWidth, formatTablesInRange, splitRow, tableAt, tablesIn } from '../../server/src/analysis/authoring/table-format';

/** Formats every table of a document. */
function formatAll(text: string, root = parseMarkdown(text)): string {
  return applyEdits(text, formatTablesInRange(text, root, 0, text.length));
}

/** A cell's text as the Markdown parser sees it: from its first to its last inline child. */
function cellSource(text: string, cell: TableCell): string {
  if (!cell.children.length) return '';
  const start = cell.children[0].position!.start.offset!;
  const end = cell.children[cell.children.length - 1].position!.end.offset!;
  return text.slice(start, end);
}

/** Every table's rows, each a list of cell texts, as the parser reads them. */
function parsedCells(text: string, root = parseMarkdown(text)): string[][][] {
  return tablesIn(root).map((t: Table) => t.children.map((row) => row.children.map((c) => cellSource(text, c))));
}

function widthsOfPipes(line: string): number[] {
  const out: number[] = [];
  let col = 0;
  // Column positions of the separating pipes, measured in display width.
  const pipes = new Set<number>();
  let previous = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(line)) {
    if (segment === '|' && previous !== '\\') pipes.add(col);
    col += displayWidth(segment);
    previous = segment;
  }
  out.push(...pipes);
  return out;
}

describe('table formatter', () => {
  it('aligns an ugly table and keeps alignment colons', () => {
    const text = [
      '# Timeline',
      '',
      '|Time|Event|Who|',
      '|:-|:-:|-:|',
      '|14:05|Alert fired|pager|',
      '| 14:07 |   Rolled back the deploy   | Ana |',
      '',
      'After the table.',
      '',
    ].join('\n');
    const out = formatAll(text);
    assert.equal(
      out,
      [
        '# Timeline',
        '',
        '| Time  |         Event          |   Who |',
        '| :---- | :--------------------: | ----: |',
        '| 14:05 |      Alert fired       | pager |',
        '| 14:07 | Rolled back the deploy |   Ana |',
        '',
        'After the table.',
        '',
      ].join('\n'),
    );
    assert.equal(formatAll(out), out, 'formatting twice changes nothing');
  });

  it('pads ragged rows with empty cells and never drops extra cells', () => {
    const text = '| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n';
    const out = formatAll(text);
    assert.equal(out, '| a   | b   | c   |\n| --- | --- | --- |\n| 1   |     |     |\n| 1   | 2   | 3   | 4 |\n');
  });

  it('measures CJK, emoji and combining marks by display width', () => {
    const text = '| 名前 | x |\n|---|---|\n| 👍🏽 | e\u0301 |\n| abcdef | y |\n';
    const out = formatAll(text);
    const lines = out.trimEnd().split('\n');
    const columns = lines.map(widthsOfPipes);
    for (const c of columns) assert.deepEqual(c, columns[0], `pipes line up in ${JSON.stringify(lines)}`);
    assert.ok(out.includes('e\u0301'), 'the combining mark stays with its letter');
  });

  it('keeps escaped pipes in their cell, and reads a pipe inside a code span as GFM does: as a separator', () => {
    const text = '| cmd | note |\n|---|---|\n| `a | b` | x \\| y |\n';
    const out = formatAll(text);
    assert.ok(out.includes('| `a  | b`   | x \\| y |'), out);
    assert.ok(out.includes('x \\| y'), out);
    // As GFM reads it: the pipe in the code span separates cells, the escaped one does not.
    assert.deepEqual(splitRow('| `a | b` | x \\| y |'), ['`a', 'b`', 'x \\| y']);
  });

  it('keeps CRLF line breaks and the text around the table', () => {
    const text = 'Intro\r\n\r\n|a|b|\r\n|-|-|\r\n|1|2|\r\n\r\nOutro\r\n';
    const out = formatAll(text);
    assert.equal(out, 'Intro\r\n\r\n| a   | b   |\r\n| --- | --- |\r\n| 1   | 2   |\r\n\r\nOutro\r\n');
  });

  it('formats tables inside block quotes and lists, keeping the prefixes', () => {
    const quoted = '> |a|b|\n> |-|-|\n> |1|2|\n';
    assert.equal(formatAll(quoted), '> | a   | b   |\n> | --- | --- |\n> | 1   | 2   |\n');
    const listed = '- item\n\n  |a|b|\n  |-|-|\n  |1|2|\n';
    assert.equal(formatAll(listed), '- item\n\n  | a   | b   |\n  | --- | --- |\n  | 1   | 2   |\n');
  });

  it('adds the missing outer pipes of a table written without them', () => {
    assert.equal(formatAll('a | b\n--|--\n1 | 2\n'), '| a   | b   |\n| --- | --- |\n| 1   | 2   |\n');
  });

  it('edits only the table lines the range touches, and only the lines that change', () => {
    const text = '|a|b|\n|-|-|\n\ntext\n\n|c|d|\n|-|-|\n';
    const root = parseMarkdown(text);
    const second = text.indexOf('|c|');
    const edits = formatTablesInRange(text, root, second, second);
    assert.equal(edits.length, 2);
    assert.ok(edits.every((e) => e.start >= second));
    const formatted = formatAll(text);
    assert.deepEqual(formatTablesInRange(formatted, parseMarkdown(formatted), 0, formatted.length), []);
  });

  it('finds the table under the cursor', () => {
    const text = 'x\n\n|a|b|\n|-|-|\n|1|2|\n\ny\n';
    const root = parseMarkdown(text);
    assert.ok(tableAt(root, text.indexOf('|1|')));
    assert.equal(tableAt(root, text.indexOf('y')), null);
  });

  it('does not touch broken tables that are not tables (no delimiter row) or an unclosed fence', () => {
    const text = '|a|b|\n|1|2|\n\n```\n|x|y|\n|-|-|\n';
    assert.equal(formatAll(text), text);
  });
});

/** Cell text drawn from the troublesome parts of Unicode and Markdown. */
const cellPiece = fc.oneof(
  fc.constantFrom(
    'a',
    'Z',
    '1',
    ' ',
    '  ',
    '\t',
    '-',
    ':',
    '*',
    '_',
    '.',
    'é',
    'e\u0301',
    'a\u0308\u0323',
    '名',
    '日本語',
    '한',
    '👍',
    '👍🏽',
    '👩‍👩‍👧',
    '🇫🇷',
    '\u00a0',
    '\\|',
    '\\\\',
    '\\',
    '`',
    '``',
    '<b>',
    '&amp;',
  ),
  fc.constantFrom('`a|b`', '`x | y`', '``a`|`b``', '**bold**', '[l](u)'),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[\r\n|`\\]/g, '')),
);
const cellText = fc.array(cellPiece, { maxLength: 5 }).map((parts) => parts.join(''));

const tableDoc = fc
  .record({
    columns: fc.integer({ min: 1, max: 5 }),
    aligns: fc.array(fc.constantFrom('---', ':--', '--:', ':-:', '-', ':-', '-:', '---------'), { minLength: 5, maxLength: 5 }),
    header: fc.array(cellText, { minLength: 5, maxLength: 5 }),
    rows: fc.array(fc.array(cellText, { minLength: 0, maxLength: 7 }), { maxLength: 8 }),
    outerPipes: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    crlf: fc.boolean(),
    before: fc.constantFrom('', '# Timeline\n\n', 'Text before.\n\n'),
    after: fc.constantFrom('', '\nText after.\n', '\n| not | a table |\n'),
  })
  .map(({ columns, aligns, header, rows, outerPipes, crlf, before, after }) => {
    const row = (cells: string[], i: number) => {
      const inner = cells.join('|');
      return outerPipes[i % outerPipes.length] || cells.length === 0 ? `|${inner}|` : inner;
    };
    // The header must not hold code spans with pipes: GFM would count more header cells than delimiter cells.
    const head = header.slice(0, columns).map((h) => h.replace(/`/g, ''));
    const lines = [`|${head.join('|')}|`, `|${aligns.slice(0, columns).join('|')}|`, ...rows.map((r, i) => row(r, i + 2))];
    const eol = crlf ? '\r\n' : '\n';
    return (before + lines.join('\n') + '\n' + after).replace(/\n/g, eol);
  });

describe('table formatter properties', () => {
  it('is idempotent and keeps every cell (trimmed) over thousands of generated tables', function () {
    this.timeout(180_000);
    const runs = Number(process.env.TABLE_RUNS ?? 2000);
    let tables = 0;
    fc.assert(
      fc.property(tableDoc, (text) => {
        const root = parseMarkdown(text);
        const before = parsedCells(text, root);
        fc.pre(before.length > 0);
        tables++;
        const once = formatAll(text, root);
        const onceRoot = parseMarkdown(once);
        const twice = formatAll(once, onceRoot);
        assert.equal(twice, once, 'formatting twice equals formatting once');
        const after = parsedCells(once, onceRoot);
        assert.equal(after.length, before.length, 'the same number of tables');
        for (let t = 0; t < before.length; t++) {
          assert.equal(after[t].length, before[t].length, 'the same number of rows');
          for (let r = 0; r < before[t].length; r++) {
            const was = before[t][r];
            const now = after[t][r];
            assert.deepEqual(now.slice(0, was.length), was, `row ${r} keeps its cells`);
            assert.ok(
              now.slice(was.length).every((c) => c === ''),
              'cells added to ragged rows are empty',
            );
          }
        }
        // Only table lines change: the lines outside every table are byte-identical.
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        assert.equal(once.split(eol).length, text.split(eol).length, 'no line added or removed');
        if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(once), 'CRLF is kept');
      }),
      { numRuns: runs, seed: 20261121 },
    );
    assert.ok(tables > runs * 0.9, `only ${tables} of ${runs} generated documents held a table`);
  });

  it('splits rows into the same cells before and after formatting', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), (cells) => {
        const row = `| ${cells.join(' | ')} |`;
        const split = splitRow(row);
        const rejoined = `| ${split.join(' | ')} |`;
        assert.deepEqual(splitRow(rejoined), split);
      }),
      { numRuns: 2000, seed: 20261121 },
    );
  });
});
