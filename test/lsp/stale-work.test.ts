import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, type Diagnostic } from 'vscode-languageserver-protocol';
import type { DiagnosticData } from '../../server/src/protocol';
import { generatePostmortem } from '../bench/generate';
import type { LspClient } from '../support/lsp-client';
import { serverPerTest } from '../support/server-per-test';

/** The versions the diagnostics' fixes were computed for. */
function versions(diagnostics: Diagnostic[]): number[] {
  return [...new Set(diagnostics.map((d) => (d.data as DiagnosticData).version))];
}

describe('language server: stale work and cancellation', function () {
  this.timeout(120000);
  let workspace: string;
  let client: LspClient;
  // Long enough that a full parse takes far longer than a message round trip.
  const big = generatePostmortem({ lines: 20000, seed: 21 });

  serverPerTest('pm-stale-', (w, c) => {
    workspace = w;
    client = c;
  });

  it('stops a pull the client cancels, and answers the next one for the same text', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'big.md'), big);
    const source = new CancellationTokenSource();
    const pending = client.diagnostics(uri, source.token);
    source.cancel();
    await assert.rejects(pending, (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(versions(diagnostics), [1]);
    const date = diagnostics.find((d) => d.code === 'metadata-date');
    assert.ok(date, `expected the ambiguous date among ${diagnostics.map((d) => d.code).join(', ')}`);
    assert.equal(client.text(uri).split('\n')[date.range.start.line].slice(date.range.start.character, date.range.end.character), '03/04/2026');
  });

  it('answers a pull for an older version with the findings of the newest', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'big.md'), '# Post-Mortem: draft\n');
    // Version 2 replaces everything (a long parse); version 3 arrives while it is under way.
    await client.replace(uri, big);
    const forVersion2 = client.diagnostics(uri);
    const at = client.document(uri).positionAt(big.indexOf('03/04/2026'));
    await client.edit(uri, { start: at, end: at }, '1');
    const forVersion3 = client.diagnostics(uri);
    const [older, newer] = await Promise.all([forVersion2, forVersion3]);
    assert.deepEqual(versions(older), [3]);
    assert.deepEqual(versions(newer), [3]);
    const date = newer.find((d) => d.code === 'metadata-date')!;
    assert.equal(client.text(uri).split('\n')[date.range.start.line].slice(date.range.start.character, date.range.end.character), '103/04/2026');
  });

  it('takes back the findings of an opened fence when it is removed again', async () => {
    const text = generatePostmortem({ lines: 600, seed: 4 });
    const uri = await client.open(join(workspace, 'postmortems', 'fence.md'), text);
    const before = await client.diagnostics(uri);
    const summary = client.document(uri).positionAt(text.indexOf('## Summary'));
    // An opened fence swallows every later heading; closing it brings them back.
    await client.edit(uri, { start: summary, end: summary }, '```\n');
    const opened = await client.diagnostics(uri);
    assert.ok(
      opened.some((d) => d.code === 'required-sections'),
      'sections inside an open fence are missing',
    );
    await client.edit(uri, { start: summary, end: { line: summary.line + 1, character: 0 } }, '');
    assert.equal(client.text(uri), text);
    const closed = await client.diagnostics(uri);
    assert.deepEqual(
      closed.map((d) => [d.code, d.message]),
      before.map((d) => [d.code, d.message]),
    );
  });
});
