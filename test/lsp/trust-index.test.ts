/**
 * Workspace Trust for the workspace index: closed files (workspace diagnostics and the Action
 * Items view) follow the same trust as open documents. In an untrusted workspace the folder's
 * `.postmortemrc.json` changes neither their findings nor their items.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionItemsChangedNotification, ActionItemsRequest, type InitializationOptions } from '../../server/src/protocol';
import { workspacePerTest } from '../support/server-per-test';

/**
 * The follow-up is a plain bullet: a checkbox is read as a task under any heading, so only the
 * configured section title makes this one an action item, and the items can show the config's effect.
 */
const DOC = `# Post-Mortem: Queue backlog

Date: 2026-04-02

## Summary

Messages waited in the queue for 40 minutes.

## Follow-through

- Add a backlog alert (owner: Ana Lima, due 2027-09-01)
`;

/** Raises a severity, requires a section the document lacks, renames the action items section and sets a roster. */
const CONFIG = {
  rules: { 'required-sections': 'error' },
  sections: { 'customer-comms': { title: 'Customer Communication' }, 'action-items': { title: 'Follow-through' } },
  owners: ['Ana Lima'],
};

interface Seen {
  findings: string[];
  items: string[];
}

describe('workspace trust in the workspace index', function () {
  this.timeout(60000);
  const workspace = workspacePerTest('pm-trust-index-');

  beforeEach(() => {
    writeFileSync(join(workspace.path, 'postmortems', 'queue.md'), DOC);
  });

  /** What the index says of the closed file: its findings (rule and severity) and its items. */
  async function seen(initializationOptions: InitializationOptions | undefined): Promise<Seen> {
    const client = await workspace.start({ initializationOptions });
    await client.nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    await client.progressEnded('Checking post-mortems');
    const report = await client.workspaceDiagnostics();
    const findings = report.items.flatMap((r) => (r.kind === 'full' ? r.items.map((d) => `${String(d.code)}:${d.severity}:${d.message}`) : [])).sort();
    const items = (await client.connection.sendRequest(ActionItemsRequest.type, { status: 'all' })).items.map((i) => `${i.text}|${i.owner}|${i.due}`);
    await workspace.stop();
    return { findings, items };
  }

  it('ignores .postmortemrc.json for closed files in an untrusted workspace', async () => {
    const withoutFile = await seen({ workspaceTrusted: false });
    writeFileSync(join(workspace.path, '.postmortemrc.json'), JSON.stringify(CONFIG));
    const trusted = await seen({ workspaceTrusted: true });
    // The file does change what a trusted workspace sees, so the comparison below can fail.
    assert.notDeepEqual(trusted.findings, withoutFile.findings, 'the config file changes the findings when trusted');
    assert.notDeepEqual(trusted.items, withoutFile.items, 'the config file changes the items when trusted');
    const untrusted = await seen({ workspaceTrusted: false });
    assert.deepEqual(untrusted, withoutFile);
  });
});
