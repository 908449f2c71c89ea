import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { applyAction, closeAllEditors, onlyFinding, openFile, openUntitled, quickFixesOffering, ruleOf, waitForFindings, waitForRules } from './helpers';

const POSTMORTEM = 'postmortems/2026-01-15-queue-backlog.md';

describe('quick fixes', () => {
  afterEach(closeAllEditors);

  it('adds a missing section: the text changes and the finding goes', async () => {
    const editor = await openFile(POSTMORTEM);
    const uri = editor.document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    const actions = await quickFixesOffering(uri, 'required-sections', 'Add the "Impact" section');
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, ['Add the "Impact" section', 'Disable required-sections for this line', 'Disable required-sections for this file']);
    const add = actions[0];
    assert.equal(add.isPreferred, true, 'adding the section is the preferred fix');
    const before = editor.document.getText();
    await applyAction(add);
    const after = editor.document.getText();
    // The section goes before Lessons Learned, where the canonical order puts it, and nothing else changes.
    const inserted = '## Impact\n\nTODO: Quantify the impact: customers or requests affected, duration, and business cost.\n\n';
    const at = before.indexOf('## Lessons Learned');
    assert.equal(after, before.slice(0, at) + inserted + before.slice(at));
    await waitForFindings(uri, (list) => !list.some((d) => ruleOf(d) === 'required-sections'), 'the required-sections finding to go');
  });

  it('disables a rule for one line with a control comment', async () => {
    const editor = await openFile(POSTMORTEM);
    const uri = editor.document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    const finding = onlyFinding(uri, 'empty-section');
    const actions = await quickFixesOffering(uri, 'empty-section', 'Disable empty-section for this line');
    const disable = actions.find((a) => a.title === 'Disable empty-section for this line');
    assert.ok(disable, `no disable-line fix among: ${actions.map((a) => a.title).join('; ')}`);
    await applyAction(disable);
    const line = editor.document.lineAt(finding.range.start.line).text;
    assert.equal(line, '## Lessons Learned <!-- postmortem-disable-line empty-section -->');
    await waitForRules(uri, ['metadata-date', 'required-sections']);
  });

  it('offers each fix once when several findings share a line', async () => {
    const document = await openUntitled('# Post-Mortem: cache stampede\n\n## Summary\n\nThe cache expired for every key at once.\n');
    await vscode.window.showTextDocument(document);
    const list = await waitForFindings(
      document.uri,
      (l) => l.filter((d) => ruleOf(d) === 'required-sections').length === 5,
      'five required-sections findings on the title',
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      list[0].range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((a) => a.title);
    assert.deepEqual(
      titles.filter((t, i) => titles.indexOf(t) !== i),
      [],
      `repeated actions in: ${titles.join('; ')}`,
    );
    for (const section of ['Timeline', 'Root Cause', 'Impact', 'Lessons Learned', 'Action Items'])
      assert.ok(titles.includes(`Add the "${section}" section`), `${section} can be added`);
    assert.ok(titles.includes('Disable required-sections for this line'));
  });

  it('takes a line out of the action items with "Not an action item": a comment at its end, and its findings go', async () => {
    const document = await openUntitled(
      [
        '# Post-Mortem: mail relay backlog',
        '',
        '## Summary',
        '',
        'Outgoing mail queued for an hour after a relay restart.',
        '',
        '## Action items',
        '',
        '- Add an alert on the relay queue age',
        '',
      ].join('\n'),
    );
    const editor = await vscode.window.showTextDocument(document);
    const uri = document.uri;
    await waitForFindings(uri, (l) => l.some((d) => ruleOf(d) === 'action-item-owner'), 'an action-item-owner finding');
    const actions = await quickFixesOffering(uri, 'action-item-owner', 'Not an action item');
    const notItem = actions.find((a) => a.title === 'Not an action item');
    assert.ok(notItem, `no "Not an action item" among: ${actions.map((a) => a.title).join('; ')}`);
    assert.notEqual(notItem.isPreferred, true, 'a correction of the reading is never the preferred fix');
    const before = document.getText();
    await applyAction(notItem);
    const line = '- Add an alert on the relay queue age';
    assert.equal(document.getText(), before.replace(line, `${line} <!-- postmortem-not-action-item -->`), 'only the comment is added');
    assert.equal(editor.document.lineAt(8).text, `${line} <!-- postmortem-not-action-item -->`);
    await waitForFindings(uri, (l) => !l.some((d) => ruleOf(d).startsWith('action-item')), 'the action-item findings to go');
  });

  it('offers a fix-all source action that applies every preferred fix', async () => {
    const editor = await openFile(POSTMORTEM);
    const uri = editor.document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.postmortem');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.postmortem');
    assert.ok(fixAll, `no fix-all action among: ${actions.map((a) => a.title).join('; ')}`);
    await applyAction(fixAll);
    assert.match(editor.document.getText(), /^## Impact$/m);
    await waitForFindings(uri, (list) => !list.some((d) => ruleOf(d) === 'required-sections'), 'the required-sections finding to go');
  });
});
