import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  applyAction,
  closeAllEditors,
  onlyFinding,
  openFile,
  positionOf,
  quickFixesFor,
  ruleOf,
  waitForFindings,
  waitForRules,
  workspaceFile,
} from './helpers';

const POSTMORTEM = 'postmortems/2026-01-15-queue-backlog.md';
const BLAMING = 'Bob forgot to rename the variable in the deploy template. ';

describe('blameless language', () => {
  const config = workspaceFile('.postmortemrc.json');

  afterEach(async () => {
    await closeAllEditors();
    const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(POSTMORTEM)));
    assert.ok(!disk.includes('Bob forgot'), 'the unsaved sentence never reached the file');
    await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
  });

  it('reports a sentence that blames a person; "Allow this phrase in this workspace" writes .postmortemrc.json and the finding goes', async () => {
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(config)), 'the test starts without a config file');
    const editor = await openFile(POSTMORTEM);
    const uri = editor.document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    assert.ok(await editor.edit((b) => b.insert(positionOf(editor.document, 'The deploy template read'), BLAMING)));
    await waitForFindings(uri, (l) => l.some((d) => ruleOf(d) === 'blaming-language'), 'a blaming-language finding');
    const finding = onlyFinding(uri, 'blaming-language');
    assert.equal(editor.document.getText(finding.range), 'Bob forgot');
    assert.match(finding.message, /puts the failure on a person/);

    const fixes = await quickFixesFor(uri, finding);
    const allow = fixes.find((a) => a.title === 'Allow "Bob forgot" in this workspace');
    assert.ok(allow, `no allow fix among: ${fixes.map((a) => a.title).join('; ')}`);
    const before = editor.document.getText();
    const onDisk = await vscode.workspace.fs.readFile(uri);
    assert.ok(editor.document.isDirty, 'the blaming sentence is an unsaved change');
    await applyAction(allow);
    assert.equal(editor.document.getText(), before, 'the post-mortem itself is not changed');
    assert.equal(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)),
      new TextDecoder().decode(onDisk),
      "the post-mortem's unsaved change is not saved by the fix",
    );
    assert.ok(editor.document.isDirty, 'the post-mortem still has its unsaved change');
    await waitForFindings(uri, (l) => !l.some((d) => ruleOf(d) === 'blaming-language'), 'the blaming-language finding to go');
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)));
    assert.deepEqual(written, { rules: { 'blaming-language': { allow: ['Bob forgot'] } } });
  });
});
