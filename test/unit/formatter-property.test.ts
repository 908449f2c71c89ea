/**
 * The formatter property: it passes a formatter that keeps cells, fails ones that lose a cell,
 * move one, touch text outside tables or are not idempotent, and holds for the table formatter
 * that ships (`FORMATTERS`), over the examples and generated Markdown.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { assertFormatterKeepsCells, FORMATTERS, TABLE_FORMATTER, tablesOf, type FormatterUnderTest } from '../support/formatter-properties';
import { markdownArb } from '../support/markdown-arbitraries';

const DOC = '# Post-Mortem\n\n| Time | Event |\n|---|---|\n| 10:02 | `a | b` starts |\n| 10:05 | a \\| b |\n| 10:09 |\n\nAfter the table.\n';

/** Pads every cell of every pipe row to the widest cell of its column: a small correct formatter. */
const padding: FormatterUnderTest = {
  name: 'reference padding formatter',
  format(text) {
    return text.replace(/(?:^\|.*\|$\n?)+/gm, (block) => {
      const rows = block
        .trimEnd()
        .split('\n')
        .map((row) =>
          row
            .slice(1, -1)
            .split(/(?<!\\)\|/)
            .map((c) => c.trim()),
        );
      // Each row keeps its own cells: a ragged row is padded, never cut to the header's width.
      const columns = Math.max(...rows.map((r) => r.length));
      const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length), 3));
      return `${rows.map((r) => `| ${r.map((cell, c) => (/^-+$/.test(cell) ? '-'.repeat(widths[c]) : cell.padEnd(widths[c]))).join(' | ')} |`).join('\n')}\n`;
    });
  },
};

describe('formatter property', () => {
  it('reads the cells of a table as the parser sees them (in GFM a pipe splits cells even in a code span)', () => {
    assert.deepEqual(tablesOf(DOC)[0].rows, [['Time', 'Event'], ['10:02', '`a', 'b` starts'], ['10:05', 'a \\| b'], ['10:09']]);
  });

  it('passes a formatter that keeps every cell', () => {
    assertFormatterKeepsCells(padding, DOC);
  });

  it('fails a formatter that drops the extra cells of a ragged row', () => {
    const header: FormatterUnderTest = { name: 'header-width', format: (t) => t.replace('| 10:02 | `a | b` starts |', '| 10:02 | `a |') };
    assert.throws(() => assertFormatterKeepsCells(header, DOC), /row 2, column 3 was "b` starts" and is now undefined/);
  });

  it('fails a formatter that drops a cell', () => {
    const dropping: FormatterUnderTest = { name: 'dropping', format: (t) => t.replace('| 10:05 | a \\| b |', '| 10:05 | |') };
    assert.throws(() => assertFormatterKeepsCells(dropping, DOC), /row 3, column 2 was "a \\\\\| b" and is now ""/);
  });

  it('fails a formatter that is not idempotent', () => {
    const growing: FormatterUnderTest = { name: 'growing', format: (t) => t.replace(/\| Time/, '| Time ') };
    assert.throws(() => assertFormatterKeepsCells(growing, DOC), /not idempotent/);
  });

  it('fails a formatter that changes text outside tables', () => {
    const meddling: FormatterUnderTest = { name: 'meddling', format: (t) => t.replace('After the table.', 'After the table!') };
    assert.throws(() => assertFormatterKeepsCells(meddling, DOC), /changed text outside tables/);
  });

  it('accepts edits as well as text, and checks they are well formed', () => {
    const overlapping: FormatterUnderTest = {
      name: 'overlapping',
      format: () => [
        { start: 5, end: 9, newText: '' },
        { start: 7, end: 8, newText: '' },
      ],
    };
    assert.throws(() => assertFormatterKeepsCells(overlapping, DOC), /must not overlap/);
  });

  it('checks the table formatter that ships', function () {
    // 200 generated documents per formatter: a stall detector, not a timing.
    this.timeout(120000);
    assert.ok(FORMATTERS.includes(TABLE_FORMATTER));
    // The formatter does change this document, so the property below looks at real edits.
    assert.notEqual(TABLE_FORMATTER.format(DOC), DOC);
    assert.ok((TABLE_FORMATTER.format(DOC) as unknown[]).length > 0);
    for (const formatter of FORMATTERS) {
      assertFormatterKeepsCells(formatter, DOC);
      fc.assert(
        fc.property(markdownArb, (text) => assertFormatterKeepsCells(formatter, text)),
        { seed: 15, numRuns: 200 },
      );
    }
  });
});
