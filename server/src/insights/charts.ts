/**
 * The insights charts: one definition per chart (`ChartSpec`, plain data), turned into an
 * ECharts option by `chartOption` and into an SVG string by `renderChart`. The CLI's HTML
 * report inlines `renderChart`'s SVG; the dashboard either inlines the same SVG or gives the
 * same option to ECharts in the webview, so both show one drawing. Every chart also carries
 * its data as a text table (`table`), shown beside it for screen readers and print.
 *
 * ECharts renders SVG without a DOM (its server-side mode), trimmed here to the bar and
 * scatter charts, the grid, legend, mark lines and the aria description.
 */
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { InsightsReport, Ref } from './types';

echarts.use([BarChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

/** One chart of the insights, as data. */
export interface ChartSpec {
  /** Stable id (`volume-by-month`, `time-to-detect` …). */
  id: string;
  title: string;
  /** One or two sentences a screen reader reads for the chart (the aria description). */
  description: string;
  /** `bar` (grouped or stacked series over categories) or `strip` (every point of a distribution per category). */
  kind: 'bar' | 'strip';
  /** The category axis labels, in order. */
  categories: string[];
  /** Bar series: one value per category. */
  series: { name: string; values: number[] }[];
  /** Stack the bar series. */
  stacked?: boolean;
  /** Bars run left to right (long labels, such as services). */
  horizontal?: boolean;
  /** Strip points: category index and value. */
  points?: { category: number; value: number; ref: Ref }[];
  /** Horizontal reference lines (the expected share, a median). */
  markers?: { name: string; value: number }[];
  /** What the value axis counts ("incidents", "minutes", "%"). */
  unit: string;
  /** The refs behind each category (for the dashboard: a click lists the post-mortems). */
  refs: Ref[][];
  /** The data as a table: what the chart shows, in text. */
  table: { columns: string[]; rows: (string | number)[][] };
  /** The refs behind each table row, when the rows are not the categories (else `refs` applies). */
  tableRefs?: Ref[][];
  /** A sentence under the chart (a coverage, a significance statement), or null. */
  note: string | null;
}

/** Colours to draw with: the defaults print well; the dashboard passes the editor's theme. */
export interface ChartTheme {
  foreground: string;
  background: string;
  grid: string;
  palette: string[];
}

export const PRINT_THEME: ChartTheme = {
  foreground: '#1f2328',
  background: '#ffffff',
  grid: '#d0d7de',
  // Distinguishable in colour-blind vision (Okabe–Ito) and in grey when printed.
  palette: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'],
};

const WIDTH = 640;
const minutes = (m: number) => (m < 120 ? `${Math.round(m)} min` : m < 2880 ? `${(m / 60).toFixed(1)} h` : `${(m / 1440).toFixed(1)} d`);
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** The ECharts option that draws a chart definition. */
export function chartOption(spec: ChartSpec, theme: ChartTheme = PRINT_THEME): Record<string, unknown> {
  const text = { color: theme.foreground, fontFamily: 'system-ui, -apple-system, Segoe UI, sans-serif', fontSize: 12 };
  const category = {
    type: 'category',
    data: spec.categories,
    axisLabel: { ...text, interval: spec.categories.length > 16 ? 'auto' : 0, hideOverlap: true },
    axisLine: { lineStyle: { color: theme.grid } },
  };
  const value = {
    type: spec.kind === 'strip' ? 'log' : 'value',
    name: spec.unit,
    nameLocation: spec.horizontal ? 'middle' : 'end',
    nameGap: spec.horizontal ? 26 : 12,
    nameTextStyle: text,
    axisLabel: text,
    minInterval: spec.kind === 'strip' ? undefined : 1,
    splitLine: { lineStyle: { color: theme.grid } },
  };
  const markLine = spec.markers?.length
    ? {
        silent: true,
        symbol: 'none',
        label: { ...text, formatter: '{b}' },
        lineStyle: { color: theme.foreground, type: 'dashed' },
        data: spec.markers.map((m) => ({ name: m.name, yAxis: m.value })),
      }
    : undefined;
  const series =
    spec.kind === 'strip'
      ? [
          {
            type: 'scatter',
            name: spec.unit,
            emphasis: { disabled: true },
            symbolSize: 8,
            itemStyle: { color: theme.palette[0], opacity: 0.7 },
            data: (spec.points ?? []).map((p) => [p.category, Math.max(p.value, 1)]),
            markLine,
          },
        ]
      : spec.series.map((s, i) => ({
          type: 'bar',
          name: s.name,
          emphasis: { disabled: true },
          stack: spec.stacked ? 'all' : undefined,
          itemStyle: { color: theme.palette[i % theme.palette.length] },
          data: s.values,
          markLine: i === 0 ? markLine : undefined,
        }));
  return {
    animation: false,
    backgroundColor: theme.background,
    textStyle: text,
    aria: { enabled: true, label: { description: `${spec.title}. ${spec.description}` } },
    legend: spec.series.length > 1 ? { top: 0, textStyle: text, type: 'plain' } : undefined,
    grid: {
      left: spec.horizontal ? 140 : 56,
      right: spec.markers?.length ? 96 : 24,
      top: spec.series.length > 1 ? 36 : 24,
      bottom: spec.horizontal ? 44 : 32,
      containLabel: false,
    },
    xAxis: spec.horizontal ? value : category,
    yAxis: spec.horizontal ? { ...category, inverse: true } : value,
    series,
  };
}

/** The chart's height: horizontal bars grow with their categories. */
export function chartHeight(spec: ChartSpec): number {
  return spec.horizontal ? Math.max(120, 60 + spec.categories.length * 22) : 260;
}

/**
 * Renders a chart definition to an SVG string (no DOM, no script): what the HTML report
 * inlines and what the dashboard may show as is. Same spec and theme, same drawing.
 */
export function renderChart(spec: ChartSpec, theme: ChartTheme = PRINT_THEME, width = WIDTH): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: chartHeight(spec) });
  try {
    chart.setOption(chartOption(spec, theme));
    // ECharts puts its aria description on a DOM element, which a string has none of: the SVG
    // itself says what it is, with a title for the tooltip and the description for screen readers.
    const label = escapeXml(`${spec.title}. ${spec.description}`);
    // zrender names its style classes after a counter of chart instances; named after the chart
    // instead, one spec renders to the same string every time, and two charts on a page never share one.
    const prefix = `pm-${spec.id.replace(/[^a-z0-9-]/gi, '')}`;
    const classes = new Map<string, number>();
    return chart
      .renderToSVGString()
      .replace(/\bzr\d+-cls-\d+/g, (name) => {
        if (!classes.has(name)) classes.set(name, classes.size);
        return `${prefix}-cls-${classes.get(name)}`;
      })
      .replace(/^<svg /, `<svg role="img" aria-label="${label}" `)
      .replace(/(<svg[^>]*>)/, `$1<title>${escapeXml(spec.title)}</title>`);
  } finally {
    chart.dispose();
  }
}

/** Text for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The charts of a report, in the order the report reads. */
export function chartsOf(report: InsightsReport): ChartSpec[] {
  const out: ChartSpec[] = [];
  const v = report.volume;
  if (v.byMonth.length) {
    out.push({
      id: 'volume-by-month',
      title: 'Incidents per month',
      description: `Incidents per month by severity, ${v.byMonth[0].label} to ${v.byMonth[v.byMonth.length - 1].label}; the busiest month had ${Math.max(...v.byMonth.map((c) => c.count))}.`,
      kind: 'bar',
      categories: v.byMonth.map((c) => c.label),
      series: v.byMonthSeverity.map((s) => ({ name: s.label, values: s.counts })),
      stacked: true,
      unit: 'incidents',
      refs: v.byMonth.map((c) => c.refs),
      table: {
        columns: ['Month', ...v.byMonthSeverity.map((s) => s.label), 'Total'],
        rows: v.byMonth.map((c, i) => [c.label, ...v.byMonthSeverity.map((s) => s.counts[i]), c.count]),
      },
      note: v.coverage.text,
    });
  }
  if (v.byService.length) {
    const top = v.byService.slice(0, 15);
    out.push({
      id: 'volume-by-service',
      title: 'Incidents per service',
      description: `The ${top.length} services named most often; ${top[0].label} in ${top[0].count}.`,
      kind: 'bar',
      categories: top.map((c) => c.label),
      series: [{ name: 'Incidents', values: top.map((c) => c.count) }],
      horizontal: true,
      unit: 'incidents',
      refs: top.map((c) => c.refs),
      table: { columns: ['Service', 'Incidents'], rows: v.byService.map((c) => [c.label, c.count]) },
      note: v.byService.length > top.length ? `${v.byService.length - top.length} more services in the table.` : null,
    });
  }
  for (const d of report.durations) {
    const groups = d.bySeverity;
    if (!d.all.n) continue;
    out.push({
      id: `time-to-${d.key}`,
      title: `${d.label} per severity`,
      description: `Every incident's ${d.label.toLowerCase()} in minutes (a logarithmic scale), per severity; median ${minutes(d.all.median!)}, 90th percentile ${minutes(d.all.p90!)}, n = ${d.all.n}.`,
      kind: 'strip',
      categories: groups.map((g) => `${g.label} (n=${g.n})`),
      series: [],
      points: groups.flatMap((g, i) => g.points.map((p) => ({ category: i, value: p.minutes, ref: p.ref }))),
      markers: [
        { name: `median ${minutes(d.all.median!)}`, value: Math.max(1, d.all.median!) },
        { name: `p90 ${minutes(d.all.p90!)}`, value: Math.max(1, d.all.p90!) },
      ],
      unit: 'minutes',
      refs: groups.map((g) => g.points.map((p) => p.ref)),
      table: {
        columns: ['Group', 'n', 'Median', 'p90', 'Shortest', 'Longest', 'Reading'],
        rows: [d.all, ...groups, ...d.byQuarter.filter((q) => q.n)].map((g) => [
          g.label,
          g.n,
          minutes(g.median ?? 0),
          minutes(g.p90 ?? 0),
          minutes(g.min ?? 0),
          minutes(g.max ?? 0),
          g.note ?? 'enough to compare',
        ]),
      },
      tableRefs: [d.all, ...groups, ...d.byQuarter.filter((q) => q.n)].map((g) => g.points.map((p) => p.ref)),
      note: d.coverage.text,
    });
  }
  const c = report.causes;
  if (c.categoriesByQuarter.length) {
    out.push({
      id: 'categories-by-quarter',
      title: 'Contributing factors per quarter',
      description: `How often each contributing-factor category was named, per quarter; most often ${c.categories[0].label} (${c.categories[0].count}).`,
      kind: 'bar',
      categories: c.quarters.map((q) => `${q.slice(5)} ${q.slice(0, 4)}`),
      series: c.categoriesByQuarter.map((s) => ({ name: s.label, values: s.counts })),
      stacked: true,
      unit: 'post-mortems',
      refs: c.quarters.map(() => []),
      table: {
        columns: ['Category', 'Post-mortems', ...c.quarters],
        rows: c.categories.map((cat) => [cat.label, cat.count, ...(c.categoriesByQuarter.find((s) => s.key === cat.key)?.counts ?? [])]),
      },
      tableRefs: c.categories.map((cat) => cat.refs),
      note: c.coverage.text,
    });
  }
  const t = report.timePatterns;
  if (t.coverage.covered) {
    out.push({
      id: 'weekday',
      title: `Incident starts per weekday (${t.timeZone})`,
      description: t.weekday?.text ?? '',
      kind: 'bar',
      categories: t.weekdays.map((w) => w.label.slice(0, 3)),
      series: [{ name: 'Incidents', values: t.weekdays.map((w) => w.count) }],
      markers: [{ name: 'expected', value: t.coverage.covered / 7 }],
      unit: 'incidents',
      refs: t.weekdays.map((w) => w.refs),
      table: { columns: ['Weekday', 'Incidents', 'Share', 'Expected'], rows: t.weekdays.map((w) => [w.label, w.count, pct(w.share), pct(w.expected)]) },
      note: t.weekday?.text ?? null,
    });
    out.push({
      id: 'hour',
      title: `Incident starts per hour (${t.timeZone})`,
      description: t.hourBand?.text ?? '',
      kind: 'bar',
      categories: t.hours.map((h) => h.label.slice(0, 2)),
      series: [{ name: 'Incidents', values: t.hours.map((h) => h.count) }],
      markers: [{ name: 'expected', value: t.coverage.covered / 24 }],
      unit: 'incidents',
      refs: t.hours.map((h) => h.refs),
      table: { columns: ['Hour', 'Incidents', 'Share'], rows: t.hours.map((h) => [h.label, h.count, pct(h.share)]) },
      note: t.hourBand?.text ?? null,
    });
  }
  const f = report.followUp;
  if (f.total) {
    const groups = [...f.byKind.filter((k) => k.total), ...f.bySeverity];
    out.push({
      id: 'follow-up',
      title: 'Action items done and open, per kind and severity',
      description: `${f.done.length} of ${f.total} action items are done, ${f.overdue.length} overdue.`,
      kind: 'bar',
      categories: groups.map((g) => g.label),
      series: [
        { name: 'Done', values: groups.map((g) => g.done) },
        { name: 'Open', values: groups.map((g) => g.total - g.done) },
      ],
      stacked: true,
      horizontal: true,
      unit: 'items',
      refs: groups.map((g) => g.refs),
      table: { columns: ['Group', 'Items', 'Done', 'Completion'], rows: groups.map((g) => [g.label, g.total, g.done, pct(g.rate)]) },
      note: f.policy.text,
    });
  }
  const q = report.quality;
  if (q.findingsByQuarter.length) {
    out.push({
      id: 'findings-by-quarter',
      title: 'Findings per post-mortem, per quarter',
      description: `The median number of findings per post-mortem in each quarter.`,
      kind: 'bar',
      categories: q.findingsByQuarter.map((e) => e.label),
      series: [{ name: 'Median findings', values: q.findingsByQuarter.map((e) => e.median ?? 0) }],
      unit: 'findings',
      refs: q.findingsByQuarter.map((e) => e.refs),
      table: {
        columns: ['Quarter', 'Post-mortems', 'Findings', 'Median per post-mortem'],
        rows: q.findingsByQuarter.map((e) => [e.label, e.documents, e.findings, e.median ?? 0]),
      },
      note: q.findingsCoverage.text,
    });
  }
  return out;
}
