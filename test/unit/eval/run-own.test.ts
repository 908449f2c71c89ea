/**
 * `npm run eval -- --own DIR`: another labelled folder beside the tuned part, and the held-out
 * part nowhere in what is printed or written (whoever measures a folder of their own is tuning).
 * Runs the benchmark on the shared corpus, so it skips, saying so, where that is absent.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_ABSENT, corpusFiles } from '../../support/corpus';

const ROOT = join(__dirname, '..', '..', '..');

describe('npm run eval -- --own DIR', function () {
  this.timeout(180_000);
  let out = '';
  let written: Record<string, unknown> = {};
  const dir = mkdtempSync(join(tmpdir(), 'pm-eval-own-'));

  before(function () {
    if (!corpusFiles().length) {
      console.log(`    (${CORPUS_ABSENT})`);
      this.skip();
    }
    const file = join(dir, 'results.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/eval/run.ts', '--quiet', '--own', 'test/eval/own', '--out', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    out = run.stdout;
    written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the tuned part and the folder, and no column of the held-out part or of the whole corpus', () => {
    const header = out.split('\n').find((l) => l.startsWith('|'));
    assert.ok(header, out);
    const cells = header.split('|').map((c) => c.trim());
    assert.deepEqual(cells.slice(1, -1), ['', 'tuned', 'own', 'target']);
    for (const row of out.split('\n').filter((l) => l.startsWith('|'))) assert.equal(row.split('|').length, cells.length, row);
    assert.doesNotMatch(out, /held out[;,)]|\d+ held out/);
  });

  it('writes no figure of the held-out part to its results', () => {
    const parts = written.parts as Record<string, unknown>;
    assert.deepEqual(Object.keys(parts).sort(), ['own', 'tuned']);
    assert.doesNotMatch(JSON.stringify(written), /"heldOut"|"all"/);
  });
});
