import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings, type Settings } from '../../server/src/analysis/base/settings';
import { LineIndex } from '../../server/src/analysis/base/text';
import {
  daysBetween,
  filterItems,
  isOverdue,
  ownerMatches,
  parsePersistedIndex,
  serializeIndex,
  WorkspaceIndex,
  type Analyse,
  analyseText,
  type FileSummary,
  type IndexChange,
  type IndexedItem,
} from '../../server/src/workspace/index-core';
import { decodeText, Indexer, topMost, type IndexerHost } from '../../server/src/workspace/indexer';
import type { FileStat } from '../../server/src/workspace/files';
import { NodeFiles } from '../../server/src/node/files';
import { SettingsProvider } from '../../server/src/settings-provider';
import type { Connection } from 'vscode-languageserver';
import { itemFields } from '../support/items';
import { analyseWithFakeItems, fakeItems } from '../support/fake-items';

const TODAY = '2026-06-15';

function item(text: string, extra: Partial<IndexedItem> = {}): IndexedItem {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, ...itemFields(text, extra), ...extra };
}

function summary(path: string, items: IndexedItem[], extra: Partial<FileSummary> = {}): Omit<FileSummary, 'generation'> {
  return {
    path,
    uri: `file://${path}`,
    size: 1,
    mtimeMs: 1,
    settingsKey: 'k',
    day: TODAY,
    isPostmortem: true,
    isTemplate: false,
    title: `Title of ${path}`,
    metadata: {},
    actionItems: items,
    followUp: { closed: false, until: null },
    findings: [],
    notice: null,
    ...extra,
  };
}

const postmortem = (title: string, items: string[]) =>
  `# Post-Mortem: ${title}\n\n## Summary\n\nThe ${title} broke.\n\n## Action Items\n\n${items.join('\n')}\n`;

describe('workspace index core', () => {
  it('matches owners by name, handle, e-mail and in lists, case-insensitively', () => {
    const me = ['Ana Lima', 'ana.lima@example.com'];
    assert.ok(ownerMatches('Ana Lima', me));
    assert.ok(ownerMatches('ana lima', me));
    assert.ok(ownerMatches('@ana.lima', me));
    assert.ok(ownerMatches('Omar Haddad, Ana Lima', me));
    assert.ok(ownerMatches('Ana Lima (SRE)', me));
    assert.ok(ownerMatches('Ana Lima <ana.lima@example.com>', me));
    assert.ok(!ownerMatches('Anastasia Lima', me));
    assert.ok(!ownerMatches('Omar', me));
    assert.ok(!ownerMatches(null, me));
    assert.ok(!ownerMatches('Ana Lima', []));
  });

  it('counts days and tells overdue items from open and done ones', () => {
    assert.equal(daysBetween('2026-06-15', '2026-06-18'), 3);
    assert.equal(daysBetween('2026-06-15', '2026-06-10'), -5);
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2, 'daylight saving does not shift whole days');
    assert.ok(isOverdue({ done: false, dropped: null, due: '2026-06-14' }, TODAY));
    assert.ok(!isOverdue({ done: false, dropped: null, due: TODAY }, TODAY));
    assert.ok(!isOverdue({ done: true, dropped: null, due: '2026-01-01' }, TODAY));
    assert.ok(!isOverdue({ done: false, dropped: null, due: null }, TODAY));
    assert.ok(!isOverdue({ done: false, dropped: "Won't do", due: '2026-01-01' }, TODAY), 'a dropped item is never overdue');
  });

  it('filters items by status, owner, document and "mine", in path and line order', () => {
    const index = new WorkspaceIndex();
    index.set(summary('/w/b.md', [item('late', { owner: 'Ana', due: '2026-06-01' }), item('finished', { owner: 'Ana', done: true })]));
    index.set(summary('/w/a.md', [item('later', { owner: 'Omar', due: '2026-07-01' }), item('nobody')]));
    index.set(summary('/w/readme.md', [item('not a post-mortem')], { isPostmortem: false }));
    const texts = (filter: Parameters<typeof filterItems>[1]) => filterItems(index.values(), filter, TODAY).map((i) => i.text);
    assert.deepEqual(texts({}), ['later', 'nobody', 'late']);
    assert.deepEqual(texts({ includeDone: true }), ['later', 'nobody', 'late', 'finished']);
    assert.deepEqual(texts({ status: 'all' }), ['later', 'nobody', 'late', 'finished']);
    assert.deepEqual(texts({ status: 'done' }), ['finished']);
    assert.deepEqual(texts({ status: 'overdue' }), ['late']);
    assert.deepEqual(texts({ owner: 'omar' }), ['later']);
    assert.deepEqual(texts({ mine: ['ana@example.com'] }), ['late']);
    assert.deepEqual(texts({ document: 'file:///w/b.md', status: 'all' }), ['late', 'finished']);
    const listed = filterItems(index.values(), { document: 'file:///w/a.md' }, TODAY)[0];
    assert.equal(listed.documentTitle, 'Title of /w/a.md');
    assert.equal(listed.uri, 'file:///w/a.md');
    assert.deepEqual(index.stats(TODAY), { documents: 2, items: 4, open: 3, overdue: 1 });
  });

  it('removes a file, or every file under a removed folder, and says which', () => {
    const index = new WorkspaceIndex();
    const changes: string[][] = [];
    index.onChange((c) => changes.push(c.removed));
    index.setAll([summary('/w/pm/a.md', []), summary('/w/pm/sub/b.md', []), summary('/w/pmx.md', [])]);
    assert.deepEqual(index.delete('/w/pm').sort(), ['/w/pm/a.md', '/w/pm/sub/b.md']);
    assert.deepEqual(index.paths(), ['/w/pmx.md'], 'a sibling whose name starts the same stays');
    assert.deepEqual(changes.at(-1)!.sort(), ['/w/pm/a.md', '/w/pm/sub/b.md']);
  });

  it('round-trips through its persisted form, and ignores a cache that is corrupt or from another engine', () => {
    const index = new WorkspaceIndex();
    index.set(
      summary('/w/a.md', [item('x', { owner: 'Ana', due: '2026-07-01' })], {
        findings: [
          { ruleId: 'required-sections', severity: 'warning', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } },
        ],
      }),
    );
    const text = serializeIndex(index, 'engine-1');
    const back = parsePersistedIndex(text, 'engine-1');
    assert.equal(back.length, 1);
    const { generation: _generation, ...expected } = index.get('/w/a.md')!;
    assert.deepEqual(back[0], expected);
    assert.deepEqual(parsePersistedIndex(text, 'engine-2'), []);
    assert.deepEqual(parsePersistedIndex(text.slice(0, text.length / 2), 'engine-1'), []);
    assert.deepEqual(parsePersistedIndex('null', 'engine-1'), []);
    assert.deepEqual(parsePersistedIndex('{"format":1,"engine":"engine-1","entries":"nope"}', 'engine-1'), []);
    const tampered = JSON.parse(text);
    tampered.entries.push({ path: '/w/b.md', actionItems: [{ text: 5 }] });
    assert.equal(parsePersistedIndex(JSON.stringify(tampered), 'engine-1').length, 1, 'a malformed entry is dropped, the good one kept');
  });

  it('keeps the kind of each item (written or inferred) for the view to group by, through its persisted form', () => {
    const text = [
      '# Post-mortem: Cache stampede',
      '',
      '## Action Items',
      '',
      '- [ ] Alert when the cache hit ratio falls under 70% (owner: Ana, due: 2026-07-01)',
      '- [ ] Write the runbook for warming the cache (owner: Ben, due: 2026-07-02)',
      '- [ ] Post an update on the status page within 15 minutes (owner: Ana, due: 2026-07-03)',
      '- [ ] Spread cache expiry over ten minutes (owner: Ben, due: 2026-07-04)',
      '- [ ] Add a dashboard for cache load [prevention] (owner: Ben, due: 2026-07-05)',
      '',
    ].join('\n');
    const analysis = analyseText(text, '/w/cache.md', defaultSettings(), new Date('2026-06-15T00:00:00Z'), 'outline');
    assert.deepEqual(
      analysis.actionItems.map((i) => i.kind),
      ['detection', 'response', 'communication', 'prevention', 'prevention'],
    );
    const index = new WorkspaceIndex();
    index.set(summary('/w/cache.md', analysis.actionItems));
    const persisted = serializeIndex(index, 'engine-1');
    assert.deepEqual(
      parsePersistedIndex(persisted, 'engine-1')[0].actionItems.map((i) => i.kind),
      ['detection', 'response', 'communication', 'prevention', 'prevention'],
    );
    const tampered = JSON.parse(persisted);
    tampered.entries[0].actionItems[0].kind = 'sometimes';
    assert.deepEqual(parsePersistedIndex(JSON.stringify(tampered), 'engine-1'), [], 'an entry with an unknown kind is dropped');
  });

  it('decodes UTF-8 with a BOM, UTF-16 and invalid UTF-8 without throwing', () => {
    assert.equal(decodeText(Buffer.from('\ufeff# Título', 'utf8')), '# Título');
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Hi', 'utf16le')])), '# Hi');
    assert.equal(decodeText(Buffer.from([0x23, 0x20, 0x54, 0xed, 0x74, 0x75, 0x6c, 0x6f])), '# T\ufffdtulo');
  });
});

/** The disk, counting the paths it is asked to stat: in the web build, each is a request to the client. */
class CountingFiles extends NodeFiles {
  readonly statted: string[] = [];
  override stat(path: string): Promise<FileStat | null> {
    this.statted.push(path);
    return super.stat(path);
  }
}

describe('workspace indexer on a real folder', function () {
  this.timeout(20000);
  let root: string;
  let analysed: string[];
  let open: Map<string, string>;
  let settings: Settings;
  let filesExclude: string[];
  let files: CountingFiles;

  const host = (analyse: Analyse = analyseWithFakeItems): IndexerHost => ({
    folders: () => [root],
    settingsFor: async () => settings,
    filesExclude: async () => filesExclude,
    openText: (path) => open.get(path),
    now: () => new Date(2026, 5, 15, 12),
    analyse: (text, path, s, now, depth) => {
      analysed.push(path);
      return analyse(text, path, s, now, depth);
    },
    log: () => undefined,
    files,
  });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-index-'));
    analysed = [];
    open = new Map();
    settings = defaultSettings();
    filesExclude = [];
    files = new CountingFiles();
    mkdirSync(join(root, 'postmortems'));
    writeFileSync(
      join(root, 'postmortems', 'db.md'),
      postmortem('Database failover', ['- [ ] Add a replica lag alert (owner: Ana, due: 2026-06-01) OPS-1', '- [x] Rotate the credentials (owner: Omar)']),
    );
    writeFileSync(join(root, 'notes.md'), '# Meeting notes\n\n- [ ] buy milk\n');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('indexes post-mortems with their items, and notes other Markdown files as not post-mortems', async () => {
    const index = new WorkspaceIndex();
    const report = await new Indexer(index, host()).scan();
    assert.equal(report.files, 2);
    const db = index.get(join(root, 'postmortems', 'db.md'))!;
    assert.equal(db.isPostmortem, true);
    assert.equal(db.title, 'Post-Mortem: Database failover');
    assert.deepEqual(
      db.actionItems.map((i) => [i.text, i.owner, i.due, i.done, i.ticket]),
      [
        ['Add a replica lag alert', 'Ana', '2026-06-01', false, 'OPS-1'],
        ['Rotate the credentials', 'Omar', null, true, null],
      ],
    );
    assert.equal(db.findings, null, 'the scan outlines; the rules run in the findings pass');
    assert.equal(index.get(join(root, 'notes.md'))!.isPostmortem, false);
    assert.deepEqual(index.get(join(root, 'notes.md'))!.findings, [], 'a file that is no post-mortem has nothing to check');
    assert.deepEqual(index.stats('2026-06-15'), { documents: 1, items: 2, open: 1, overdue: 1 });
  });

  it('adds the findings of outlined post-mortems in a second pass, equal to a fresh check of the file', async () => {
    const index = new WorkspaceIndex();
    const indexer = new Indexer(index, host(analyseText));
    await indexer.scan();
    const path = join(root, 'postmortems', 'db.md');
    const outline = index.get(path)!;
    const changes: IndexChange[] = [];
    index.onChange((change) => changes.push(change));
    analysed = [];
    const report = await indexer.checkPending();
    assert.equal(report.checked, 1);
    assert.deepEqual(analysed, ['postmortems/db.md'], 'only the post-mortem is checked');
    assert.deepEqual(changes, [{ changed: [path], removed: [], findingsOnly: true }], 'the outline did not change, so the tree need not hear of it');
    const checked = index.get(path)!;
    assert.deepEqual(checked.actionItems, outline.actionItems);
    const text = readFileSync(path, 'utf8');
    const fresh = check(text, { path: 'postmortems/db.md', settings, now: new Date(2026, 5, 15, 12) });
    const lines = new LineIndex(text);
    assert.ok(fresh.findings.length >= 2, 'the fixture has findings to compare');
    assert.deepEqual(
      checked.findings,
      fresh.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
      })),
    );
    assert.equal((await indexer.checkPending()).checked, 0, 'a second pass finds nothing left to check');
  });

  it('skips node_modules, files.exclude globs and postmortem.exclude folders', async () => {
    mkdirSync(join(root, 'node_modules', 'pkg', 'postmortems'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'pkg', 'postmortems', 'x.md'), postmortem('Vendored', []));
    mkdirSync(join(root, 'build', 'postmortems'), { recursive: true });
    writeFileSync(join(root, 'build', 'postmortems', 'copy.md'), postmortem('Copy', []));
    mkdirSync(join(root, 'drafts', 'postmortems'), { recursive: true });
    writeFileSync(join(root, 'drafts', 'postmortems', 'draft.md'), postmortem('Draft', []));
    filesExclude = ['**/build'];
    settings = { ...defaultSettings(), exclude: [...defaultSettings().exclude, '**/drafts/**'] };
    const index = new WorkspaceIndex();
    await new Indexer(index, host()).scan();
    assert.deepEqual(
      index
        .paths()
        .map((p) => p.slice(root.length + 1))
        .sort(),
      ['notes.md', 'postmortems/db.md'],
    );
  });

  it('survives a symlink loop, a dangling link, a FIFO and a link to a file it already has', async () => {
    symlinkSync(root, join(root, 'postmortems', 'loop'));
    symlinkSync(join(root, 'nowhere'), join(root, 'postmortems', 'dangling.md'));
    // Listed before db.md, so the link is met first.
    symlinkSync(join(root, 'postmortems', 'db.md'), join(root, 'postmortems', 'z-alias.md'));
    execFileSync('mkfifo', [join(root, 'postmortems', 'pipe.md')]);
    const index = new WorkspaceIndex();
    const report = await new Indexer(index, host()).scan();
    const docs = [...index.values()].filter((s) => s.isPostmortem);
    assert.equal(docs.length, 1, `one post-mortem, not one per path: ${index.paths().join(', ')}`);
    assert.equal(report.errors, 0);
  });

  it('reads text that is not UTF-8 and skips binary content without failing', async () => {
    writeFileSync(
      join(root, 'postmortems', 'latin1.md'),
      Buffer.from(postmortem('Caf\u00e9 outage', ['- [ ] Fix the caf\u00e9 menu (owner: Zo\u00e9)']), 'latin1'),
    );
    writeFileSync(
      join(root, 'postmortems', 'utf16.md'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(postmortem('Wide outage', ['- [ ] Fix it (owner: Ana)']), 'utf16le')]),
    );
    writeFileSync(join(root, 'postmortems', 'blob.md'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0xff, 0xfe, 0]));
    const index = new WorkspaceIndex();
    await new Indexer(index, host()).scan();
    const latin = index.get(join(root, 'postmortems', 'latin1.md'))!;
    assert.equal(latin.actionItems[0].text, 'Fix the caf\ufffd menu', 'undecodable bytes become replacement characters, as an editor shows them');
    assert.equal(index.get(join(root, 'postmortems', 'utf16.md'))!.actionItems[0].owner, 'Ana');
    const blob = index.get(join(root, 'postmortems', 'blob.md'))!;
    assert.deepEqual(blob.actionItems, []);
    assert.match(blob.notice ?? '', /does not look like text/);
  });

  it('judges a huge file that is not a post-mortem by its head alone', async () => {
    const huge = `# Changelog\n\n${'- a line of changes that goes on\n'.repeat(40000)}`;
    writeFileSync(join(root, 'huge.md'), huge);
    const index = new WorkspaceIndex();
    const seen: number[] = [];
    await new Indexer(
      index,
      host((text, path, s, now, depth) => {
        if (path === 'huge.md') seen.push(text.length);
        return analyseWithFakeItems(text, path, s, now, depth);
      }),
    ).scan();
    assert.deepEqual(seen, [0], 'the rest of the file was never read');
    assert.equal(index.get(join(root, 'huge.md'))!.isPostmortem, false);
  });

  it('records an unreadable file as an error and indexes the rest', async () => {
    const locked = join(root, 'postmortems', 'locked.md');
    if (process.getuid?.() === 0) {
      // Root reads any file whatever its mode; this file exists and fails to read with EIO.
      symlinkSync('/proc/self/mem', locked);
    } else {
      writeFileSync(locked, postmortem('Locked', []));
      chmodSync(locked, 0);
    }
    const index = new WorkspaceIndex();
    const report = await new Indexer(index, host()).scan();
    assert.equal(report.errors, 1);
    assert.equal(index.get(locked), undefined);
    assert.ok(index.get(join(root, 'postmortems', 'db.md')));
  });

  it('reuses fresh summaries on a second scan and re-reads only changed files', async () => {
    const index = new WorkspaceIndex();
    const indexer = new Indexer(index, host());
    await indexer.scan();
    const restored = new WorkspaceIndex();
    restored.setAll(parsePersistedIndex(serializeIndex(index, 'e'), 'e'));
    analysed = [];
    const second = await new Indexer(restored, host()).scan();
    assert.deepEqual(analysed, []);
    assert.equal(second.reused, 2);
    const db = join(root, 'postmortems', 'db.md');
    writeFileSync(db, postmortem('Database failover', ['- [ ] A new item (owner: Li)']));
    utimesSync(db, new Date(), new Date(Date.now() + 5000));
    await new Indexer(restored, host()).scan();
    assert.deepEqual(analysed, ['postmortems/db.md']);
    assert.equal(restored.get(db)!.actionItems[0].owner, 'Li');
  });

  it('follows added, changed, deleted and renamed files and folders', async () => {
    const index = new WorkspaceIndex();
    const indexer = new Indexer(index, host());
    await indexer.scan();
    const added = join(root, 'postmortems', 'cache.md');
    writeFileSync(added, postmortem('Cache', ['- [ ] Warm the cache (owner: Li)']));
    await indexer.refreshPath(added);
    assert.equal(index.get(added)!.actionItems[0].owner, 'Li');
    assert.equal(index.get(added)!.findings, null, 'a file event updates the outline; the findings pass follows');
    assert.equal((await indexer.checkPending()).checked, 2);
    assert.ok(index.get(added)!.findings!.some((f) => f.ruleId === 'required-sections'));
    writeFileSync(added, postmortem('Cache', ['- [x] Warm the cache (owner: Li)']));
    await indexer.refreshPath(added);
    assert.equal(index.get(added)!.actionItems[0].done, true);
    const renamed = join(root, 'postmortems', 'cache-2026.md');
    renameSync(added, renamed);
    await Promise.all([indexer.refreshPath(added), indexer.refreshPath(renamed)]);
    assert.equal(index.get(added), undefined);
    assert.ok(index.get(renamed));
    renameSync(join(root, 'postmortems'), join(root, 'incidents'));
    await Promise.all([indexer.refreshPath(join(root, 'postmortems')), indexer.refreshPath(join(root, 'incidents'))]);
    assert.deepEqual(
      index.paths().filter((p) => p.includes('postmortems')),
      [],
    );
    assert.ok(index.get(join(root, 'incidents', 'db.md'))?.isPostmortem);
    rmSync(join(root, 'incidents', 'db.md'));
    await indexer.refreshPath(join(root, 'incidents', 'db.md'));
    assert.equal(index.get(join(root, 'incidents', 'db.md')), undefined);
  });

  it('stats one path for a folder moved in with 5,000 created paths reported under it, and indexes it at once', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'pm-index-outside-'));
    try {
      mkdirSync(join(outside, 'imported', 'assets'), { recursive: true });
      writeFileSync(join(outside, 'imported', 'queue.md'), postmortem('Queue backlog', ['- [ ] Alert on queue depth (owner: Li)']));
      const reported = [join(root, 'imported'), join(root, 'imported', 'assets'), join(root, 'imported', 'queue.md')];
      for (let i = reported.length; i < 5000; i++) {
        writeFileSync(join(outside, 'imported', 'assets', `chunk-${i}.js`), '');
        reported.push(join(root, 'imported', 'assets', `chunk-${i}.js`));
      }
      const index = new WorkspaceIndex();
      // The server's settings: the walk of the new folder looks for config files in it and its subfolder.
      const provider = new SettingsProvider({ connection: {} as Connection, canPullConfiguration: () => false, folders: () => [root], files });
      const indexer = new Indexer(index, { ...host(), settingsFor: (folder, dir) => provider.forFolder(folder, dir) });
      await indexer.scan();
      files.statted.length = 0;
      analysed = [];
      renameSync(join(outside, 'imported'), join(root, 'imported'));
      // The editor's order is not the tree's: the folder comes last here.
      await indexer.refreshCreated([...reported.slice(1), reported[0]]);
      assert.equal(reported.length, 5000);
      const configLooks = files.statted.filter((path) => /[\\/]\.postmortemrc(?:\.json)?$/.test(path));
      assert.deepEqual(
        files.statted.filter((path) => !configLooks.includes(path)),
        [join(root, 'imported')],
      );
      assert.ok(configLooks.length <= 10, `config files looked for in the two new folders and above them: ${configLooks.length}`);
      assert.deepEqual(analysed, ['imported/queue.md'], 'read once, by the walk of its folder');
      assert.equal(index.get(join(root, 'imported', 'queue.md'))!.actionItems[0].owner, 'Li', 'indexed when the call resolves, without a scan');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('never stats a created path under an excluded glob or outside the workspace folders', async () => {
    filesExclude = ['**/build'];
    settings = { ...defaultSettings(), exclude: [...defaultSettings().exclude, '**/drafts/**'] };
    const index = new WorkspaceIndex();
    const indexer = new Indexer(index, host());
    await indexer.scan();
    const before = index.paths();
    files.statted.length = 0;
    mkdirSync(join(root, 'build', 'postmortems'), { recursive: true });
    writeFileSync(join(root, 'build', 'postmortems', 'copy.md'), postmortem('Copy', []));
    mkdirSync(join(root, 'drafts', 'postmortems'), { recursive: true });
    writeFileSync(join(root, 'drafts', 'postmortems', 'draft.md'), postmortem('Draft', []));
    mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'pkg', 'index.js'), '');
    writeFileSync(join(root, 'logo.png'), '');
    await indexer.refreshCreated([
      join(root, 'build', 'postmortems', 'copy.md'),
      join(root, 'build', 'postmortems'),
      join(root, 'drafts', 'postmortems'),
      join(root, 'drafts', 'postmortems', 'draft.md'),
      join(root, 'node_modules', 'pkg'),
      join(root, 'node_modules', 'pkg', 'index.js'),
      join(tmpdir(), 'elsewhere'),
      join(root, 'logo.png'),
    ]);
    assert.deepEqual(files.statted, [join(root, 'logo.png')], 'only the path that is neither excluded nor outside is looked at');
    assert.deepEqual(index.paths(), before);
  });

  it("with the server's settings, looks at each created file once and at nothing under a folder the scan left out", async () => {
    writeFileSync(join(root, '.postmortemrc.json'), JSON.stringify({ exclude: ['**/node_modules/**', '**/drafts/**'] }));
    for (const dir of ['dist', 'drafts', join('node_modules', 'pkg')]) mkdirSync(join(root, dir), { recursive: true });
    // Config files are looked for through the same files, so a look for one counts too.
    const provider = new SettingsProvider({ connection: {} as Connection, canPullConfiguration: () => false, folders: () => [root], files });
    const indexer = new Indexer(new WorkspaceIndex(), { ...host(), settingsFor: (folder, dir) => provider.forFolder(folder, dir) });
    await indexer.scan();
    files.statted.length = 0;
    const built = Array.from({ length: 50 }, (_, i) => join(root, 'dist', `chunk-${i}.js`));
    for (const file of built) writeFileSync(file, '');
    mkdirSync(join(root, 'node_modules', 'pkg', 'lib'));
    writeFileSync(join(root, 'node_modules', 'pkg', 'lib', 'index.js'), '');
    mkdirSync(join(root, 'drafts', 'q3'));
    writeFileSync(join(root, 'drafts', 'q3', 'db.md'), postmortem('Draft', []));
    await indexer.refreshCreated([
      ...built,
      join(root, 'node_modules', 'pkg', 'lib'),
      join(root, 'node_modules', 'pkg', 'lib', 'index.js'),
      join(root, 'drafts', 'q3', 'db.md'),
      join(root, 'drafts', 'q3'),
    ]);
    assert.deepEqual(files.statted.sort(), built.sort(), 'no config file is looked for beside a created file, nor inside an excluded folder');
    assert.equal(indexer.index.get(join(root, 'drafts', 'q3', 'db.md')), undefined);
  });

  it('indexes a created file and its created folder, reported together, once', async () => {
    const index = new WorkspaceIndex();
    const indexer = new Indexer(index, host());
    await indexer.scan();
    files.statted.length = 0;
    analysed = [];
    mkdirSync(join(root, 'incidents'));
    writeFileSync(join(root, 'incidents', 'dns.md'), postmortem('DNS outage', ['- [ ] Lower the zone TTL (owner: Ana)']));
    writeFileSync(join(root, 'cache-postmortem.md'), postmortem('Cache', ['- [ ] Warm the cache (owner: Li)']));
    await indexer.refreshCreated([join(root, 'incidents', 'dns.md'), join(root, 'incidents'), join(root, 'cache-postmortem.md')]);
    assert.deepEqual(files.statted.sort(), [join(root, 'cache-postmortem.md'), join(root, 'incidents')].sort());
    assert.deepEqual(analysed.sort(), ['cache-postmortem.md', 'incidents/dns.md']);
    assert.equal(index.get(join(root, 'incidents', 'dns.md'))!.actionItems[0].owner, 'Ana');
    assert.equal(index.get(join(root, 'cache-postmortem.md'))!.actionItems[0].owner, 'Li');
  });

  it('keeps of created paths only those under no other, each once', () => {
    assert.deepEqual(topMost(['/w/a/b.md', '/w/a', '/w/ab', '/w/a/c/d', '/w/ab', '/']), ['/']);
    assert.deepEqual(topMost(['/w/a/b.md', '/w/a', '/w/ab', '/w/a/c/d', '/w/ab']), ['/w/a', '/w/ab']);
    assert.deepEqual(topMost(['/w/a/c/d', '/w/a/c', '/w/x.md']), ['/w/a/c', '/w/x.md']);
  });

  it('indexes an open document from the editor text, not from the file', async () => {
    const db = join(root, 'postmortems', 'db.md');
    open.set(db, postmortem('Database failover', ['- [ ] Unsaved item (owner: Kim)']));
    const index = new WorkspaceIndex();
    await new Indexer(index, host()).scan();
    assert.deepEqual(
      index.get(db)!.actionItems.map((i) => i.owner),
      ['Kim'],
    );
  });

  it('the fake extractor used by these tests reads what it should', () => {
    assert.deepEqual(
      fakeItems('# T\n\n- [ ] outside\n\n## Action Items\n\n- [x] Do it (owner: A, due: 2026-01-02) X-1\n').map((i) => [
        i.text,
        i.owner,
        i.due,
        i.done,
        i.ticket,
      ]),
      [['Do it', 'A', '2026-01-02', true, 'X-1']],
    );
  });
});
