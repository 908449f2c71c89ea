import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InsightsReport } from '../../server/src/protocol';
import type { JsonFinding } from '../../server/src/cli/json';
import { runCli } from '../support/cli';

/** Runs the CLI in-process from `cwd`, capturing what it prints. */
const runIn = (cwd: string, args: string[]) => runCli(args, cwd);

/** A post-mortem that says so neither in its title nor in front matter: only its path makes it one. */
function byPathOnly(title: string, date: string): string {
  return [
    `# ${title}`,
    '',
    `Date: ${date}`,
    '',
    '## Summary',
    '',
    'Orders failed for twenty minutes.',
    '',
    '## Root Cause',
    '',
    'A limit was set too low.',
    '',
  ].join('\n');
}

function insightsFiles(out: string): string[] {
  return (JSON.parse(out) as InsightsReport).incidents.map((i) => i.file.split(/[\\/]/).pop()!).sort();
}

function checkedFiles(out: string): string[] {
  return [...new Set((JSON.parse(out) as JsonFinding[]).map((f) => f.file.split(/[\\/]/).pop()!))].sort();
}

describe('postmortem: which files a folder given from elsewhere holds', function () {
  this.timeout(60_000);
  let root: string;
  let archive: string;
  let elsewhere: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-selection-'));
    archive = join(root, 'archive');
    elsewhere = join(root, 'elsewhere');
    mkdirSync(join(archive, 'postmortems'), { recursive: true });
    mkdirSync(join(archive, 'reviews'), { recursive: true });
    mkdirSync(elsewhere);
    writeFileSync(join(archive, 'postmortems', '2026-03-02-orders.md'), byPathOnly('Orders failing', '2026-03-02'));
    writeFileSync(join(archive, 'postmortems', '2026-04-09-login.md'), byPathOnly('Login slow', '2026-04-09'));
    // Excluded by its name (`**/README.md`), although its title says post-mortem.
    writeFileSync(join(archive, 'postmortems', 'README.md'), '# Post-mortems of the orders team\n\nOne file per incident.\n');
    // A template by its folder (`**/templates/**`): checked leniently, never counted.
    mkdirSync(join(archive, 'postmortems', 'templates'));
    writeFileSync(join(archive, 'postmortems', 'templates', 'blank.md'), byPathOnly('Title', '2026-01-01'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('insights counts the same post-mortems from inside the folder, from a sibling folder, by absolute path and from a subfolder', async () => {
    const inside = await runIn(archive, ['insights', '.', '--format', 'json']);
    assert.equal(inside.code, 0, inside.err);
    assert.deepEqual(insightsFiles(inside.out), ['2026-03-02-orders.md', '2026-04-09-login.md']);
    for (const [cwd, arg] of [
      [elsewhere, join('..', 'archive')],
      [elsewhere, archive],
      [join(archive, 'postmortems'), '..'],
    ]) {
      const outside = await runIn(cwd, ['insights', arg, '--format', 'json']);
      assert.equal(outside.code, 0, outside.err);
      assert.deepEqual(insightsFiles(outside.out), insightsFiles(inside.out), `from ${cwd}: insights ${arg}`);
    }
  });

  it('check takes the same files from inside and from outside, a glob too, and leaves the README out', async () => {
    const inside = await runIn(archive, ['check', '.', '--format', 'json']);
    assert.deepEqual(checkedFiles(inside.out), ['2026-03-02-orders.md', '2026-04-09-login.md', 'blank.md']);
    const outside = await runIn(elsewhere, ['check', join('..', 'archive'), '--format', 'json']);
    assert.deepEqual(checkedFiles(outside.out), checkedFiles(inside.out));
    const glob = await runIn(elsewhere, ['check', '../archive/**/*.md', '--format', 'json']);
    assert.deepEqual(checkedFiles(glob.out), checkedFiles(inside.out));
  });

  it('takes the files of a post-mortem folder given by itself, or run from inside it, for post-mortems, as from above it', async () => {
    const folder = join(archive, 'postmortems');
    const expected = ['2026-03-02-orders.md', '2026-04-09-login.md', 'blank.md'];
    for (const [cwd, args] of [
      [folder, ['.']],
      [elsewhere, [join('..', 'archive', 'postmortems')]],
      [elsewhere, [folder]],
      [folder, ['2026-03-02-orders.md', '2026-04-09-login.md', join('templates', 'blank.md')]],
      [elsewhere, [join(folder, '2026-03-02-orders.md'), join('..', 'archive', 'postmortems', '2026-04-09-login.md'), join(folder, 'templates', 'blank.md')]],
    ] as const) {
      const { out } = await runIn(cwd, ['check', ...args, '--format', 'json']);
      assert.deepEqual(checkedFiles(out), expected, `from ${cwd}: check ${args.join(' ')}`);
    }
    // The README there stays out, and so does a note in a folder no glob names, given the same ways.
    writeFileSync(join(elsewhere, 'notes.md'), byPathOnly('Orders failing', '2026-03-02'));
    for (const [cwd, arg] of [
      [folder, 'README.md'],
      [elsewhere, join(folder, 'README.md')],
      [elsewhere, '.'],
      [root, join('elsewhere', 'notes.md')],
    ]) {
      const { out } = await runIn(cwd, ['check', arg, '--format', 'json']);
      assert.deepEqual(checkedFiles(out), [], `from ${cwd}: check ${arg}`);
      const text = await runIn(cwd, ['check', arg]);
      assert.match(text.out, /0 post-mortems \(1 other Markdown file was skipped/, `from ${cwd}: check ${arg}`);
    }
    // Templates are still templates there: not counted by insights.
    const { out } = await runIn(folder, ['insights', '.', '--format', 'json']);
    assert.deepEqual(insightsFiles(out), ['2026-03-02-orders.md', '2026-04-09-login.md']);
  });

  it("matches the globs of a .postmortemrc.json against paths from the file's folder", async () => {
    const configured = join(root, 'configured');
    mkdirSync(join(configured, 'docs', 'reviews'), { recursive: true });
    writeFileSync(join(configured, '.postmortemrc.json'), JSON.stringify({ files: ['docs/reviews/*.md'] }));
    writeFileSync(join(configured, 'docs', 'reviews', 'cache.md'), byPathOnly('Cache stampede', '2026-05-05'));
    writeFileSync(join(configured, 'docs', 'notes.md'), byPathOnly('Meeting notes', '2026-05-06'));
    for (const [cwd, arg] of [
      [configured, '.'],
      [elsewhere, join('..', 'configured')],
      [join(configured, 'docs'), 'reviews'],
    ]) {
      const { code, out, err } = await runIn(cwd, ['insights', arg, '--format', 'json']);
      assert.equal(code, 0, err);
      assert.deepEqual(insightsFiles(out), ['cache.md'], `from ${cwd}: insights ${arg}`);
    }
  });

  it("matches the globs of a .postmortemrc.json below the folder checked from that file's folder, as the editor does", async () => {
    // The same layout as the editor's test (test/lsp/workspace-index.test.ts): only the glob makes the review a post-mortem.
    const workspace = join(root, 'workspace');
    const team = join(workspace, 'team');
    mkdirSync(join(team, 'reviews'), { recursive: true });
    writeFileSync(join(team, '.postmortemrc.json'), JSON.stringify({ files: ['reviews/*.md'] }));
    writeFileSync(join(team, 'reviews', 'cache.md'), byPathOnly('Cache stampede', '2026-05-05'));
    writeFileSync(join(team, 'notes.md'), byPathOnly('Meeting notes', '2026-05-06'));
    // A config file without globs inside a folder the default globs name: the defaults still see that folder.
    mkdirSync(join(workspace, 'postmortems'));
    writeFileSync(join(workspace, 'postmortems', '.postmortemrc.json'), JSON.stringify({ rules: { 'metadata-date': 'off' } }));
    writeFileSync(join(workspace, 'postmortems', '2026-05-07-queue.md'), byPathOnly('Queue backlog', '2026-05-07'));
    for (const [cwd, arg, expected] of [
      [workspace, '.', ['2026-05-07-queue.md', 'cache.md']],
      [team, '.', ['cache.md']],
      [elsewhere, join('..', 'workspace'), ['2026-05-07-queue.md', 'cache.md']],
    ] as const) {
      const { code, out, err } = await runIn(cwd, ['insights', arg, '--format', 'json']);
      assert.equal(code, 0, err);
      assert.deepEqual(insightsFiles(out), expected, `from ${cwd}: insights ${arg}`);
      const checked = await runIn(cwd, ['check', arg, '--format', 'json']);
      assert.deepEqual(checkedFiles(checked.out), expected, `from ${cwd}: check ${arg}`);
    }
  });
});
