/**
 * Pathological Markdown (the CommonMark and cmark-gfm pathological suites, deep nesting, huge
 * tables; `test/support/pathological.ts`) at a fixed size: every pattern is checked or gets one
 * notice naming the construct and its line, within a bounded multiple of an ordinary parse,
 * never a crash; the command line does the same for a folder of them; the incremental parser
 * looks again only at what changed. The server over the protocol: `test/lsp/pathological.test.ts`.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../server/src/analysis/engine/engine';
import { estimateCost, findHazard, MAX_DEPTH, MAX_LABELS } from '../../server/src/analysis/parse/guard';
import { IncrementalParser } from '../../server/src/analysis/parse/incremental';
import { assertShallow, NestingError, parseMarkdown } from '../../server/src/analysis/parse/parse';
import { main } from '../../server/src/cli/main';
import { generatePostmortem } from '../bench/generate';
import { fastest, postmortemOptions } from '../support/engine-properties';
import { PATHOLOGICAL, pathologicalDocument } from '../support/pathological';

/** The size every pattern is generated at. */
const SIZE = 32 * 1024;
/** A check may take this many ordinary parses of the same length (the bench holds the tighter target). */
const BOUND = 20;

const BINARY = /does not look like text/;
const NOTICE = /^This file was not checked: its Markdown is too costly to parse \((.+) at line (\d+)\)\./;

function ordinary(chars: number): string {
  const lines = Math.max(20, Math.round(chars / 48));
  return generatePostmortem({ lines, seed: 11 });
}

describe('pathological Markdown', function () {
  this.timeout(180000);

  for (const pattern of PATHOLOGICAL) {
    it(`${pattern.name}: checked or noticed, in bounded time`, () => {
      const text = pathologicalDocument(pattern, SIZE);
      const options = postmortemOptions();
      const plain = ordinary(text.length);
      const parse = fastest(() => parseMarkdown(plain), 2);
      let result = check(text, options);
      // The first call warms this pattern's code paths up; the bound is on the fastest of two more.
      const took = fastest(() => (result = check(text, options)), 2);
      if (result.notice && BINARY.test(result.notice.message)) {
        // NULs make a file binary, which has its own notice.
        assert.ok(text.includes('\u0000'));
      } else if (result.notice) {
        const m = NOTICE.exec(result.notice.message);
        assert.ok(m, result.notice.message);
        const line = Number(m[2]) - 1;
        assert.ok(line >= 0 && line < text.split('\n').length, `line ${line + 1} is inside the document`);
        assert.equal(result.findings.length, 0);
      } else {
        assert.ok(result.doc?.model.isPostmortem, 'checked as a post-mortem');
        assert.ok(
          result.findings.some((f) => f.ruleId === 'required-sections'),
          'the rules ran',
        );
      }
      assert.ok(
        took <= BOUND * parse + 50,
        `checking took ${took.toFixed(0)} ms, more than ${BOUND} × the ${parse.toFixed(0)} ms parse of an ordinary post-mortem of the same length`,
      );
    });
  }

  it('names the construct and its line in the notice', () => {
    const text = `# Post-Mortem: Brackets\n\n## Summary\n\nFine text.\n\n${'a]'.repeat(20000)}\n`;
    const { notice } = check(text, postmortemOptions());
    assert.match(notice?.message ?? '', /20,000 unmatched or nested brackets at line 7\)/);
    const deep = `# Post-Mortem: Quotes\n\n${'> '.repeat(400)}a\n`;
    assert.match(check(deep, postmortemOptions()).notice?.message ?? '', /nested 400 levels deep at line 3\)/);
  });

  it('reads an HTML block as raw lines: many unclosed comments at the start of lines are checked, not noticed', () => {
    // One `<!--` at the start of a line opens an HTML block that runs to its `-->` (here, the end
    // of the file); micromark takes its lines in one pass, so the guard must not count them as
    // inline comments of a paragraph.
    const text = `# Post-Mortem: Notes\n\n${'<!-- postmortem-disable required-sections\n'.repeat(5000)}`;
    assert.equal(findHazard(text), null);
    const result = check(text, postmortemOptions());
    assert.equal(result.notice, null);
    assert.ok(result.doc?.model.isPostmortem);
    // The same comments inside a paragraph are inline HTML, each scanning ahead: still noticed.
    assert.match(findHazard(`# Post-Mortem: Notes\n\nText ${'<!-- a '.repeat(20000)}\n`)?.construct ?? '', /unclosed HTML tags or comments/);
    // A block that ends leaves what follows it to be estimated as usual.
    assert.match(findHazard(`# Post-Mortem: Notes\n\n<!-- a note\n-->\n\n${'a]'.repeat(20000)}\n`)?.construct ?? '', /20,000 unmatched or nested brackets/);
    // An HTML block inside a quote or list is not modelled: its lines are estimated as a paragraph's.
    assert.ok(findHazard(`# Post-Mortem: Notes\n\n> x ${'<!-- a '.repeat(20000)}\n`));
  });

  it('ends lines at a lone carriage return, as the parser does: a fence closed after one does not hide what follows', () => {
    // Before: lines were cut at \n only, so a fence whose closing line followed a lone \r stayed
    // open to the guard, and the costly paragraph after it was never estimated (and took the
    // parser far longer than its budget).
    const costly = 'a]'.repeat(20000);
    for (const eol of ['\r', '\r\n', '\n']) {
      const text = `# Post-Mortem: Logs${eol}${eol}~~~sh${eol}echo hi${eol}~~~${eol}${eol}${costly}${eol}`;
      assert.match(findHazard(text)?.construct ?? '', /unmatched or nested brackets/, JSON.stringify(eol));
    }
    // And text inside a fence stays unread, whatever its line breaks.
    assert.equal(findHazard(`# Post-Mortem: Logs\r\r~~~\r${costly}\r~~~\r`), null);
  });

  it('finds how deep emphasis pairs nest before parsing: nested strong emphasis in a quote is noticed, not parsed first', () => {
    // Before: each pair was seen on its own (one level), so the parser took the whole paragraph
    // in (seconds at 20 KB) and only the walk after it found the tree too deep.
    const k = Math.floor(SIZE / 8 / 14);
    const text = `# Post-Mortem: Emphasis\n\n## Summary\n\n> ${'*a **a '.repeat(k)}b${' a** a*'.repeat(k)}\n`;
    const estimate = estimateCost(text);
    assert.ok(estimate.depth > MAX_DEPTH, `estimated depth ${estimate.depth}`);
    const plain = ordinary(text.length);
    const parse = fastest(() => parseMarkdown(plain), 2);
    let result = check(text, postmortemOptions());
    const took = fastest(() => (result = check(text, postmortemOptions())), 2);
    assert.match(result.notice?.message ?? '', /nested [\d,]+ levels deep at line 5\)/);
    assert.ok(took <= BOUND * parse + 50, `checking took ${took.toFixed(0)} ms, more than ${BOUND} × the ${parse.toFixed(0)} ms parse`);
    // Pairs side by side do not add up: a long paragraph of ordinary emphasis stays shallow.
    assert.ok(estimateCost(`# Notes\n\n${'a *b* **c** _d_ [e](f) '.repeat(2000)}\n`).depth < 4);
  });

  it('costs the lazy lines of a list item or quote by the square of the paragraph: thousands are noticed, ordinary ones are not', () => {
    // Before: a lazy line cost the guard nothing, but micromark looks back over the whole
    // paragraph for each one; 16,000 of them (32 KB) took 80 to 200 ordinary parses unnoticed.
    const lazy = `# Post-Mortem: Notes\n\n## Summary\n\n- First item\n${'more text\n'.repeat(6000)}`;
    assert.match(
      check(lazy, postmortemOptions()).notice?.message ?? '',
      /a paragraph of a list item or block quote continued by 6,000 lines without .* at line 5\)/,
    );
    assert.match(findHazard(`# Notes\n\n> Quoted\n${'more text\n'.repeat(6000)}`)?.construct ?? '', /continued by 6,000 lines/);
    // A vertical tab after a dash is text, not a list marker: these lines are lazy too.
    assert.match(findHazard(`# Notes\n\n- ${'aaa\rbbb\n-\v\n'.repeat(3000)}`)?.construct ?? '', /continued by [\d,]+ lines/);
    // Lines that keep the item's indentation or the quote's marker are not lazy, nor a top-level
    // paragraph's lines, nor a few lazy lines in a row.
    for (const text of [
      `# Notes\n\n- First item\n${'  more text\n'.repeat(6000)}`,
      `# Notes\n\n> Quoted\n${'> more text\n'.repeat(6000)}`,
      `# Notes\n\n  Indented paragraph\n${'more text\n'.repeat(6000)}`,
      `# Notes\n\n${'- Item\nlazy line\n'.repeat(3000)}`,
      `# Notes\n\n> # A heading in a quote\n${'more text\n'.repeat(6000)}`,
    ])
      assert.equal(findHazard(text), null, text.slice(0, 40));
  });

  it('refuses more bracketed labels than the parser holds in bounded memory: 41,000 references are noticed, a long task list is not', () => {
    // Before: each `[a]` cost the parser little time, so 66,000 of them (200 KB) were parsed,
    // and the parser's events took the process past 500 MB (1.2 GB at 400 KB).
    const references = `# Post-Mortem: Links\n\n[a]: https://example.com/runbook\n\n${'[a]'.repeat(MAX_LABELS + 1000)}\n`;
    const result = check(references, postmortemOptions());
    assert.match(result.notice?.message ?? '', /41,001 bracketed labels \(links, references, images or check boxes\) in one file/);
    // A long plan is far from the limit: 5,000 task items with a link each are checked.
    const items = Array.from({ length: 5000 }, (_, i) => `- [ ] Fix [OPS-${i}](https://example.com/OPS-${i}) (owner: @ana, due: 2026-12-31)`).join('\n');
    assert.equal(findHazard(`# Post-Mortem: Plan\n\n## Action Items\n\n${items}\n`), null);
  });

  it('counts the openers of the other marker that an emphasis closer passes: `*a_ ` repeated is noticed at a few KB', () => {
    // Before: each `_` was costed by the characters it scans back over, but it also compares the
    // marker of every `*` it passes; at 6 KB the parse took 20–40 ordinary parses unnoticed.
    const text = `# Post-Mortem: Markers\n\n## Summary\n\n${'*a_ '.repeat(1500)}\n`;
    const plain = ordinary(text.length);
    const parse = fastest(() => parseMarkdown(plain), 2);
    let result = check(text, postmortemOptions());
    const took = fastest(() => (result = check(text, postmortemOptions())), 2);
    assert.match(result.notice?.message ?? '', /emphasis markers .* that do not pair up at line 5\)/);
    assert.ok(took <= BOUND * parse + 50, `checking took ${took.toFixed(0)} ms, more than ${BOUND} × the ${parse.toFixed(0)} ms parse`);
    // Openers the closer finds first are not passed: matched pairs of both markers cost nothing extra.
    assert.equal(findHazard(`# Notes\n\n${'*a* _b_ '.repeat(3000)}\n`), null);
  });

  it('costs a table row by the square of its cells: a table of some hundred columns is noticed, not parsed for seconds', () => {
    // Before: a weight of a sixth of the measured cost let 6-row tables of up to about 1,500
    // cells a row through, at 15–30 ordinary parses.
    const columns = Math.floor(SIZE / 2 / 24);
    const text = `# Post-Mortem: Wide\n\n## Summary\n\n|${' h |'.repeat(columns)}\n|${' - |'.repeat(columns)}\n${`|${' c |'.repeat(columns)}\n`.repeat(4)}`;
    const plain = ordinary(text.length);
    const parse = fastest(() => parseMarkdown(plain), 2);
    let result = check(text, postmortemOptions());
    const took = fastest(() => (result = check(text, postmortemOptions())), 2);
    assert.match(result.notice?.message ?? '', new RegExp(`a table row of ${columns} cells at line 6\\)`));
    assert.ok(took <= BOUND * parse + 50, `checking took ${took.toFixed(0)} ms, more than ${BOUND} × the ${parse.toFixed(0)} ms parse`);
    // A wide table of ordinary size is still checked.
    assert.equal(findHazard(`# Notes\n\n|${' h |'.repeat(80)}\n|${' - |'.repeat(80)}\n${`|${' c |'.repeat(80)}\n`.repeat(20)}`), null);
  });

  it('marks table rows done from the tree already parsed: many overdue rows cost one parse, not one each', () => {
    // Before: the "mark done" fix of each overdue item in a table parsed the whole document again
    // to find its row, so a table of a few hundred rows took hundreds of parses.
    const rows: string[] = [];
    for (let i = 0, length = 0; length < SIZE / 2; i++) {
      rows.push(`| Add an alert for queue ${i} | @ana | 2026-01-05 |`);
      length += rows[rows.length - 1].length + 1;
    }
    const text = `# Post-Mortem: Queues\n\nDate: 2026-03-04\n\n## Action Items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
    const plain = ordinary(text.length);
    const parse = fastest(() => parseMarkdown(plain), 2);
    let result = check(text, postmortemOptions());
    const took = fastest(() => (result = check(text, postmortemOptions())), 2);
    const overdue = result.findings.filter((f) => f.ruleId === 'action-item-overdue');
    assert.equal(overdue.length, rows.length);
    assert.ok(overdue.every((f) => f.fixes.some((fix) => /done/.test(fix.title))));
    assert.ok(took <= BOUND * parse + 50, `checking took ${took.toFixed(0)} ms, more than ${BOUND} × the ${parse.toFixed(0)} ms parse`);
  });

  it('costs labels back to back that make no link as text the parser joins: `[ ]` repeated is noticed at 12 KB', () => {
    // Before: a `]` before a `[` was taken for a full reference, one construct, but with a blank
    // label or no definition each pair stays text; 25 KB took 15 ordinary parses, 100 KB 33.
    for (const unit of ['[ ]', '[a]']) {
      const text = `# Post-Mortem: Labels\n\n## Summary\n\n${unit.repeat(4000)}\n`;
      const plain = ordinary(text.length);
      const parse = fastest(() => parseMarkdown(plain), 2);
      let result = check(text, postmortemOptions());
      const took = fastest(() => (result = check(text, postmortemOptions())), 2);
      assert.match(result.notice?.message ?? '', /pieces of Markdown syntax in one paragraph/, unit);
      assert.ok(took <= BOUND * parse + 50, `checking took ${took.toFixed(0)} ms, more than ${BOUND} × the ${parse.toFixed(0)} ms parse`);
    }
    // Full references in an ordinary paragraph, with their definitions, are left alone.
    const refs = Array.from({ length: 40 }, (_, i) => `see [the graph][g${i}] and`).join(' ');
    const defs = Array.from({ length: 40 }, (_, i) => `[g${i}]: https://example.com/${i}`).join('\n');
    assert.equal(findHazard(`# Notes\n\n${refs} more.\n\n${defs}\n`), null);
  });

  it('leaves ordinary post-mortems alone: no hazard, and a small estimate', () => {
    for (const lines of [50, 500, 5000]) {
      const text = generatePostmortem({ lines, seed: lines });
      assert.equal(findHazard(text), null);
      const estimate = estimateCost(text);
      assert.ok(estimate.work < 0.1 * text.length, `estimate ${estimate.work} for ${text.length} characters`);
    }
  });

  it('refuses trees nested deeper than the limit, without recursion', () => {
    type Node = { type: string; children?: Node[] };
    const root: Node = { type: 'root', children: [] };
    let node = root;
    for (let i = 0; i < 100000; i++) {
      const child: Node = { type: 'blockquote', children: [] };
      node.children!.push(child);
      node = child;
    }
    assert.throws(() => assertShallow(root.children as never), NestingError);
    assert.throws(() => parseMarkdown(`${'> '.repeat(MAX_DEPTH + 10)}a`), NestingError);
    assert.doesNotThrow(() => parseMarkdown(`${'> '.repeat(20)}a`));
  });

  it('incremental: a costly paragraph is noticed, an edit elsewhere looks again at its own segment only, and removing it brings the findings back', () => {
    const base = generatePostmortem({ lines: 400, seed: 3 });
    const cut = base.indexOf('\n## ', base.length >> 1);
    const costly = `\n\nBad paragraph ${'a_ '.repeat(30000)}\n`;
    const withCostly = base.slice(0, cut) + costly + base.slice(cut);
    const parser = new IncrementalParser();
    const options = { ...postmortemOptions(), parse: (t: string) => parser.parse(t), hazard: (t: string) => parser.hazard(t) };
    assert.equal(check(base, options).notice, null);
    const noticed = check(withCostly, options);
    assert.match(noticed.notice?.message ?? '', /emphasis markers/);
    // An edit far from it: the guard's estimate of the costly segment is reused, so it is fast.
    const edited = withCostly.replace('## Summary', '## Summary ');
    const again = fastest(() => check(edited, options), 1);
    const fresh = fastest(() => findHazard(edited), 1);
    assert.ok(check(edited, options).notice);
    assert.ok(again <= fresh * 2 + 20, `re-check ${again.toFixed(1)} ms vs a fresh look ${fresh.toFixed(1)} ms`);
    const back = check(base, options);
    assert.equal(back.notice, null);
    assert.deepEqual(
      back.findings.map((f) => [f.ruleId, f.start]),
      check(base, postmortemOptions()).findings.map((f) => [f.ruleId, f.start]),
    );
  });

  it('the command line checks a folder of them: a notice or findings for each, exit 0 or 1, and the ordinary file keeps its findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-patho-'));
    try {
      mkdirSync(join(dir, 'postmortems'));
      PATHOLOGICAL.forEach((pattern, i) =>
        writeFileSync(join(dir, 'postmortems', `p${String(i).padStart(2, '0')}.md`), pathologicalDocument(pattern, SIZE / 2)),
      );
      const plain = generatePostmortem({ lines: 300, seed: 5 });
      writeFileSync(join(dir, 'postmortems', 'ordinary.md'), plain);
      const write = process.stdout.write.bind(process.stdout);
      let out = '';
      process.stdout.write = (chunk: string | Uint8Array) => {
        out += String(chunk);
        return true;
      };
      let code: number;
      try {
        code = await main(['check', dir]);
      } finally {
        process.stdout.write = write;
      }
      assert.ok(code === 0 || code === 1, `exit code ${code}`);
      const blocks = out.split('\n\n');
      PATHOLOGICAL.forEach((pattern, i) => {
        // A file with NULs is binary: outside a post-mortem folder the command line skips it as not a post-mortem.
        if (pattern.body(100).includes('\u0000')) return;
        const block = blocks.find((b) => b.includes(`p${String(i).padStart(2, '0')}.md`));
        assert.ok(block, `${pattern.name}: reported`);
        assert.ok(
          /note {2}This file (was not checked|does not look like text)/.test(block) || /required-sections/.test(block),
          `${pattern.name}: ${block.slice(0, 300)}`,
        );
      });
      const ordinaryBlock = blocks.find((b) => b.includes('ordinary.md')) ?? '';
      const expected = check(plain, { ...postmortemOptions('postmortems/ordinary.md'), now: new Date() }).findings.length;
      assert.equal(ordinaryBlock.split('\n').length - 1, expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
