import { strict as assert } from 'node:assert';
import { chartsOf } from '../../../server/src/insights/charts';
import { chartOption, renderChart, type ChartSpec } from '../../../server/src/shared/charts';
import { computeInsights } from '../../../server/src/insights/compute';
import { sixMonths, summarise, TODAY } from './archive';

describe('insights charts', () => {
  const files = sixMonths();
  const report = computeInsights(summarise(files), { today: TODAY, timeZone: 'UTC' });
  const charts = chartsOf(report);

  it('defines every chart of the report, each with a table and the refs of each category', () => {
    assert.deepEqual(
      charts.map((c) => c.id),
      [
        'volume-by-month',
        'volume-by-service',
        'time-to-detect',
        'time-to-resolve',
        'categories-by-quarter',
        'weekday',
        'hour',
        'follow-up',
        'findings-by-quarter',
      ],
    );
    for (const c of charts) {
      assert.ok(c.table.rows.length > 0 && c.table.columns.length >= 2, c.id);
      assert.ok(c.description.length > 0, `${c.id} has a description`);
      if (c.kind === 'bar') for (const s of c.series) assert.equal(s.values.length, c.categories.length, c.id);
    }
    const month = charts[0];
    assert.deepEqual(
      month.table.rows.map((r) => r[r.length - 1]),
      [1, 1, 1, 1, 1, 1],
    );
    assert.equal(month.refs[0][0].doc, 0);
    const detect = charts.find((c) => c.id === 'time-to-detect')!;
    assert.deepEqual(
      detect.points!.map((p) => p.value).sort((a, b) => a - b),
      [10, 15, 20, 25, 30, 35],
    );
    // Each row of a duration table names the post-mortems behind it: all, then each severity and quarter.
    assert.equal(detect.tableRefs!.length, detect.table.rows.length);
    assert.equal(detect.tableRefs![0].length, 6);
    assert.deepEqual(
      detect.tableRefs!.map((r) => r.length),
      detect.table.rows.map((row) => row[1]),
    );
  });

  it('renders an SVG string without a DOM: labelled for screen readers, the same every time', () => {
    const svg = renderChart(charts[0]);
    assert.match(svg, /^<svg role="img" aria-label="Incidents per month\. Incidents per month by severity/);
    assert.match(svg, /<title>Incidents per month<\/title>/);
    assert.ok(!/<script|<foreignObject|javascript:/i.test(svg));
    assert.equal(renderChart(charts[0]), svg);
    assert.ok(svg.includes('pm-volume-by-month-cls-') || !svg.includes('-cls-'));
  });

  it('escapes the text it is given', () => {
    const spec: ChartSpec = {
      id: 'evil',
      title: 'A <b>title</b> & more',
      description: '"quoted" <desc>',
      kind: 'bar',
      categories: ['<img src=x onerror=alert(1)>', 'ok & fine'],
      series: [
        { name: '<script>', values: [1, 2] },
        { name: 'two', values: [2, 1] },
      ],
      unit: 'incidents',
      refs: [[], []],
      table: { columns: ['a', 'b'], rows: [] },
      note: null,
    };
    const svg = renderChart(spec);
    assert.ok(!svg.includes('<img') && !svg.includes('<script') && !svg.includes('<b>'), svg.slice(0, 400));
    assert.match(svg, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it("takes the editor's colours through a theme", () => {
    const option = chartOption(charts[5], { foreground: '#eeeeee', background: '#1e1e1e', grid: '#444444', palette: ['#ff0000'] });
    assert.equal(option.backgroundColor, '#1e1e1e');
    const svg = renderChart(charts[5], { foreground: '#eeeeee', background: '#1e1e1e', grid: '#444444', palette: ['#ff0000'] });
    assert.match(svg, /fill="#1e1e1e"/);
    assert.match(svg, /#ff0000|rgb\(255,0,0\)/i);
  });
});
