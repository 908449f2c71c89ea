/**
 * The web build in VS Code for the web (headless Chromium): the extension's `browser` entry,
 * the language server in a web worker, the workspace read through the editor's file system
 * (the runner mounts a copy of test/e2e/workspace as a virtual folder). The same kind of checks
 * as the desktop suite: findings, a quick fix, the Action Items view over closed files, Format
 * Table and New Post-Mortem.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  activate,
  applyAction,
  closeAllEditors,
  onlyFinding,
  openFile,
  openUntitled,
  positionOf,
  quickFixesOffering,
  report,
  ruleOf,
  until,
  waitForFindings,
  waitForRules,
  waitForText,
} from '../suite/helpers';

const QUEUE = 'postmortems/2026-01-15-queue-backlog.md';
const PAYMENTS = 'postmortems/2025-09-08-payment-retries.md';
const OVERDUE = 'Send an idempotency key with every charge request';

describe('the web build (VS Code for the web)', () => {
  afterEach(closeAllEditors);

  it('runs from its browser entry, with the workspace on a virtual file system', async () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web, 'this is VS Code for the web');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.equal(extension.packageJSON.browser, './client/out/browser.js');
    assert.equal(extension.packageJSON.capabilities?.virtualWorkspaces?.supported, 'limited');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder && folder.uri.scheme !== 'file', `the workspace is virtual (${folder?.uri.toString()})`);
  });

  it('reports findings on a post-mortem', async () => {
    const opened = Date.now();
    const uri = (await openFile(QUEUE)).document.uri;
    await activate();
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    report('web: first findings after opening', `${Date.now() - opened} ms`);
    const link = onlyFinding(uri, 'required-sections').code;
    assert.ok(typeof link === 'object' && link.target.path.endsWith('/docs/rules/required-sections.md'), 'the finding links to its rule page in the extension');
  });

  it('applies a quick fix: the section is added and the finding goes', async () => {
    const editor = await openFile(QUEUE);
    const uri = editor.document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    const actions = await quickFixesOffering(uri, 'required-sections', 'Add the "Impact" section');
    assert.equal(actions[0].title, 'Add the "Impact" section');
    const before = editor.document.getText();
    await applyAction(actions[0]);
    const at = before.indexOf('## Lessons Learned');
    assert.equal(
      editor.document.getText(),
      `${before.slice(0, at)}## Impact\n\nTODO: Quantify the impact: customers or requests affected, duration, and business cost.\n\n${before.slice(at)}`,
    );
    await waitForFindings(uri, (list) => !list.some((d) => ruleOf(d) === 'required-sections'), 'the required-sections finding to go');
  });

  it('lists in the Action Items view the items of a post-mortem nobody opened', async () => {
    const opened = vscode.workspace.textDocuments.map((d) => vscode.workspace.asRelativePath(d.uri));
    assert.ok(!opened.includes(PAYMENTS), `${PAYMENTS} must be closed; open: ${opened.join(', ')}`);
    const api = (await activate()).actionItems;
    assert.ok(api, 'the extension API offers the Action Items view');
    await vscode.commands.executeCommand('postmortem.actionItems.groupByStatus');
    const labels = () => api.snapshot().groups.flatMap((g) => g.items.map((i) => String(i.item.label)));
    await until(
      api.onDidUpdate,
      () => labels().includes(OVERDUE),
      `"${OVERDUE}" in the tree`,
      () => labels().join('; '),
    );
    const row = api
      .snapshot()
      .groups.flatMap((g) => g.items)
      .find((i) => i.item.label === OVERDUE)!;
    assert.match(String(row.item.description), /^Mei Tanaka · \d+ days overdue$/);
  });

  it('formats the table under the cursor', async () => {
    const text = [
      '# Incident Report: Checkout errors',
      '',
      '## Timeline',
      '',
      '|Time|Event|',
      '|-|-|',
      '|14:02|Deploy started|',
      '|14:05|Alert fired|',
      '',
    ].join('\n');
    const editor = await vscode.window.showTextDocument(await openUntitled(text));
    await waitForFindings(editor.document.uri, () => true, 'a first check of the document');
    const at = positionOf(editor.document, 'Alert fired');
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('postmortem.formatTable');
    const formatted = await waitForText(editor.document, (t) => t !== text, 'the formatted table');
    assert.ok(formatted.includes('| Time  | Event          |\n| ----- | -------------- |\n| 14:02 | Deploy started |\n| 14:05 | Alert fired    |'), formatted);
  });

  it('"New Post-Mortem" writes a file from the template into the workspace', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newPostmortem', { title: 'Web build check', severity: 'SEV3' });
    assert.ok(created, 'the command returns the new file');
    assert.equal(created.scheme, vscode.workspace.workspaceFolders![0].uri.scheme, 'the file is in the virtual workspace');
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
    assert.match(written, /^# Post-Mortem: Web build check$/m);
    assert.match(written, /^## Action Items$/m);
    await closeAllEditors();
    await vscode.workspace.fs.delete(created);
  });
});
