/**
 * Insights across an archive of post-mortems, computed from the workspace index's per-file
 * summaries alone (never by parsing again), so the CLI, the language server and a web worker
 * share it. Pure: no Node, no editor; `computeInsights` is the one entry point.
 *
 * Every figure carries its coverage (how many post-mortems it could use, and why not the rest)
 * and the refs (post-mortem and line) behind it. Nothing is dropped silently: a post-mortem
 * left out of every figure is listed in `excluded`, with the reason.
 */
import { archivedReason } from '../analysis/model/action-items/follow-up';
import { isDropped } from '../analysis/model/action-item-fields';
import { dayInPath, readDate } from '../analysis/base/dates';
import { rankSeverity } from '../analysis/model/facts/severity';
import { severityKey, type Settings } from '../analysis/base/settings';
import type { FileSummary, IndexedItem } from '../workspace/index-core';
import { phrasesOf } from './phrases';
import { OwnerCounter } from './owners';
import { binomialUpperTail, median, quantile } from './stats';
import type {
  Completion,
  Count,
  Coverage,
  Distribution,
  DurationMetric,
  Exclusion,
  IncidentRef,
  InsightsReport,
  PatternBucket,
  PolicyBreach,
  Ref,
  Series,
  Share,
  Significance,
} from './types';

/** What the insights read of a summary. */
export type InsightsSource = Pick<
  FileSummary,
  'path' | 'uri' | 'isPostmortem' | 'isTemplate' | 'title' | 'metadata' | 'actionItems' | 'followUp' | 'findings' | 'notice' | 'facts' | 'insight'
>;

/** How to compute the report. */
export interface InsightsOptions {
  /** Today (yyyy-mm-dd, `isoDay`): what is overdue, what is in the future. */
  today: string;
  /** The zone weekdays and hours are given in (`postmortem.insights.timeZone`); the summaries were read in it. */
  timeZone: string;
  /** Under this many points a figure is shown but no trend or pattern is read from it. Default 8. */
  minimumSample?: number;
  /** Only incidents on or after this day (yyyy-mm-dd). */
  since?: string | null;
  /** Only incidents on or before this day (yyyy-mm-dd). */
  until?: string | null;
  /** Days within which action items are due, per severity label (`duePolicy.bySeverity`: `{ "SEV1": 28 }`). */
  followUpPolicy?: Readonly<Record<string, number>>;
  /** The severity scale, to match a policy label such as "Critical" to a rank. */
  severityScale?: Readonly<Record<string, number>>;
  /** How a summary's file is named in the report (default: its path). */
  fileName?: (summary: InsightsSource) => string;
}

export const DEFAULT_MINIMUM_SAMPLE = 8;

/** The options the settings give (`insights.timeZone`, `insights.minimumSample`, `duePolicy.bySeverity`, `severityScale`), for `today`. */
export function insightsOptions(
  settings: Pick<Settings, 'facts' | 'duePolicy'>,
  today: string,
  period: { since?: string | null; until?: string | null } = {},
): InsightsOptions {
  return {
    today,
    timeZone: settings.facts.timeZone,
    minimumSample: settings.facts.minimumSample,
    followUpPolicy: settings.duePolicy.bySeverity,
    severityScale: settings.facts.severityScale,
    since: period.since ?? null,
    until: period.until ?? null,
  };
}
/** A duration longer than this is taken for a misread date, not an incident, and left out with that reason. */
const LONGEST_DURATION_MINUTES = 30 * 24 * 60;
/** A month axis longer than this (a typo such as year 1026) lists only the months that have incidents. */
const LONGEST_MONTH_AXIS = 240;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const KINDS: { key: string; label: string }[] = [
  { key: 'detection', label: 'Detection' },
  { key: 'response', label: 'Response' },
  { key: 'prevention', label: 'Prevention' },
  { key: 'communication', label: 'Communication' },
];

/** One counted post-mortem with what the figures read of it. */
interface Doc {
  index: number;
  s: InsightsSource;
  date: string | null;
  sevKey: string;
  sevLabel: string;
  sevRank: number | null;
  titleLine: number;
}

const month = (date: string) => date.slice(0, 7);
const quarter = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
const monthLabel = (key: string) => `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
const quarterLabel = (key: string) => `${key.slice(5)} ${key.slice(0, 4)}`;
const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));
function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}
const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const byCount = <T extends { count: number; key: string }>(a: T, b: T) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The incident's day: the metadata date, else the day of the timeline's start, else the day its file is named by. */
function incidentDate(s: InsightsSource): string | null {
  const written = s.metadata.date;
  if (written) {
    const reading = readDate(written);
    if (reading.kind === 'date') return reading.iso;
  }
  const instant = s.facts?.start?.instant;
  return instant && /^\d{4}-\d{2}-\d{2}/.test(instant) ? instant.slice(0, 10) : dayInPath(s.path);
}

/** Collects post-mortems per reason for a coverage. */
class CoverageBuilder {
  private covered = 0;
  private readonly gaps = new Map<string, number[]>();
  constructor(private readonly label: string) {}
  cover(): void {
    this.covered++;
  }
  miss(reason: string, doc: number): void {
    const list = this.gaps.get(reason);
    if (list) list.push(doc);
    else this.gaps.set(reason, [doc]);
  }
  build(): Coverage {
    const gaps = [...this.gaps].map(([reason, docs]) => ({ reason, docs })).sort((a, b) => b.docs.length - a.docs.length);
    const total = this.covered + gaps.reduce((n, g) => n + g.docs.length, 0);
    const rest = gaps.length ? `; not covered: ${gaps.map((g) => `${g.reason} (${g.docs.length})`).join(', ')}` : '';
    return { covered: this.covered, total, gaps, text: `${this.label} covers ${this.covered} of ${plural(total, 'post-mortem')}${rest}.` };
  }
}

/** Counts refs per key, keeping each key's label. */
class Counter {
  private readonly buckets = new Map<string, Count>();
  add(key: string, label: string, ref: Ref): void {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { key, label, count: 0, refs: [] }));
    bucket.count++;
    bucket.refs.push(ref);
  }
  get(key: string): Count | undefined {
    return this.buckets.get(key);
  }
  list(): Count[] {
    return [...this.buckets.values()];
  }
}

/** Every key from the first to the last month (or quarter), or only the ones used when the span is absurd. */
function axis(used: string[], next: (key: string) => string): string[] {
  const sorted = [...new Set(used)].sort();
  if (sorted.length < 2) return sorted;
  const out: string[] = [];
  for (let key = sorted[0]; key <= sorted[sorted.length - 1]; key = next(key)) {
    out.push(key);
    if (out.length > LONGEST_MONTH_AXIS) return sorted;
  }
  return out;
}
function nextMonth(key: string): string {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${key.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}
function nextQuarter(key: string): string {
  const y = Number(key.slice(0, 4));
  const q = Number(key.slice(6));
  return q === 4 ? `${String(y + 1).padStart(4, '0')}-Q1` : `${key.slice(0, 4)}-Q${q + 1}`;
}

function distribution(key: string, label: string, points: { minutes: number; ref: Ref }[], minimum: number): Distribution {
  const sorted = [...points].sort((a, b) => a.minutes - b.minutes || a.ref.doc - b.ref.doc);
  const values = sorted.map((p) => p.minutes);
  const enough = values.length >= minimum;
  return {
    key,
    label,
    n: values.length,
    median: median(values),
    p90: quantile(values, 0.9),
    min: values.length ? values[0] : null,
    max: values.length ? values[values.length - 1] : null,
    points: sorted,
    enough,
    note: enough ? null : `${plural(values.length, 'incident')}: too small a sample to read a trend (fewer than ${minimum})`,
  };
}

function shareOf(pass: Ref[], failing: Ref[]): Share {
  const total = pass.length + failing.length;
  return { count: pass.length, total, share: total ? pass.length / total : null, refs: pass, failing };
}

/** The statement about the most frequent bucket (`buckets` in display order, labels as the statement names them), with a Bonferroni allowance for having looked at every bucket. */
export function significance(
  buckets: { key: string; label: string; count: number }[],
  n: number,
  expected: number,
  minimum: number,
  noun: string,
): Significance | null {
  if (!n) return null;
  let top = buckets[0];
  for (const b of buckets) if (b.count > top.count) top = b;
  const share = top.count / n;
  const pValue = binomialUpperTail(top.count, n, expected);
  const adjustedPValue = Math.min(1, pValue * buckets.length);
  const head = `${top.label}: ${top.count} of ${n}, ${percent(share)} vs ${percent(expected)} expected`;
  let verdict: Significance['verdict'];
  let tail: string;
  if (n < minimum) {
    verdict = 'too-few';
    tail = `too few incidents to tell (fewer than ${minimum})`;
  } else if (adjustedPValue >= 0.05) {
    verdict = 'chance';
    tail = `could be chance at this sample size (p = ${formatP(adjustedPValue)} allowing for ${buckets.length} ${noun})`;
  } else {
    verdict = 'unlikely-chance';
    tail = `unlikely to be chance (p = ${formatP(adjustedPValue)} allowing for ${buckets.length} ${noun})`;
  }
  return { key: top.key, count: top.count, n, share, expected, pValue, adjustedPValue, verdict, text: `${head}; ${tail}.` };
}

function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  return p >= 0.1 ? p.toFixed(2) : p.toFixed(3);
}

/** Folds a severity label for comparison with a policy key (case, spaces and dashes ignored). */
const foldSeverity = (text: string) => severityKey(text);

/** Computes the insights report from the index's summaries. */
export function computeInsights(summaries: Iterable<InsightsSource>, options: InsightsOptions): InsightsReport {
  const minimum = Math.max(1, Math.floor(options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE));
  const { today } = options;
  const since = options.since ?? null;
  const until = options.until ?? null;
  const nameOf = options.fileName ?? ((s: InsightsSource) => s.path);
  const scale = options.severityScale ?? {};

  // Which post-mortems are counted.
  const excluded: Exclusion[] = [];
  const candidates: { s: InsightsSource; date: string | null; file: string }[] = [];
  const sorted = [...summaries].filter((s) => s.isPostmortem).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const s of sorted) {
    const file = nameOf(s);
    if (s.notice) {
      excluded.push({ file, reason: s.notice });
      continue;
    }
    if (s.isTemplate) {
      excluded.push({ file, reason: 'a template' });
      continue;
    }
    const date = incidentDate(s);
    if (date && date > today) {
      excluded.push({ file, reason: `dated in the future (${date})` });
      continue;
    }
    if ((since || until) && !date) {
      excluded.push({ file, reason: 'no date, so --since and --until cannot place it' });
      continue;
    }
    if (date && since && date < since) {
      excluded.push({ file, reason: `before ${since}` });
      continue;
    }
    if (date && until && date > until) {
      excluded.push({ file, reason: `after ${until}` });
      continue;
    }
    candidates.push({ s, date, file });
  }
  // Oldest first; undated last. Within one incident id the first is counted.
  candidates.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byId = new Map<string, number>();
  const duplicates = new Map<string, { incidentId: string; kept: number; files: string[] }>();
  const docs: Doc[] = [];
  const incidents: IncidentRef[] = [];
  const severityLabels = new Map<string, string>();
  for (const { s, date, file } of candidates) {
    const id = s.metadata.incidentId?.trim() || null;
    const idKey = id?.toLowerCase().replace(/\s+/g, ' ');
    if (idKey && byId.has(idKey)) {
      const kept = byId.get(idKey)!;
      let dup = duplicates.get(idKey);
      if (!dup) duplicates.set(idKey, (dup = { incidentId: incidents[kept].incidentId ?? id!, kept, files: [] }));
      dup.files.push(file);
      excluded.push({ file, reason: `a second document for incident ${id} (counted once, as ${incidents[kept].file})` });
      continue;
    }
    const index = docs.length;
    if (idKey) byId.set(idKey, index);
    const sev = s.facts?.severity ?? (s.metadata.severity ? { text: s.metadata.severity, rank: rankSeverity(s.metadata.severity, scale) } : null);
    let sevKey = 'unknown';
    let sevLabel = 'No severity';
    if (sev && sev.rank !== null) {
      sevKey = `sev:${sev.rank}`;
      sevLabel = severityLabels.get(sevKey) ?? sev.text.trim().slice(0, 40);
    } else if (sev && sev.text.trim()) {
      sevKey = `text:${foldSeverity(sev.text)}`;
      sevLabel = severityLabels.get(sevKey) ?? sev.text.trim().slice(0, 40);
    }
    if (!severityLabels.has(sevKey)) severityLabels.set(sevKey, sevLabel);
    const titleLine = (s.insight?.lines.title ?? 0) + 1;
    docs.push({ index, s, date, sevKey, sevLabel, sevRank: sev?.rank ?? null, titleLine });
    incidents.push({ file, uri: s.uri || null, title: s.title, date, incidentId: id, severity: sev ? sevLabel : null, line: titleLine });
  }
  const severityOrder = [...severityLabels.keys()].sort((a, b) => {
    const rank = (k: string) => (k.startsWith('sev:') ? Number(k.slice(4)) : k === 'unknown' ? Infinity : 1e6);
    return rank(a) - rank(b) || (a < b ? -1 : 1);
  });
  const ref = (doc: Doc, line: number | null | undefined): Ref => ({ doc: doc.index, line: (line ?? doc.titleLine - 1) + 1 });
  const dateRef = (doc: Doc) => ref(doc, doc.s.insight?.lines.date ?? doc.s.insight?.timeline?.milestones.start);

  // Volume.
  const volumeCoverage = new CoverageBuilder('Incidents per month');
  const months = new Counter();
  const quarters = new Counter();
  const severities = new Counter();
  const services = new Counter();
  for (const doc of docs) {
    severities.add(doc.sevKey, doc.sevLabel, ref(doc, doc.s.insight?.lines.severity));
    const facts = doc.s.facts;
    facts?.services.forEach((name, i) => services.add(name, name, ref(doc, doc.s.insight?.lines.services[i])));
    if (!doc.date) {
      volumeCoverage.miss('no date in the metadata or the timeline', doc.index);
      continue;
    }
    volumeCoverage.cover();
    months.add(month(doc.date), monthLabel(month(doc.date)), dateRef(doc));
    quarters.add(quarter(doc.date), quarterLabel(quarter(doc.date)), dateRef(doc));
  }
  const monthAxis = axis(
    months.list().map((c) => c.key),
    nextMonth,
  );
  const quarterAxis = axis(
    quarters.list().map((c) => c.key),
    nextQuarter,
  );
  const filled = (counter: Counter, keys: string[], label: (k: string) => string): Count[] =>
    keys.map((key) => counter.get(key) ?? { key, label: label(key), count: 0, refs: [] });
  const byMonth = filled(months, monthAxis, monthLabel);
  const monthIndex = new Map(monthAxis.map((k, i) => [k, i]));
  const byMonthSeverity: Series[] = severityOrder.map((key) => ({ key, label: severityLabels.get(key)!, counts: monthAxis.map(() => 0) }));
  const sevSeries = new Map(byMonthSeverity.map((s) => [s.key, s]));
  for (const doc of docs) if (doc.date) sevSeries.get(doc.sevKey)!.counts[monthIndex.get(month(doc.date))!]++;
  const bySeverity = severityOrder.map((k) => severities.get(k)!);

  // Time to detect, mitigate, resolve.
  const durations: DurationMetric[] = (
    [
      { key: 'detect', label: 'Time to detect', milestone: 'detection' },
      { key: 'mitigate', label: 'Time to mitigate', milestone: 'mitigation' },
      { key: 'resolve', label: 'Time to resolve', milestone: 'resolution' },
    ] as const
  ).map(({ key, label, milestone }) => {
    const coverage = new CoverageBuilder(label);
    const points: { minutes: number; ref: Ref; doc: Doc }[] = [];
    for (const doc of docs) {
      const t = doc.s.insight?.timeline;
      if (!doc.s.insight) coverage.miss('not analysed yet', doc.index);
      else if (!t) coverage.miss('no timeline', doc.index);
      else if (t.milestones.start === null) coverage.miss('no timed entry to start from', doc.index);
      else if (t.milestones[milestone] === null) coverage.miss(`no ${milestone} milestone in the timeline`, doc.index);
      else if (t.minutes[key] === null) coverage.miss(`the ${milestone} cannot be timed from the start (no day, or earlier than the start)`, doc.index);
      else if (t.minutes[key] > LONGEST_DURATION_MINUTES) coverage.miss("longer than 30 days: check the timeline's dates", doc.index);
      else {
        coverage.cover();
        points.push({ minutes: t.minutes[key], ref: ref(doc, t.milestones[milestone]), doc });
      }
    }
    const strip = (list: typeof points) => list.map(({ minutes, ref: r }) => ({ minutes, ref: r }));
    const bySev = severityOrder
      .map((sev) => distribution(sev, severityLabels.get(sev)!, strip(points.filter((p) => p.doc.sevKey === sev)), minimum))
      .filter((d) => d.n > 0);
    const byQuarter = quarterAxis.map((q) => distribution(q, quarterLabel(q), strip(points.filter((p) => p.doc.date && quarter(p.doc.date) === q)), minimum));
    return { key, label, coverage: coverage.build(), all: distribution('all', 'All incidents', strip(points), minimum), bySeverity: bySev, byQuarter };
  });

  // Causes.
  const causeCoverage = new CoverageBuilder('Contributing factors and triggers');
  const categories = new Counter();
  const triggers = new Counter();
  const pairCounter = new Counter();
  const catByQuarter = new Map<string, number[]>();
  const trigByQuarter = new Map<string, number[]>();
  const catBySeverity = new Map<string, Record<string, number>>();
  const quarterIdx = new Map(quarterAxis.map((q, i) => [q, i]));
  const bump = (map: Map<string, number[]>, key: string, date: string | null) => {
    if (!date) return;
    let counts = map.get(key);
    if (!counts) map.set(key, (counts = quarterAxis.map(() => 0)));
    counts[quarterIdx.get(quarter(date))!]++;
  };
  for (const doc of docs) {
    const facts = doc.s.facts;
    if (!facts) {
      causeCoverage.miss('not analysed yet', doc.index);
      continue;
    }
    if (!facts.categories.length && !facts.trigger) {
      causeCoverage.miss('no contributing factor or trigger found', doc.index);
      continue;
    }
    causeCoverage.cover();
    const lines = doc.s.insight?.lines;
    const seen = new Set<string>();
    facts.categories.forEach((c, i) => {
      if (seen.has(c.category)) return;
      seen.add(c.category);
      categories.add(c.category, c.category, ref(doc, lines?.categories[i]));
      bump(catByQuarter, c.category, doc.date);
      const row = catBySeverity.get(doc.sevKey) ?? {};
      row[c.category] = (row[c.category] ?? 0) + 1;
      catBySeverity.set(doc.sevKey, row);
    });
    const cats = [...seen].sort();
    for (let i = 0; i < cats.length; i++)
      for (let j = i + 1; j < cats.length; j++) pairCounter.add(`${cats[i]}\u0000${cats[j]}`, '', ref(doc, lines?.categories[0]));
    if (facts.trigger) {
      triggers.add(facts.trigger.trigger, facts.trigger.trigger, ref(doc, lines?.trigger));
      bump(trigByQuarter, facts.trigger.trigger, doc.date);
    }
  }
  const categoryList = categories.list().sort(byCount);
  const triggerList = triggers.list().sort(byCount);
  const series = (map: Map<string, number[]>, order: Count[]): Series[] =>
    order.filter((c) => map.has(c.key)).map((c) => ({ key: c.key, label: c.label, counts: map.get(c.key)! }));
  const phraseCoverage = new CoverageBuilder('Recurring phrases');
  const rootCauses: { doc: number; lines: { line: number; text: string }[] }[] = [];
  for (const doc of docs) {
    const passages = doc.s.insight?.rootCause;
    if (!doc.s.insight) phraseCoverage.miss('not analysed yet', doc.index);
    else if (!passages?.length) phraseCoverage.miss('no root cause text', doc.index);
    else {
      phraseCoverage.cover();
      rootCauses.push({ doc: doc.index, lines: passages });
    }
  }

  // Time patterns.
  const timeCoverage = new CoverageBuilder('Weekday and hour');
  const weekdayCounter = new Counter();
  const hourCounter = new Counter();
  const zoneUnknown: Ref[] = [];
  let started = 0;
  for (const doc of docs) {
    const start = doc.s.facts?.start;
    if (!doc.s.facts) {
      timeCoverage.miss('not analysed yet', doc.index);
      continue;
    }
    if (!start) {
      timeCoverage.miss('no timeline start with a calendar day', doc.index);
      continue;
    }
    timeCoverage.cover();
    started++;
    const r = ref(doc, doc.s.insight?.timeline?.milestones.start);
    if (!start.zoneKnown) zoneUnknown.push(r);
    weekdayCounter.add(String(start.weekday), WEEKDAYS[start.weekday - 1] ?? '?', r);
    hourCounter.add(String(start.hour), `${String(start.hour).padStart(2, '0')}:00`, r);
  }
  const pattern = (counter: Counter, keys: { key: string; label: string }[], expected: number): PatternBucket[] =>
    keys.map(({ key, label }) => {
      const c = counter.get(key) ?? { key, label, count: 0, refs: [] };
      return { ...c, label, share: started ? c.count / started : 0, expected, pValue: binomialUpperTail(c.count, started, expected) };
    });
  const weekdays = pattern(
    weekdayCounter,
    WEEKDAYS.map((label, i) => ({ key: String(i + 1), label })),
    1 / 7,
  );
  const hours = pattern(
    hourCounter,
    Array.from({ length: 24 }, (_, h) => ({ key: String(h), label: `${String(h).padStart(2, '0')}:00` })),
    1 / 24,
  );
  const bands = Array.from({ length: 6 }, (_, b) => ({
    key: `${b * 4}-${b * 4 + 4}`,
    label: `${String(b * 4).padStart(2, '0')}:00–${String(b * 4 + 4).padStart(2, '0')}:00`,
    count: hours.slice(b * 4, b * 4 + 4).reduce((n, h) => n + h.count, 0),
  }));
  const weekdayStatement = significance(
    weekdays.map((w) => ({ ...w, label: `${w.label}s` })),
    started,
    1 / 7,
    minimum,
    'weekdays',
  );

  // Follow-up.
  const followCoverage = new CoverageBuilder('Action item follow-up');
  const open: Ref[] = [];
  const overdue: Ref[] = [];
  const done: Ref[] = [];
  const dropped: Ref[] = [];
  const kindGroups = new Map<string, Completion>(KINDS.map((k) => [k.key, { ...k, total: 0, done: 0, dropped: 0, rate: null, refs: [] }]));
  const sevGroups = new Map<string, Completion>();
  const owners = new OwnerCounter();
  const ages: number[] = [];
  let itemTotal = 0;
  const policyRules = Object.entries(options.followUpPolicy ?? {})
    .filter(([, days]) => Number.isFinite(days) && days >= 0)
    .map(([severity, days]) => ({ severity, days, fold: foldSeverity(severity), rank: rankSeverity(severity, scale) }));
  const breaches: PolicyBreach[] = [];
  const breaking = new Set<number>();
  for (const doc of docs) {
    const items = doc.s.actionItems;
    if (!items.length) {
      followCoverage.miss('no action items', doc.index);
      continue;
    }
    followCoverage.cover();
    const archived = archivedReason(doc.s.followUp, today) !== null;
    const sevText = doc.s.facts?.severity?.text ?? doc.s.metadata.severity ?? null;
    const rule = policyRules.find((r) => (sevText !== null && r.fold === foldSeverity(sevText)) || (r.rank !== null && r.rank === doc.sevRank));
    let sevGroup = sevGroups.get(doc.sevKey);
    if (!sevGroup) sevGroups.set(doc.sevKey, (sevGroup = { key: doc.sevKey, label: doc.sevLabel, total: 0, done: 0, dropped: 0, rate: null, refs: [] }));
    items.forEach((item: IndexedItem, i) => {
      itemTotal++;
      const r = ref(doc, item.line);
      const kind = doc.s.facts?.itemKinds[i];
      const group = kind ? kindGroups.get(kind) : undefined;
      for (const g of [group, sevGroup]) {
        if (!g) continue;
        g.total++;
        g.refs.push(r);
        if (item.done) g.done++;
        else if (isDropped(item)) g.dropped++;
      }
      if (item.done) done.push(r);
      // An item the team decided not to do is closed: neither open, nor overdue, nor held to the policy.
      else if (isDropped(item)) dropped.push(r);
      else {
        open.push(r);
        if (doc.date) ages.push(daysBetween(doc.date, today));
        if (item.due !== null && item.due < today && !archived) {
          overdue.push(r);
          const names = item.owners.length ? item.owners : item.owner ? [item.owner] : [];
          if (!names.length) owners.add(null, r);
          for (const name of names) owners.add(name, r);
        }
      }
      if (rule && doc.date && !isDropped(item)) {
        const limit = addDays(doc.date, rule.days);
        let reason: string | null = null;
        if (item.due === null) reason = item.done ? null : 'no due date';
        else if (item.due > limit) reason = `due ${item.due}, ${plural(daysBetween(limit, item.due), 'day')} after the limit`;
        else if (!item.done && today > limit) reason = `still open ${plural(daysBetween(limit, today), 'day')} after the limit`;
        if (reason) {
          breaches.push({ ref: r, severity: rule.severity, days: rule.days, limit, due: item.due, reason });
          breaking.add(doc.index);
        }
      }
    });
  }
  // Completion is over the work the team kept: a dropped item neither helps nor hurts it.
  const rate = (g: Completion): Completion => ({ ...g, rate: g.total - g.dropped ? g.done / (g.total - g.dropped) : null });
  ages.sort((a, b) => a - b);
  const policyText = policyRules.length
    ? `${policyRules.map((r) => `${r.severity} items due within ${plural(r.days, 'day')} of the incident`).join('; ')}: ${breaking.size ? `${plural(breaking.size, 'post-mortem')} break${breaking.size === 1 ? 's' : ''} it (${plural(breaches.length, 'item')})` : 'every post-mortem keeps it'}.`
    : 'No follow-up policy: set duePolicy.bySeverity in .postmortemrc.json, for example { "SEV1": 28 }.';

  // Quality.
  const qualityDocs = docs.filter((d) => d.s.insight);
  const pass = (test: (d: Doc) => boolean, line: (d: Doc) => number | null | undefined) => {
    const yes: Ref[] = [];
    const no: Ref[] = [];
    for (const d of qualityDocs) (test(d) ? yes : no).push(ref(d, line(d)));
    return shareOf(yes, no);
  };
  const findingsCoverage = new CoverageBuilder('Findings per post-mortem');
  const findingsQuarters = new Map<string, { findings: number[]; refs: Ref[] }>();
  for (const doc of docs) {
    if (doc.s.findings === null) findingsCoverage.miss('not checked yet', doc.index);
    else if (!doc.date) findingsCoverage.miss('no date in the metadata or the timeline', doc.index);
    else {
      findingsCoverage.cover();
      const q = quarter(doc.date);
      let entry = findingsQuarters.get(q);
      if (!entry) findingsQuarters.set(q, (entry = { findings: [], refs: [] }));
      entry.findings.push(doc.s.findings.length);
      entry.refs.push(ref(doc, doc.titleLine - 1));
    }
  }

  return {
    version: 1,
    options: { today, timeZone: options.timeZone, minimumSample: minimum, since, until },
    incidents,
    excluded: excluded.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    duplicates: [...duplicates.values()],
    volume: {
      coverage: volumeCoverage.build(),
      byMonth,
      byMonthSeverity,
      byQuarter: filled(quarters, quarterAxis, quarterLabel),
      bySeverity,
      byService: services.list().sort(byCount),
    },
    durations,
    causes: {
      coverage: causeCoverage.build(),
      categories: categoryList,
      triggers: triggerList,
      quarters: quarterAxis,
      categoriesByQuarter: series(catByQuarter, categoryList),
      triggersByQuarter: series(trigByQuarter, triggerList),
      categoriesBySeverity: severityOrder
        .filter((k) => catBySeverity.has(k))
        .map((k) => ({ severity: k, label: severityLabels.get(k)!, counts: catBySeverity.get(k)! })),
      cooccurrence: pairCounter
        .list()
        .sort(byCount)
        .map((c) => {
          const [a, b] = c.key.split('\u0000');
          return { a, b, count: c.count, refs: c.refs };
        }),
      recurringServices: services
        .list()
        .filter((c) => c.count >= 2)
        .sort(byCount),
      phrases: phrasesOf(rootCauses, docs.length),
      phraseCoverage: phraseCoverage.build(),
    },
    timePatterns: {
      timeZone: options.timeZone,
      coverage: timeCoverage.build(),
      zoneUnknown,
      weekdays,
      hours,
      weekday: weekdayStatement,
      hourBand: significance(bands, started, 4 / 24, minimum, 'four-hour bands'),
    },
    followUp: {
      coverage: followCoverage.build(),
      total: itemTotal,
      open,
      overdue,
      done,
      dropped,
      byKind: [...kindGroups.values()].map(rate),
      bySeverity: severityOrder.filter((k) => sevGroups.has(k)).map((k) => rate(sevGroups.get(k)!)),
      overdueByOwner: owners.list().sort(byCount),
      openAge: { n: ages.length, medianDays: median(ages) },
      policy: {
        rules: policyRules.map(({ severity, days }) => ({ severity, days })),
        documents: [...breaking].sort((a, b) => a - b),
        breaches,
        text: policyText,
      },
    },
    quality: {
      total: qualityDocs.length,
      allSections: pass(
        (d) => d.s.insight!.missingSections.length === 0,
        (d) => d.titleLine - 1,
      ),
      quantifiedImpact: pass(
        (d) => d.s.insight!.impact.figures > 0,
        (d) => d.s.insight!.impact.line,
      ),
      usableTimeline: pass(
        (d) => {
          const m = d.s.insight!.timeline?.minutes;
          return !!m && (m.detect !== null || m.mitigate !== null || m.resolve !== null);
        },
        (d) => d.s.insight!.timeline?.line,
      ),
      findingsByQuarter: [...findingsQuarters]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, e]) => ({
          key,
          label: quarterLabel(key),
          documents: e.findings.length,
          findings: e.findings.reduce((n, f) => n + f, 0),
          median: median([...e.findings].sort((a, b) => a - b)),
          refs: e.refs,
        })),
      findingsCoverage: findingsCoverage.build(),
    },
  };
}
