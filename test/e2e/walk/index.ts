/**
 * The extension-host half of `npm run walk`: in a window holding an archive of post-mortems
 * and the installed .vsix, opens the Action Items view as a user would, waits until the view
 * is complete and the Problems panel has the findings of every file, and writes what a user
 * sees (the view's rows, badge and status bar, every finding) to the JSON file named by
 * POSTMORTEM_WALK_OUT. `test/e2e/walk.mjs` starts the window and turns the file into figures.
 */
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../client/src/extension';
import { ActionItemsRequest, DIAGNOSTIC_SOURCE } from '../../../server/src/protocol';

const EXTENSION_ID = 'postmortem-tools.postmortem-lint';
/** The longest the walk waits for the view, and then for the findings. */
const LIMIT_MS = 8 * 60_000;
/** Findings are complete when none has changed for this long after the view is: workspace diagnostics arrive in batches, with no "done" signal. */
const SETTLED_MS = 5_000;
/** Lines starting with this reach the terminal that runs the walk. */
const MARK = '[postmortem-walk] ';

function say(text: string): void {
  console.log(`${MARK}walk: ${text}`);
}

/** Resolves once `ready()` answers true, asked now and after each event; rejects after the limit. */
function until(events: vscode.Event<unknown>[], ready: () => Promise<boolean> | boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const subscriptions: vscode.Disposable[] = [];
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Error(`walk: ${what} did not happen within ${LIMIT_MS / 60_000} minutes`)), LIMIT_MS);
    const ask = async () => {
      try {
        if (!done && (await ready())) finish();
      } catch (error) {
        finish(error as Error);
      }
    };
    for (const event of events) subscriptions.push(event(() => void ask()));
    void ask();
  });
}

function postmortemFindings(): [vscode.Uri, vscode.Diagnostic[]][] {
  return vscode.languages
    .getDiagnostics()
    .map(([uri, list]): [vscode.Uri, vscode.Diagnostic[]] => [uri, list.filter((d) => d.source === DIAGNOSTIC_SOURCE)])
    .filter(([, list]) => list.length > 0);
}

export async function run(): Promise<void> {
  const out = process.env.POSTMORTEM_WALK_OUT;
  if (!out) throw new Error('walk: POSTMORTEM_WALK_OUT names no file to write');
  const started = Date.now();
  const extension = vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID);
  if (!extension) throw new Error(`walk: ${EXTENSION_ID} is not installed`);
  const api = extension.isActive ? extension.exports : await extension.activate();
  const view = api.actionItems;
  if (!view) throw new Error('walk: the extension offers no Action Items view');
  // The user opens the view from the activity bar.
  await vscode.commands.executeCommand('postmortem.actionItems.focus');

  // The view is complete when the server's first scan is over and the view shows its answer.
  // The server's change notification is the view's to hear (a second handler would replace
  // its own), so the walk asks on each view update, and every second in case it came first.
  const tick = new vscode.EventEmitter<void>();
  const poll = setInterval(() => tick.fire(), 1000);
  let last: ActionItemsRequest.Result | undefined;
  let told = '';
  say('waiting for the Action Items view');
  await until(
    [view.onDidUpdate, tick.event],
    async () => {
      const client = api.client();
      if (!client?.isRunning()) return false;
      // The method by name: the request types of this bundle are not the extension's own copies.
      last = await client.sendRequest<ActionItemsRequest.Result>(ActionItemsRequest.method, { status: 'open' } satisfies ActionItemsRequest.Params);
      if (last.scanning) return false;
      // Grouped by status (a fresh window's grouping), each item shows once.
      const shown = view.snapshot().groups.reduce((n, g) => n + g.items.length, 0);
      const state = `the view shows ${shown} items, the server has ${last.items.length}`;
      if (shown !== last.items.length && state !== told) say((told = state));
      return shown === last.items.length;
    },
    'the Action Items view to be complete',
  ).finally(() => clearInterval(poll));
  const viewCompleteMs = Date.now() - started;
  const snapshot = view.snapshot();
  say(`the Action Items view is complete after ${(viewCompleteMs / 1000).toFixed(1)} s; waiting for the findings to settle`);

  // Findings of the files nobody opened come from the index's second pass, in batches.
  let lastChange = Date.now();
  const watch = vscode.languages.onDidChangeDiagnostics(() => {
    lastChange = Date.now();
  });
  const settle = setInterval(() => tick.fire(), 500);
  try {
    await until([tick.event], () => Date.now() - lastChange >= SETTLED_MS && postmortemFindings().length > 0, 'the findings to settle');
  } finally {
    clearInterval(settle);
    watch.dispose();
  }
  const findingsSettledMs = lastChange - started;

  const rows = snapshot.groups.flatMap((g) =>
    g.items.map(({ node, item }) => ({
      group: String(g.item.label),
      label: String(item.label),
      description: String(item.description ?? ''),
      ...(node.kind === 'item'
        ? { uri: node.item.uri, line: node.item.line, owners: node.item.owners, archived: node.item.archived, documentTitle: node.item.documentTitle }
        : {}),
    })),
  );
  const findings = postmortemFindings().flatMap(([uri, list]) =>
    list.map((d) => ({
      uri: uri.toString(),
      line: d.range.start.line,
      ruleId: String(typeof d.code === 'object' ? d.code.value : d.code),
      severity: d.severity,
      message: d.message,
    })),
  );
  writeFileSync(
    out,
    JSON.stringify(
      { viewCompleteMs, findingsSettledMs, badge: snapshot.badge ?? null, status: snapshot.status ?? null, documents: last?.documents ?? 0, rows, findings },
      null,
      1,
    ),
  );
}
