import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField, toCsv } from '../../server/src/cli/actions';
import { runCli as run } from '../support/cli';
import { itemFields } from '../support/items';

describe('postmortem actions', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-actions-'));
    mkdirSync(join(dir, 'postmortems'));
    writeFileSync(
      join(dir, 'postmortems', '2026-03-04-cache.md'),
      '# Post-mortem: Cache outage\n\n## Action Items\n\n- [ ] =HYPERLINK("http://evil.example") export check (owner: Ana Silva, due 2026-04-01)\n- [x] Rotate the keys @kwame\n- [ ] Add a "quoted" alert, with a | pipe (owner: +Bo Li)\n- [ ] Move the cron job to the scheduler (owner: Cy Park) (won\'t do)\n- [ ] ~~Retire the old queue~~ (owner: Di Ray)\n- [ ] Shard the ledger (owner: Ed Moss) (obsolete: "merged, into the | ledger work")\n',
    );
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\n- [ ] not a post-mortem item @x\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the items of post-mortems as JSON, skipping other Markdown files', async () => {
    const { code, out } = await run(['actions', dir, '--format', 'json']);
    assert.equal(code, 0);
    const items = JSON.parse(out);
    assert.deepEqual(
      items.map((i: { owner: string }) => i.owner),
      ['Ana Silva', '@kwame', '+Bo Li', 'Cy Park', 'Di Ray', 'Ed Moss'],
    );
    assert.deepEqual(
      items.map((i: { done: boolean; dropped: string | null }) => [i.done, i.dropped]),
      [
        [false, null],
        [true, null],
        [false, null],
        [false, "won't do"],
        [false, 'struck through'],
        [false, 'obsolete: "merged, into the | ledger work"'],
      ],
    );
    assert.equal(items[0].due, '2026-04-01');
    assert.equal(items[0].line, 5);
  });

  it('gives each item its words without its own tokens and the people it names', async () => {
    const items = JSON.parse((await run(['actions', dir, '--format', 'json'])).out);
    assert.equal(items[0].text, '=HYPERLINK("http://evil.example") export check (owner: Ana Silva, due 2026-04-01)');
    assert.equal(items[0].title, '=HYPERLINK("http://evil.example") export check');
    assert.deepEqual(items[0].owners, ['Ana Silva']);
    assert.equal(items[1].title, 'Rotate the keys');
  });

  it('lists only open items with --open: neither done nor dropped ones', async () => {
    const { out } = await run(['actions', dir, '--format', 'json', '--open']);
    assert.deepEqual(
      JSON.parse(out).map((i: { owner: string }) => i.owner),
      ['Ana Silva', '+Bo Li'],
    );
  });

  it('writes CSV that spreadsheets do not run as formulas, quoting every field', async () => {
    const { out } = await run(['actions', dir, '--format', 'csv']);
    const lines = out.trimEnd().split('\r\n');
    assert.equal(lines.length, 7);
    assert.match(lines[0], /"done","dropped","ticket"/);
    assert.match(lines[4], /,"false","won't do",/);
    assert.match(lines[5], /,"false","struck through",/);
    assert.match(lines[6], /,"false","obsolete: ""merged, into the \| ledger work""",/);
    assert.match(lines[1], /,"'=HYPERLINK\(""http:\/\/evil\.example""\) export check/);
    assert.match(lines[3], /,"'\+Bo Li",/);
    assert.match(lines[2], /,"'@kwame",/);
    assert.match(lines[3], /"Add a ""quoted"" alert, with a \| pipe/);
  });

  it('neutralises every formula lead character and quotes embedded line breaks', () => {
    assert.deepEqual(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'plain', null].map(csvField), [
      '"\'=1+1"',
      '"\'+1"',
      '"\'-1"',
      '"\'@SUM(A1)"',
      '"\'\tx"',
      '"plain"',
      '""',
    ]);
    assert.match(toCsv([{ file: 'a.md', ...itemFields('two\nlines', { line: 1 }) }]), /"two\nlines"/);
  });

  it('writes a Markdown table with pipes escaped', async () => {
    const { out } = await run(['actions', dir]);
    assert.match(out, /^\| Status \| Action \| Owner \| Due \| Ticket \| File \|$/m);
    assert.match(out, /^\| done \| Rotate the keys \|/m);
    assert.match(out, /^\| dropped \(won't do\) \| Move the cron job to the scheduler \| Cy Park \|/m);
    assert.match(out, /with a \\\| pipe/);
    assert.match(out, /^\| dropped \(struck through\) \| Retire the old queue \| Di Ray \|/m);
    assert.match(out, /^\| dropped \(obsolete: "merged, into the \\\| ledger work"\) \| Shard the ledger \| Ed Moss \|/m);
  });

  it('rejects an unknown format', async () => {
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = () => true;
    try {
      assert.equal((await run(['actions', dir, '--format', 'xml'])).code, 2);
    } finally {
      process.stderr.write = write;
    }
  });
});
