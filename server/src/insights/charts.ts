/**
 * The insights charts as definitions: `chartsOf` turns a report into one `ChartSpec` per chart
 * (plain data: categories, series or points, reference lines, the refs behind each mark, the
 * data as a table). Drawing them is the shared chart module's work (`shared/charts.ts`), in the
 * CLI's HTML report and in the dashboard's webview; the server only sends these definitions.
 */
import type { ChartSpec } from '../shared/charts';
import type { InsightsReport } from './types';

export type { ChartSpec } from '../shared/charts';

const minutes = (m: number) => (m < 120 ? `${Math.round(m)} min` : m < 2880 ? `${(m / 60).toFixed(1)} h` : `${(m / 1440).toFixed(1)} d`);
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

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
      description: `${f.done.length} of ${f.total} action items are done, ${f.overdue.length} overdue${f.dropped.length ? `, ${f.dropped.length} dropped` : ''}.`,
      kind: 'bar',
      categories: groups.map((g) => g.label),
      series: [
        { name: 'Done', values: groups.map((g) => g.done) },
        { name: 'Open', values: groups.map((g) => g.total - g.done - g.dropped) },
        // Dropped items are closed, not open; their bar shows only when a team dropped any.
        ...(f.dropped.length ? [{ name: 'Dropped', values: groups.map((g) => g.dropped) }] : []),
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
