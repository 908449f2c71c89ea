import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  applyAction,
  closeAllEditors,
  codeActions,
  hoverText,
  onlyFinding,
  openUntitled,
  positionOf,
  quickFixesOffering,
  rangeOf,
  ruleOf,
  setSetting,
  waitForFindings,
  waitForRules,
} from './helpers';

const POSTMORTEM = `# Post-mortem: Mail queue stall

## Summary

The mail relay stopped taking messages for forty minutes after a config push.

## Timeline

All times are in UTC.

- **10:00** A config push reaches the relay.
- **10:12** The queue age alert fires.
- **10:40** The config is rolled back and the queue drains.

## Impact

Password reset mails arrived up to forty minutes late.

## Root Cause

The pushed config named a TLS certificate file that did not exist on the relay hosts.

## Lessons Learned

Config pushes to the relay need a check that every file they name exists.

## Action Items

| Action | Owner | Due | Status |
| --- | --- | --- | --- |
| Alert on queue age over 10 minutes | Ana Lima | 2099-03-01 | Open |

- [ ] Restart the relay with the fixed config (owner: Omar Haddad, due 2099-02-20)
- [ ] Document the relay failover (due 2099-04-01)
`;
const UNOWNED = '- [ ] Document the relay failover (due 2099-04-01)';

describe('action items in the editor', () => {
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;

  before(() => setSetting('owners', ['Lena Fischer']));
  after(() => setSetting('owners', undefined));

  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(await openUntitled(POSTMORTEM));
    uri = editor.document.uri;
    await waitForRules(uri, ['action-item-owner']);
  });

  afterEach(closeAllEditors);

  it('completes an owner after "@" from the roster setting and the open post-mortems', async () => {
    const end = editor.document.lineAt(positionOf(editor.document, UNOWNED).line).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, ' @')));
    const at = editor.document.lineAt(end.line).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at, '@');
    const ours = list.items.filter((i) => i.detail && /postmortem\.owners|owner in an open post-mortem|CODEOWNERS/.test(i.detail));
    const labels = ours.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['Lena Fischer', 'Ana Lima', 'Omar Haddad']) assert.ok(labels.includes(name), `${name} is offered; got ${labels.join(', ')}`);
    assert.equal(ours.find((i) => i.label === 'Lena Fischer')?.detail, 'postmortem.owners');

    // Accepting one writes the name after the "@", and the owner finding goes.
    const omar = ours.find((i) => i.label === 'Omar Haddad')!;
    const edit = omar.textEdit instanceof vscode.TextEdit ? omar.textEdit : undefined;
    assert.ok(edit, 'the completion carries its edit');
    assert.ok(await editor.edit((b) => b.replace(edit.range, edit.newText)));
    assert.equal(editor.document.lineAt(end.line).text, `${UNOWNED} @Omar Haddad`);
    await waitForFindings(uri, (l) => !l.some((d) => ruleOf(d) === 'action-item-owner'), 'the owner finding to go');
  });

  it("shows an item's owner, due date and time left on hover", async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(editor.document, 'Alert on queue age'));
    const text = hoverText(hovers);
    assert.match(text, /Ana Lima/);
    assert.match(text, /2099-03-01/);
    assert.equal(
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(editor.document, 'TLS certificate file'))),
      '',
      'no hover on prose',
    );
  });

  it('says what an item lacks once: one short hover block, findings that do not quote the item', async () => {
    const at = positionOf(editor.document, 'Document the relay failover');
    const found = await waitForFindings(uri, (l) => l.filter((d) => d.range.contains(at)).length >= 1, 'the owner finding on the item');
    const onItem = found.filter((d) => d.range.contains(at));
    assert.deepEqual(onItem.map(ruleOf), ['action-item-owner'], 'one finding: the item has a due date');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const blocks = hovers.flatMap((h) => h.contents);
    assert.equal(blocks.length, 1, `one hover block; got ${hoverText(hovers)}`);
    const text = hoverText(hovers);
    assert.doesNotMatch(text, /owner: none/i, 'the finding already says there is no owner');
    assert.match(text, /2099-04-01/);
    // The item's words are on screen under the hover: neither the hover nor a finding quotes them.
    for (const said of [text, ...onItem.map((d) => d.message)]) assert.ok(!said.includes('relay failover'), said);
  });

  it('marks the item under the cursor done with "Mark this action item as done", in its table cell or its checkbox', async () => {
    let actions = await codeActions(uri, rangeOf(editor.document, 'Restart the relay'), 'refactor.rewrite.postmortem');
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Mark this action item as done'],
    );
    await applyAction(actions[0]);
    assert.equal(editor.document.getText(), POSTMORTEM.replace('- [ ] Restart the relay', '- [x] Restart the relay'));

    actions = await codeActions(uri, rangeOf(editor.document, 'Alert on queue age'), 'refactor.rewrite.postmortem');
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Mark this action item as done'],
    );
    await applyAction(actions[0]);
    assert.ok(editor.document.getText().includes('| Alert on queue age over 10 minutes | Ana Lima | 2099-03-01 | Done |'), editor.document.getText());

    const undo = await codeActions(uri, rangeOf(editor.document, 'Restart the relay'), 'refactor.rewrite.postmortem');
    assert.deepEqual(
      undo.map((a) => a.title),
      ['Mark this action item as not done'],
    );
    assert.deepEqual(
      await codeActions(uri, rangeOf(editor.document, 'TLS certificate file'), 'refactor.rewrite.postmortem'),
      [],
      'nothing to mark outside an item',
    );
  });

  it('adds an owner with a quick fix, and the finding goes', async () => {
    const fixes = await quickFixesOffering(uri, 'action-item-owner', 'Make Lena Fischer the owner');
    const finding = onlyFinding(uri, 'action-item-owner');
    const titles = fixes.map((a) => a.title);
    const make = fixes.find((a) => a.title === 'Make Lena Fischer the owner');
    assert.ok(make, `no "Make Lena Fischer the owner" among: ${titles.join('; ')}`);
    assert.ok(
      titles.some((t) => t.startsWith('Add an owner placeholder')),
      `a placeholder fix among: ${titles.join('; ')}`,
    );
    await applyAction(make);
    const line = editor.document.lineAt(finding.range.start.line).text;
    assert.match(line, /^- \[ \] Document the relay failover \(.*Lena Fischer.*\)$/);
    assert.equal(editor.document.getText().replace(line, UNOWNED), POSTMORTEM, 'only that line changed');
    await waitForFindings(uri, (l) => l.length === 0, 'no findings');
  });
});
