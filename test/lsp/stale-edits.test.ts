/**
 * Every edit the server offers is a versioned workspace edit against the document's current
 * version, for every fix path that exists: each rule's quick fixes, the suppression fixes and
 * fix-all. An edit for an older version is refused by the editor (the test client refuses it
 * as VS Code does), and fixes carried by stale diagnostics are not offered at all.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import type { DiagnosticData } from '../../server/src/protocol';
import { RULES } from '../../server/src/rules/index';
import type { LspClient } from '../support/lsp-client';
import { serverPerTest } from '../support/server-per-test';

/** A post-mortem on which every fix path of the current rules has something to offer. */
const DRAFT = `# Incident Report: Queue backlog

Date: 2026-04-31

## Summary

TBD. Bob forgot to drain the old queue before the deploy, a human error.

## Impact

Some customers saw delayed receipts.

## Timeline

- 10:02 the backlog starts
- 10:09 the queue-age alert fired and paged the on-call engineer
- 10:05 consumers slow down
- 10:30 the consumer change was rolled back
- 10:40 resolved, the queue is empty again

Time to detection: 30 min

## Action Items

- [ ] Add an alert on queue age over 10 minutes (owner: the team, due soon)
- [ ] Add a dashboard panel for consumer lag
- [ ] Drain the old queue before each consumer deploy (owner: Ana Lima, due 2026-01-10)
`;

/**
 * Every edit of the post-mortem names the version it was computed for. The one other file an
 * action may touch is the workspace's `.postmortemrc.json` ("Allow this phrase in this
 * workspace"), which it may create and then edit.
 */
function assertVersioned(action: CodeAction, version: number, documentUri: string): void {
  const edit = action.edit!;
  assert.equal(edit.changes, undefined, `"${action.title}" uses unversioned "changes"`);
  assert.ok(edit.documentChanges?.length, `"${action.title}" has no documentChanges`);
  for (const change of edit.documentChanges) {
    if (!('textDocument' in change)) {
      assert.ok(
        change.kind === 'create' && change.uri.endsWith('/.postmortemrc.json'),
        `"${action.title}" ${change.kind}s ${'uri' in change ? change.uri : 'a file'}`,
      );
      continue;
    }
    if (change.textDocument.uri !== documentUri) {
      assert.ok(change.textDocument.uri.endsWith('/.postmortemrc.json'), `"${action.title}" edits ${change.textDocument.uri}`);
      continue;
    }
    assert.equal(change.textDocument.version, version, `"${action.title}" targets version ${change.textDocument.version}, not ${version}`);
  }
}

describe('stale edits are refused', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspClient;

  serverPerTest('pm-stale-', (w, c) => {
    workspace = w;
    client = c;
  });

  it('covers a fix of every fixable rule, the suppression fixes and fix-all', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const diagnostics = await client.diagnostics(uri);
    const fixable = RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id);
    for (const id of fixable)
      assert.ok(
        diagnostics.some((d) => d.code === id && (d.data as DiagnosticData).fixes.some((f) => f.kind !== 'suppress')),
        `the draft gives ${id} a fix to test`,
      );
    const disable = await client.codeActions(uri, diagnostics, ['quickfix']);
    assert.ok(disable.some((a) => / for this line$/.test(a.title)) && disable.some((a) => / for this file$/.test(a.title)));
  });

  it('offers every action as an edit of the version it was computed for, and the editor refuses it once the text changed', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const diagnostics = await client.diagnostics(uri);
    const version = client.document(uri).version;
    const actions: CodeAction[] = [];
    for (const diagnostic of diagnostics) actions.push(...(await client.codeActions(uri, [diagnostic], ['quickfix'])));
    actions.push(...(await client.codeActions(uri, [], ['source.fixAll.postmortem'])));
    // One action per fix the finding carries, one or two disable fixes (line and file), plus fix-all.
    const offered = diagnostics.reduce((n, d) => n + (d.data as DiagnosticData).fixes.length, 0);
    const disabling = actions.filter((a) => /^Disable .* for this (?:line|file)$/.test(a.title)).length;
    assert.ok(disabling >= diagnostics.length && disabling <= 2 * diagnostics.length, `${disabling} disable fixes for ${diagnostics.length} findings`);
    assert.equal(actions.length, offered + disabling + 1, 'one action per fix, plus fix-all');
    for (const action of actions) assertVersioned(action, version, uri);

    // The user types: every action computed before is now stale, and applying it is refused.
    await client.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Draft: ');
    const typed = client.text(uri);
    // Actions that only write the workspace's configuration file do not depend on the text.
    const editsDocument = (action: CodeAction) => action.edit!.documentChanges!.some((c) => 'textDocument' in c && c.textDocument.uri === uri);
    assert.ok(actions.filter(editsDocument).length >= actions.length - 2);
    for (const action of actions.filter(editsDocument)) {
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
    assertVersioned(fixAll, client.document(uri).version, uri);
    await client.apply(fixAll.edit!);
    assert.ok(client.text(uri).startsWith('# Draft: Incident Report'), 'the typed text is kept');
    assert.ok(!(await client.diagnostics(uri)).some((d) => d.code === 'required-sections'));
  });
});
