/**
 * Workspace Trust over the protocol: in an untrusted workspace the server ignores the
 * workspace's `.postmortemrc.json`; when trust is granted it reads it, and findings follow.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspacePerTest } from '../support/server-per-test';

const DRAFT = '# Incident Report: Queue backlog\n\nDate: 2026-04-31\n\n## Summary\n\nMessages waited.\n';

describe('workspace trust', function () {
  this.timeout(30000);
  const workspace = workspacePerTest('pm-trust-');

  beforeEach(() => {
    // The workspace's config file turns every rule's severity to error and adds a section.
    writeFileSync(
      join(workspace.path, '.postmortemrc.json'),
      JSON.stringify({ rules: { 'metadata-date': 'error' }, sections: { 'customer-comms': { title: 'Customer Communication' } } }),
    );
  });

  const severityOfDate = (diagnostics: { code?: unknown; severity?: number }[]) => diagnostics.find((d) => d.code === 'metadata-date')?.severity;
  const asksForComms = (diagnostics: { message: string }[]) => diagnostics.some((d) => d.message.includes('"Customer Communication"'));

  it('ignores .postmortemrc.json in an untrusted workspace, and reads it once trust is granted', async () => {
    const client = await workspace.start({ initializationOptions: { workspaceTrusted: false } });
    const uri = await client.open(join(workspace.path, 'postmortems', 'queue.md'), DRAFT);
    const untrusted = await client.diagnostics(uri);
    assert.equal(severityOfDate(untrusted), 2, 'the default severity (warning) applies');
    assert.equal(asksForComms(untrusted), false, 'the section the file adds is not required');
    await client.workspaceTrust(true);
    const trusted = await client.diagnostics(uri);
    assert.equal(severityOfDate(trusted), 1, 'the file makes it an error');
    assert.equal(asksForComms(trusted), true);
  });

  it("still applies the user's own settings in an untrusted workspace", async () => {
    const client = await workspace.start({ initializationOptions: { workspaceTrusted: false }, settings: { rules: { 'metadata-date': 'hint' } } });
    const uri = await client.open(join(workspace.path, 'postmortems', 'queue.md'), DRAFT);
    assert.equal(severityOfDate(await client.diagnostics(uri)), 4);
  });

  it('reads .postmortemrc.json when the client says the workspace is trusted, or says nothing', async () => {
    for (const initializationOptions of [{ workspaceTrusted: true }, undefined]) {
      const client = await workspace.start({ initializationOptions });
      const uri = await client.open(join(workspace.path, 'postmortems', 'queue.md'), DRAFT);
      assert.equal(severityOfDate(await client.diagnostics(uri)), 1);
      await workspace.stop();
    }
  });

  it('stops reading the file when trust is withdrawn', async () => {
    const client = await workspace.start({ initializationOptions: { workspaceTrusted: true } });
    const uri = await client.open(join(workspace.path, 'postmortems', 'queue.md'), DRAFT);
    assert.equal(severityOfDate(await client.diagnostics(uri)), 1);
    await client.workspaceTrust(false);
    assert.equal(severityOfDate(await client.diagnostics(uri)), 2);
  });
});
