import { strict as assert } from 'node:assert';
import { reopenedDocumentPulls } from '../../client/src/reopened-documents';

/** A stand-in for vscode.Uri: only its string form matters here. */
const uriOf = (value: string) => ({ toString: () => value });
const textDocument = (uri: string, isClosed: boolean) => ({ uri: uriOf(uri), isClosed });
const REPORT = { kind: 'full', items: [] };

describe('a document opened under the URI of one just closed', () => {
  /** What each shown URI's open document is: a fresh object per opening, as in the editor. */
  let shown: Map<string, object>;
  const show = (...uris: string[]) => {
    for (const uri of uris) shown.set(uri, { opened: uri });
  };
  let refreshes: number;
  let queued: (() => void)[];
  let middleware: ReturnType<typeof reopenedDocumentPulls>;
  const runQueued = () => {
    const tasks = queued;
    queued = [];
    for (const task of tasks) task();
  };

  beforeEach(() => {
    shown = new Map();
    refreshes = 0;
    queued = [];
    middleware = reopenedDocumentPulls({
      shownDocument: (uri) => shown.get(uri),
      refresh: () => refreshes++,
      later: (task) => queued.push(task),
    });
  });

  it('has the open documents pulled again when the closed one’s last pull returns while its URI is shown again', async () => {
    show('untitled:Untitled-1');
    const report = await middleware(textDocument('untitled:Untitled-1', true), undefined, null, async () => REPORT);
    assert.equal(report, REPORT, 'the report goes through unchanged');
    assert.equal(refreshes, 0, 'not at once: the client still has to finish with the old pull');
    runQueued();
    assert.equal(refreshes, 1);
  });

  it('does the same for the pull the client makes for a closed tab, which it passes as a URI', async () => {
    show('file:///pm/outage.md');
    await middleware(uriOf('file:///pm/outage.md'), 'result-1', null, async () => REPORT);
    runQueued();
    assert.equal(refreshes, 1);
  });

  it('leaves pulls of open documents alone, and closed documents that nobody opened again', async () => {
    show('file:///pm/open.md');
    await middleware(textDocument('file:///pm/open.md', false), undefined, null, async () => REPORT);
    await middleware(textDocument('file:///pm/gone.md', true), undefined, null, async () => REPORT);
    await middleware(uriOf('file:///pm/tab-closed.md'), undefined, null, async () => REPORT);
    runQueued();
    assert.equal(queued.length, 0);
    assert.equal(refreshes, 0);
  });

  it('asks once for several such pulls that return in the same turn, and again when the URI is opened once more', async () => {
    show('untitled:Untitled-1', 'untitled:Untitled-2');
    await Promise.all([
      middleware(textDocument('untitled:Untitled-1', true), undefined, null, async () => REPORT),
      middleware(textDocument('untitled:Untitled-2', true), undefined, null, async () => REPORT),
    ]);
    runQueued();
    assert.equal(refreshes, 1);
    // Closed and opened again: another document under the same name.
    show('untitled:Untitled-1');
    await middleware(textDocument('untitled:Untitled-1', true), undefined, null, async () => REPORT);
    runQueued();
    assert.equal(refreshes, 2);
  });

  it('asks once per document shown again: the client re-pulling with the closed document does not start another round', async () => {
    // The round's pull of the new document cuts short the client's pull in flight for the URI, and
    // the client pulls again with the document it started with, the closed one. Were that return
    // answered by another round, the two would cut each other short for as long as the editor is open.
    show('untitled:Untitled-1');
    const closed = textDocument('untitled:Untitled-1', true);
    for (let turn = 0; turn < 5; turn++) {
      await middleware(closed, undefined, { isCancellationRequested: turn > 0 }, async () => REPORT);
      runQueued();
    }
    assert.equal(refreshes, 1);
  });

  it('still repairs when the old pull fails, and passes the failure on', async () => {
    show('untitled:Untitled-1');
    await assert.rejects(
      middleware(textDocument('untitled:Untitled-1', true), undefined, null, async () => {
        throw new Error('server gone');
      }),
      /server gone/,
    );
    runQueued();
    assert.equal(refreshes, 1);
  });

  it('passes the document, result id and token to the client’s own pull, and an empty answer through', async () => {
    const token = { isCancellationRequested: false };
    const seen: unknown[] = [];
    const document = textDocument('file:///pm/a.md', false);
    const answer = await middleware(document, 'r7', token, (d, id, t) => {
      seen.push(d, id, t);
      return undefined;
    });
    assert.deepEqual(seen, [document, 'r7', token]);
    assert.equal(answer, undefined);
  });
});
