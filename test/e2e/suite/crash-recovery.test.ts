import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { closeAllEditors, nextEvent, openFile, positionOf, report, runningClient, waitForRules } from './helpers';

const POSTMORTEM = 'postmortems/2026-01-15-queue-backlog.md';

/**
 * The language servers this extension host started: its child processes running the server
 * bundle. Read from /proc, so the test needs no hook in the extension to find the process.
 */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the second field after the command name, which is in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (command.some((arg) => /server[\\/]out[\\/]server\.js$/.test(arg))) pids.push(Number(entry));
    } catch {
      // The process ended while it was read.
    }
  }
  return pids;
}

describe('crash recovery', () => {
  afterEach(closeAllEditors);

  it('restarts the language server after it is killed, and the findings follow edits again', async function () {
    if (!existsSync('/proc/self/stat')) {
      this.skip(); // Finding the server's process needs /proc (Linux); the other runners skip this case.
    }
    const editor = await openFile(POSTMORTEM);
    const uri = editor.document.uri;
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    const client = await runningClient();
    const before = serverPids();
    assert.equal(before.length, 1, `one server process expected, found ${before.join(', ') || 'none'}`);

    const states: string[] = [];
    const recording = client.onDidChangeState((e) => states.push(State[e.newState]));
    const running = nextEvent(client.onDidChangeState, (e) => e.newState === State.Running, 'the client to be running again');
    const killed = Date.now();
    process.kill(before[0], 'SIGKILL');
    try {
      await running;
    } catch (error) {
      // Say what the client went through, and what is left of the server, so that a failure on a
      // loaded machine can be told apart from a restart the crash policy refused.
      const alive = serverPids();
      throw new Error(
        `${(error as Error).message}; the client went ${states.join(' → ') || 'through no state'}; server processes now: ${alive.join(', ') || 'none'}`,
      );
    } finally {
      recording.dispose();
    }
    report('server back after a crash', `${Date.now() - killed} ms`);
    assert.ok(states.includes('Starting'), `the client went through a restart: ${states.join(' → ')}`);
    const after = serverPids();
    assert.equal(after.length, 1, `one server process after the restart, found ${after.join(', ') || 'none'}`);
    assert.notEqual(after[0], before[0], 'a new process');

    // The new server has the document and answers for its edits.
    await waitForRules(uri, ['empty-section', 'metadata-date', 'required-sections']);
    const date = positionOf(editor.document, '2026-13-45');
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(date, date.translate(0, '2026-13-45'.length)), '2026-01-15')));
    await waitForRules(uri, ['empty-section', 'required-sections']);
  });
});
