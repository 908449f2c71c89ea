/**
 * The insights report as one self-contained HTML file: charts as inline SVG, each with its
 * data as a table beside it, no script, no network, and a print style that keeps a chart and
 * its table on one page. Numbers are traced with the incident numbers (#n) of the list at the
 * end, which names each file, and the line (#n:line).
 */
import { escapeXml, renderChart, type ChartSpec, type ChartTheme, PRINT_THEME } from '../shared/charts';
import { chartsOf } from './charts';
import { formatShare } from './format';
import type { Coverage, InsightsReport, Ref } from './types';

const esc = escapeXml;

/** Refs as `#doc:line`, each a link to the incident's row. At most `max`, with how many more. */
function refList(refs: readonly Ref[], max = 40): string {
  const shown = refs.slice(0, max).map((r) => `<a href="#i${r.doc + 1}">#${r.doc + 1}:${r.line}</a>`);
  return shown.join(' ') + (refs.length > max ? ` and ${refs.length - max} more` : '');
}

function dataTable(spec: ChartSpec): string {
  const head = spec.table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const refs = spec.tableRefs ?? spec.refs;
  const withSources = refs.length === spec.table.rows.length && refs.some((r) => r.length);
  const rows = spec.table.rows
    .map(
      (row, i) =>
        `<tr>${row.map((v, j) => (j === 0 ? `<th scope="row">${esc(String(v))}</th>` : `<td>${esc(String(v))}</td>`)).join('')}${withSources ? `<td class="src">${refList(refs[i], 12)}</td>` : ''}</tr>`,
    )
    .join('\n');
  return `<table><caption>${esc(spec.title)}: the data</caption><thead><tr>${head}${withSources ? '<th scope="col">Where</th>' : ''}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function figure(spec: ChartSpec, theme: ChartTheme): string {
  return `<section class="chart" id="${esc(spec.id)}"><h3>${esc(spec.title)}</h3><div class="pair"><figure>${renderChart(spec, theme)}<figcaption>${esc(spec.description)}</figcaption></figure><div class="data">${dataTable(spec)}</div></div>${spec.note ? `<p class="note">${esc(spec.note)}</p>` : ''}</section>`;
}

function coverage(c: Coverage): string {
  return `<p class="note">${esc(c.text)}</p>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff;margin:2rem auto;max-width:1280px;padding:0 1rem}
h1{font-size:1.6rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}
.pair{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}figure{margin:0;flex:0 0 auto}figure svg{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:#57606a;max-width:640px}.data{flex:1 1 360px;overflow-x:auto}
table{border-collapse:collapse;font-size:.85rem}caption{text-align:left;font-weight:600;padding-bottom:.3rem}
th,td{border:1px solid #d0d7de;padding:.2rem .45rem;text-align:left;vertical-align:top}td{font-variant-numeric:tabular-nums}
.src{font-size:.75rem;max-width:340px}.note{color:#57606a;font-size:.9rem}a{color:#0969da}
ul.lead li{margin:.2rem 0}
@media print{body{margin:0;max-width:none}.chart{break-inside:avoid;page-break-inside:avoid}h2{break-after:avoid}a{color:inherit;text-decoration:none}.src{font-size:.7rem}}
`;

/** The HTML report. `theme` colours the charts (the print theme by default). */
export function formatHtml(report: InsightsReport, theme: ChartTheme = PRINT_THEME): string {
  const charts = chartsOf(report);
  const byId = new Map(charts.map((c) => [c.id, c]));
  const chart = (id: string) => (byId.has(id) ? figure(byId.get(id)!, theme) : '');
  const r = report;
  const n = r.incidents.length;
  const dates = r.incidents.filter((i) => i.date).map((i) => i.date!);
  const parts: string[] = [];
  parts.push(
    `<h1>Post-mortem insights</h1><p>${n} post-mortem${n === 1 ? '' : 's'}${dates.length ? `, ${esc(dates[0])} to ${esc(dates[dates.length - 1])}` : ''}; computed on ${esc(r.options.today)}${r.options.since ? `, since ${esc(r.options.since)}` : ''}${r.options.until ? `, until ${esc(r.options.until)}` : ''}. A figure under ${r.options.minimumSample} incidents is shown but read as too small a sample. <em>#n:line</em> names incident n of the list at the end and the line the number comes from.</p>`,
  );

  parts.push('<h2>Volume</h2>', chart('volume-by-month'), chart('volume-by-service'));

  parts.push('<h2>Time to detect, mitigate, resolve</h2>');
  for (const d of r.durations) parts.push(byId.has(`time-to-${d.key}`) ? chart(`time-to-${d.key}`) : `<h3>${esc(d.label)}</h3>${coverage(d.coverage)}`);

  parts.push('<h2>Recurring causes</h2>', chart('categories-by-quarter'));
  const c = r.causes;
  if (c.triggers.length)
    parts.push(
      `<h3>Triggers</h3><table><thead><tr><th scope="col">Trigger</th><th scope="col">Post-mortems</th><th scope="col">Where</th></tr></thead><tbody>${c.triggers.map((t) => `<tr><th scope="row">${esc(t.label)}</th><td>${t.count}</td><td class="src">${refList(t.refs, 12)}</td></tr>`).join('')}</tbody></table>`,
    );
  if (c.cooccurrence.length)
    parts.push(
      `<h3>Factors named together</h3><table><thead><tr><th scope="col">Factors</th><th scope="col">Post-mortems</th><th scope="col">Where</th></tr></thead><tbody>${c.cooccurrence
        .slice(0, 10)
        .map((p) => `<tr><th scope="row">${esc(p.a)} + ${esc(p.b)}</th><td>${p.count}</td><td class="src">${refList(p.refs, 12)}</td></tr>`)
        .join('')}</tbody></table>`,
    );
  if (c.phrases.length)
    parts.push(
      `<h3>Phrases shared by root causes</h3><table><thead><tr><th scope="col">Phrase</th><th scope="col">Post-mortems</th><th scope="col">Where</th></tr></thead><tbody>${c.phrases.map((p) => `<tr><th scope="row">${esc(p.phrase)}</th><td>${p.count}</td><td class="src">${refList(p.refs, 12)}</td></tr>`).join('')}</tbody></table>${coverage(c.phraseCoverage)}`,
    );
  if (c.recurringServices.length)
    parts.push(
      `<p>Services that recur: ${c.recurringServices
        .slice(0, 15)
        .map((s) => `${esc(s.label)} (${s.count})`)
        .join(', ')}.</p>`,
    );

  parts.push(`<h2>Time patterns</h2>`, chart('weekday'), chart('hour'), coverage(r.timePatterns.coverage));
  if (r.timePatterns.zoneUnknown.length)
    parts.push(
      `<p class="note">${r.timePatterns.zoneUnknown.length} start(s) name no time zone and are counted as written: ${refList(r.timePatterns.zoneUnknown, 20)}</p>`,
    );

  const f = r.followUp;
  parts.push(
    '<h2>Follow-up</h2>',
    `<p>${f.total} action items: ${f.open.length} open, <strong>${f.overdue.length} overdue</strong>, ${f.done.length} done${f.dropped.length ? `, ${f.dropped.length} dropped` : ''}; median age of open items ${f.openAge.medianDays === null ? '–' : `${f.openAge.medianDays} days`} (${f.openAge.n} items).</p>`,
    chart('follow-up'),
  );
  if (f.overdueByOwner.length)
    parts.push(
      `<h3>Overdue per owner</h3><table><thead><tr><th scope="col">Owner</th><th scope="col">Overdue</th><th scope="col">Where</th></tr></thead><tbody>${f.overdueByOwner.map((o) => `<tr><th scope="row">${esc(o.label)}</th><td>${o.count}</td><td class="src">${refList(o.refs, 12)}</td></tr>`).join('')}</tbody></table>`,
    );
  if (f.policy.breaches.length)
    parts.push(
      `<h3>Items that break the follow-up policy</h3><table><thead><tr><th scope="col">Item</th><th scope="col">Severity</th><th scope="col">Limit</th><th scope="col">Why</th></tr></thead><tbody>${f.policy.breaches
        .slice(0, 200)
        .map((b) => `<tr><th scope="row">${refList([b.ref])}</th><td>${esc(b.severity)}</td><td>${esc(b.limit)}</td><td>${esc(b.reason)}</td></tr>`)
        .join('')}</tbody></table>${f.policy.breaches.length > 200 ? `<p class="note">and ${f.policy.breaches.length - 200} more.</p>` : ''}`,
    );
  parts.push(coverage(f.coverage));

  const q = r.quality;
  parts.push(
    '<h2>Quality of the archive</h2>',
    `<table><thead><tr><th scope="col">Post-mortems with</th><th scope="col">Count</th><th scope="col">Share</th><th scope="col">Without</th></tr></thead><tbody>${(
      [
        ['every required section', q.allSections],
        ['a quantified impact', q.quantifiedImpact],
        ['a timeline that yields a duration', q.usableTimeline],
      ] as const
    )
      .map(
        ([label, s]) =>
          `<tr><th scope="row">${label}</th><td>${s.count} of ${s.total}</td><td>${formatShare(s.share)}</td><td class="src">${refList(s.failing, 20)}</td></tr>`,
      )
      .join('')}</tbody></table>`,
    chart('findings-by-quarter'),
  );

  parts.push(
    '<h2>Incidents</h2>',
    `<table><thead><tr><th scope="col">#</th><th scope="col">Date</th><th scope="col">Severity</th><th scope="col">Title</th><th scope="col">File</th></tr></thead><tbody>${r.incidents.map((i, k) => `<tr id="i${k + 1}"><th scope="row">${k + 1}</th><td>${esc(i.date ?? '–')}</td><td>${esc(i.severity ?? '–')}</td><td>${esc(i.title ?? '')}</td><td>${esc(i.file)}:${i.line}</td></tr>`).join('\n')}</tbody></table>`,
  );
  if (r.excluded.length) parts.push('<h2>Left out</h2>', `<ul>${r.excluded.map((e) => `<li>${esc(e.file)}: ${esc(e.reason)}</li>`).join('')}</ul>`);

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Post-mortem insights</title><style>${STYLE}</style></head>
<body>
${parts.filter(Boolean).join('\n')}
</body></html>
`;
}
