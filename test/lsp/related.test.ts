import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ActionItemsChangedNotification, RelatedChangedNotification, RelatedRequest } from '../../server/src/protocol';
import { LspClient } from '../support/lsp-client';

/** A post-mortem of our own, with a root cause unless `cause` is null. */
function pm(title: string, date: string, summary: string, cause: string | null, items: string[] = []): string {
  return [
    '---',
    `date: ${date}`,
    'services: [checkout-api]',
    'trigger: capacity',
    '---',
    `# ${title}`,
    '',
    '## Summary',
    '',
    summary,
    '',
    ...(cause === null ? [] : ['## Root Cause', '', cause, '']),
    '## Impact',
    '',
    'Some requests failed for 20 minutes.',
    '',
    '## Action Items',
    '',
    ...items,
    '',
  ].join('\n');
}

const CHECKOUT = pm(
  'Checkout latency',
  '2026-03-04',
  'Checkout requests hung during the spring sale.',
  'The database connection pool was exhausted by slow queries, so requests waited for a free connection and timed out.',
  ['- [ ] Alert on connection pool saturation (owner: Ana Lima, due: 2026-03-20)', '- [x] Raise the pool limit (owner: Omar Haddad, due: 2026-03-10)'],
);
const ORDERS = pm(
  'Orders stalled',
  '2026-06-10',
  'Placing an order took minutes at peak traffic.',
  'All pooled database connections were held by long transactions; new requests queued for a connection until they gave up.',
  ['- [x] Cap transaction length (owner: Tom Berg, due: 2026-06-20)', '- [x] Add a pool dashboard (owner: Ana Lima, due: 2026-06-25)'],
);
const CERT = pm(
  'Certificate expired',
  '2026-07-02',
  'Clients refused to connect to the API.',
  'The TLS certificate at the edge expired because its renewal job had stopped.',
);
const DRAFT = pm(
  'Payments hung at the sale',
  '2026-09-01',
  'Payments hung for half an hour during the autumn sale.',
  'Long transactions and slow queries held every pooled database connection; payment requests queued for a connection until they timed out.',
);

/** The document's diagnostics once `done` holds of them: pulled now and after each refresh the server asks for (at most five). */
async function until(c: LspClient, id: string, done: (ds: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  for (let refreshes = 0; ; refreshes++) {
    // Waited for before the pull, so that a refresh sent while it is answered is not missed.
    const next = c.nextRefresh();
    const ds = await c.diagnostics(id);
    if (done(ds)) return ds;
    assert.ok(refreshes < 5, `still not so after ${refreshes} refreshes: ${JSON.stringify(ds.map((d) => d.code))}`);
    await next;
  }
}

describe('related post-mortems over the protocol', function () {
  // A workspace scan, its findings pass and a check each: generous for a loaded machine.
  this.timeout(60000);
  let root: string;
  let client: LspClient | undefined;
  const file = (name: string) => join(root, 'postmortems', name);
  const uri = (name: string) => pathToFileURL(file(name)).href;

  const start = async () => {
    const c = (client = await LspClient.start({ workspace: root }));
    await c.nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    await c.progressEnded('Checking post-mortems');
    return c;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-related-'));
    mkdirSync(join(root, 'postmortems'));
    writeFileSync(file('checkout.md'), CHECKOUT);
    writeFileSync(file('orders.md'), ORDERS);
    writeFileSync(file('cert.md'), CERT);
    writeFileSync(join(root, 'README.md'), '# Project\n\nNot a post-mortem.\n');
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('answers postmortem/related for an open draft: title, date, score and why, best first', async () => {
    const c = await start();
    const id = await c.open(file('draft.md'), DRAFT);
    const result = await c.connection.sendRequest(RelatedRequest.type, { uri: id });
    assert.equal(result.isPostmortem, true);
    assert.equal(result.archiveSize, 4, 'three files and the open draft');
    assert.deepEqual(
      result.items.slice(0, 2).map((i) => i.title),
      ['Orders stalled', 'Checkout latency'],
    );
    const [orders] = result.items;
    assert.equal(orders.uri, uri('orders.md'));
    assert.equal(orders.date, '2026-06-10');
    assert.equal(orders.earlier, true);
    assert.ok(orders.score > 0.25 && orders.score <= 1);
    assert.deepEqual(orders.services, ['checkout-api']);
    assert.equal(orders.trigger, 'capacity');
    assert.match(orders.why, /^both checkout-api and capacity trigger; shared words "/);
    assert.ok(orders.terms.some((t) => t.fields.includes('rootCause')));
    assert.equal(orders.line, ORDERS.split('\n').indexOf('## Root Cause'));
    assert.deepEqual([orders.openItems, orders.totalItems], [0, 2]);
    assert.ok(!result.items.some((i) => i.uri === id), 'never the document itself');
  });

  it('forgets a draft once it is closed unsaved: it is no earlier incident of the next document', async () => {
    const c = await start();
    const draft = await c.open(file('draft.md'), DRAFT);
    assert.equal((await c.connection.sendRequest(RelatedRequest.type, { uri: draft })).archiveSize, 4, 'three files and the draft');
    await c.close(draft);
    const next = await c.open(file('next.md'), DRAFT.replace('Payments hung at the sale', 'Payments hung again'));
    const result = await c.connection.sendRequest(RelatedRequest.type, { uri: next });
    assert.equal(result.archiveSize, 4, 'three files and the new document, not the closed draft');
    assert.ok(!result.items.some((i) => i.uri === draft), 'the closed draft is not related');
    assert.deepEqual(
      result.items.slice(0, 2).map((i) => i.title),
      ['Orders stalled', 'Checkout latency'],
    );
  });

  it('reports recurring-incident on the root-cause heading with the earlier post-mortems as related information, and puts a lens over it', async () => {
    const c = await start();
    const id = await c.open(file('draft.md'), DRAFT);
    const diagnostics = await c.diagnostics(id);
    const finding = diagnostics.find((d) => d.code === 'recurring-incident')!;
    assert.ok(finding, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(finding.severity, 3);
    assert.equal(finding.range.start.line, DRAFT.split('\n').indexOf('## Root Cause'));
    assert.match(
      finding.message,
      /^Resembles 'Orders stalled' \(2026-06-10\) and 'Checkout latency' \(2026-03-04\); 1 of their action items is still open\. 'Orders stalled' \(2026-06-10\) had all 2 of its action items done, due by 2026-06-25, before this incident: the fix did not hold\.$/,
    );
    assert.deepEqual(
      finding.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
      [
        [uri('orders.md'), ORDERS.split('\n').indexOf('## Root Cause')],
        [uri('checkout.md'), CHECKOUT.split('\n').indexOf('## Root Cause')],
      ],
    );
    assert.match(finding.relatedInformation[0].message, /^'Orders stalled' \(2026-06-10\): both checkout-api/);
    const lenses = await c.codeLenses(id);
    const lens = lenses.find((l) => l.command?.title.startsWith('Similar to'));
    assert.equal(lens?.command?.title, 'Similar to 2 earlier incidents');
    assert.equal(lens?.command?.command, 'postmortem.related.focus');
    assert.equal(lens?.range.start.line, DRAFT.split('\n').indexOf('## Root Cause'));
  });

  it('follows the archive: a file rewritten on disk about the same cause joins the finding, and the client hears of it', async () => {
    const c = await start();
    const id = await c.open(file('draft.md'), DRAFT);
    assert.equal((await c.diagnostics(id)).find((d) => d.code === 'recurring-incident')?.relatedInformation?.length, 2);
    const changed = c.nextNotification(RelatedChangedNotification.method);
    const refreshed = c.nextRefresh();
    writeFileSync(
      file('cert.md'),
      pm(
        'Pool ran dry',
        '2026-07-02',
        'Payments queued at peak.',
        'Slow queries and long transactions held every pooled database connection, and payment requests queued until they timed out.',
      ),
    );
    const before = (await c.workspaceDiagnostics()).items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId }));
    await c.watchedFiles([{ path: file('cert.md'), type: FileChangeType.Changed }]);
    await changed;
    await refreshed;
    // The file is read again in two steps (its outline, then its facts and findings): wait for the second.
    while (!(await c.workspaceDiagnostics(before)).items.some((i) => i.uri === uri('cert.md'))) {
      // Each answer comes when the index changes; the loop ends once the file's findings are new.
    }
    const finding = (await c.diagnostics(id)).find((d) => d.code === 'recurring-incident')!;
    assert.equal(finding.relatedInformation?.[0].location.uri, uri('cert.md'));
    assert.match(finding.message, /^Resembles 'Pool ran dry' \(2026-07-02\)/);
    const count = finding.relatedInformation.length;
    assert.equal(
      (await c.codeLenses(id)).find((l) => l.command?.title.startsWith('Similar to'))?.command?.title,
      `Similar to ${count} earlier incident${count === 1 ? '' : 's'}`,
    );
  });

  // The timing is the unit tests' (archive-while-typing): here, that the server carries, queries after a pause and asks the client to pull.
  it('while the draft is typed, its finding moves with the text; once typing pauses, the archive is read again and the client is asked to pull', async () => {
    const c = await start();
    const id = await c.open(file('draft.md'), DRAFT);
    const heading = DRAFT.split('\n').indexOf('## Root Cause');
    const first = (await c.diagnostics(id)).find((d) => d.code === 'recurring-incident')!;
    assert.equal(first.range.start.line, heading);
    // Two lines typed above the heading, then the cause rewritten into another story, each pulled at once.
    await c.edit(id, { start: { line: heading - 1, character: 0 }, end: { line: heading - 1, character: 0 } }, 'More of the summary.\n\n');
    const moved = (await c.diagnostics(id)).find((d) => d.code === 'recurring-incident');
    assert.equal(moved?.range.start.line, heading + 2, 'carried over, two lines down with its heading');
    assert.equal(moved?.message, first.message);
    const cause = heading + 4;
    const old = DRAFT.split('\n')[heading + 2];
    await c.edit(
      id,
      { start: { line: cause, character: 0 }, end: { line: cause, character: old.length } },
      'A typo in a DNS record sent mail to a parked domain.',
    );
    // Carried while typing: the server asks the client to pull again once it has read the archive after the pause.
    await until(c, id, (ds) => !ds.some((d) => d.code === 'recurring-incident'));
  });

  it('a finding on the line being typed is not carried: it comes back once typing pauses', async () => {
    const c = await start();
    const id = await c.open(file('draft.md'), DRAFT);
    const heading = DRAFT.split('\n').indexOf('## Root Cause');
    assert.ok((await c.diagnostics(id)).some((d) => d.code === 'recurring-incident'));
    await c.edit(id, { start: { line: heading, character: 13 }, end: { line: heading, character: 13 } }, 's');
    // Dropped while its own heading is typed; back once the server has read the archive after the pause.
    const back = (await until(c, id, (ds) => ds.some((d) => d.code === 'recurring-incident'))).find((d) => d.code === 'recurring-incident');
    assert.equal(back?.range.start.line, heading);
    assert.equal(back?.range.end.character, '## Root Causes'.length);
  });

  it('a document with no root cause gets no finding and no lens; a file that is not a post-mortem gets no answer', async () => {
    const c = await start();
    const id = await c.open(file('draft.md'), pm('Payments hung again', '2026-09-01', 'Every pooled database connection was held by slow queries.', null));
    assert.ok(!(await c.diagnostics(id)).some((d) => d.code === 'recurring-incident'));
    assert.ok(!(await c.codeLenses(id)).some((l) => l.command?.title.startsWith('Similar to')));
    assert.equal((await c.connection.sendRequest(RelatedRequest.type, { uri: id })).isPostmortem, true);
    const readme = await c.open(join(root, 'README.md'), '# Project\n\nNot a post-mortem.\n');
    assert.deepEqual(await c.connection.sendRequest(RelatedRequest.type, { uri: readme }), { items: [], isPostmortem: false, archiveSize: 4 });
  });

  it('in an empty archive, answers nothing and reports nothing', async () => {
    rmSync(join(root, 'postmortems'), { recursive: true, force: true });
    mkdirSync(join(root, 'postmortems'));
    const c = (client = await LspClient.start({ workspace: root }));
    await c.nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    const id = await c.open(file('draft.md'), DRAFT);
    assert.deepEqual((await c.connection.sendRequest(RelatedRequest.type, { uri: id })).items, []);
    assert.ok(!(await c.diagnostics(id)).some((d) => d.code === 'recurring-incident'));
  });
});
