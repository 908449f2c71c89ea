import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { InsightsDashboardApi } from '../../../client/src/features/insights-dashboard';
import type { InsightsReport, InsightsRequest } from '../../../server/src/protocol';
import { activate, EXTENSION_ID, until, workspaceFile } from './helpers';

/** Where the example archive is copied in the workspace, for this suite only (a `postmortems` folder, as in examples/, which says what its files are). */
const FOLDER = 'insights-examples/postmortems';

function describe_(api: InsightsDashboardApi): string {
  const result = api.result();
  return `answer ${api.answer()}: ${result ? `${result.report.incidents.length} incidents, scanning ${result.scanning}, outlined ${result.outlined}` : 'none'}; rendered answer ${api.rendered()?.answer ?? 'none'}: ${JSON.stringify(api.rendered()?.charts.map((c) => [c.id, c.svg, c.marks]))}`;
}

/**
 * Waits until the dashboard has rendered an answer for which `test` holds. Reading twelve
 * post-mortems in full on a loaded machine may take longer than one event limit, so the wait
 * goes on, event limit after event limit, up to a minute and a half.
 */
async function rendered(api: InsightsDashboardApi, test: (result: InsightsRequest.Result) => boolean, what: string): Promise<InsightsRequest.Result> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      return await until(
        api.onDidRender,
        () => {
          const result = api.result();
          const shown = api.rendered();
          // The answer can arrive while the webview still shows the one before it (with the same
          // charts, drawn from fewer post-mortems): wait for the drawing of this answer.
          const drawn = shown && result && shown.answer === api.answer();
          return result && drawn && test(result) ? result : undefined;
        },
        what,
        () => describe_(api),
      );
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

describe('insights dashboard', function () {
  this.timeout(120_000);
  let api: InsightsDashboardApi;
  let root: string;
  let cli: InsightsReport;

  before(async () => {
    const extension = await activate();
    assert.ok(extension.insights, 'the extension exposes the dashboard');
    api = extension.insights;
    root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    await vscode.workspace.fs.copy(vscode.Uri.file(join(root, 'examples', 'postmortems')), workspaceFile(FOLDER), { overwrite: true });
    // The numbers to show: the CLI's JSON over the same folder.
    // Run where a user runs it, in the workspace folder (from elsewhere, an absolute path to the folder
    // is matched against the post-mortem folder globs as "../…", and fewer files count: see the report).
    cli = JSON.parse(
      execFileSync(process.execPath, [join(root, 'server', 'out', 'cli.js'), 'insights', FOLDER, '--format', 'json'], {
        encoding: 'utf8',
        cwd: workspaceFile('.').fsPath,
      }),
    ) as InsightsReport;
    assert.equal(cli.incidents.length, 12);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // File by file, and the folder only once the index has let them go: the file watcher follows
    // Markdown files, and the deletion of a folder is reported as the folder's alone.
    for (const [name] of await vscode.workspace.fs.readDirectory(workspaceFile(FOLDER))) await vscode.workspace.fs.delete(workspaceFile(`${FOLDER}/${name}`));
    // The other suites count the workspace's own post-mortems: wait until the index has let the copies go.
    await api.show();
    await rendered(api, (r) => !r.scanning && r.report.incidents.every((i) => !i.file.startsWith(FOLDER)), 'the index without the examples');
    // And the item list the other suites read (the Action Items view's request): every item of the copies gone.
    const client = (await activate()).client();
    assert.ok(client, 'the language client runs');
    const deadline = Date.now() + 60_000;
    for (;;) {
      const answer: { items: { uri: string }[] } = await client.sendRequest('postmortem/actionItems', { status: 'all' });
      const left: { uri: string }[] = answer.items.filter((item) => item.uri.includes('/insights-examples/'));
      if (!left.length) break;
      if (Date.now() > deadline) assert.fail(`the index still lists ${left.length} action items of the deleted copies`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await vscode.workspace.fs.delete(workspaceFile(FOLDER.split('/')[0]), { recursive: true, useTrash: false });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens over the example archive, with the charts drawn and the numbers of the CLI', async () => {
    await vscode.commands.executeCommand('postmortem.showInsights', workspaceFile(FOLDER));
    const result = await rendered(api, (r) => r.report.incidents.length === 12 && !r.scanning && r.outlined === 0, 'the twelve examples, read in full');
    const report = result.report;
    // The same post-mortems and figures as the CLI's JSON for the folder.
    assert.deepEqual(
      report.incidents.map((i) => [i.uri, i.title, i.date, i.severity, i.line]),
      cli.incidents.map((i) => [i.uri, i.title, i.date, i.severity, i.line]),
    );
    assert.deepEqual(report.volume.byMonth, cli.volume.byMonth);
    assert.deepEqual(
      report.durations.map((d) => [d.key, d.all.n, d.all.median, d.all.p90]),
      cli.durations.map((d) => [d.key, d.all.n, d.all.median, d.all.p90]),
    );
    assert.deepEqual(
      report.timePatterns.weekdays.map((w) => w.count),
      cli.timePatterns.weekdays.map((w) => w.count),
    );
    assert.deepEqual(
      [report.followUp.total, report.followUp.overdue.length, report.followUp.done.length],
      [cli.followUp.total, cli.followUp.overdue.length, cli.followUp.done.length],
    );

    // What the webview drew, measured in its DOM: one SVG per chart, its marks as controls, and its table.
    const shown = api.rendered()!;
    assert.deepEqual(
      shown.charts.map((c) => c.id),
      result.charts.map((c) => c.id),
    );
    for (const chart of shown.charts) {
      assert.equal(chart.svg, 1, `${chart.id} has its SVG`);
      // Bars and points stand for post-mortems when the chart names them per category or point.
      const answer = result.charts.find((c) => c.id === chart.id)!;
      if (answer.refs.some((r) => r.length) || answer.points?.length) assert.ok(chart.marks > 0, `${chart.id} has marks to activate`);
    }
    assert.equal(shown.incidents, 12);
    const month = shown.charts.find((c) => c.id === 'volume-by-month')!;
    // The month table's last column is the total: the CLI's count per month.
    assert.deepEqual(
      month.rows.map((r) => Number(r[r.length - 2])),
      cli.volume.byMonth.map((c) => c.count),
    );
    // One Tab stop per month with incidents.
    assert.equal(month.stops, cli.volume.byMonth.filter((c) => c.count > 0).length);
    const detect = shown.charts.find((c) => c.id === 'time-to-detect')!;
    assert.equal(detect.marks, cli.durations.find((d) => d.key === 'detect')!.all.n, 'a point per incident with a time to detect');
  });

  it('lists the post-mortems behind a bar and opens one at the line the number came from', async () => {
    const busiest = cli.volume.byMonth.reduce((best, c, i) => (c.count > cli.volume.byMonth[best].count ? i : best), 0);
    const listed = await api.activate(`volume-by-month:${busiest}`);
    assert.equal(listed.label, `Incidents per month: ${cli.volume.byMonth[busiest].label}`);
    assert.deepEqual(
      listed.entries,
      cli.volume.byMonth[busiest].refs.map((r) => `${r.doc}:${r.line}`),
    );
    const ref = cli.volume.byMonth[busiest].refs[0];
    const target = cli.incidents[ref.doc];
    await api.activateListed(0);
    const editor = await until(
      vscode.window.onDidChangeTextEditorSelection,
      () => {
        const e = vscode.window.activeTextEditor;
        return e?.document.uri.toString() === target.uri && e.selection.active.line === ref.line - 1 ? e : undefined;
      },
      `${target.file} open at line ${ref.line}`,
      () => `active: ${vscode.window.activeTextEditor?.document.uri.toString()}:${(vscode.window.activeTextEditor?.selection.active.line ?? -2) + 1}`,
    );
    assert.equal(editor.selection.active.line, ref.line - 1);
  });

  it('follows the archive as it changes', async () => {
    const before = api.result()!.report.incidents.length;
    const extra = workspaceFile(`${FOLDER}/2026-11-20-extra-incident.md`);
    await vscode.workspace.fs.writeFile(
      extra,
      new TextEncoder().encode(
        '---\ndate: 2026-11-20\nseverity: SEV3\n---\n# Post-Mortem: Report export stalled\n\n## Summary\n\nExports stalled for an hour.\n',
      ),
    );
    await rendered(api, (r) => r.report.incidents.length === before + 1, 'the new post-mortem counted');
    await vscode.workspace.fs.delete(extra);
    await rendered(api, (r) => r.report.incidents.length === before, 'the deleted post-mortem gone');
  });
});
