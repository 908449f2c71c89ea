import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { CONTENT_STILL_TO_WRITE } from '../../unit/helpers/template-rules';
import { closeAllEditors, findings, openUntitled, ruleOf, waitForFindings } from './helpers';

function describeList(list: vscode.Diagnostic[]): string {
  return list.map((d) => `${d.range.start.line + 1} ${ruleOf(d)}: ${d.message}`).join('\n  ');
}

/** Waits for the findings of a new document, and fails on any that is not about content still to write. */
async function onlyUnwrittenContent(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const list = await waitForFindings(uri, (l) => l.some((d) => ruleOf(d) === 'empty-section'), 'the findings about sections still to write');
  const unexpected = list.filter((d) => !CONTENT_STILL_TO_WRITE.includes(ruleOf(d)));
  assert.deepEqual(describeList(unexpected), '', `only findings about content still to write; all:\n  ${describeList(list)}`);
  return list;
}

describe('authoring', () => {
  afterEach(closeAllEditors);

  it('expands the full post-mortem snippet, which gets only findings about content still to write', async () => {
    const editor = await vscode.window.showTextDocument(await openUntitled(''));
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Post-mortem (full)' });
    const text = editor.document.getText();
    assert.match(text, /^# Post-Mortem: Short title of the incident\n/);
    for (const section of ['Summary', 'Impact', 'Timeline', 'Root Cause', 'Lessons Learned', 'Action Items'])
      assert.match(text, new RegExp(`^## ${section}$`, 'm'));
    assert.ok(!/\$\{?\d/.test(text), 'no snippet syntax is left in the text');
    const list = await onlyUnwrittenContent(editor.document.uri);
    const empty = list.filter((d) => ruleOf(d) === 'empty-section').map((d) => /"([^"]+)" section/.exec(d.message)?.[1]);
    assert.ok(empty.includes('Summary') && empty.includes('Lessons Learned'), `the sections still to write: ${empty.join(', ')}`);
  });

  it('"New Post-Mortem" creates the file in the workspace from the template, opens it and selects the summary to write', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newPostmortem', {
      title: 'Login outage after a certificate rotation',
      severity: 'SEV2',
    });
    assert.ok(created, 'the command returns the new file');
    try {
      const relative = vscode.workspace.asRelativePath(created);
      assert.match(relative, /^postmortems\/\d{4}-\d{2}-\d{2}-login-outage-after-a-certificate-rotation\.md$/);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      assert.match(onDisk, /^# Post-Mortem: Login outage after a certificate rotation$/m);
      assert.match(onDisk, /SEV2/);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), created.toString(), 'the new file is in the active editor');
      assert.ok(!editor.selection.isEmpty, 'the summary prompt is selected');
      const summary = editor.document.getText().indexOf('## Summary');
      assert.ok(editor.document.offsetAt(editor.selection.start) > summary, 'the selection is under the Summary heading');
      await onlyUnwrittenContent(created);
      assert.ok(findings(created).length > 0);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(created);
    }
  });
});
