import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activate, closeAllEditors, openFile, report, runningClient, until, waitForRules } from '../suite/helpers';

describe('the packaged extension (.vsix)', () => {
  after(closeAllEditors);

  it('is the installed package, not the source folder', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const installedIn = process.env.POSTMORTEM_E2E_EXTENSIONS_DIR;
    assert.ok(installedIn, 'the runner names the extensions folder it installed the .vsix into');
    assert.ok(extension.extensionPath.startsWith(installedIn), `the extension runs from ${extension.extensionPath}`);
    // What the .vsix must carry, and what it must leave out.
    // vsce stores README.md as readme.md and LICENSE as LICENSE.txt.
    for (const file of [
      'client/out/extension.js',
      'server/out/server.js',
      'client/out/browser.js',
      'server/out/browser.js',
      'client/out/webview/insights.js',
      // The licence notices of the packages bundled in the server and the chart drawing.
      'server/out/server.js.LEGAL.txt',
      'server/out/browser.js.LEGAL.txt',
      'client/out/webview/insights.js.LEGAL.txt',
      'client/media/insights.css',
      'docs/rules/required-sections.md',
      'schemas/postmortemrc.schema.json',
      'readme.md',
      'LICENSE.txt',
    ]) {
      assert.ok(existsSync(join(extension.extensionPath, file)), `${file} is in the package`);
    }
    for (const file of [
      'node_modules',
      'client/src',
      'client/webview',
      'server/src',
      'test',
      'client/out/extension.js.map',
      'server/out/browser.js.map',
      'client/out/webview/insights.js.map',
    ]) {
      assert.ok(!existsSync(join(extension.extensionPath, file)), `${file} is not in the package`);
    }
  });

  it('carries every file its manifest names (snippets, icons, walkthrough pages, grammars, schemas)', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const named = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') {
        // A relative path with a folder and a file extension, such as ./snippets/postmortem.code-snippets.
        if (/^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)+\.[\w-]+$/.test(value) && !value.includes('://')) named.add(value.replace(/^\.\//, ''));
      } else if (value && typeof value === 'object') {
        for (const child of Object.values(value)) collect(child);
      }
    };
    collect(extension.packageJSON.contributes);
    for (const required of ['snippets/postmortem.code-snippets', 'client/media/action-items.svg'])
      assert.ok(named.has(required), `the manifest names ${required}`);
    const missing = [...named].filter((file) => !existsSync(join(extension.extensionPath, file)));
    assert.deepEqual(missing, [], 'files the manifest names but the package lacks');
  });

  // The first test to activate the extension: the time to the first findings includes starting
  // the server, as in the web run (test/e2e/web/web.test.ts), which budgets.mjs compares it with.
  it('activates and reports findings on a post-mortem', async () => {
    const opened = Date.now();
    const uri = (await openFile('postmortems/2026-01-15-queue-backlog.md')).document.uri;
    await activate();
    const activated = Date.now();
    await runningClient();
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    report('packaged: first findings after opening', `${Date.now() - opened} ms`);
    report('packaged: first findings after activation', `${Date.now() - activated} ms`);
  });

  it('shows the insights dashboard from the packaged webview script', async () => {
    const insights = (await activate()).insights!;
    await insights.show();
    // The first answer may come before the index has its first post-mortem.
    const shown = await until(
      insights.onDidRender,
      () => (insights.rendered()?.charts.length ? insights.rendered() : undefined),
      'a chart drawn',
      () => JSON.stringify(insights.rendered()),
    );
    assert.ok(shown.charts.length > 0 && shown.charts.every((c) => c.svg === 1), `charts drawn: ${JSON.stringify(shown.charts.map((c) => [c.id, c.svg]))}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('creates a post-mortem from its built-in template ("New Post-Mortem" reads the packaged snippets)', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newPostmortem', {
      title: 'Packaged template check',
      severity: 'SEV3',
    });
    assert.ok(created, 'the command created a file');
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      assert.match(text, /^# Post-Mortem: Packaged template check$/m);
      assert.match(text, /^## Action Items$/m);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(created);
    }
  });
});
