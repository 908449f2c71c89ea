import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';

const DOC = `# Post-mortem: Mail queue stall

## Action Items

| Action | Owner | Due | Status |
| --- | --- | --- | --- |
| Alert on queue age over 10 minutes | Ana Lima | 2026-03-01 | Open |

- [x] Restart the relay with the fixed config (owner: Omar Haddad, due 2026-02-20)
- [ ] Document the relay failover @
`;

/** The position just after the first occurrence of `text`. */
function after(doc: string, text: string) {
  const offset = doc.indexOf(text) + text.length;
  const lines = doc.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

describe('action items over the protocol', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspClient;
  let uri: string;

  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pm-actions-'));
    mkdirSync(join(workspace, 'postmortems'));
    writeFileSync(join(workspace, 'CODEOWNERS'), '*.md @docs-team @priya\n');
    client = await LspClient.start({ workspace, settings: { owners: ['Lena Fischer'] } });
    uri = await client.open(join(workspace, 'postmortems', 'mail.md'), DOC);
  });

  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('completes owners after @ from the roster, the document and CODEOWNERS', async () => {
    const result = await client.connection.sendRequest<CompletionItem[] | CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: after(DOC, 'failover @'),
    });
    const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
    for (const name of ['Lena Fischer', 'Ana Lima', 'Omar Haddad'])
      assert.ok(
        labels.some((l) => l.includes(name)),
        `${name} offered; got ${labels.join(', ')}`,
      );
    assert.ok(
      labels.some((l) => l.includes('priya')),
      `a CODEOWNERS entry is offered; got ${labels.join(', ')}`,
    );
  });

  it('shows owner and due date on hover, and leaves how overdue it is to the overdue finding', async () => {
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: after(DOC, '| Alert on queue') });
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /Ana Lima/);
    assert.match(text, /2026-03-01/);
    // The overdue finding, shown above the hover, says how late it is; the hover does not repeat it.
    assert.doesNotMatch(text, /overdue/i);
    assert.match(text, /\*\*Kind:\*\* detection \(inferred from: "Alert"\)/);
  });

  it('marks an open table item done by editing only its status cell, and a done task not done', async () => {
    const open = await client.codeActions(uri, [], ['refactor.rewrite'], { start: after(DOC, '| Alert on'), end: after(DOC, '| Alert on') });
    const markDone = open.find((a) => a.title === 'Mark this action item as done');
    assert.ok(markDone, `got ${open.map((a) => a.title).join(', ')}`);
    await client.apply(markDone.edit!);
    const afterDone = client.text(uri);
    assert.equal(afterDone, DOC.replace('| 2026-03-01 | Open |', '| 2026-03-01 | Done |'));

    const task = await client.codeActions(uri, [], ['refactor.rewrite'], { start: after(afterDone, '- [x] Restart'), end: after(afterDone, '- [x] Restart') });
    const markOpen = task.find((a) => a.title === 'Mark this action item as not done')!;
    await client.apply(markOpen.edit!);
    assert.equal(client.text(uri), afterDone.replace('- [x] Restart', '- [ ] Restart'));
  });

  it('offers no rewrite outside an action item, and none computed for an older version', async () => {
    assert.deepEqual(await client.codeActions(uri, [], ['refactor.rewrite'], { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }), []);
    const stale = await client.codeActions(uri, [], ['refactor.rewrite'], { start: after(DOC, '| Alert on'), end: after(DOC, '| Alert on') });
    await client.replace(uri, `${DOC}\n`);
    await assert.rejects(client.apply(stale[0].edit!), /edit for version 1, document is at 2/);
  });
});

describe('dues counted from the day a file is named by, over the protocol', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspClient;

  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pm-dated-'));
    mkdirSync(join(workspace, 'postmortems'));
    client = await LspClient.start({ workspace });
  });

  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const plan = [
    '# Queue stall',
    '',
    '## Summary',
    '',
    'The billing queue stopped for forty minutes.',
    '',
    '## Action Items',
    '',
    '### This week',
    '',
    '- [ ] Add a schema check on the producer (owner: Li Wei)',
    '',
    '### Short-term (8-30 days)',
    '',
    '- [ ] Move the consumer to the shared retry library (owner: Sam Okafor)',
    '',
  ].join('\n');

  it('gives a checklist split by the calendar its dates from a file named by day, and says so on hover', async () => {
    const uri = await client.open(join(workspace, 'postmortems', '2026-03-11-queue-stall.md'), plan);
    const vague = (await client.diagnostics(uri)).filter((d) => d.code === 'action-item-vague-due' || d.code === 'action-item-due-date');
    assert.deepEqual(vague, []);
    const hover = await client.hover(uri, client.positionOf(uri, 'Add a schema check'));
    assert.match((hover?.contents as MarkupContent).value, /2026-03-15.*"This week" counted from the post-mortem's date/);
    const later = await client.hover(uri, client.positionOf(uri, 'Move the consumer'));
    assert.match((later?.contents as MarkupContent).value, /2026-04-10/);
  });

  it('reports the words once per heading when neither the document nor its name gives a date', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue-stall.md'), plan);
    const vague = (await client.diagnostics(uri)).filter((d) => d.code === 'action-item-vague-due');
    assert.deepEqual(
      vague.map((d) => d.range.start.line),
      [8, 12],
    );
  });
});
