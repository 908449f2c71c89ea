import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { ActionItemNode, ActionItemRow, ActionItemsSnapshot, ActionItemsViewApi } from '../../../client/src/features/action-items-view';
import { activate, closeAllEditors, nextEvent, until, workspaceFile } from './helpers';

const PAYMENTS = 'postmortems/2025-09-08-payment-retries.md';
const CERTIFICATE = 'postmortems/2025-04-22-certificate-expiry.md';
const QUEUE = 'postmortems/2026-01-15-queue-backlog.md';
const OVERDUE = 'Send an idempotency key with every charge request';
const SLOW_NETWORK = 'Add a slow-network case to the retry tests';
// A list item shows its words without the owner and due date written in them (they are shown beside it).
const RENEW = 'Renew the partner API certificate automatically';
const RENAME = 'Rename the variable in every template';

/** The tree as group label → item labels, the shape most assertions compare. */
function outline(snapshot: ActionItemsSnapshot): Record<string, string[]> {
  return Object.fromEntries(snapshot.groups.map((g) => [String(g.item.label), g.items.map((i) => String(i.item.label))]));
}

function describeTree(api: ActionItemsViewApi): string {
  const snapshot = api.snapshot();
  return `${JSON.stringify(outline(snapshot))}; badge ${snapshot.badge}; status ${snapshot.status}`;
}

/** Waits until the view shows what `predicate` wants, on the view's update event. */
function waitForTree(api: ActionItemsViewApi, predicate: (snapshot: ActionItemsSnapshot) => boolean, what: string): Promise<ActionItemsSnapshot> {
  return until(
    api.onDidUpdate,
    () => (predicate(api.snapshot()) ? api.snapshot() : undefined),
    what,
    () => describeTree(api),
  );
}

function row(snapshot: ActionItemsSnapshot, label: string): ActionItemRow {
  const found = snapshot.groups.flatMap((g) => g.items).find((i) => i.item.label === label);
  assert.ok(found, `"${label}" is not in the tree: ${JSON.stringify(outline(snapshot))}`);
  return found;
}

async function readText(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(relative)));
}

/** Waits until the active editor shows `relative`. */
async function activeEditorOn(relative: string): Promise<vscode.TextEditor> {
  const key = workspaceFile(relative).toString();
  return until(
    vscode.window.onDidChangeActiveTextEditor,
    () => (vscode.window.activeTextEditor?.document.uri.toString() === key ? vscode.window.activeTextEditor : undefined),
    `an editor on ${relative}`,
    () => `active: ${vscode.window.activeTextEditor?.document.uri.toString() ?? 'none'}`,
  );
}

describe('the Action Items view', () => {
  let api: ActionItemsViewApi;

  before(async () => {
    const exported = (await activate()).actionItems;
    assert.ok(exported, 'the extension API offers the Action Items view');
    api = exported;
    await vscode.commands.executeCommand('postmortem.actionItems.groupByStatus');
    await vscode.commands.executeCommand('postmortem.actionItems.hideDone');
  });

  beforeEach(async () => {
    await vscode.commands.executeCommand('postmortem.actionItems.groupByStatus');
    await vscode.commands.executeCommand('postmortem.actionItems.hideDone');
  });

  afterEach(closeAllEditors);

  after(async () => {
    await vscode.commands.executeCommand('postmortem.actionItems.groupByStatus');
    await vscode.commands.executeCommand('postmortem.actionItems.hideDone');
  });

  it('lists the items of post-mortems nobody opened, by status, with the overdue count on the badge and in the status bar', async () => {
    const opened = vscode.workspace.textDocuments.map((d) => vscode.workspace.asRelativePath(d.uri));
    assert.ok(!opened.includes(PAYMENTS) && !opened.includes(CERTIFICATE), `the test needs these post-mortems closed; open: ${opened.join(', ')}`);
    const snapshot = await waitForTree(api, (s) => outline(s).Overdue?.length === 1 && outline(s).Later?.length === 3, 'one overdue item and three later ones');
    // Later items come by due date: the rename (2099-02-01), the renewal (2099-05-15), the slow-network case (2099-06-30).
    assert.deepEqual(outline(snapshot), { Overdue: [OVERDUE], Later: [RENAME, RENEW, SLOW_NETWORK] });
    assert.match(String(row(snapshot, OVERDUE).item.description), /^Mei Tanaka · \d+ days overdue$/);
    assert.equal(row(snapshot, OVERDUE).item.contextValue, 'actionItem.open');
    assert.equal(snapshot.badge, 1);
    assert.equal(snapshot.status, '$(warning) 1 overdue action item');
  });

  it('regroups by owner and by post-mortem', async () => {
    await vscode.commands.executeCommand('postmortem.actionItems.groupByOwner');
    let snapshot = await waitForTree(api, (s) => 'Mei Tanaka' in outline(s), 'owner groups');
    assert.deepEqual(outline(snapshot), { 'Ana Ruiz': [RENAME], 'Kofi Mensah': [SLOW_NETWORK], 'Lars Berg': [RENEW], 'Mei Tanaka': [OVERDUE] });
    await vscode.commands.executeCommand('postmortem.actionItems.groupByDocument');
    snapshot = await waitForTree(api, (s) => 'Payment retries doubled card charges' in outline(s), 'post-mortem groups');
    assert.deepEqual(outline(snapshot), {
      'Expired certificate broke the partner API': [RENEW],
      'Payment retries doubled card charges': [OVERDUE, SLOW_NETWORK],
      'Queue backlog delayed order emails': [RENAME],
    });
    await vscode.commands.executeCommand('postmortem.actionItems.groupByStatus');
    await waitForTree(api, (s) => 'Overdue' in outline(s), 'status groups again');
  });

  it('groups by kind: detection, response, prevention and communication, written or read from the words', async () => {
    const added = 'postmortems/2026-03-09-cache-stampede.md';
    const uri = workspaceFile(added);
    const alert = 'Alert when the cache hit ratio falls under 70%';
    const runbook = 'Write the runbook for warming the cache by hand';
    const statusPage = 'Post an update on the status page within 15 minutes of a slowdown';
    const spread = 'Spread cache expiry over ten minutes [prevention]';
    const text = [
      '# Post-mortem: Cache stampede',
      '',
      'The product cache expired at once and the database took every read for ten minutes.',
      '',
      '## Action Items',
      '',
      `- [ ] ${alert} (owner: Ines Costa, due: 2099-07-01)`,
      `- [ ] ${runbook} (owner: Tomas Silva, due: 2099-07-02)`,
      `- [ ] ${statusPage} (owner: Ines Costa, due: 2099-07-03)`,
      `- [ ] ${spread} (owner: Tomas Silva, due: 2099-07-04)`,
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await vscode.commands.executeCommand('postmortem.actionItems.groupByKind');
      const byKind = await waitForTree(
        api,
        (s) => 'Communication' in outline(s) && (outline(s).Prevention ?? []).includes(spread),
        'kind groups with the added post-mortem',
      );
      // The fixture's own items are fixes (prevention); each group is ordered by due date.
      assert.deepEqual(outline(byKind), {
        Detection: [alert],
        Response: [runbook],
        Prevention: [OVERDUE, RENAME, RENEW, SLOW_NETWORK, spread],
        Communication: [statusPage],
      });
      assert.match(String(row(byKind, alert).item.description), /^Ines Costa · in \d+ days$/);
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.commands.executeCommand('postmortem.actionItems.groupByStatus');
      await waitForTree(api, (s) => !Object.values(outline(s)).flat().includes(alert), 'the added post-mortem to leave the tree');
    }
  });

  it('lists an item with several owners under each of them, and a post-mortem by its front matter title', async () => {
    const added = 'postmortems/2026-02-02-index-rebuild.md';
    const uri = workspaceFile(added);
    const text = [
      '---',
      'title: Search index rebuild stalled',
      '---',
      '',
      '# Context',
      '',
      'The nightly rebuild of the search index stalled for six hours.',
      '',
      '## Action Items',
      '',
      '| Action | Owner | Due |',
      '| --- | --- | --- |',
      '| Add a stall alert to the rebuild job | Ines Costa, Tomas Silva | 2099-07-01 |',
      '| Write the rebuild runbook | Tomas Silva and Ines Costa | 2099-07-02 |',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await vscode.commands.executeCommand('postmortem.actionItems.groupByOwner');
      const byOwner = await waitForTree(api, (s) => 'Ines Costa' in outline(s) && 'Tomas Silva' in outline(s), 'a group for each owner of the cell');
      const groups = outline(byOwner);
      const both = ['Add a stall alert to the rebuild job', 'Write the rebuild runbook'];
      assert.deepEqual(groups['Ines Costa'], both);
      assert.deepEqual(groups['Tomas Silva'], both);
      assert.ok(
        !Object.keys(groups).some((g) => g.includes(',') || g.includes(' and ')),
        `no group per spelling of the list: ${Object.keys(groups).join(' | ')}`,
      );
      const ines = byOwner.groups.find((g) => g.item.label === 'Ines Costa')!;
      assert.match(String(ines.items[0].item.description), /^with Tomas Silva · in \d+ days$/, 'the group says who; the item names the other owner');
      await vscode.commands.executeCommand('postmortem.actionItems.groupByDocument');
      const byDocument = await waitForTree(api, (s) => 'Search index rebuild stalled' in outline(s), 'the post-mortem under its front matter title');
      assert.ok(!('Context' in outline(byDocument)), 'not under its first heading');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.commands.executeCommand('postmortem.actionItems.groupByStatus');
      await waitForTree(api, (s) => !Object.values(outline(s)).flat().includes('Write the rebuild runbook'), 'the added post-mortem to leave the tree');
    }
  });

  it('jumps to an item: clicking it opens its post-mortem with the item selected, and so does "Reveal"', async () => {
    const clicked = row(await waitForTree(api, (s) => 'Later' in outline(s), 'status groups'), SLOW_NETWORK).item.command;
    assert.ok(clicked, 'a tree item opens its document when clicked');
    const shown = activeEditorOn(PAYMENTS);
    await vscode.commands.executeCommand(clicked.command, ...(clicked.arguments ?? []));
    let editor = await shown;
    assert.ok(editor.document.getText(editor.selection).includes(SLOW_NETWORK), `selected: "${editor.document.getText(editor.selection)}"`);

    await closeAllEditors();
    // The certificate post-mortem stays closed for the workspace diagnostics test.
    const revealed = activeEditorOn(QUEUE);
    await vscode.commands.executeCommand('postmortem.actionItems.reveal', row(api.snapshot(), RENAME).node);
    editor = await revealed;
    assert.ok(editor.document.getText(editor.selection).includes(RENAME), `selected: "${editor.document.getText(editor.selection)}"`);
    assert.ok(
      editor.visibleRanges.some((r) => r.contains(editor.selection)),
      'the item is scrolled into view',
    );
  });

  it('marks an item done from the tree: its status cell changes on disk, it leaves the tree, and the badge goes; and back', async () => {
    await waitForTree(api, (s) => outline(s).Overdue?.length === 1, 'the overdue item');
    const original = await readText(PAYMENTS);
    const node: ActionItemNode = row(api.snapshot(), OVERDUE).node;
    await vscode.commands.executeCommand('postmortem.actionItems.markDone', node);
    const done = await waitForTree(api, (s) => !('Overdue' in outline(s)), 'the overdue item to leave the tree');
    assert.equal(done.badge, undefined, 'no badge without overdue items');
    assert.equal(done.status, undefined, 'the status-bar item is hidden');
    // Only the status cell changed, and the change was saved.
    const openRow = original.split('\n').find((l) => l.includes(OVERDUE))!;
    const doneRow = openRow.replace('| Open   |', '| Done   |');
    assert.notEqual(doneRow, openRow);
    assert.equal(await readText(PAYMENTS), original.replace(openRow, doneRow));

    await vscode.commands.executeCommand('postmortem.actionItems.showDone');
    const withDone = await waitForTree(api, (s) => outline(s).Done?.includes(OVERDUE) ?? false, 'the done item under Done');
    assert.equal(row(withDone, OVERDUE).item.contextValue, 'actionItem.done');
    await vscode.commands.executeCommand('postmortem.actionItems.markNotDone', row(withDone, OVERDUE).node);
    const reopened = await waitForTree(api, (s) => outline(s).Overdue?.includes(OVERDUE) ?? false, 'the item back under Overdue');
    assert.equal(reopened.badge, 1);
    assert.equal(await readText(PAYMENTS), original, 'marking it not done restores the file byte for byte');
    await vscode.commands.executeCommand('postmortem.actionItems.hideDone');
    await waitForTree(api, (s) => !('Done' in outline(s)), 'done items hidden again');
  });

  it("exports the items to a file in the workspace (format and file given as the command's argument, in place of its pick and save dialog)", async () => {
    await waitForTree(api, (s) => outline(s).Overdue?.length === 1, 'the overdue item');
    const target = workspaceFile('exports/action-items.csv');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.exportActionItems', { format: 'csv', uri: target });
      assert.equal(written?.toString(), target.toString());
      const lines = (await readText('exports/action-items.csv')).split('\r\n');
      assert.equal(lines[0], 'Action,Owner,Due,Status,Dropped as,Ticket,Priority,Category,Post-mortem,File,Line');
      const overdue = lines.find((l) => l.startsWith(OVERDUE));
      assert.equal(overdue, `${OVERDUE},Mei Tanaka,2020-10-01,open,,,,,Payment retries doubled card charges,${PAYMENTS},42`);
      assert.equal(lines.filter(Boolean).length, 5, 'a header and the four open items');
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(target, '..'), { recursive: true }).then(undefined, () => undefined);
    }
    // A file outside the workspace is refused, and nothing is written.
    const outside = vscode.Uri.joinPath(workspaceFile(''), '..', 'outside-action-items.csv');
    assert.equal(await vscode.commands.executeCommand('postmortem.exportActionItems', { format: 'csv', uri: outside }), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(outside)), 'no file outside the workspace');
  });

  it("lists an item the team decided not to do under Dropped, only with done items shown, with the team's words", async () => {
    const relative = 'postmortems/2026-02-03-search-timeouts.md';
    const file = workspaceFile(relative);
    const text = [
      '# Post-mortem: search timeouts',
      '',
      '## Summary',
      '',
      'Search requests timed out for forty minutes after an index rebuild.',
      '',
      '## Action items',
      '',
      "- Shard the search index by tenant (owner: Ines Duarte, due 2099-03-01) (won't do)",
      '- ~~Move the rebuild to a nightly window~~ (owner: Ines Duarte, due 2099-03-15)',
      '',
    ].join('\n');
    const SHARD = 'Shard the search index by tenant';
    const NIGHTLY = 'Move the rebuild to a nightly window';
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
      await vscode.commands.executeCommand('postmortem.actionItems.showDone');
      const snapshot = await waitForTree(api, (s) => outline(s).Dropped?.length === 2, 'two dropped items');
      assert.deepEqual([...outline(snapshot).Dropped].sort(), [NIGHTLY, SHARD]);
      assert.match(String(row(snapshot, SHARD).item.description), /dropped \(won't do\)/);
      assert.match(String(row(snapshot, NIGHTLY).item.description), /dropped \(struck through\)/);
      // Neither is open work: not overdue, not later, and the badge still counts the one overdue item.
      assert.ok(!outline(snapshot).Later?.includes(SHARD) && !outline(snapshot).Later?.includes(NIGHTLY));
      assert.equal(snapshot.badge, 1);
      await vscode.commands.executeCommand('postmortem.actionItems.hideDone');
      await waitForTree(api, (s) => !('Dropped' in outline(s)), 'dropped items hidden with the done ones');
    } finally {
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      await vscode.commands.executeCommand('postmortem.actionItems.hideDone');
    }
    await waitForTree(api, (s) => !JSON.stringify(outline(s)).includes(SHARD), 'the removed post-mortem to leave the view');
  });

  it('is shown by "Post-Mortem: Open Action Items"', async () => {
    if (api.view.visible) {
      const hidden = nextEvent(api.view.onDidChangeVisibility, (e) => !e.visible, 'the view to be hidden');
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await hidden;
    }
    const visible = nextEvent(api.view.onDidChangeVisibility, (e) => e.visible, 'the view to become visible');
    await vscode.commands.executeCommand('postmortem.openActionItems');
    await visible;
    assert.equal(api.view.visible, true);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
  });
});
