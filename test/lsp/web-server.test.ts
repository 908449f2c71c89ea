/**
 * The web build's language server (server/out/browser.js) over the protocol: the same index and
 * checks as the Node server, with every file read through the client's `postmortem/files/*`
 * answers (here from a temporary folder served as `vscode-test-web://mount/`), and a file system
 * that is slow or refuses a read.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionItemsChangedNotification, ActionItemsRequest } from '../../server/src/protocol';
import { LspClient, WEB_ROOT, type WebFiles } from '../support/lsp-client';

type Changed = ActionItemsChangedNotification.Params;

const postmortem = (title: string, items: string[]) =>
  `# Post-Mortem: ${title}\n\nDate: 2026-05-02\n\n## Summary\n\nThe ${title} stopped for an hour.\n\n## Action Items\n\n${items.join('\n')}\n`;

describe('the web build of the server over the protocol', function () {
  this.timeout(60_000);
  let root: string;
  let client: LspClient | undefined;

  const start = async (web: WebFiles = {}, settings: Record<string, unknown> = {}) => {
    client = await LspClient.start({ workspace: root, web, settings });
    await client.nextNotification<Changed>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    return client;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-web-'));
    mkdirSync(join(root, 'postmortems'));
    writeFileSync(join(root, 'postmortems', 'db.md'), postmortem('Database failover', ['- [ ] Add a replica lag alert (owner: Ana Lima, due 2026-05-20)']));
    writeFileSync(join(root, 'postmortems', 'cache.md'), postmortem('Cache stampede', ['- [ ] Add request coalescing (owner: Omar)']));
    writeFileSync(join(root, 'README.md'), '# Project\n');
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('checks an open post-mortem of the virtual folder, with rule links under the extension it is given', async () => {
    const c = await LspClient.start({ workspace: root, web: {}, initializationOptions: { web: { docsBase: 'https://extension.test/static/ext' } } });
    client = c;
    const uri = await c.open(`${WEB_ROOT}postmortems/new.md`, '# Post-Mortem: Queue backlog\n\nDate: 2026-04-31\n\n## Summary\n\nMessages waited.\n');
    const diagnostics = await c.diagnostics(uri);
    const rules = new Set(diagnostics.map((d) => String(d.code)));
    assert.ok(rules.has('required-sections') && rules.has('metadata-date'), [...rules].join(', '));
    const link = diagnostics.find((d) => d.code === 'required-sections')!.codeDescription?.href;
    assert.equal(link, 'https://extension.test/static/ext/docs/rules/required-sections.md');
  });

  it("lists the items of closed files read through the client, and saves the index in the client's storage", async () => {
    const cache = new Map<string, string>();
    const c = await start({ cache });
    const result = await c.connection.sendRequest(ActionItemsRequest.type, { status: 'open' });
    assert.deepEqual(result.items.map((i) => [i.uri, i.owner]).sort(), [
      [`${WEB_ROOT}postmortems/cache.md`, 'Omar'],
      [`${WEB_ROOT}postmortems/db.md`, 'Ana Lima'],
    ]);
    assert.equal(result.unreadable, 0);
    await c.stop();
    client = undefined;
    assert.ok(
      [...cache.keys()].some((k) => k.startsWith('postmortem-index')),
      `the client was asked to keep the index: ${[...cache.keys()].join(', ')}`,
    );
    // A second session starts from the saved index.
    const again = await LspClient.start({ workspace: root, web: { cache } });
    client = again;
    const first = await again.nextNotification<Changed>(ActionItemsChangedNotification.method, () => true, true);
    assert.equal(first.documents, 2, 'the items are there before the scan ends');
  });

  it('goes on past a file the file system refuses, and says how many it skipped', async () => {
    writeFileSync(join(root, 'postmortems', 'locked.md'), postmortem('Locked file', ['- [ ] Nobody sees this (owner: Eve)']));
    const c = await start({ refuse: (path) => (path.endsWith('locked.md') ? 'permission denied by the remote' : undefined) });
    const result = await c.connection.sendRequest(ActionItemsRequest.type, { status: 'open' });
    assert.deepEqual(result.items.map((i) => i.owner).sort(), ['Ana Lima', 'Omar']);
    assert.equal(result.unreadable, 1);
    assert.ok(
      c.logs.some((l) => /cannot read .*locked\.md \(permission denied by the remote\)/.test(l)),
      c.logs.join('\n'),
    );
  });

  it('gives up on a read that does not answer, and indexes the rest', async () => {
    writeFileSync(join(root, 'postmortems', 'slow.md'), postmortem('Slow file', ['- [ ] Never arrives (owner: Eve)']));
    const c = await start({ delay: (path) => (path.endsWith('slow.md') ? 120_000 : 0) }, {});
    const result = await c.connection.sendRequest(ActionItemsRequest.type, { status: 'open' });
    assert.deepEqual(result.items.map((i) => i.owner).sort(), ['Ana Lima', 'Omar']);
    assert.equal(result.unreadable, 1);
    assert.ok(
      c.logs.some((l) => /slow\.md \(the file system did not answer within \d+ s\)/.test(l)),
      c.logs.join('\n'),
    );
  });
});
