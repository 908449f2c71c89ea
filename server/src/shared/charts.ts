/**
 * The drawing of the insights charts, shared by the CLI's HTML report and the dashboard's
 * webview: a chart definition (`ChartSpec`, plain data, made by `insights/charts.ts`) becomes
 * an ECharts option (`chartOption`) and an SVG string (`renderChart`). The CLI inlines the SVG
 * in its report; the webview draws the same definitions with the same code in the editor's
 * colours, so both show one drawing. Every chart also carries its data as a text table
 * (`table`), shown beside it for screen readers and print.
 *
 * ECharts renders SVG without a DOM (its server-side mode, which also runs in a browser),
 * trimmed here to the bar and scatter charts, the grid, legend, mark lines and the aria
 * description. The language server imports this module's types only: the drawing (some 540 KB
 * of ECharts) goes to the CLI and the webview, never to the server or its web worker.
 */
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Ref } from '../insights/types';

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

/** Colours to draw with: the defaults print well; the dashboard uses the editor's theme. */
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

/** A colour a theme may hold: a hex, rgb() or rgba() colour, nothing that reads like markup. */
const COLOUR = /^(#[0-9a-f]{3,8}|rgba?\([0-9.,%\s]{5,40}\))$/i;

/**
 * A theme whose every colour is one (trimmed), or null (draw in the print colours). The
 * colours go into the SVG's attributes, so nothing else may pass.
 */
export function safeTheme(theme: Partial<ChartTheme> | null | undefined): ChartTheme | null {
  if (!theme || typeof theme !== 'object') return null;
  const { foreground, background, grid, palette } = theme;
  const ok = (c: unknown): c is string => typeof c === 'string' && COLOUR.test(c.trim());
  if (!ok(foreground) || !ok(background) || !ok(grid) || !Array.isArray(palette) || !palette.length || palette.length > 16 || !palette.every(ok)) return null;
  return { foreground: foreground.trim(), background: background.trim(), grid: grid.trim(), palette: palette.map((c) => c.trim()) };
}

const WIDTH = 640;

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
