/**
 * Protocol abuse against the real bundled server: malformed and unknown messages, documents
 * never opened, versions out of order, edit storms, huge and binary documents, and a document
 * closed while a request is in flight. After each, the server must still answer a normal
 * request correctly: that is the proof it keeps serving.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { ErrorCodes, type Diagnostic, type Range } from 'vscode-languageserver-protocol';
import type { DiagnosticData } from '../../server/src/protocol';
import { FIXED_SEED } from '../fuzz/config';
import type { LspClient } from '../support/lsp-client';
import { QUEUE_DRAFT as DRAFT, serverPerTest } from '../support/server-per-test';

/** What a client sees of a finding, without the version that differs between documents. */
function comparable(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({
    range: d.range,
    code: d.code,
    message: d.message,
    severity: d.severity,
    fixes: (d.data as DiagnosticData | undefined)?.fixes,
  }));
}

describe('language server under protocol abuse', function () {
  this.timeout(120000);
  let workspace: string;
  let client: LspClient;

  serverPerTest('pm-abuse-', (w, c) => {
    workspace = w;
    client = c;
  });

  /** A normal request answered correctly: the server is still serving. */
  async function stillServes(): Promise<void> {
    assert.ok(client.alive, `the server exited; stderr:\n${client.stderr.join('')}`);
    const uri = await client.open(join(workspace, 'postmortems', `probe-${Math.random().toString(36).slice(2)}.md`), DRAFT);
    const diagnostics = await client.diagnostics(uri);
    assert.ok(
      diagnostics.some((d) => d.code === 'metadata-date'),
      'a normal document is checked as before',
    );
    await client.close(uri);
  }

  it('answers malformed JSON-RPC bodies and keeps serving', async () => {
    // Raw requests use string ids the test client never uses, so their answers cannot be
    // mistaken for answers to the client's own requests.
    for (const body of [
      '{ not json',
      '',
      '[]',
      'null',
      '42',
      '"text"',
      '{"jsonrpc":"2.0"}',
      '{"jsonrpc":"1.0","id":"raw-1","method":"x"}',
      '{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/diagnostic"}',
      '{"jsonrpc":"2.0","id":"raw-2","method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///nowhere.md"}}}',
      '{"jsonrpc":"2.0","id":"raw-3","method":"textDocument/codeAction","params":"nonsense"}',
      '\u0000\u0001\u0002',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":null}',
      '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":42},"contentChanges":"x"}}',
    ]) {
      await client.writeRaw(body);
    }
    await client.writeRaw(Buffer.from([0xff, 0xfe, 0xfd, 0x7b]));
    await stillServes();
  });

  it('answers a request with broken parameters with an error, not a crash', async () => {
    await assert.rejects(client.connection.sendRequest('textDocument/diagnostic', {}), (error: { code: number }) => typeof error.code === 'number');
    await assert.rejects(
      client.connection.sendRequest('textDocument/codeAction', { textDocument: null }),
      (error: { code: number }) => typeof error.code === 'number',
    );
    await assert.rejects(client.connection.sendRequest('postmortem/model', null), (error: { code: number }) => typeof error.code === 'number');
    await assert.rejects(client.connection.sendRequest('postmortem/model', { uri: 42 }), /is not open/);
    await stillServes();
  });

  it('answers unknown requests with MethodNotFound and ignores unknown notifications', async () => {
    await assert.rejects(
      client.connection.sendRequest('postmortem/noSuchThing', { a: 1 }),
      (error: { code: number }) => error.code === ErrorCodes.MethodNotFound,
    );
    await assert.rejects(client.connection.sendRequest('textDocument/noSuchThing'), (error: { code: number }) => error.code === ErrorCodes.MethodNotFound);
    await client.connection.sendNotification('postmortem/noSuchNotification', { a: 1 });
    await client.connection.sendNotification('$/noSuchNotification');
    await stillServes();
  });

  it('answers requests about documents that were never opened', async () => {
    const never = pathToFileURL(join(workspace, 'postmortems', 'never.md')).href;
    assert.deepEqual(await client.diagnostics(never), []);
    assert.deepEqual(await client.codeActions(never, [], ['quickfix', 'source.fixAll.postmortem']), []);
    await assert.rejects(client.connection.sendRequest('postmortem/model', { uri: never }), /is not open/);
    // Changes and closes for a document that is not open are ignored.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: never, version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: never } });
    assert.deepEqual(await client.diagnostics(never), []);
    await stillServes();
  });

  it('reports the findings of the text it holds when versions arrive out of order', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'order.md'), DRAFT, 5);
    const first = await client.diagnostics(uri);
    assert.ok(first.some((d) => d.code === 'metadata-date'));
    // Version 9, then version 5 again with other text: the version number is reused.
    await client.replaceWithVersion(uri, DRAFT.replace('2026-04-31', '2026-04-30'), 9);
    await client.replaceWithVersion(uri, DRAFT.replace('2026-04-31', '2026-04-29'), 5);
    const after = await client.diagnostics(uri);
    assert.ok(!after.some((d) => d.code === 'metadata-date'), 'the reused version number did not bring back the findings of the first text');
    const fresh = await client.open(join(workspace, 'postmortems', 'order-fresh.md'), client.text(uri));
    assert.deepEqual(comparable(after), comparable(await client.diagnostics(fresh)));
    await stillServes();
  });

  it('after 1,000 changes sent as fast as possible, a pull equals the findings of the final text opened fresh', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'storm.md'), DRAFT);
    const random = fc.sample(
      fc.tuple(
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', 'x', '\n', '## Impact\n', 'Date: 2026-02-30\n', '| a | b |\n', '```\n', '😀', '\r\n', '<!-- postmortem-disable -->'),
      ),
      { seed: FIXED_SEED, numRuns: 1000 },
    );
    const pending: Promise<unknown>[] = [];
    for (const [i, [a, b, insert]] of random.entries()) {
      const doc = client.document(uri);
      const length = doc.getText().length;
      const start = doc.positionAt(a % (length + 1));
      const end = doc.positionAt(Math.min(length, (a % (length + 1)) + (b % 8)));
      const range: Range = { start, end };
      pending.push(client.edit(uri, range, insert));
      // Pulls in the middle of the storm, not awaited, as an editor sends them while typing.
      if (i % 100 === 0) pending.push(client.diagnostics(uri).catch(() => undefined));
    }
    await Promise.all(pending);
    const final = client.text(uri);
    const stormed = await client.diagnostics(uri);
    const fresh = await client.open(join(workspace, 'postmortems', 'storm-fresh.md'), final);
    assert.deepEqual(comparable(stormed), comparable(await client.diagnostics(fresh)));
    const model = await client.connection.sendRequest<{ sections: unknown[] } | null>('postmortem/model', { uri });
    const freshModel = await client.connection.sendRequest<{ sections: unknown[] } | null>('postmortem/model', { uri: fresh });
    assert.deepEqual(model?.sections, freshModel?.sections);
    await stillServes();
  });

  it('says a 10 MB post-mortem is too large to check, and answers quickly for one that is not a post-mortem', async () => {
    const big = `${DRAFT}\n${'A line of the log that goes on and on. '.repeat(270_000)}`;
    assert.ok(big.length > 10_000_000);
    const uri = await client.open(join(workspace, 'postmortems', 'huge.md'), big);
    const diagnostics = await client.diagnostics(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'not-checked');
    assert.match(diagnostics[0].message, /larger than postmortem\.maxDocumentSize/);
    const other = await client.open(join(workspace, 'huge-notes.md'), `# Notes\n\n${'x'.repeat(10_000_000)}`);
    assert.deepEqual(await client.diagnostics(other), []);
    await client.close(uri);
    await client.close(other);
    await stillServes();
  });

  it('handles binary content, lone surrogates and NULs in any document', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const texts = [bytes.toString('latin1'), bytes.toString('utf8'), `# Post-Mortem\n\n\ud800 \udc00 \u0000 ${'\ufffd'.repeat(100)}`, '\u0000'.repeat(1000)];
    for (const [i, text] of texts.entries()) {
      for (const path of [join(workspace, 'postmortems', `binary-${i}.md`), join(workspace, `binary-${i}.md`)]) {
        const uri = await client.open(path, text);
        const diagnostics = await client.diagnostics(uri);
        for (const d of diagnostics) assert.ok(d.code === 'not-checked' || typeof d.message === 'string');
        await client.codeActions(uri, diagnostics, ['quickfix', 'source.fixAll.postmortem']);
      }
    }
    await stillServes();
  });

  it('answers cleanly when a document is closed while requests about it are in flight', async () => {
    for (let round = 0; round < 20; round++) {
      const uri = await client.open(join(workspace, 'postmortems', `closing-${round}.md`), DRAFT);
      const diagnostics = client.diagnostics(uri);
      const actions = client.codeActions(uri, [], ['source.fixAll.postmortem']);
      const model = client.connection.sendRequest('postmortem/model', { uri }).then(
        (value) => ({ value }),
        (error: Error) => ({ error }),
      );
      await client.close(uri);
      const items = await diagnostics;
      assert.ok(Array.isArray(items));
      assert.ok(Array.isArray(await actions));
      const answer = await model;
      if ('error' in answer) assert.match(answer.error.message, /is not open/);
    }
    await stillServes();
  });
});
