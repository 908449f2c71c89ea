import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activate, closeAllEditors, openFile, report, runningClient, waitForRules } from '../suite/helpers';

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
    for (const file of ['client/out/extension.js', 'server/out/server.js', 'docs/rules/required-sections.md', 'schemas/postmortemrc.schema.json', 'readme.md', 'LICENSE.txt']) {
      assert.ok(existsSync(join(extension.extensionPath, file)), `${file} is in the package`);
    }
    for (const file of ['node_modules', 'client/src', 'server/src', 'test', 'client/out/extension.js.map']) {
      assert.ok(!existsSync(join(extension.extensionPath, file)), `${file} is not in the package`);
    }
  });

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
});
