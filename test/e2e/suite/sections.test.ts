import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  applyAction,
  closeAllEditors,
  findings,
  hoverText,
  openFile,
  positionOf,
  quickFixesFor,
  rangeOf,
  ruleOf,
  waitForFindings,
  waitForRules,
  workspaceFile,
} from './helpers';

const POSTMORTEM = 'postmortems/2026-01-15-queue-backlog.md';
const OWN_NAME = 'The renamed variable';

describe('sections', () => {
  const config = workspaceFile('.postmortemrc.json');
  const missing = (uri: vscode.Uri) => findings(uri).filter((d) => ruleOf(d) === 'required-sections');

  afterEach(async () => {
    await closeAllEditors();
    const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(POSTMORTEM)));
    assert.ok(!disk.includes(OWN_NAME), 'the unsaved heading never reached the file');
    await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
  });

  it(`hovering a heading says which section it counts as; "Count '${OWN_NAME}' as the Root Cause section" writes .postmortemrc.json and the finding goes`, async () => {
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(config)), 'the test starts without a config file');
    const editor = await openFile(POSTMORTEM);
    const uri = editor.document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);

    const cause = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(editor.document, '## Root Cause', 4));
    assert.match(hoverText(cause), /Counts as the \*\*Root Cause\*\* section/);

    // The team's own name for the section: the checker does not know it, so Root Cause is reported missing too.
    assert.ok(await editor.edit((b) => b.replace(rangeOf(editor.document, '## Root Cause'), `## ${OWN_NAME}`)));
    await waitForFindings(uri, (l) => l.filter((d) => ruleOf(d) === 'required-sections').length === 2, 'a second required-sections finding');
    const finding = missing(uri).find((d) => d.message.includes('"Root Cause"'))!;
    const fixes = await quickFixesFor(uri, finding);
    const count = fixes.find((a) => a.title === `Count '${OWN_NAME}' as the Root Cause section`);
    assert.ok(count, `no count-as fix among: ${fixes.map((a) => a.title).join('; ')}`);
    const before = editor.document.getText();
    await applyAction(count);
    assert.equal(editor.document.getText(), before, 'the post-mortem itself is not changed');
    assert.ok(editor.document.isDirty, 'the post-mortem keeps its unsaved change');
    await waitForFindings(uri, (l) => l.filter((d) => ruleOf(d) === 'required-sections').length === 1, 'the Root Cause finding to go');
    assert.match(missing(uri)[0].message, /"Impact"/);
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)));
    assert.deepEqual(written, { sections: { 'root-cause': { aliases: [OWN_NAME] } } });

    const own = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(editor.document, `## ${OWN_NAME}`, 4));
    assert.match(hoverText(own), new RegExp(`Counts as the \\*\\*Root Cause\\*\\* section: its name "${OWN_NAME}"`));
  });
});
