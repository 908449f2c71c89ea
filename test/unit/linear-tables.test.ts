/**
 * GFM tables in linear time (`server/src/analysis/parse/linear-tables.ts`): the copy of the table
 * package's resolver builds the same tree as the package, and its work grows with the cells, not
 * with their square (the package's edit map scanned every change it held on each addition).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { EditMap } from '../../server/src/analysis/parse/linear-tables';
import { markdownProcessor } from '../../server/src/analysis/parse/parse';
import { generatePostmortem } from '../bench/generate';

/** remark-gfm as published: the package's own table resolver. */
const published = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const ours = markdownProcessor(true);

function assertSameTree(text: string): void {
  assert.deepEqual(ours.parse(text), published.parse(text), `the trees differ for:\n${text}`);
}

/** A timeline table of `rows` rows, in a post-mortem. */
function timelineTable(rows: number): string {
  const lines = ['# Post-Mortem: Queue backlog', '', '## Timeline', '', '| Time (UTC) | Event |', '| --- | --- |'];
  for (let i = 0; i < rows; i++)
    lines.push(`| 2026-03-04 ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | Step ${i} of the rollback |`);
  return `${lines.join('\n')}\n`;
}

/** The changes the table resolver looked at while parsing `text` with the product's parser. */
function lookups(text: string): { lookups: number; resolves: number } {
  let total = 0;
  let resolves = 0;
  markdownProcessor(true, {
    onResolve: (map) => {
      total += map.lookups;
      resolves += 1;
    },
  }).parse(text);
  return { lookups: total, resolves };
}

describe('GFM tables in linear time', function () {
  this.timeout(60000);

  it('builds the same tree as remark-gfm on tables of every shape we write', () => {
    const shapes = [
      '| a | b |\n| --- | --- |\n| 1 | 2 |\n',
      'a | b\n- | -\nc | d\n',
      '| left | centre | right | none |\n|:---|:---:|---:|---|\n| 1 | 2 | 3 | 4 |\n',
      '| a | b |\n| - | - |\n| only one |\n| one | two | three |\n',
      '| a |\n| - |\n',
      '| code | escaped |\n| --- | --- |\n| `x|y` | a \\| b |\n| **bold** | [link](https://example.com) |\n',
      '| a | b |\n| - | - |\n| | |\n|  x  |   |\n',
      '| a | b |\n| - | - |\n| 1 | 2 |\nlazy line after the table\n\nA paragraph.\n',
      '| a | b |\n| - | - |\n| 1 | 2 |\n## A heading ends it\n| c | d |\n| - | - |\n| 3 | 4 |\n',
      '> | a | b |\n> | - | - |\n> | 1 | 2 |\n\n- | a | b |\n  | - | - |\n  | 1 | 2 |\n',
      '| a | b |\r\n| --- | --- |\r\n| 1 | 2 |\r\n',
      '|\ta\t|\tb\t|\n|\t-\t|\t-\t|\n|\t1\t|\t2\t|',
      '| a | b |\n| - | - | - |\n| not a table |\n',
      'Text above\n| a | b |\n| - | - |\n| 1 | 2 |\n',
      '---\ntitle: x\n---\n| a | b |\n| - | - |\n| 1 | 2 |\n',
      '| a | b |\n| - | - |\n\n| c | d |\n| - | - |\n| 3 | 4 |\n\n| e |\n| - |\n| 5 |\n',
      '| 2026-03-04 10:00 | Alert fired |\n| --- | --- |\n| 10:05 | Paged the on-call |\n| 10:40 | Rolled back |\n',
    ];
    for (const shape of shapes) assertSameTree(shape);
    for (let seed = 1; seed <= 5; seed++) assertSameTree(generatePostmortem({ lines: 300, seed }));
    assertSameTree(timelineTable(500));
  });

  it('builds the same tree as remark-gfm on the Markdown of our fixtures and examples', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.md')) files.push(path);
      }
    };
    walk(join(__dirname, '..', 'fixtures'));
    walk(join(__dirname, '..', '..', 'examples'));
    assert.ok(files.length >= 20, `only ${files.length} Markdown files found`);
    for (const file of files) assertSameTree(readFileSync(file, 'utf8'));
  });

  it('reads the rest of GFM and both kinds of front matter as remark-gfm and remark-frontmatter do', () => {
    // The product registers the packages' syntax and tree extensions itself, without their serialisers.
    const texts = [
      'Fixed in ~~v1~~ v2, see https://status.example.com and www.example.com/incidents or ops@example.com.\n',
      '- [x] Roll back the deploy\n- [ ] Add an alert ~owner~\n  - [ ] nested task\n',
      'The queue grew[^1] until the limit[^note].\n\n[^1]: Measured at the broker.\n[^note]: Raised since.\n    Indented continuation.\n',
      '+++\ntitle = "Queue backlog"\ndate = 2026-03-04\n+++\n# Post-mortem\n',
      '---\ntitle: Queue backlog\ntags: [db]\n---\n# Post-mortem\n\n---\n\nAfter a rule.\n',
      '---\n# Incident report\n\nDate: 2026-03-04\n---\n',
      'Literal <https://a.example> and autolink http://b.example/path?q=1. Trailing www.c.example.\n',
    ];
    for (const text of texts) assertSameTree(text);
  });

  it('builds the same tree as remark-gfm on text made of table pieces', () => {
    const piece = fc.constantFrom('|', '| ', ' |', '-', ':', '---', ':-:', 'a', 'b c', '`', '\\|', '\\', '*', '\n', '\r\n', '\n\n', '> ', '- ', '\t', '    ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        assertSameTree(text);
        assertSameTree(`| h | i |\n| - | - |\n${text}`);
      }),
      { numRuns: 400, seed: 19 },
    );
  });

  it('looks at one change per addition, so the work grows with the rows (was their square)', () => {
    // The package's map scanned every change it held on each addition: 4× the rows looked at
    // 16× the changes. Counted, not timed.
    const small = lookups(timelineTable(1000));
    const large = lookups(timelineTable(4000));
    assert.equal(small.resolves, 1, 'the product parser resolves tables with the linear resolver');
    assert.ok(small.lookups >= 1000, `${small.lookups} lookups for 1,000 rows: the resolver did not see the table`);
    const ratio = large.lookups / small.lookups;
    assert.ok(ratio < 4.5, `4× the rows made ${ratio.toFixed(1)}× the lookups (${small.lookups} → ${large.lookups})`);
  });

  it('merges changes at one index and applies them in order, as the package does', () => {
    type Events = Parameters<EditMap['add']>[2];
    const context = { events: [] as Events };
    const event = (type: string): Events[number] => [
      'enter',
      { type, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      context,
    ];
    const events = ['a', 'b', 'c', 'd', 'e'].map(event);
    const map = new EditMap();
    // Two changes at 3 merge: one event removed there, and both insertions, in the order added.
    map.add(3, 1, [event('x')]);
    map.add(1, 0, [event('y')]);
    map.add(3, 0, [event('z')]);
    map.add(2, 0, []);
    map.consume(events);
    assert.deepEqual(
      events.map((e) => e[1].type),
      ['a', 'y', 'b', 'c', 'x', 'z', 'e'],
    );
    assert.equal(map.lookups, 3);
  });
});
