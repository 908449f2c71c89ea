/**
 * Every edit the server offers is a versioned workspace edit against the document's current
 * version, for every fix path that exists: each rule's quick fixes, the suppression fixes and
 * fix-all. An edit for an older version is refused by the editor (the test client refuses it
 * as VS Code does), and fixes carried by stale diagnostics are not offered at all.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import type { DiagnosticData } from '../../server/src/protocol';
import { RULES } from '../../server/src/rules/index';
import { LspClient } from '../support/lsp-client';

/** A post-mortem on which every fix path of the current rules has something to offer. */
const DRAFT = `# Incident Report: Queue backlog

Date: 2026-04-31

## Summary

TBD

## Timeline

- 10:02 UTC the backlog starts
`;

function assertVersioned(action: CodeAction, version: number): void {
  const edit = action.edit!;
  assert.equal(edit.changes, undefined, `"${action.title}" uses unversioned "changes"`);
  assert.ok(edit.documentChanges?.length, `"${action.title}" has no documentChanges`);
  for (const change of edit.documentChanges!) {
    assert.ok('textDocument' in change, `"${action.title}" creates, renames or deletes a file`);
    assert.equal(change.textDocument.version, version, `"${action.title}" targets version ${change.textDocument.version}, not ${version}`);
  }
}

describe('stale edits are refused', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspClient;

  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pm-stale-'));
    mkdirSync(join(workspace, 'postmortems'));
    client = await LspClient.start({ workspace });
  });

  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('covers a fix of every fixable rule, the suppression fixes and fix-all', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const diagnostics = await client.diagnostics(uri);
    const fixable = RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id);
    for (const id of fixable) assert.ok(diagnostics.some((d) => d.code === id && (d.data as DiagnosticData).fixes.some((f) => f.kind !== 'suppress')), `the draft gives ${id} a fix to test`);
    assert.ok(diagnostics.some((d) => (d.data as DiagnosticData).fixes.some((f) => f.kind === 'suppress')));
  });

  it('offers every action as an edit of the version it was computed for, and the editor refuses it once the text changed', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const diagnostics = await client.diagnostics(uri);
    const version = client.document(uri).version;
    const actions: CodeAction[] = [];
    for (const diagnostic of diagnostics) actions.push(...(await client.codeActions(uri, [diagnostic], ['quickfix'])));
    actions.push(...(await client.codeActions(uri, [], ['source.fixAll.postmortem'])));
    const offered = diagnostics.reduce((n, d) => n + (d.data as DiagnosticData).fixes.length, 0);
    assert.equal(actions.length, offered + 1, 'one action per fix, plus fix-all');
    for (const action of actions) assertVersioned(action, version);

    // The user types: every action computed before is now stale, and applying it is refused.
    await client.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Draft: ');
    const typed = client.text(uri);
    for (const action of actions) {
      await assert.rejects(client.apply(action.edit!), /edit for version \d+, document is at \d+/, action.title);
      assert.equal(client.text(uri), typed, `"${action.title}" changed nothing`);
    }
  });

  it('offers no quick fix from diagnostics of an older version, for any diagnostic', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const stale = await client.diagnostics(uri);
    await client.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Draft: ');
    for (const diagnostic of stale) assert.deepEqual(await client.codeActions(uri, [diagnostic], ['quickfix']), [], String(diagnostic.code));
  });

  it('computes fix-all against the current text, never an older one', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    await client.diagnostics(uri);
    await client.edit(uri, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, 'Draft: ');
    const [fixAll] = await client.codeActions(uri, [], ['source.fixAll.postmortem']);
    assertVersioned(fixAll, client.document(uri).version);
    await client.apply(fixAll.edit!);
    assert.ok(client.text(uri).startsWith('# Draft: Incident Report'), 'the typed text is kept');
    assert.ok(!(await client.diagnostics(uri)).some((d) => d.code === 'required-sections'));
  });
});
