import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  applyAction,
  closeAllEditors,
  onlyFinding,
  openFile,
  positionOf,
  quickFixesFor,
  quickFixesOffering,
  ruleOf,
  waitForFindings,
  waitForRules,
  workspaceFile,
} from './helpers';

const POSTMORTEM = 'postmortems/2026-01-15-queue-backlog.md';
const BLAMING = 'Bob forgot to rename the variable in the deploy template. ';
/** An HTML paragraph of its own (a block before the root cause's paragraph) whose sentence blames a person. */
const HTML_PARAGRAPH = '<p class="note">The pool ran dry because Bob forgot to raise its limit.</p>\n\n';
/** The same blame in an HTML paragraph whose first line ends inside a tag wrapped onto the next line. */
const HTML_WRAPPED_TAG = '<p>The pool ran dry because Bob forgot <a\n   href="https://example.test/limits">the limit change</a> twice.</p>\n\n';

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

  it('reports blame inside an HTML paragraph on its words; "Disable for this line" puts the comment after the closing tag and the finding goes', async () => {
    const editor = await openFile(POSTMORTEM);
    const uri = editor.document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    assert.ok(await editor.edit((b) => b.insert(positionOf(editor.document, 'The deploy template read'), HTML_PARAGRAPH)));
    await waitForFindings(uri, (l) => l.some((d) => ruleOf(d) === 'blaming-language'), 'a blaming-language finding in the HTML paragraph');
    const finding = onlyFinding(uri, 'blaming-language');
    assert.equal(editor.document.getText(finding.range), 'Bob forgot');
    const line = editor.document.lineAt(finding.range.start.line).text;
    assert.ok(line.startsWith('<p class="note">') && line.endsWith('</p>'), `the finding is on the paragraph's line: ${line}`);

    const title = 'Disable blaming-language for this line';
    const fixes = await quickFixesOffering(uri, 'blaming-language', title);
    const disable = fixes.find((a) => a.title === title);
    assert.ok(disable, `no disable-line fix among: ${fixes.map((a) => a.title).join('; ')}`);
    await applyAction(disable);
    const after = editor.document.lineAt(finding.range.start.line).text;
    assert.equal(after, `${line} <!-- postmortem-disable-line blaming-language -->`, 'the comment follows the closing tag, the paragraph as it was');
    await waitForFindings(uri, (l) => !l.some((d) => ruleOf(d) === 'blaming-language'), 'the blaming-language finding to go');
  });

  it('offers no "Disable for this line" where the line of the blame ends inside a tag, the other fixes still', async () => {
    const editor = await openFile(POSTMORTEM);
    const uri = editor.document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    assert.ok(await editor.edit((b) => b.insert(positionOf(editor.document, 'The deploy template read'), HTML_WRAPPED_TAG)));
    await waitForFindings(uri, (l) => l.some((d) => ruleOf(d) === 'blaming-language'), 'a blaming-language finding in the HTML paragraph');
    const finding = onlyFinding(uri, 'blaming-language');
    assert.equal(editor.document.getText(finding.range), 'Bob forgot');
    assert.ok(editor.document.lineAt(finding.range.start.line).text.endsWith('<a'), 'the line ends inside the link tag');

    // The file's fix is there once the fixes are computed for this version; the line's never is.
    const fixes = await quickFixesOffering(uri, 'blaming-language', 'Disable blaming-language for this file');
    const titles = fixes.map((a) => a.title);
    assert.ok(titles.includes('Allow "Bob forgot" in this workspace'), titles.join('; '));
    assert.ok(!titles.includes('Disable blaming-language for this line'), titles.join('; '));
  });
});
