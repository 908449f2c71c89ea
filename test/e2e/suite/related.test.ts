import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { RelatedViewApi } from '../../../client/src/features/related-view';
import { activate, closeAllEditors, findings, openFile, ruleOf, until, waitForFindings, workspaceFile } from './helpers';

const EARLIER = 'postmortems/2026-02-03-orders-pool.md';
const LATER = 'postmortems/2026-05-12-payments-pool.md';

const postmortem = (title: string, date: string, summary: string, cause: string) =>
  `---\ndate: ${date}\nservices: [orders-db]\ntrigger: capacity\n---\n# Post-Mortem: ${title}\n\n## Summary\n\n${summary}\n\n## Root Cause\n\n${cause}\n\n## Impact\n\nAbout 900 requests failed over 35 minutes.\n`;

const EARLIER_TEXT = postmortem(
  'Orders stalled at peak',
  '2026-02-03',
  'Placing an order took minutes while traffic peaked.',
  'All pooled database connections were held by long transactions; new requests queued for a connection until they gave up.',
);
const LATER_TEXT = postmortem(
  'Payments hung at the sale',
  '2026-05-12',
  'Payments hung for half an hour during the sale.',
  'Long transactions and slow queries held every pooled database connection; payment requests queued for a connection until they timed out.',
);

async function write(relative: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceFile(relative), new TextEncoder().encode(text));
}

describe('related post-mortems', () => {
  let view: RelatedViewApi;

  before(async () => {
    const exported = (await activate()).related;
    assert.ok(exported, 'the extension API offers the Related Post-Mortems view');
    view = exported;
    await write(EARLIER, EARLIER_TEXT);
    await write(LATER, LATER_TEXT);
  });

  after(async () => {
    await closeAllEditors();
    // Other suites count the workspace's post-mortems: leave it as it was.
    for (const file of [LATER, EARLIER]) await vscode.workspace.fs.delete(workspaceFile(file)).then(undefined, () => undefined);
  });

  it('lists the earlier incident of the same cause in the Related Post-Mortems view, with its date and why; a click opens it at its root cause', async () => {
    const editor = await openFile(LATER);
    await vscode.commands.executeCommand('postmortem.related.focus');
    const earlier = workspaceFile(EARLIER).toString();
    // The index reads a new file's outline first (title, date, words) and what it says about the
    // system (services, trigger) in a second pass; the view follows it. Wait for the full reading.
    const snapshot = await until(
      view.onDidUpdate,
      () => {
        const now = view.snapshot();
        const first = now.document === editor.document.uri.toString() && now.items[0]?.uri === earlier;
        return first && /capacity trigger/.test(String(now.rows[0]?.description)) ? now : undefined;
      },
      'the earlier post-mortem first in the view, read in full',
      () => JSON.stringify(view.snapshot()),
    );
    const row = snapshot.rows[0];
    assert.equal(row.label, 'Post-Mortem: Orders stalled at peak');
    assert.match(String(row.description), /^2026-02-03 · both orders-db and capacity trigger; shared words "/);
    assert.ok(snapshot.items[0].earlier);
    assert.ok(row.command, 'a row opens its post-mortem');
    await vscode.commands.executeCommand(row.command.command, ...(row.command.arguments ?? []));
    const opened = await until(
      vscode.window.onDidChangeActiveTextEditor,
      () => (vscode.window.activeTextEditor?.document.uri.toString() === earlier ? vscode.window.activeTextEditor : undefined),
      'the earlier post-mortem opened',
    );
    assert.equal(opened.selection.active.line, EARLIER_TEXT.split('\n').indexOf('## Root Cause'));
  });

  it('reports recurring-incident on the root-cause heading, with the earlier post-mortem as related information, and a lens over it', async () => {
    const editor = await openFile(LATER);
    const uri = editor.document.uri;
    const list = await waitForFindings(uri, (f) => f.some((d) => ruleOf(d) === 'recurring-incident'), 'recurring-incident');
    const finding = list.find((d) => ruleOf(d) === 'recurring-incident')!;
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(finding.range.start.line, LATER_TEXT.split('\n').indexOf('## Root Cause'));
    assert.match(finding.message, /^Resembles 'Post-Mortem: Orders stalled at peak' \(2026-02-03\)\./);
    assert.equal(finding.relatedInformation?.[0].location.uri.toString(), workspaceFile(EARLIER).toString());
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.ok(
      lenses.some((l) => l.command?.title === 'Similar to 1 earlier incident' && l.range.start.line === finding.range.start.line),
      JSON.stringify(lenses.map((l) => l.command?.title)),
    );
    assert.ok(
      findings(workspaceFile(EARLIER)).every((d) => ruleOf(d) !== 'recurring-incident'),
      'the first of its kind gets none',
    );
  });
});
