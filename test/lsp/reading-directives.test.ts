import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';

const DOC = `# Post-mortem: Relay stall

## Summary

The relay stopped for an hour.

## Action Items

- Add a lag alert on the relay
- Write the failover runbook

| Action | Owner |
| --- | --- |
| Rotate the relay keys | |

## Warning signs

- Replica lag over a minute
- Queue age over five minutes
`;

describe('reading directives over the protocol', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspClient;
  let uri: string;

  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pm-directives-'));
    mkdirSync(join(workspace, 'postmortems'));
    client = await LspClient.start({ workspace });
    uri = await client.open(join(workspace, 'postmortems', 'relay.md'), DOC);
  });

  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  /** The owner finding on the line that holds `words`. */
  async function ownerFinding(words: string): Promise<Diagnostic> {
    const line = client.positionOf(uri, words).line;
    const found = (await client.diagnostics(uri)).find((d) => d.code === 'action-item-owner' && d.range.start.line === line);
    assert.ok(found, `an owner finding on "${words}"`);
    return found;
  }

  it('offers "Not an action item" as a quick fix of a finding; applied, the item and its findings are gone', async () => {
    const diagnostic = await ownerFinding('Write the failover');
    const actions = await client.codeActions(uri, [diagnostic], ['quickfix']);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Not an action item'), titles.join(', '));
    assert.ok(titles.includes('None of this list are action items'), titles.join(', '));
    const fix = actions.find((a) => a.title === 'Not an action item')!;
    assert.equal(fix.kind, 'quickfix');
    assert.ok(!fix.isPreferred);
    await client.apply(fix.edit!);
    assert.equal(client.text(uri), DOC.replace('- Write the failover runbook', '- Write the failover runbook <!-- postmortem-not-action-item -->'));
    const line = client.positionOf(uri, 'Write the failover').line;
    assert.deepEqual(
      (await client.diagnostics(uri)).filter((d) => d.range.start.line === line && String(d.code).startsWith('action-item')),
      [],
    );
  });

  it('puts the table row\'s comment inside its cell, and "None of this list" on its own line before the list', async () => {
    const row = await client.codeActions(uri, [await ownerFinding('Rotate the relay keys')], ['quickfix']);
    await client.apply(row.find((a) => a.title === 'Not an action item')!.edit!);
    const afterRow = DOC.replace('| Rotate the relay keys | |', '| Rotate the relay keys <!-- postmortem-not-action-item --> | |');
    assert.equal(client.text(uri), afterRow);
    const list = await client.codeActions(uri, [await ownerFinding('Add a lag alert')], ['quickfix']);
    await client.apply(list.find((a) => a.title === 'None of this list are action items')!.edit!);
    assert.equal(client.text(uri), afterRow.replace('- Add a lag alert', '<!-- postmortem-no-action-items -->\n- Add a lag alert'));
    assert.deepEqual(
      (await client.diagnostics(uri)).filter((d) => String(d.code).startsWith('action-item')),
      [],
    );
  });

  it('offers "Read this list as action items" at the cursor in a list read as none, as a rewrite, and not in a list of items', async () => {
    const at = client.positionOf(uri, 'Queue age');
    const actions = await client.codeActions(uri, [], ['refactor.rewrite'], { start: at, end: at });
    const read = actions.find((a) => a.title === 'Read this list as action items');
    assert.ok(read, actions.map((a) => a.title).join(', '));
    assert.equal(read.kind, 'refactor.rewrite.postmortem');
    await client.apply(read.edit!);
    assert.equal(client.text(uri), DOC.replace('- Replica lag', '<!-- postmortem-action-items -->\n- Replica lag'));
    const model = await client.connection.sendRequest<{ actionItems: { text: string; foundBy: string }[] }>('postmortem/model', { uri });
    assert.deepEqual(
      model.actionItems.filter((i) => i.foundBy === 'directive').map((i) => i.text),
      ['Replica lag over a minute', 'Queue age over five minutes'],
    );
    const inPlan = client.positionOf(uri, 'lag alert');
    const none = await client.codeActions(uri, [], ['refactor.rewrite'], { start: inPlan, end: inPlan });
    assert.ok(!none.some((a) => a.title.startsWith('Read this')));
  });

  it('leaves the directives out of "fix all"', async () => {
    const all = await client.codeActions(uri, await client.diagnostics(uri), ['source.fixAll.postmortem']);
    for (const action of all) for (const change of action.edit?.documentChanges ?? []) assert.ok(!JSON.stringify(change).includes('postmortem-'));
  });
});
