import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { FindingsRecorder, activate, closeAllEditors, openFile, runningClient, waitForRules } from './helpers';

describe('language server lifecycle', () => {
  afterEach(closeAllEditors);

  it('restarts on "Post-Mortem: Restart Language Server" and reports again', async () => {
    const uri = (await openFile('postmortems/2026-01-15-queue-backlog.md')).document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    const before = await runningClient();
    const recorder = new FindingsRecorder(uri);
    try {
      await vscode.commands.executeCommand('postmortem.restartServer');
      const after = (await activate()).client();
      assert.ok(after && after !== before, 'the command started a new client');
      assert.equal(before.state, State.Stopped);
      assert.equal(after.state, State.Running);
      // The old server's findings are cleared when it stops, and the new server reports them again.
      await recorder.until((counts) => counts.indexOf(0) !== -1 && counts.lastIndexOf(3) > counts.indexOf(0), 'findings to clear and come back');
    } finally {
      recorder.dispose();
    }
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
  });
});
