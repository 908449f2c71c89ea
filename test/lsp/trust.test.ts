/**
 * Workspace Trust over the protocol: in an untrusted workspace the server ignores the
 * workspace's `.postmortemrc.json`; when trust is granted it reads it, and findings follow.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient } from '../support/lsp-client';

const DRAFT = '# Incident Report: Queue backlog\n\nDate: 2026-04-31\n\n## Summary\n\nMessages waited.\n';

describe('workspace trust', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspClient | undefined;

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'pm-trust-'));
    mkdirSync(join(workspace, 'postmortems'));
    // The workspace's config file turns every rule's severity to error and adds a section.
    writeFileSync(
      join(workspace, '.postmortemrc.json'),
      JSON.stringify({ rules: { 'metadata-date': 'error' }, sections: { 'customer-comms': { title: 'Customer Communication' } } }),
    );
  });

  afterEach(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const severityOfDate = (diagnostics: { code?: unknown; severity?: number }[]) => diagnostics.find((d) => d.code === 'metadata-date')?.severity;
  const asksForComms = (diagnostics: { message: string }[]) => diagnostics.some((d) => d.message.includes('"Customer Communication"'));

  it('ignores .postmortemrc.json in an untrusted workspace, and reads it once trust is granted', async () => {
    client = await LspClient.start({ workspace, initializationOptions: { workspaceTrusted: false } });
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const untrusted = await client.diagnostics(uri);
    assert.equal(severityOfDate(untrusted), 2, 'the default severity (warning) applies');
    assert.equal(asksForComms(untrusted), false, 'the section the file adds is not required');
    await client.workspaceTrust(true);
    const trusted = await client.diagnostics(uri);
    assert.equal(severityOfDate(trusted), 1, 'the file makes it an error');
    assert.equal(asksForComms(trusted), true);
  });

  it("still applies the user's own settings in an untrusted workspace", async () => {
    client = await LspClient.start({ workspace, initializationOptions: { workspaceTrusted: false }, settings: { rules: { 'metadata-date': 'hint' } } });
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    assert.equal(severityOfDate(await client.diagnostics(uri)), 4);
  });

  it('reads .postmortemrc.json when the client says the workspace is trusted, or says nothing', async () => {
    for (const initializationOptions of [{ workspaceTrusted: true }, undefined]) {
      client = await LspClient.start({ workspace, initializationOptions });
      const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
      assert.equal(severityOfDate(await client.diagnostics(uri)), 1);
      await client.stop();
      client = undefined;
    }
  });

  it('stops reading the file when trust is withdrawn', async () => {
    client = await LspClient.start({ workspace, initializationOptions: { workspaceTrusted: true } });
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    assert.equal(severityOfDate(await client.diagnostics(uri)), 1);
    await client.workspaceTrust(false);
    assert.equal(severityOfDate(await client.diagnostics(uri)), 2);
  });
});
