import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionItemsChangedNotification, ActionItemsRequest } from '../../server/src/protocol';
import { LspClient } from '../support/lsp-client';

/** A post-mortem that names itself nowhere (no front matter, a plain title): only where it lies can make it one. */
const BY_FOLDER = [
  '# Orders failing on checkout',
  '',
  'Date: 2026-03-02',
  '',
  '## Summary',
  '',
  'Orders failed for twenty minutes.',
  '',
  '## Action Items',
  '',
  '- [ ] Raise the pool limit (owner: Ana Lima, due 2099-01-15)',
  '',
].join('\n');

describe('a workspace folder opened by itself whose name makes its files post-mortems', function () {
  this.timeout(30000);
  let root: string;
  let client: LspClient | undefined;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-folder-name-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('checks its Markdown files as the post-mortems they are, and indexes their action items', async () => {
    const folder = join(root, 'incidents');
    mkdirSync(folder);
    writeFileSync(join(folder, '2026-03-02-orders.md'), BY_FOLDER);
    writeFileSync(join(folder, 'README.md'), '# Incidents\n\nOne file per incident.\n');
    client = await LspClient.start({ workspace: folder });
    await client.nextNotification(ActionItemsChangedNotification.method, (p: { scanning?: boolean }) => !p.scanning, true);
    const uri = await client.open(join(folder, '2026-03-02-orders.md'), BY_FOLDER);
    const codes = (await client.diagnostics(uri)).map((d) => String(d.code));
    assert.ok(codes.includes('required-sections'), codes.join(', '));
    const readme = await client.open(join(folder, 'README.md'), '# Incidents\n\nOne file per incident.\n');
    assert.deepEqual(await client.diagnostics(readme), [], 'the README is still excluded');
    const listed = await client.connection.sendRequest(ActionItemsRequest.type, { status: 'all' });
    assert.equal(listed.documents, 1);
  });

  it('leaves the same file alone in a folder whose name says nothing', async () => {
    const folder = join(root, 'notes');
    mkdirSync(folder);
    writeFileSync(join(folder, '2026-03-02-orders.md'), BY_FOLDER);
    client = await LspClient.start({ workspace: folder });
    await client.nextNotification(ActionItemsChangedNotification.method, (p: { scanning?: boolean }) => !p.scanning, true);
    const uri = await client.open(join(folder, '2026-03-02-orders.md'), BY_FOLDER);
    assert.deepEqual(await client.diagnostics(uri), []);
    const listed = await client.connection.sendRequest(ActionItemsRequest.type, { status: 'all' });
    assert.equal(listed.documents, 0);
  });
});
