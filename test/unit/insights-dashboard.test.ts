import { strict as assert } from 'node:assert';
import { annotateChart, parseOpen, progressText, renderDashboard, renderSourceList, styleToAttributes } from '../../client/webview/render';
import { dashboardHtml, readFromWebview } from '../../client/src/features/insights-messages';
import { toInsightsChart } from '../../server/src/features/insights';
import { chartsOf } from '../../server/src/insights/charts';
import { PRINT_THEME, renderChart, safeTheme } from '../../server/src/shared/charts';
import { computeInsights } from '../../server/src/insights/compute';
import type { InsightsRequest } from '../../server/src/protocol';
import { sixMonths, summarise, TODAY } from './insights/archive';

/** The six-month archive, with one open item in January's post-mortem. */
function archive(title = (i: number) => `Incident ${i}`) {
  const files = sixMonths({ title, items: (i) => (i === 0 ? ['- [ ] Add an alert on saturation (owner: @ana, due: 2026-02-01)'] : undefined) });
  return computeInsights(summarise(files), { today: TODAY, timeZone: 'UTC' });
}

/** Draws as the webview does, in the print colours. */
const draw = (chart: InsightsRequest.Result['charts'][number]) => renderChart(chart);

function answer(report = archive(), scanning = false): InsightsRequest.Result {
  return {
    report,
    charts: chartsOf(report).map(toInsightsChart),
    scanning,
    progress: scanning ? { done: 3, total: 10 } : null,
    outlined: 0,
  };
}

describe('insights dashboard: rendering', () => {
  it('turns inline styles into presentation attributes, keeping the attributes already there', () => {
    assert.equal(
      styleToAttributes('<text style="font-size:12px;font-family:Segoe UI, sans-serif;" x="1">a</text>'),
      '<text x="1" font-size="12px" font-family="Segoe UI, sans-serif">a</text>',
    );
    assert.equal(styleToAttributes('<path fill="red" style="fill:blue;cursor:pointer"></path>'), '<path fill="red"></path>');
    assert.equal(styleToAttributes('<rect width="1"/>'), '<rect width="1"/>');
  });

  it('makes each bar with post-mortems behind it a labelled control, and leaves empty ones drawing', () => {
    const result = answer();
    const month = result.charts.find((c) => c.id === 'volume-by-month')!;
    const sources: { label: string; refs: unknown[] }[] = [];
    const svg = annotateChart(month, renderChart(month), result.report, (s) => sources.push(s) - 1);
    const marks = [...svg.matchAll(/<path[^>]*data-src="(\d+)"[^>]*>/g)];
    // Six months with one incident each: one segment per month, each naming its incident.
    assert.equal(marks.length, 6);
    assert.equal(sources.length, 6);
    assert.deepEqual(sources[0], { label: 'Incidents per month: Jan 2026', refs: month.refs[0] });
    for (const [tag] of marks) {
      assert.match(tag, /tabindex="0"/);
      assert.match(tag, /role="button"/);
      assert.match(tag, /aria-label="Incidents per month: \w{3} 2026, 1 source"/);
    }
    assert.doesNotMatch(svg, /\sstyle="/);
  });

  it('makes each point of a duration chart a control for its own incident', () => {
    const result = answer();
    const detect = result.charts.find((c) => c.id === 'time-to-detect')!;
    assert.equal(detect.points?.length, 6);
    const sources: { label: string; refs: { doc: number; line: number }[] }[] = [];
    const svg = annotateChart(detect, renderChart(detect), result.report, (s) => sources.push(s) - 1);
    assert.equal([...svg.matchAll(/data-src="/g)].length, 6);
    for (const s of sources) {
      assert.equal(s.refs.length, 1);
      assert.equal(s.label, `Time to detect per severity: ${result.report.incidents[s.refs[0].doc].title}`);
    }
  });

  it("renders every chart with its table, the report's tables and the incidents, without script or inline style", () => {
    const result = answer();
    const { html, sources } = renderDashboard(result, draw);
    for (const chart of result.charts) assert.ok(html.includes(`data-chart="${chart.id}"`), chart.id);
    assert.equal((html.match(/<svg /g) ?? []).length, result.charts.length);
    assert.equal((html.match(/data-key="incident:/g) ?? []).length, 6);
    assert.doesNotMatch(html, /<script|\sstyle="|\son[a-z]+="/i);
    // Every data-src names a source, and every source is named.
    const named = new Set([...html.matchAll(/data-src="(\d+)"/g)].map((m) => Number(m[1])));
    assert.equal(named.size, sources.length);
    assert.ok(sources.every((s) => s.refs.length > 0));
    // A duration table's rows (all, per severity, per quarter) list the post-mortems behind each.
    const detect = result.charts.find((c) => c.id === 'time-to-detect')!;
    assert.equal(detect.tableRefs.length, detect.table.rows.length);
    assert.ok(html.includes('data-key="time-to-detect:row:0"'));
    assert.deepEqual(sources.find((s) => s.label === `Time to detect per severity: ${String(detect.table.rows[0][0])}`)?.refs, detect.tableRefs[0]);
    // The overdue item has a control that lists its post-mortem.
    const overdue = sources.find((s) => s.label === 'Overdue action items');
    assert.deepEqual(overdue?.refs, result.report.followUp.overdue);
  });

  it('escapes what the post-mortems say', () => {
    const result = answer(archive((i) => (i === 2 ? 'Depth <5 & "quotes" <b' : `Incident ${i}`)));
    assert.equal(result.report.incidents[2].title, 'Post-Mortem: Depth <5 & "quotes" <b');
    const { html } = renderDashboard(result, draw);
    assert.ok(!html.includes('Depth <5') && !html.includes('"quotes" <b'), 'no markup from a title');
    assert.ok(html.includes('Depth &lt;5 &amp; &quot;quotes&quot; &lt;b'));
  });

  it('lists the post-mortems behind a source once each, as buttons that open them at the line', () => {
    const result = answer();
    const ref = result.report.incidents[1];
    const html = renderSourceList(result.report, {
      label: 'Two <kinds>',
      refs: [
        { doc: 1, line: 7 },
        { doc: 1, line: 7 },
        { doc: 3, line: 2 },
      ],
    });
    assert.match(html, /<h2 id="sources-title" tabindex="-1">Two &lt;kinds&gt;<\/h2>/);
    assert.deepEqual(
      [...html.matchAll(/data-open="([^"]+)"/g)].map((m) => m[1]),
      ['1:7', '3:2'],
    );
    assert.ok(html.includes(`${ref.file}:7`));
    assert.deepEqual(parseOpen('3:12'), { doc: 3, line: 12 });
    assert.equal(parseOpen('3:x'), null);
    assert.equal(parseOpen(null), null);
  });

  it('says when the index is still being read, and an empty archive in words', () => {
    assert.equal(progressText(false, null), '');
    assert.match(progressText(true, { done: 3, total: 10 }), /3 of 10 files read/);
    assert.match(progressText(true, null), /Indexing/);
    assert.equal(progressText(false, null, 4), '4 post-mortems not read in full yet: the figures cover what is read so far.');
    assert.match(progressText(true, { done: 10, total: 10 }, 1), /10 of 10 files read\. 1 post-mortem not read in full yet/);
    const empty = renderDashboard(answer(computeInsights([], { today: TODAY, timeZone: 'UTC' })), draw);
    assert.match(empty.html, /No post-mortem to count yet/);
    assert.equal(empty.sources.length, 0);
  });
});

describe('insights dashboard: page and messages', () => {
  it('has a content security policy with no inline script, no eval and nothing remote', () => {
    const html = dashboardHtml({
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      script: 'https://x/insights.js',
      style: 'https://x/insights.css',
      nonce: 'abc123',
    });
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-(eval|inline)|\*/);
    assert.deepEqual(
      [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]),
      [' nonce="abc123" src="https://x/insights.js"'],
    );
  });

  it('accepts only well-formed messages from the webview', () => {
    assert.deepEqual(readFromWebview({ type: 'open', doc: 2, line: 14 }), { type: 'open', doc: 2, line: 14 });
    for (const bad of [
      null,
      'open',
      { type: 'open', doc: -1, line: 3 },
      { type: 'open', doc: 1, line: 0 },
      { type: 'open', doc: '1', line: 2 },
      { type: 'run', code: 'x' },
    ])
      assert.equal(readFromWebview(bad), null, JSON.stringify(bad));
    assert.deepEqual(readFromWebview({ type: 'ready', theme: { foreground: '" onload="x' } }), { type: 'ready' });
  });

  it("draws with the editor's colours only when every one is a colour", () => {
    const theme = { foreground: '#cccccc', background: '#1e1e1e', grid: 'rgba(128, 128, 128, 0.35)', palette: ['#3794ff', '#d18616'] };
    assert.deepEqual(safeTheme(theme), theme);
    assert.equal(safeTheme({ ...theme, foreground: '#fff" onload="x' }), null);
    assert.equal(safeTheme({ ...theme, palette: [] }), null);
    assert.equal(safeTheme({ ...theme, palette: ['url(https://x)'] }), null);
    assert.equal(safeTheme(null), null);
    const spec = chartsOf(archive())[0];
    assert.match(renderChart(spec, safeTheme(theme)!), /fill="#3794ff"/);
    assert.doesNotMatch(renderChart(spec, PRINT_THEME), /#3794ff/);
  });
});
