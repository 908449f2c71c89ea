import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { EXTENSION_ID, closeAllEditors, findings, report, ruleOf, runningClient, waitForRules, workspaceFile } from './helpers';

const POSTMORTEM = 'postmortems/2026-01-15-queue-backlog.md';

describe('activation and first findings', () => {
  after(closeAllEditors);

  it('activates on opening a post-mortem and reports its findings', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const uri = workspaceFile(POSTMORTEM);
    const opened = Date.now();
    // Opening a Markdown file is what activates the extension (onLanguage:markdown).
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const client = await runningClient();
    const activated = Date.now();
    assert.equal(client.state, State.Running);
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    const diagnosed = Date.now();
    report('first findings after opening', `${diagnosed - opened} ms`);
    report('first findings after activation', `${diagnosed - activated} ms`);

    const byRule = new Map(findings(uri).map((d) => [ruleOf(d), d]));
    assert.match(byRule.get('required-sections')!.message, /No "Impact" section/);
    assert.match(byRule.get('empty-section')!.message, /"Lessons Learned" section holds only placeholders/);
    assert.match(byRule.get('metadata-date')!.message, /"2026-13-45" is not a real date/);
    for (const diagnostic of findings(uri)) assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    // The finding sits on the text it is about, found by searching the document.
    const document = await vscode.workspace.openTextDocument(uri);
    const dateRange = byRule.get('metadata-date')!.range;
    assert.equal(document.getText(dateRange), '2026-13-45');
    const target = byRule.get('empty-section')!.code;
    assert.ok(typeof target === 'object' && target.target.toString().endsWith('docs/rules/empty-section.md'), 'the finding links to its rule page');
  });
});
