/**
 * The insights dashboard as HTML, from the server's answer: pure (no DOM, no editor), so it is
 * unit-tested as text. The layout follows the CLI's HTML report: per section its charts, each
 * with its data as a table beside it, then the tables the report adds (triggers, phrases,
 * overdue items, quality, the incidents). What differs is what a person can do with a number:
 * every bar, point and table row that stands for post-mortems is a control (`data-src`, an
 * index into `sources`) that lists them, and each listed post-mortem opens at its line.
 *
 * The charts' SVG comes from `draw`: in the webview, the shared chart module (the one the CLI's
 * report inlines) in the editor's colours. Here it is only annotated: its data marks (ECharts
 * marks them `ecmeta_data_index`) become focusable, and its inline `style` attributes become
 * presentation attributes, since the webview's content security policy allows no inline style.
 */
import type { Coverage, InsightsChart, InsightsReport, InsightsRequest, Ref as InsightsRef } from '../../server/src/protocol';

/** Post-mortems behind something a person activated. */
export interface Source {
  /** What was activated ("Incidents per month: Mar 2026"). */
  label: string;
  refs: InsightsRef[];
}

export interface Rendered {
  html: string;
  /** `data-src="n"` in `html` names `sources[n]`. */
  sources: Source[];
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const esc = escapeHtml;

/** Style properties an SVG element may carry as attributes of the same name. */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'stroke-linecap',
  'stroke-linejoin',
]);

/**
 * Turns every `style="a:b;c:d"` of an SVG string into presentation attributes (`a="b" c="d"`),
 * keeping only properties that are presentation attributes; an attribute already on the element
 * wins. The drawing stays the same, and needs no inline style.
 */
export function styleToAttributes(svg: string): string {
  return svg.replace(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*(\/?)>/g, (whole: string, tag: string, attrs: string, close: string) => {
    const style = /\sstyle="([^"]*)"/.exec(attrs);
    if (!style) return whole;
    const rest = attrs.replace(style[0], '');
    const present = new Set([...rest.matchAll(/\s([^\s=]+)="/g)].map((m) => m[1]));
    const added = style[1]
      .split(';')
      .map((d) => d.split(/:(.*)/s).map((p) => p.trim()))
      .filter(([name, value]) => name && value && PRESENTATION.has(name) && !present.has(name))
      .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
      .join('');
    return `<${tag}${rest}${added}${close}>`;
  });
}

/** The refs behind a data mark of a chart: a category's for bars, the point's own for a strip chart. */
export function refsOfMark(chart: InsightsChart, dataIndex: number): InsightsRef[] {
  if (chart.kind === 'strip') {
    const point = chart.points?.[dataIndex];
    return point ? [point.ref] : [];
  }
  return chart.refs[dataIndex] ?? [];
}

/** What a data mark is called when read aloud and in the list's heading. */
export function markLabel(chart: InsightsChart, dataIndex: number, report: InsightsReport): string {
  if (chart.kind === 'strip') {
    const ref = chart.points?.[dataIndex]?.ref;
    const incident = ref ? report.incidents[ref.doc] : undefined;
    return `${chart.title}: ${incident?.title ?? incident?.file ?? 'a post-mortem'}`;
  }
  return `${chart.title}: ${chart.categories[dataIndex] ?? ''}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The chart's SVG with its data marks made controls: a role, a label that says what it is and
 * how many post-mortems are behind it, and `data-src`. Marks with nobody behind them, empty
 * segments of a stack and the silent reference lines stay plain drawing. One Tab stop per
 * category: the other segments of a stacked bar list the same post-mortems, so they are
 * clickable but not in the Tab order.
 */
export function annotateChart(chart: InsightsChart, drawing: string, report: InsightsReport, addSource: (source: Source) => number): string {
  const svg = styleToAttributes(drawing);
  const stopped = new Set<number>();
  return svg.replace(
    /<(path|rect|circle)\b([^>]*?)\secmeta_data_index="(\d+)"([^>]*)>/g,
    (whole: string, tag: string, before: string, index: string, after: string) => {
      const attrs = `${before} ${after}`;
      if (!/\secmeta_ssr_type="chart"/.test(attrs) || /\secmeta_silent="true"/.test(attrs)) return whole;
      const dataIndex = Number(index);
      const series = Number(/\secmeta_series_index="(\d+)"/.exec(attrs)?.[1] ?? 0);
      if (chart.kind === 'bar' && !(chart.series[series]?.values[dataIndex] ?? 0)) return whole;
      const refs = refsOfMark(chart, dataIndex);
      if (!refs.length) return whole;
      const label = markLabel(chart, dataIndex, report);
      const n = addSource({ label, refs });
      const aria = `${label}, ${plural(refs.length, 'source')}`;
      const tab = stopped.has(dataIndex) ? -1 : 0;
      stopped.add(dataIndex);
      const key = tab === 0 ? `${chart.id}:${dataIndex}` : `${chart.id}:${dataIndex}:${series}`;
      const close = after.endsWith('/') ? '/' : '';
      return `<${tag}${before} ecmeta_data_index="${index}"${close ? after.slice(0, -1) : after} tabindex="${tab}" role="button" class="datum" data-src="${n}" data-key="${esc(key)}" aria-label="${esc(aria)}"${close}>`;
    },
  );
}

function coverage(c: Coverage): string {
  return `<p class="note">${esc(c.text)}</p>`;
}

/** A button that lists the post-mortems behind a row, or nothing when there are none. */
function sourceButton(label: string, refs: InsightsRef[], key: string, addSource: (s: Source) => number): string {
  if (!refs.length) return '';
  const n = addSource({ label, refs });
  return `<button type="button" class="src" data-src="${n}" data-key="${esc(key)}" aria-label="${esc(`${label}: ${plural(refs.length, 'source')}`)}">${plural(refs.length, 'source')}</button>`;
}

function chartTable(chart: InsightsChart, addSource: (s: Source) => number): string {
  const head = chart.table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const withSources = chart.tableRefs.length === chart.table.rows.length && chart.tableRefs.some((r) => r.length);
  const rows = chart.table.rows
    .map((row, i) => {
      const cells = row.map((v, j) => (j === 0 ? `<th scope="row">${esc(String(v))}</th>` : `<td>${esc(String(v))}</td>`)).join('');
      const where = withSources ? `<td>${sourceButton(`${chart.title}: ${String(row[0])}`, chart.tableRefs[i], `${chart.id}:row:${i}`, addSource)}</td>` : '';
      return `<tr>${cells}${where}</tr>`;
    })
    .join('');
  return `<table><caption>${esc(chart.title)}: the data</caption><thead><tr>${head}${withSources ? '<th scope="col">Where</th>' : ''}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Draws a chart definition as an SVG string. */
export type Draw = (chart: InsightsChart) => string;

function figure(chart: InsightsChart, draw: Draw, report: InsightsReport, addSource: (s: Source) => number): string {
  return `<section class="chart" id="chart-${esc(chart.id)}" data-chart="${esc(chart.id)}"><h3>${esc(chart.title)}</h3><div class="pair"><figure>${annotateChart(chart, draw(chart), report, addSource)}<figcaption>${esc(chart.description)}</figcaption></figure><div class="data">${chartTable(chart, addSource)}</div></div>${chart.note ? `<p class="note">${esc(chart.note)}</p>` : ''}</section>`;
}

/** A table of labelled counts with their sources: triggers, phrases, owners. */
function countTable(
  title: string,
  column: string,
  rows: { label: string; count: number; refs: InsightsRef[] }[],
  key: string,
  addSource: (s: Source) => number,
): string {
  if (!rows.length) return '';
  const body = rows
    .map(
      (r, i) =>
        `<tr><th scope="row">${esc(r.label)}</th><td>${r.count}</td><td>${sourceButton(`${title}: ${r.label}`, r.refs, `${key}:${i}`, addSource)}</td></tr>`,
    )
    .join('');
  return `<h3>${esc(title)}</h3><table><thead><tr><th scope="col">${esc(column)}</th><th scope="col">Post-mortems</th><th scope="col">Where</th></tr></thead><tbody>${body}</tbody></table>`;
}

const share = (s: number | null) => (s === null ? '–' : `${Math.round(s * 100)}%`);

/** The progress line while the index builds: the figures cover what is read so far. */
export function progressText(scanning: boolean, progress: { done: number; total: number } | null, outlined = 0): string {
  const partial = outlined
    ? ` ${plural(outlined, 'post-mortem')} not read in full yet: the figures cover what is read so far.`
    : ' The figures cover what is read so far.';
  if (!scanning) return outlined ? partial.trim() : '';
  if (!progress || !progress.total) return `Indexing the workspace…${partial}`;
  return `Indexing the workspace: ${progress.done} of ${progress.total} files read.${partial}`;
}

/** The whole dashboard for one answer of the server, its charts drawn by `draw`. */
export function renderDashboard(result: InsightsRequest.Result, draw: Draw): Rendered {
  const sources: Source[] = [];
  const addSource = (s: Source) => sources.push(s) - 1;
  const r = result.report;
  const byId = new Map(result.charts.map((c) => [c.id, c]));
  const chart = (id: string) => {
    const c = byId.get(id);
    return c ? figure(c, draw, r, addSource) : '';
  };
  const n = r.incidents.length;
  const dates = r.incidents
    .filter((i) => i.date)
    .map((i) => i.date!)
    .sort();
  const parts: string[] = [];
  parts.push(
    `<h1>Post-mortem insights</h1><p class="lead">${plural(n, 'post-mortem')}${dates.length ? `, ${esc(dates[0])} to ${esc(dates[dates.length - 1])}` : ''}; computed on ${esc(r.options.today)}, weekdays and hours in ${esc(r.options.timeZone)}. A figure under ${r.options.minimumSample} incidents is shown but read as too small a sample. Activate a bar, a point or a row's sources to list the post-mortems behind it.</p>`,
  );
  if (!n)
    parts.push(
      `<p class="empty">No post-mortem to count yet${r.excluded.length ? `: ${plural(r.excluded.length, 'file')} left out (listed at the end)` : ''}.</p>`,
    );

  parts.push('<h2>Volume</h2>', chart('volume-by-month'), chart('volume-by-service'));
  parts.push('<h2>Time to detect, mitigate, resolve</h2>');
  for (const d of r.durations) parts.push(byId.has(`time-to-${d.key}`) ? chart(`time-to-${d.key}`) : `<h3>${esc(d.label)}</h3>${coverage(d.coverage)}`);

  const c = r.causes;
  parts.push('<h2>Recurring causes</h2>', chart('categories-by-quarter'));
  parts.push(countTable('Triggers', 'Trigger', c.triggers, 'triggers', addSource));
  parts.push(
    countTable(
      'Factors named together',
      'Factors',
      c.cooccurrence.slice(0, 10).map((p) => ({ label: `${p.a} + ${p.b}`, count: p.count, refs: p.refs })),
      'pairs',
      addSource,
    ),
  );
  if (c.phrases.length)
    parts.push(
      countTable(
        'Phrases shared by root causes',
        'Phrase',
        c.phrases.map((p) => ({ label: p.phrase, count: p.count, refs: p.refs })),
        'phrases',
        addSource,
      ),
      coverage(c.phraseCoverage),
    );
  parts.push(countTable('Services that recur', 'Service', c.recurringServices.slice(0, 15), 'services', addSource));

  const t = r.timePatterns;
  parts.push('<h2>Time patterns</h2>', chart('weekday'), chart('hour'), coverage(t.coverage));

  const f = r.followUp;
  parts.push(
    '<h2>Follow-up</h2>',
    `<p>${plural(f.total, 'action item')}: ${f.open.length} open, <strong>${f.overdue.length} overdue</strong> ${sourceButton('Overdue action items', f.overdue, 'overdue', addSource)}, ${f.done.length} done${f.dropped.length ? `, ${f.dropped.length} dropped` : ''}; median age of open items ${f.openAge.medianDays === null ? '–' : plural(f.openAge.medianDays, 'day')} (${plural(f.openAge.n, 'item')}).</p>`,
    chart('follow-up'),
  );
  parts.push(countTable('Overdue per owner', 'Owner', f.overdueByOwner, 'owners', addSource));
  if (f.policy.breaches.length) {
    const rows = f.policy.breaches
      .slice(0, 200)
      .map((b, i) => {
        const incident = r.incidents[b.ref.doc];
        return `<tr><th scope="row">${esc(incident?.title ?? incident?.file ?? '')}</th><td>${esc(b.severity)}</td><td>${esc(b.limit)}</td><td>${esc(b.reason)}</td><td>${sourceButton(`Follow-up policy: ${incident?.title ?? ''}`, [b.ref], `breach:${i}`, addSource)}</td></tr>`;
      })
      .join('');
    parts.push(
      `<h3>Items that break the follow-up policy</h3><table><thead><tr><th scope="col">Post-mortem</th><th scope="col">Severity</th><th scope="col">Limit</th><th scope="col">Why</th><th scope="col">Where</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  parts.push(`<p class="note">${esc(f.policy.text)}</p>`, coverage(f.coverage));

  const q = r.quality;
  const quality = (
    [
      ['every required section', q.allSections],
      ['a quantified impact', q.quantifiedImpact],
      ['a timeline that yields a duration', q.usableTimeline],
    ] as const
  )
    .map(
      ([label, s], i) =>
        `<tr><th scope="row">${label}</th><td>${s.count} of ${s.total}</td><td>${share(s.share)}</td><td>${sourceButton(`Post-mortems without ${label}`, s.failing, `quality:${i}`, addSource)}</td></tr>`,
    )
    .join('');
  parts.push(
    '<h2>Quality of the archive</h2>',
    `<table><thead><tr><th scope="col">Post-mortems with</th><th scope="col">Count</th><th scope="col">Share</th><th scope="col">Without</th></tr></thead><tbody>${quality}</tbody></table>`,
    chart('findings-by-quarter'),
  );

  // Charts the layout above does not place (a chart added to the module later) still show.
  const placed = new Set([
    'volume-by-month',
    'volume-by-service',
    ...r.durations.map((d) => `time-to-${d.key}`),
    'categories-by-quarter',
    'weekday',
    'hour',
    'follow-up',
    'findings-by-quarter',
  ]);
  const others = result.charts.filter((ch) => !placed.has(ch.id));
  if (others.length) parts.push('<h2>More</h2>', ...others.map((ch) => figure(ch, draw, r, addSource)));

  if (n) {
    const rows = r.incidents
      .map(
        (i, k) =>
          `<tr><th scope="row">${k + 1}</th><td>${esc(i.date ?? '–')}</td><td>${esc(i.severity ?? '–')}</td><td>${esc(i.title ?? '')}</td><td><button type="button" class="open" data-open="${k}:${i.line}" data-key="incident:${k}">${esc(i.file)}:${i.line}</button></td></tr>`,
      )
      .join('');
    parts.push(
      '<h2>Incidents</h2>',
      `<table><thead><tr><th scope="col">#</th><th scope="col">Date</th><th scope="col">Severity</th><th scope="col">Title</th><th scope="col">File</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  if (r.excluded.length || r.duplicates.length) {
    parts.push('<h2>Left out</h2>', `<ul>${r.excluded.map((e) => `<li>${esc(e.file)}: ${esc(e.reason)}</li>`).join('')}</ul>`);
  }
  return { html: parts.filter(Boolean).join('\n'), sources };
}

/** The list of post-mortems behind a source: one button per post-mortem and line, which opens it there. */
export function renderSourceList(report: InsightsReport, source: Source): string {
  const seen = new Set<string>();
  const items = source.refs
    .filter((ref) => {
      const key = `${ref.doc}:${ref.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((ref) => {
      const incident = report.incidents[ref.doc];
      if (!incident) return '';
      const what = [incident.date, incident.severity].filter(Boolean).join(', ');
      return `<li><button type="button" class="open" data-open="${ref.doc}:${ref.line}">${esc(incident.title ?? incident.file)}${what ? ` <span class="meta">(${esc(what)})</span>` : ''} <span class="meta">${esc(incident.file)}:${ref.line}</span></button></li>`;
    })
    .join('');
  return `<h2 id="sources-title" tabindex="-1">${esc(source.label)}</h2><p class="meta">${plural(seen.size, 'source')}; Enter opens one at its line, Escape goes back.</p><ul>${items}</ul>`;
}

/** Reads `data-open="doc:line"`. */
export function parseOpen(value: string | null | undefined): { doc: number; line: number } | null {
  const m = /^(\d+):(\d+)$/.exec(value ?? '');
  return m ? { doc: Number(m[1]), line: Number(m[2]) } : null;
}
