/**
 * The insights report as plain text (a terminal) and as Markdown (a weekly review issue or a
 * pull request comment). Both read the same report and say the same things: the figures, what
 * each covers, and where to look (file:line).
 */
import type { Coverage, Distribution, InsightsReport, Ref } from './types';

/** Minutes as a person reads them: 45 min, 2.5 h, 3.1 d. */
export function formatMinutes(m: number | null): string {
  if (m === null) return '–';
  return m < 120 ? `${Math.round(m)} min` : m < 2880 ? `${(m / 60).toFixed(1)} h` : `${(m / 1440).toFixed(1)} d`;
}

export const formatShare = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** `file:line` of a ref. */
export function where(report: InsightsReport, ref: Ref): string {
  return `${report.incidents[ref.doc]?.file ?? '?'}:${ref.line}`;
}

/** Up to `max` refs as `file:line`, with how many more. */
export function whereList(report: InsightsReport, refs: readonly Ref[], max = 3): string {
  const shown = refs.slice(0, max).map((r) => where(report, r));
  return refs.length > max ? `${shown.join(', ')} and ${refs.length - max} more` : shown.join(', ');
}

function distributionLine(d: Distribution): string {
  if (!d.n) return `${d.label}: no data`;
  return `${d.label}: median ${formatMinutes(d.median)}, p90 ${formatMinutes(d.p90)}, ${formatMinutes(d.min)}–${formatMinutes(d.max)}, n = ${d.n}${d.enough ? '' : ' (too small to read a trend)'}`;
}

/** The headline figures, shared by the text and the Markdown. */
function headline(r: InsightsReport): string[] {
  const lines: string[] = [];
  const n = r.incidents.length;
  const range = r.incidents.filter((i) => i.date).map((i) => i.date!);
  lines.push(
    `${n} post-mortem${n === 1 ? '' : 's'}${range.length ? `, ${range[0]} to ${range[range.length - 1]}` : ''}${r.excluded.length ? `; ${r.excluded.length} left out (listed at the end)` : ''}.`,
  );
  if (r.timePatterns.weekday) lines.push(r.timePatterns.weekday.text);
  const top = r.causes.phrases[0];
  if (top) lines.push(`Most shared root-cause phrase: "${top.phrase}" in ${top.count} post-mortems.`);
  const cat = r.causes.categories[0];
  if (cat) lines.push(`Most frequent contributing factor: ${cat.label} (${cat.count} of ${r.causes.coverage.covered}).`);
  lines.push(
    `Action items: ${r.followUp.open.length} open, ${r.followUp.overdue.length} overdue, ${r.followUp.done.length} done${r.followUp.dropped.length ? `, ${r.followUp.dropped.length} dropped` : ''}.`,
  );
  return lines;
}

/** The report as plain text for a terminal. */
export function formatText(r: InsightsReport): string {
  const out: string[] = [];
  const section = (title: string) => out.push('', title, '-'.repeat(title.length));
  const cover = (c: Coverage) => out.push(`  (${c.text})`);
  out.push('Post-mortem insights', '====================', ...headline(r));

  section('Volume');
  for (const c of r.volume.byQuarter) out.push(`  ${c.label.padEnd(10)} ${String(c.count).padStart(4)}`);
  out.push(`  By severity: ${r.volume.bySeverity.map((c) => `${c.label} ${c.count}`).join(', ') || 'none'}`);
  if (r.volume.byService.length)
    out.push(
      `  By service: ${r.volume.byService
        .slice(0, 10)
        .map((c) => `${c.label} ${c.count}`)
        .join(', ')}`,
    );
  cover(r.volume.coverage);

  section('Time to detect, mitigate, resolve');
  for (const d of r.durations) {
    out.push(`  ${distributionLine(d.all).replace(/^All incidents/, d.label)}`);
    for (const g of d.bySeverity) out.push(`    ${distributionLine(g)}`);
    cover(d.coverage);
  }

  section('Recurring causes');
  out.push(`  Contributing factors: ${r.causes.categories.map((c) => `${c.label} ${c.count}`).join(', ') || 'none found'}`);
  out.push(`  Triggers: ${r.causes.triggers.map((c) => `${c.label} ${c.count}`).join(', ') || 'none found'}`);
  for (const p of r.causes.cooccurrence.slice(0, 5)) out.push(`  Together: ${p.a} + ${p.b} in ${p.count}`);
  if (r.causes.recurringServices.length)
    out.push(
      `  Services that recur: ${r.causes.recurringServices
        .slice(0, 10)
        .map((c) => `${c.label} ${c.count}`)
        .join(', ')}`,
    );
  for (const p of r.causes.phrases) out.push(`  "${p.phrase}" in ${p.count}: ${whereList(r, p.refs)}`);
  cover(r.causes.coverage);
  cover(r.causes.phraseCoverage);

  section(`Time patterns (${r.timePatterns.timeZone})`);
  out.push(`  ${r.timePatterns.weekdays.map((w) => `${w.label.slice(0, 3)} ${w.count}`).join('  ')}`);
  if (r.timePatterns.weekday) out.push(`  ${r.timePatterns.weekday.text}`);
  if (r.timePatterns.hourBand) out.push(`  ${r.timePatterns.hourBand.text}`);
  if (r.timePatterns.zoneUnknown.length) out.push(`  ${r.timePatterns.zoneUnknown.length} start(s) name no time zone and are counted as written.`);
  cover(r.timePatterns.coverage);

  section('Follow-up');
  const f = r.followUp;
  out.push(
    `  ${f.total} action items: ${f.open.length} open, ${f.overdue.length} overdue, ${f.done.length} done${f.dropped.length ? `, ${f.dropped.length} dropped` : ''}; median age of open items ${f.openAge.medianDays === null ? '–' : `${f.openAge.medianDays} days`}.`,
  );
  out.push(
    `  Done by kind: ${
      f.byKind
        .filter((k) => k.total)
        .map((k) => `${k.label} ${k.done}/${k.total - k.dropped}`)
        .join(', ') || '–'
    }`,
  );
  out.push(`  Done by severity: ${f.bySeverity.map((k) => `${k.label} ${k.done}/${k.total - k.dropped}`).join(', ') || '–'}`);
  for (const o of f.overdueByOwner.slice(0, 10)) out.push(`  Overdue for ${o.label}: ${o.count} (${whereList(r, o.refs)})`);
  out.push(`  ${f.policy.text}`);
  for (const b of f.policy.breaches.slice(0, 20)) out.push(`    ${where(r, b.ref)}: ${b.severity}, ${b.reason}`);
  if (f.policy.breaches.length > 20) out.push(`    and ${f.policy.breaches.length - 20} more`);
  cover(f.coverage);

  section('Quality of the archive');
  const q = r.quality;
  out.push(`  Every required section: ${q.allSections.count} of ${q.allSections.total} (${formatShare(q.allSections.share)})`);
  out.push(`  Quantified impact: ${q.quantifiedImpact.count} of ${q.quantifiedImpact.total} (${formatShare(q.quantifiedImpact.share)})`);
  out.push(`  Timeline that yields a duration: ${q.usableTimeline.count} of ${q.usableTimeline.total} (${formatShare(q.usableTimeline.share)})`);
  for (const e of q.findingsByQuarter) out.push(`  ${e.label}: median ${e.median} findings per post-mortem (${e.documents} post-mortems)`);

  if (r.excluded.length) {
    section('Left out');
    for (const e of r.excluded) out.push(`  ${e.file}: ${e.reason}`);
  }
  return `${out.join('\n')}\n`;
}

/** A Markdown table cell. */
function cell(value: string | number): string {
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

function table(columns: string[], rows: (string | number)[][]): string[] {
  return [`| ${columns.map(cell).join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

/** The report as Markdown, for a weekly review issue or a pull request comment. */
export function formatMarkdown(r: InsightsReport): string {
  const out: string[] = ['## Post-mortem insights', '', ...headline(r).map((l) => `- ${l}`)];
  const note = (c: Coverage) => out.push('', `_${c.text}_`);

  out.push(
    '',
    '### Volume',
    '',
    ...table(
      ['Quarter', 'Incidents'],
      r.volume.byQuarter.map((c) => [c.label, c.count]),
    ),
  );
  out.push(
    '',
    ...table(
      ['Severity', 'Incidents'],
      r.volume.bySeverity.map((c) => [c.label, c.count]),
    ),
  );
  note(r.volume.coverage);

  out.push('', '### Time to detect, mitigate, resolve', '');
  const rows: (string | number)[][] = [];
  for (const d of r.durations)
    for (const g of [d.all, ...d.bySeverity])
      rows.push([d.label, g.label, g.n, formatMinutes(g.median), formatMinutes(g.p90), g.enough ? '' : 'too small to read a trend']);
  out.push(...table(['Metric', 'Group', 'n', 'Median', 'p90', 'Note'], rows));
  for (const d of r.durations) note(d.coverage);

  out.push('', '### Recurring causes', '');
  out.push(
    ...table(
      ['Contributing factor', 'Post-mortems'],
      r.causes.categories.map((c) => [c.label, c.count]),
    ),
  );
  if (r.causes.phrases.length)
    out.push(
      '',
      ...table(
        ['Shared root-cause phrase', 'Post-mortems', 'Where'],
        r.causes.phrases.map((p) => [p.phrase, p.count, whereList(r, p.refs)]),
      ),
    );
  if (r.causes.recurringServices.length)
    out.push(
      '',
      `Services that recur: ${r.causes.recurringServices
        .slice(0, 10)
        .map((c) => `${c.label} (${c.count})`)
        .join(', ')}.`,
    );
  note(r.causes.coverage);

  out.push('', `### Time patterns (${r.timePatterns.timeZone})`, '');
  out.push(
    ...table(
      r.timePatterns.weekdays.map((w) => w.label.slice(0, 3)),
      [r.timePatterns.weekdays.map((w) => w.count)],
    ),
  );
  for (const s of [r.timePatterns.weekday, r.timePatterns.hourBand]) if (s) out.push('', s.text);
  note(r.timePatterns.coverage);

  const f = r.followUp;
  out.push(
    '',
    '### Follow-up',
    '',
    `${f.total} action items: ${f.open.length} open, **${f.overdue.length} overdue**, ${f.done.length} done${f.dropped.length ? `, ${f.dropped.length} dropped` : ''}.`,
  );
  if (f.overdueByOwner.length)
    out.push(
      '',
      ...table(
        ['Owner', 'Overdue', 'Where'],
        f.overdueByOwner.slice(0, 15).map((o) => [o.label, o.count, whereList(r, o.refs)]),
      ),
    );
  out.push('', f.policy.text);
  if (f.policy.breaches.length)
    out.push(
      '',
      ...table(
        ['Item', 'Severity', 'Why'],
        f.policy.breaches.slice(0, 20).map((b) => [where(r, b.ref), b.severity, b.reason]),
      ),
    );
  note(f.coverage);

  const q = r.quality;
  out.push('', '### Quality of the archive', '');
  out.push(
    ...table(
      ['Post-mortems with', 'Count', 'Share'],
      [
        ['every required section', `${q.allSections.count} of ${q.allSections.total}`, formatShare(q.allSections.share)],
        ['a quantified impact', `${q.quantifiedImpact.count} of ${q.quantifiedImpact.total}`, formatShare(q.quantifiedImpact.share)],
        ['a timeline that yields a duration', `${q.usableTimeline.count} of ${q.usableTimeline.total}`, formatShare(q.usableTimeline.share)],
      ],
    ),
  );
  if (r.excluded.length) out.push('', '<details><summary>Left out</summary>', '', ...r.excluded.map((e) => `- ${cell(e.file)}: ${e.reason}`), '', '</details>');
  return `${out.join('\n')}\n`;
}
