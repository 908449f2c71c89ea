import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activate, findings, ruleOf, waitForFindings, waitForRules, workspaceFile } from './helpers';

// No test opens this post-mortem: its findings can only come from the workspace diagnostics.
const CLOSED = 'postmortems/2025-04-22-certificate-expiry.md';

describe('workspace diagnostics', () => {
  it('reports the findings of a post-mortem that is not open, where the Problems panel reads them', async () => {
    await activate();
    const uri = workspaceFile(CLOSED);
    const open = vscode.workspace.textDocuments.map((d) => d.uri.toString());
    assert.ok(!open.includes(uri.toString()), `${CLOSED} must not be open for this test`);
    await waitForRules(uri, ['empty-section', 'required-sections', 'timeline-milestones']);
    const byRule = new Map(findings(uri).map((d) => [ruleOf(d), d]));
    assert.match(byRule.get('required-sections')!.message, /No "Impact" section/);
    assert.match(byRule.get('empty-section')!.message, /"Lessons Learned" section holds only placeholders/);
    assert.equal(byRule.get('timeline-milestones')!.severity, vscode.DiagnosticSeverity.Hint);
    // The ranges point at the text on disk, though no editor holds it.
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const line = text.split('\n')[byRule.get('empty-section')!.range.start.line];
    assert.equal(line, '## Lessons Learned');
    assert.ok(
      !open.includes(uri.toString()) && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()),
      'reading the findings did not open it',
    );
  });

  it('follows a change on disk of a post-mortem that is not open', async () => {
    const uri = workspaceFile(CLOSED);
    const original = await vscode.workspace.fs.readFile(uri);
    const text = new TextDecoder().decode(original);
    try {
      await vscode.workspace.fs.writeFile(
        uri,
        new TextEncoder().encode(text.replace('TODO', 'Certificates that are renewed by hand expire unnoticed; renewal must not depend on a reminder.')),
      );
      await waitForFindings(uri, (list) => list.length > 0 && !list.some((d) => ruleOf(d) === 'empty-section'), 'the empty-section finding to go');
      assert.deepEqual(findings(uri).map(ruleOf).sort(), ['required-sections', 'timeline-milestones']);
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
    await waitForRules(uri, ['empty-section', 'required-sections', 'timeline-milestones']);
  });
});
