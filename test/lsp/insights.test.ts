import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { ActionItemsChangedNotification, InsightsChangedNotification, InsightsRequest, type InsightsReport } from '../../server/src/protocol';
import type { LspClient, StartOptions } from '../support/lsp-client';
import { workspacePerTest } from '../support/server-per-test';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'server', 'out', 'cli.js');

/** The figures a reader compares, without file names (the CLI names files from where it runs). */
function figures(report: InsightsReport) {
  return {
    incidents: report.incidents.map((i) => [i.title, i.date, i.severity, i.line]),
    byMonth: report.volume.byMonth.map((c) => [c.key, c.count, c.refs]),
    bySeverity: report.volume.bySeverity.map((c) => [c.key, c.count]),
    byService: report.volume.byService.map((c) => [c.key, c.count]),
    durations: report.durations.map((d) => [d.key, d.all.n, d.all.median, d.all.p90, d.all.points]),
    weekdays: report.timePatterns.weekdays.map((w) => w.count),
    weekday: report.timePatterns.weekday?.text,
    followUp: [report.followUp.total, report.followUp.open, report.followUp.overdue, report.followUp.done],
    phrases: report.causes.phrases.map((p) => [p.phrase, p.count]),
    quality: [report.quality.allSections.count, report.quality.quantifiedImpact.count, report.quality.usableTimeline.count],
  };
}

describe('insights over the protocol', function () {
  this.timeout(120_000);
  const workspace = workspacePerTest('pm-insights-');

  const started = async (options: Omit<StartOptions, 'workspace'> = {}) => {
    const client = await workspace.start(options);
    await client.nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    return client;
  };
  /** Asks until the index has read every post-mortem in full (the dashboard's first question starts that when nothing else has). */
  const settled = async (c: LspClient, params: InsightsRequest.Params = {}) => {
    for (;;) {
      const result = await c.connection.sendRequest(InsightsRequest.type, params);
      if (!result.scanning && !result.outlined) return result;
      await c.nextNotification<InsightsChangedNotification.Params>(InsightsChangedNotification.method);
    }
  };

  it('answers with the numbers of the CLI for the example archive, and its charts as definitions to draw', async () => {
    const archive = join(workspace.path, 'postmortems');
    cpSync(join(ROOT, 'examples', 'postmortems'), archive, { recursive: true });
    const c = await started();
    const result = await settled(c);
    assert.equal(result.report.incidents.length, 12);
    const cli = JSON.parse(
      execFileSync(process.execPath, [CLI, 'insights', archive, '--format', 'json'], { cwd: workspace.path, encoding: 'utf8' }),
    ) as InsightsReport;
    assert.deepEqual(figures(result.report), figures(cli));
    assert.deepEqual(
      result.report.incidents.map((i) => i.file),
      cli.incidents.map((i) => i.file),
      'both name files from the workspace folder',
    );
    assert.deepEqual(
      result.report.incidents.map((i) => i.uri),
      cli.incidents.map((i) => i.uri),
    );
    assert.ok(result.charts.length >= 6, `charts: ${result.charts.map((ch) => ch.id).join(', ')}`);
    for (const chart of result.charts) {
      // Definitions only: the dashboard draws them (the server carries no drawing code).
      assert.ok(chart.kind === 'strip' ? chart.points?.length : chart.series.some((s) => s.values.some((v) => v > 0)), `${chart.id} has data`);
      assert.equal(chart.refs.length, chart.categories.length, chart.id);
      assert.ok(chart.table.rows.length > 0, chart.id);
      assert.ok(!('svg' in chart), chart.id);
    }
  });

  it('reads the post-mortems in full for the dashboard even with workspace diagnostics off, saying so meanwhile', async () => {
    cpSync(join(ROOT, 'examples', 'postmortems'), join(workspace.path, 'postmortems'), { recursive: true });
    const c = await started({ settings: { workspaceDiagnostics: false } });
    const first = await c.connection.sendRequest(InsightsRequest.type, {});
    assert.equal(first.report.incidents.length, 12);
    assert.ok(first.scanning || first.outlined > 0, 'the first answer says the figures are partial');
    const full = await settled(c);
    assert.equal(full.outlined, 0);
    assert.ok(
      full.report.durations.some((d) => d.all.n > 0),
      'the timelines were read',
    );
  });

  it('reads in full a post-mortem opened while the scan runs', async () => {
    cpSync(join(ROOT, 'examples', 'postmortems'), join(workspace.path, 'postmortems'), { recursive: true });
    const client = await workspace.start();
    // Opened at once, before the scan outlines it from the editor's text.
    const file = join(workspace.path, 'postmortems', '2026-03-04-checkout-latency.md');
    await client.open(file, readFileSync(file, 'utf8'));
    const full = await settled(client);
    assert.equal(full.outlined, 0);
    assert.equal(full.report.incidents.length, 12);
  });

  it('counts only the post-mortems under the folder asked for', async () => {
    const doc = (title: string, date: string) => `---\ndate: ${date}\nseverity: SEV2\n---\n# Post-Mortem: ${title}\n\n## Summary\n\nIt broke.\n`;
    mkdirSync(join(workspace.path, 'team-a'));
    mkdirSync(join(workspace.path, 'team-ab'));
    writeFileSync(join(workspace.path, 'team-a', 'one.md'), doc('One', '2026-01-05'));
    writeFileSync(join(workspace.path, 'team-a', 'two.md'), doc('Two', '2026-02-05'));
    writeFileSync(join(workspace.path, 'team-ab', 'three.md'), doc('Three', '2026-03-05'));
    const c = await started();
    const all = await c.connection.sendRequest(InsightsRequest.type, {});
    assert.equal(all.report.incidents.length, 3);
    const a = await c.connection.sendRequest(InsightsRequest.type, { folder: pathToFileURL(join(workspace.path, 'team-a')).href });
    assert.deepEqual(
      a.report.incidents.map((i) => i.file),
      ['team-a/one.md', 'team-a/two.md'],
    );
  });

  it('tells the client when the index changes, and the next answer counts the change', async () => {
    const doc = (title: string) => `---\ndate: 2026-04-01\nseverity: SEV1\n---\n# Post-Mortem: ${title}\n\n## Summary\n\nIt broke.\n`;
    writeFileSync(join(workspace.path, 'one.md'), doc('One'));
    const c = await started();
    assert.equal((await c.connection.sendRequest(InsightsRequest.type, {})).report.incidents.length, 1);
    const changed = () => c.nextNotification<InsightsChangedNotification.Params>(InsightsChangedNotification.method, (p) => !p.scanning);
    let next = changed();
    writeFileSync(join(workspace.path, 'two.md'), doc('Two'));
    await c.watchedFiles([{ path: join(workspace.path, 'two.md'), type: FileChangeType.Created }]);
    // A notice of the first answer's own reading may still be on its way (it is sent half a second
    // after a change): each notice is followed by a question, until the one that counts the new file.
    let titles: (string | null)[] = [];
    for (let i = 0; i < 10 && titles.length < 2; i++) {
      await next;
      next = changed();
      titles = (await c.connection.sendRequest(InsightsRequest.type, {})).report.incidents.map((i) => i.title);
    }
    assert.deepEqual(titles, ['Post-Mortem: One', 'Post-Mortem: Two']);
  });
});
