import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activate } from './helpers';

describe('contributed commands', () => {
  it('registers every command the manifest contributes, so none fails with "command not found"', async () => {
    await activate();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: { command: string }[] = extension.packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.length > 0, 'the manifest contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.map((c) => c.command).filter((c) => !registered.has(c)),
      [],
    );
  });
});
