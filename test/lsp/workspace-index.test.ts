import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { CancellationTokenSource, FileChangeType, type WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { ActionItemsChangedNotification, ActionItemsRequest, InsightsRequest, SetActionItemDoneRequest } from '../../server/src/protocol';
import { LspClient } from '../support/lsp-client';

type Changed = ActionItemsChangedNotification.Params;

const postmortem = (title: string, items: string[]) =>
  `# Post-Mortem: ${title}\n\nDate: 2026-05-02\n\n## Summary\n\nThe ${title} stopped for an hour.\n\n## Action Items\n\n${items.join('\n')}\n`;

const uriOf = (path: string) => pathToFileURL(path).href;

/** An item's words without the inline owner and due tokens the extractor keeps in its text. */
const words = (text: string) => text.replace(/\s*\(owner:.*$/, '');

/** Files with findings in a workspace report, as workspace-relative paths. */
function reported(report: WorkspaceDiagnosticReport, root: string): string[] {
  return report.items
    .filter((i) => i.kind === 'full' && i.items.length)
    .map((i) => decodeURIComponent(i.uri).slice(uriOf(root).length + 1))
    .sort();
}

/**
 * The changes an editor reports to the server: those a watcher the server registered asks for
 * (its glob, matched against the workspace-relative path, and its kinds: create 1, change 2,
 * delete 4; all three when it names none).
 */
function editorReports(client: LspClient, root: string, changes: { path: string; type: FileChangeType }[]): { path: string; type: FileChangeType }[] {
  const kinds = { [FileChangeType.Created]: 1, [FileChangeType.Changed]: 2, [FileChangeType.Deleted]: 4 };
  const watchers = client.registrations
    .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
    .flatMap((r) => (r.registerOptions as { watchers: { globPattern: string; kind?: number }[] }).watchers);
  return changes.filter((change) =>
    watchers.some((w) => picomatch(w.globPattern, { dot: true })(relative(root, change.path)) && ((w.kind ?? 7) & kinds[change.type]) !== 0),
  );
}

describe('workspace index over the protocol', function () {
  this.timeout(30000);
  let root: string;
  let client: LspClient | undefined;

  /** Starts the server and waits for the scan and then the findings pass (which checks the files the scan outlined). */
  const start = async (options: Partial<Parameters<typeof LspClient.start>[0]> = {}) => {
    client = await LspClient.start({ workspace: root, ...options });
    await client.nextNotification<Changed>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    await client.progressEnded('Checking post-mortems');
    return client;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-wsindex-'));
    mkdirSync(join(root, 'postmortems'));
    writeFileSync(
      join(root, 'postmortems', 'db.md'),
      postmortem('Database failover', ['- [ ] Add a replica lag alert (owner: Ana Lima, due 2026-05-20)', '- [x] Rotate the credentials (owner: Omar)']),
    );
    writeFileSync(join(root, 'postmortems', 'cache.md'), postmortem('Cache stampede', ['- [ ] Add request coalescing (owner: Omar)']));
    writeFileSync(join(root, 'README.md'), '# Project\n\n## Summary\n\nNot a post-mortem.\n');
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('scans at start with work-done progress, watches Markdown files and announces the count', async () => {
    const c = await start();
    const last = c.notifications.filter((n) => n.method === ActionItemsChangedNotification.method).at(-1)!.params as Changed;
    assert.equal(last.documents, 2);
    const kinds = c.progress.map((p) => (p.value as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.match(JSON.stringify(c.progress[0].value), /Indexing post-mortems/);
    assert.ok(c.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('**/*.{md,markdown}')));
    assert.equal((c.capabilities.diagnosticProvider as { workspaceDiagnostics: boolean }).workspaceDiagnostics, true);
  });

  it('lists findings of post-mortems that are not open in workspace diagnostics, and leaves open ones to the document pull', async () => {
    const c = await start();
    const first = await c.workspaceDiagnostics();
    assert.deepEqual(reported(first, root), ['postmortems/cache.md', 'postmortems/db.md']);
    const db = first.items.find((i) => i.uri.endsWith('db.md'))!;
    assert.ok(
      db.kind === 'full' &&
        db.items.some(
          (d) => d.code === 'required-sections' && d.source === 'postmortem' && /docs\/rules\/required-sections\.md$/.test(d.codeDescription!.href),
        ),
    );
    assert.equal(db.version, null);

    // Opening a document takes it out of the workspace report: it gets an empty report once.
    const previous = first.items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId }));
    await c.open(join(root, 'postmortems', 'db.md'), readFileSync(join(root, 'postmortems', 'db.md'), 'utf8'));
    const second = await c.workspaceDiagnostics(previous);
    assert.deepEqual(
      second.items.map((i) => [decodeURIComponent(i.uri).endsWith('db.md'), i.kind === 'full' && i.items.length]),
      [[true, 0]],
    );
  });

  it('turns workspace diagnostics off with postmortem.workspaceDiagnostics, and leaves the capability out when told at start', async () => {
    const c = await start();
    const first = await c.workspaceDiagnostics();
    assert.equal(reported(first, root).length, 2);
    await c.configurationChanged({ workspaceDiagnostics: false });
    const off = await c.workspaceDiagnostics(first.items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId })));
    assert.equal(off.items.length, 2);
    assert.ok(
      off.items.every((i) => i.kind === 'full' && i.items.length === 0),
      'what was reported is cleared',
    );
    assert.deepEqual(c.messages, [], 'the setting is not reported as unknown');
    await c.stop();
    client = await LspClient.start({ workspace: root, initializationOptions: { workspaceDiagnostics: false } });
    assert.equal((client.capabilities.diagnosticProvider as { workspaceDiagnostics: boolean }).workspaceDiagnostics, false);
  });

  it('with workspace diagnostics off, only outlines closed post-mortems: their rules never run', async () => {
    const storage = join(root, '.storage');
    client = await LspClient.start({ workspace: root, initializationOptions: { storagePath: storage, workspaceDiagnostics: false } });
    await client.nextNotification<Changed>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    assert.equal((await client.connection.sendRequest(ActionItemsRequest.type, { status: 'all' })).documents, 2);
    await client.stop();
    client = undefined;
    const cache = JSON.parse(readFileSync(join(storage, 'postmortem-index.json'), 'utf8')) as {
      entries: { path: string; isPostmortem: boolean; findings: unknown }[];
    };
    const postmortems = cache.entries.filter((e) => e.isPostmortem);
    assert.equal(postmortems.length, 2);
    assert.ok(
      postmortems.every((e) => e.findings === null),
      JSON.stringify(postmortems.map((e) => e.findings)),
    );
  });

  it('leaves out a document the editor still holds whose file was deleted, as a restarted server is sent it', async () => {
    const c = await start();
    const texts = async () => (await c.connection.sendRequest(ActionItemsRequest.type, { status: 'all' })).items.map((i) => words(i.text));
    // No file on disk behind this one (deleted while the editor kept it); the second is a real file.
    await c.open(uriOf(join(root, 'postmortems', 'gone.md')), postmortem('Gone', ['- [ ] Replace the gone queue (owner: Ana Lima, due 2026-06-01)']));
    const kept = join(root, 'postmortems', 'kept.md');
    const keptText = postmortem('Kept', ['- [ ] Add a queue depth alert (owner: Omar, due 2026-06-02)']);
    writeFileSync(kept, keptText);
    const keptUri = await c.open(uriOf(kept), keptText);
    /**
     * The items once `text` is listed. Each change of the index is announced, so this waits for
     * announcements, not for a time: a busy machine makes it slower, never wrong.
     */
    const listing = async (text: string) => {
      for (;;) {
        const changed = c.nextNotification(ActionItemsChangedNotification.method);
        const listed = await texts();
        if (listed.includes(text)) return listed;
        await changed;
      }
    };
    let listed = await listing('Add a queue depth alert');
    assert.ok(!listed.includes('Replace the gone queue'), JSON.stringify(listed));
    // The deleted document was opened first; an edit of the kept one, made once that is listed,
    // is indexed after typing pauses, long after the deleted one was looked at: still left out.
    await c.replace(
      keptUri,
      postmortem('Kept', ['- [ ] Add a queue depth alert (owner: Omar, due 2026-06-02)', '- [ ] Add a lag alert (owner: Omar, due 2026-06-03)']),
    );
    listed = await listing('Add a lag alert');
    assert.ok(!listed.includes('Replace the gone queue'), JSON.stringify(listed));
  });

  it('goes back to the file on disk when a document is closed without saving', async () => {
    const c = await start();
    const texts = async () => (await c.connection.sendRequest(ActionItemsRequest.type, { status: 'all' })).items.map((i) => words(i.text));
    /** The items once `holds` says yes; waits for the index's announcements, never for a time. */
    const once = async (holds: (listed: string[]) => boolean) => {
      for (;;) {
        const changed = c.nextNotification(ActionItemsChangedNotification.method);
        const listed = await texts();
        if (holds(listed)) return listed;
        await changed;
      }
    };
    const path = join(root, 'postmortems', 'cache.md');
    const uri = await c.open(uriOf(path), readFileSync(path, 'utf8'));
    // Typed, never saved: the item the editor holds replaces the file's.
    await c.replace(uri, postmortem('Cache stampede', ['- [ ] Cap the cache fill rate (owner: Omar, due 2026-06-04)']));
    let listed = await once((l) => l.includes('Cap the cache fill rate'));
    assert.ok(!listed.includes('Add request coalescing'), JSON.stringify(listed));
    await c.close(uri);
    listed = await once((l) => l.includes('Add request coalescing'));
    assert.ok(!listed.includes('Cap the cache fill rate'), JSON.stringify(listed));
    assert.equal(readFileSync(path, 'utf8'), postmortem('Cache stampede', ['- [ ] Add request coalescing (owner: Omar)']), 'the file is untouched');
  });

  it('follows files added, changed, deleted and renamed through watched-file events', async () => {
    const c = await start();
    const first = await c.workspaceDiagnostics();
    let previous = first.items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId }));
    const next = async () => {
      const report = await c.workspaceDiagnostics(previous);
      previous = [
        ...previous.filter((p) => !report.items.some((i) => i.uri === p.uri)),
        ...report.items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId })),
      ];
      return report;
    };

    const added = join(root, 'postmortems', 'dns.md');
    writeFileSync(added, postmortem('DNS', []));
    let report = next();
    await c.watchedFiles([{ path: added, type: FileChangeType.Created }]);
    assert.deepEqual(reported(await report, root), ['postmortems/dns.md']);

    // A complete post-mortem has no findings left: its report empties.
    writeFileSync(
      added,
      `${postmortem('DNS', ['- [x] Lower the TTL (owner: Li, due 2026-06-01)'])}\n## Timeline\n\n- 10:00 UTC start\n\n## Root Cause\n\nA typo in a zone file.\n\n## Impact\n\nAll logins failed.\n\n## Lessons Learned\n\nReview zone changes.\n`,
    );
    report = next();
    await c.watchedFiles([{ path: added, type: FileChangeType.Changed }]);
    const changed = await report;
    assert.ok(
      changed.items.some((i) => i.uri.endsWith('dns.md') && i.kind === 'full' && i.items.length === 0),
      JSON.stringify(changed.items.map((i) => i.kind === 'full' && i.items.map((d) => d.message))),
    );

    writeFileSync(added, postmortem('DNS', []));
    report = next();
    await c.watchedFiles([{ path: added, type: FileChangeType.Changed }]);
    assert.deepEqual(reported(await report, root), ['postmortems/dns.md']);

    const counted = c.nextNotification<Changed>(ActionItemsChangedNotification.method, (p) => p.documents === 2);
    report = next();
    rmSync(added);
    await c.watchedFiles([{ path: added, type: FileChangeType.Deleted }]);
    await counted;
    const deleted = await report;
    assert.deepEqual(
      deleted.items.map((i) => [i.uri.endsWith('dns.md'), i.kind === 'full' && i.items.length]),
      [[true, 0]],
    );

    const renamedFrom = join(root, 'postmortems', 'cache.md');
    const renamedTo = join(root, 'postmortems', 'cache-2026.md');
    renameSync(renamedFrom, renamedTo);
    report = next();
    await c.watchedFiles([
      { path: renamedFrom, type: FileChangeType.Deleted },
      { path: renamedTo, type: FileChangeType.Created },
    ]);
    let renamed = await report;
    // The two events may land in two answers.
    if (!renamed.items.some((i) => i.uri.endsWith('cache-2026.md'))) renamed = await next();
    assert.ok(renamed.items.some((i) => i.uri.endsWith('cache-2026.md') && i.kind === 'full' && i.items.length));
    const items = await c.connection.sendRequest(ActionItemsRequest.type, { status: 'all' });
    assert.equal(items.documents, 2);
  });

  it('drops every post-mortem under a deleted folder, of which the editor reports only the folder', async () => {
    const archived = join(root, 'postmortems', '2025');
    mkdirSync(join(archived, 'q4'), { recursive: true });
    writeFileSync(join(archived, 'queue.md'), postmortem('Queue backlog', ['- [ ] Alert on queue depth (owner: Li, due 2026-06-10)']));
    writeFileSync(join(archived, 'q4', 'dns.md'), postmortem('DNS outage', ['- [ ] Lower the zone TTL (owner: Li, due 2026-06-11)']));
    // A sibling whose name starts like the folder's stays.
    mkdirSync(join(root, 'postmortems', '2025-drafts'));
    writeFileSync(join(root, 'postmortems', '2025-drafts', 'cdn.md'), postmortem('CDN purge', ['- [ ] Rate-limit purges (owner: Li, due 2026-06-12)']));
    const c = await start();
    const texts = async () => (await c.connection.sendRequest(ActionItemsRequest.type, { status: 'all' })).items.map((i) => words(i.text)).sort();
    assert.deepEqual(await texts(), [
      'Add a replica lag alert',
      'Add request coalescing',
      'Alert on queue depth',
      'Lower the zone TTL',
      'Rate-limit purges',
      'Rotate the credentials',
    ]);
    // The editor watches for deletions of folders as well as of Markdown files.
    assert.ok(
      c.registrations.some(
        (r) =>
          r.method === 'workspace/didChangeWatchedFiles' &&
          (r.registerOptions as { watchers: { globPattern: string; kind?: number }[] }).watchers.some(
            (w) => w.globPattern === '**/*' && w.kind !== undefined && (w.kind & 4) !== 0,
          ),
      ),
      JSON.stringify(c.registrations),
    );

    const counted = c.nextNotification<Changed>(ActionItemsChangedNotification.method, (p) => p.documents === 3);
    rmSync(archived, { recursive: true });
    await c.watchedFiles([{ path: archived, type: FileChangeType.Deleted }]);
    await counted;
    assert.deepEqual(await texts(), ['Add a replica lag alert', 'Add request coalescing', 'Rate-limit purges', 'Rotate the credentials']);
    const insights = await c.connection.sendRequest(InsightsRequest.type, {});
    assert.deepEqual(insights.report.incidents.map((i) => i.title).sort(), [
      'Post-Mortem: CDN purge',
      'Post-Mortem: Cache stampede',
      'Post-Mortem: Database failover',
    ]);
  });

  it('follows a folder moved in from outside the workspace, of which the editor reports only the folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'pm-wsindex-outside-'));
    try {
      mkdirSync(join(outside, 'imported', 'q1'), { recursive: true });
      writeFileSync(join(outside, 'imported', 'queue.md'), postmortem('Queue backlog', ['- [ ] Alert on queue depth (owner: Li, due 2026-06-10)']));
      writeFileSync(join(outside, 'imported', 'q1', 'dns.md'), postmortem('DNS outage', ['- [ ] Lower the zone TTL (owner: Li, due 2026-06-11)']));
      writeFileSync(join(outside, 'imported', 'notes.txt'), 'Not Markdown.');
      const c = await start();
      const texts = async () => (await c.connection.sendRequest(ActionItemsRequest.type, { status: 'all' })).items.map((i) => words(i.text)).sort();
      assert.deepEqual(await texts(), ['Add a replica lag alert', 'Add request coalescing', 'Rotate the credentials']);

      const moved = join(root, 'postmortems', 'imported');
      renameSync(join(outside, 'imported'), moved);
      // A file created beside it that is not Markdown is heard of too, and changes nothing.
      writeFileSync(join(root, 'build.log'), 'built');
      const counted = c.nextNotification<Changed>(ActionItemsChangedNotification.method, (p) => p.documents === 4);
      const reports = editorReports(c, root, [
        { path: moved, type: FileChangeType.Created },
        { path: join(root, 'build.log'), type: FileChangeType.Created },
      ]);
      assert.equal(reports.length, 2, 'the editor reports the folder and the file: the server watches creations of anything');
      await c.watchedFiles(reports);
      await counted;
      assert.deepEqual(await texts(), [
        'Add a replica lag alert',
        'Add request coalescing',
        'Alert on queue depth',
        'Lower the zone TTL',
        'Rotate the credentials',
      ]);
      const items = await c.connection.sendRequest(ActionItemsRequest.type, { status: 'all' });
      assert.ok(!items.items.some((i) => i.uri.endsWith('build.log') || i.uri.endsWith('notes.txt')));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("matches the globs of a .postmortemrc.json below the workspace folder from that file's folder, as the command line does", async () => {
    // The same layout as the command line's test (test/cli/file-selection.test.ts): only the glob makes the review a post-mortem.
    const team = join(root, 'team');
    mkdirSync(join(team, 'reviews'), { recursive: true });
    writeFileSync(join(team, '.postmortemrc.json'), JSON.stringify({ files: ['reviews/*.md'] }));
    const review = `# Cache stampede\n\nDate: 2026-05-05\n\n## Summary\n\nOrders failed for twenty minutes.\n\n## Root Cause\n\nA limit was set too low.\n`;
    writeFileSync(join(team, 'reviews', 'cache.md'), review);
    writeFileSync(join(team, 'notes.md'), review.replace('Cache stampede', 'Meeting notes'));
    // A config file without globs inside a folder the default globs name: the defaults still see that folder.
    writeFileSync(join(root, 'postmortems', '.postmortemrc.json'), JSON.stringify({ rules: { 'metadata-date': 'off' } }));
    writeFileSync(join(root, 'postmortems', '2026-05-07-queue.md'), review.replace('Cache stampede', 'Queue backlog'));
    const c = await start();
    const insights = await c.connection.sendRequest(InsightsRequest.type, {});
    assert.deepEqual(insights.report.incidents.map((i) => i.title).sort(), [
      'Cache stampede',
      'Post-Mortem: Cache stampede',
      'Post-Mortem: Database failover',
      'Queue backlog',
    ]);
    // An open document is matched the same way: the review is checked as a post-mortem, the notes are not.
    await c.open(uriOf(join(team, 'reviews', 'cache.md')), review);
    await c.open(uriOf(join(team, 'notes.md')), review.replace('Cache stampede', 'Meeting notes'));
    assert.ok((await c.diagnostics(uriOf(join(team, 'reviews', 'cache.md')))).some((d) => d.code === 'required-sections'));
    assert.deepEqual(await c.diagnostics(uriOf(join(team, 'notes.md'))), []);
  });

  it('survives a symlink loop, an unreadable file and a file that is not UTF-8', async () => {
    symlinkSync(root, join(root, 'postmortems', 'loop'));
    // /proc/self/mem is a regular file that fails to read (EIO), even for root.
    symlinkSync('/proc/self/mem', join(root, 'postmortems', 'unreadable.md'));
    writeFileSync(join(root, 'postmortems', 'latin1.md'), Buffer.from(postmortem('Caf\u00e9 menu outage', []), 'latin1'));
    const c = await start();
    const report = await c.workspaceDiagnostics();
    assert.deepEqual(reported(report, root), ['postmortems/cache.md', 'postmortems/db.md', 'postmortems/latin1.md']);
    assert.ok(
      c.logs.some((l) => l.includes('unreadable.md')),
      'the unreadable file is named in the log',
    );
    assert.ok(
      c.logs.some((l) => /Index: \d+ Markdown files, .* 1 unreadable/.test(l)),
      c.logs.join('\n'),
    );
  });

  it('leaves out files matching files.exclude', async () => {
    mkdirSync(join(root, 'out', 'postmortems'), { recursive: true });
    writeFileSync(join(root, 'out', 'postmortems', 'copy.md'), postmortem('Copy', []));
    const c = await start({ files: { exclude: { '**/out': true, '**/ignored': false } } });
    assert.deepEqual(reported(await c.workspaceDiagnostics(), root), ['postmortems/cache.md', 'postmortems/db.md']);
  });

  it('reuses the persisted index when the workspace opens again, and ignores a corrupt one', async () => {
    const storage = join(root, '.storage');
    let c = await start({ initializationOptions: { storagePath: storage } });
    await c.stop();
    const cache = JSON.parse(readFileSync(join(storage, 'postmortem-index.json'), 'utf8'));
    assert.equal(cache.entries.length, 3);

    c = await LspClient.start({ workspace: root, initializationOptions: { storagePath: storage } });
    client = c;
    const fromCache = await c.nextNotification<Changed>(ActionItemsChangedNotification.method, () => true, true);
    assert.equal(fromCache.documents, 2, 'the first announcement already counts the cached post-mortems');
    assert.equal(fromCache.scanning, true);
    await c.nextNotification<Changed>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    assert.ok(
      c.logs.some((l) => /Index: 3 Markdown files, 0 read, 3 from the cache/.test(l)),
      c.logs.join('\n'),
    );
    await c.stop();

    writeFileSync(join(storage, 'postmortem-index.json'), '{"format":1,"engine":');
    c = await start({ initializationOptions: { storagePath: storage } });
    assert.ok(
      c.logs.some((l) => /Index: 3 Markdown files, 3 read/.test(l)),
      c.logs.join('\n'),
    );
    assert.equal((await c.connection.sendRequest(ActionItemsRequest.type, {})).documents, 2);
  });

  it('answers postmortem/setActionItemDone with an edit pinned to the open version, and one for a closed file', async () => {
    const c = await start();
    const path = join(root, 'postmortems', 'db.md');
    const uri = await c.open(path, readFileSync(path, 'utf8'), 4);
    const line = c
      .text(uri)
      .split('\n')
      .findIndex((l) => l.includes('Add a replica lag alert'));
    const done = await c.connection.sendRequest(SetActionItemDoneRequest.type, { uri, line, text: 'Add a replica lag alert', done: true });
    assert.ok(done.edit, done.message);
    await c.apply(done.edit);
    assert.equal(c.text(uri), readFileSync(path, 'utf8').replace('- [ ] Add a replica', '- [x] Add a replica'));
    // The same request against a document that moved on since is refused by the editor.
    const again = await c.connection.sendRequest(SetActionItemDoneRequest.type, { uri, line, text: 'Add a replica lag alert', done: false });
    await c.replace(uri, `<!-- note -->\n${c.text(uri)}`);
    await assert.rejects(c.apply(again.edit!), /edit for version 5, document is at 6/);

    const closed = uriOf(join(root, 'postmortems', 'cache.md'));
    const closedLine = readFileSync(join(root, 'postmortems', 'cache.md'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('request coalescing'));
    const forClosed = await c.connection.sendRequest(SetActionItemDoneRequest.type, {
      uri: closed,
      line: closedLine,
      text: 'Add request coalescing',
      done: true,
    });
    const change = forClosed.edit!.documentChanges![0] as { textDocument: { version: number | null }; edits: { newText: string }[] };
    assert.equal(change.textDocument.version, null);
    assert.deepEqual(
      change.edits.map((e) => e.newText),
      ['x'],
    );

    const gone = await c.connection.sendRequest(SetActionItemDoneRequest.type, {
      uri: closed,
      line: closedLine,
      text: 'An item that is not there',
      done: true,
    });
    assert.equal(gone.edit, null);
    assert.match(gone.message!, /changed since the list was built/);
  });

  describe('action items', function () {
    it('answers postmortem/actionItems with filters, and announces changes of open documents', async () => {
      const c = await start({});
      const all = await c.connection.sendRequest(ActionItemsRequest.type, { status: 'all' });
      assert.deepEqual(all.items.map((i) => words(i.text)).sort(), ['Add a replica lag alert', 'Add request coalescing', 'Rotate the credentials']);
      const dbItem = all.items.find((i) => words(i.text) === 'Add a replica lag alert')!;
      assert.equal(dbItem.uri, uriOf(join(root, 'postmortems', 'db.md')));
      assert.equal(dbItem.documentTitle, 'Post-Mortem: Database failover');
      const text = readFileSync(join(root, 'postmortems', 'db.md'), 'utf8');
      assert.equal(text.split('\n')[dbItem.range.start.line].includes('Add a replica lag alert'), true);
      const open = await c.connection.sendRequest(ActionItemsRequest.type, {});
      assert.equal(open.items.length, 2);
      assert.deepEqual(
        (await c.connection.sendRequest(ActionItemsRequest.type, { mine: ['ana lima'] })).items.map((i) => words(i.text)),
        ['Add a replica lag alert'],
      );
      assert.deepEqual((await c.connection.sendRequest(ActionItemsRequest.type, { owner: 'Omar', includeDone: true })).items.map((i) => words(i.text)).sort(), [
        'Add request coalescing',
        'Rotate the credentials',
      ]);
      assert.deepEqual(
        (await c.connection.sendRequest(ActionItemsRequest.type, { status: 'done' })).items.map((i) => words(i.text)),
        ['Rotate the credentials'],
      );
      assert.deepEqual(
        (await c.connection.sendRequest(ActionItemsRequest.type, { document: uriOf(join(root, 'postmortems', 'cache.md')) })).items.map((i) => words(i.text)),
        ['Add request coalescing'],
      );

      const uri = await c.open(join(root, 'postmortems', 'cache.md'), readFileSync(join(root, 'postmortems', 'cache.md'), 'utf8'));
      const changed = c.nextNotification<Changed>(ActionItemsChangedNotification.method, (p) => p.items === 4);
      await c.replace(
        uri,
        c.text(uri).replace('- [ ] Add request coalescing (owner: Omar)', '- [ ] Add request coalescing (owner: Omar)\n- [ ] Cap the retries (owner: Li)'),
      );
      await changed;
      assert.ok((await c.connection.sendRequest(ActionItemsRequest.type, { owner: 'Li' })).items.some((i) => words(i.text) === 'Cap the retries'));
    });
  });

  it('stops waiting when the client cancels a workspace diagnostic request', async () => {
    const c = await start();
    const first = await c.workspaceDiagnostics();
    const previous = first.items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId }));
    const source = new CancellationTokenSource();
    const pending = c.workspaceDiagnostics(previous, source.token);
    source.cancel();
    await assert.rejects(pending, /cancel/i);
  });
});
