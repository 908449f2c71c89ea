import { strict as assert } from 'node:assert';
import { chartsOf } from '../../../server/src/insights/charts';
import { computeInsights, significance } from '../../../server/src/insights/compute';
import { formatText } from '../../../server/src/insights/format';
import { binomialUpperTail, median, quantile } from '../../../server/src/insights/stats';
import type { InsightsReport, Ref } from '../../../server/src/insights/types';
import type { FileSummary } from '../../../server/src/workspace/index-core';
import { postmortem, summarise, TODAY, type Incident } from './archive';

const options = { today: TODAY, timeZone: 'UTC' };

/** A timeline that starts at `start` (HH:MM) and reaches the milestones after the given minutes. */
function timeline(start: string, detect: number | null, mitigate: number | null = null, resolve: number | null = null): [string, string][] {
  const [h, m] = start.split(':').map(Number);
  const at = (minutes: number) => {
    const total = h * 60 + m + minutes;
    return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  };
  const rows: [string, string][] = [[start, 'Error rate starts to climb']];
  if (detect !== null) rows.push([at(detect), 'Pager alert fires [detected]']);
  if (mitigate !== null) rows.push([at(mitigate), 'Traffic moved to the standby [mitigated]']);
  if (resolve !== null) rows.push([at(resolve), 'Error rate back to normal [resolved]']);
  return rows;
}

function report(incidents: Incident[], extra: Partial<Parameters<typeof computeInsights>[1]> = {}): { r: InsightsReport; texts: string[] } {
  const files: [string, string][] = incidents.map((i, n) => [`postmortems/${String(n).padStart(2, '0')}.md`, postmortem(i)]);
  return { r: computeInsights(summarise(files), { ...options, ...extra }), texts: files.map(([, t]) => t) };
}

/** The text of the line a ref points at. */
function lineOf(r: InsightsReport, texts: string[], ref: Ref): string {
  const n = Number(r.incidents[ref.doc].file.slice(-5, -3));
  return texts[n].split('\n')[ref.line - 1];
}

describe('insights: statistics', () => {
  it('median, nearest-rank p90 and the exact binomial tail', () => {
    assert.equal(median([]), null);
    assert.equal(median([5]), 5);
    assert.equal(median([1, 3, 10, 40]), 6.5);
    assert.equal(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.9), 9);
    assert.equal(quantile([7], 0.9), 7);
    // P(X >= 9) for X ~ B(30, 1/7), summed term by term here.
    let tail = 0;
    let c = 1;
    for (let k = 0; k <= 30; k++) {
      if (k > 0) c = (c * (30 - k + 1)) / k;
      if (k >= 9) tail += c * (1 / 7) ** k * (6 / 7) ** (30 - k);
    }
    assert.ok(Math.abs(binomialUpperTail(9, 30, 1 / 7) - tail) < 1e-12);
    assert.equal(binomialUpperTail(0, 10, 0.5), 1);
    assert.equal(binomialUpperTail(11, 10, 0.5), 0);
  });

  it('gives the binomial tail to double precision for every k, small and large samples, shares near 0 and 1', () => {
    // P(X >= k) for p = a / d, as an exact fraction in big integers, then to the nearest double.
    const exactTails = (n: number, a: number, d: number): number[] => {
      const [A, B, D] = [BigInt(a), BigInt(d - a), BigInt(d)];
      const terms: bigint[] = [];
      let choose = 1n;
      for (let j = 0; j <= n; j++) {
        if (j > 0) choose = (choose * BigInt(n - j + 1)) / BigInt(j);
        terms.push(choose * A ** BigInt(j) * B ** BigInt(n - j));
      }
      const denominator = D ** BigInt(n);
      const tails: number[] = new Array<number>(n + 2).fill(0);
      let sum = 0n;
      for (let k = n; k >= 0; k--) {
        sum += terms[k];
        const shift = Math.max(0, denominator.toString(2).length - sum.toString(2).length + 64);
        tails[k] = sum === 0n ? 0 : (Number((sum << BigInt(shift)) / denominator) / 2 ** 64) * 2 ** (64 - shift);
      }
      return tails;
    };
    let checked = 0;
    for (const n of [1, 2, 5, 7, 30, 70, 365]) {
      for (const [a, d] of [
        [1, 1000],
        [1, 24],
        [1, 7],
        [3, 10],
        [1, 2],
        [999, 1000],
      ]) {
        const exact = exactTails(n, a, d);
        for (let k = 0; k <= n + 1; k++) {
          const ours = binomialUpperTail(k, n, a / d);
          if (exact[k] < 1e-290) assert.ok(ours < 1e-280, `P(X >= ${k}), n = ${n}, p = ${a}/${d}: ${ours}, about ${exact[k]}`);
          else assert.ok(Math.abs(ours - exact[k]) <= 1e-12 * exact[k], `P(X >= ${k}), n = ${n}, p = ${a}/${d}: ${ours}, exactly ${exact[k]}`);
          checked++;
        }
      }
    }
    // A large sample, where a sum of logarithms of the coefficient would have lost digits.
    const large = exactTails(5000, 1, 2);
    for (const k of [1, 2400, 2499, 2500, 2502, 2600, 2700, 4999, 5000]) {
      assert.ok(
        Math.abs(binomialUpperTail(k, 5000, 0.5) - large[k]) <= 1e-12 * large[k],
        `P(X >= ${k}), n = 5000: ${binomialUpperTail(k, 5000, 0.5)}, exactly ${large[k]}`,
      );
    }
    assert.equal(checked, 6 * (3 + 4 + 7 + 9 + 32 + 72 + 367));
    assert.equal(binomialUpperTail(3, 10, 0), 0);
    assert.equal(binomialUpperTail(3, 10, 1), 1);
    assert.ok(Number.isNaN(binomialUpperTail(3, 10, 1.5)));
  });

  it('states a weekday pattern in plain words, with the test behind it', () => {
    const days = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];
    const buckets = (counts: number[]) => counts.map((count, i) => ({ key: String(i + 1), label: days[i], count }));
    const chance = significance(buckets([4, 5, 4, 4, 9, 2, 2]), 30, 1 / 7, 8, 'weekdays')!;
    assert.equal(chance.verdict, 'chance');
    assert.match(chance.text, /^Fridays: 9 of 30, 30% vs 14% expected; could be chance at this sample size \(p = 0\.\d+ allowing for 7 weekdays\)\.$/);
    assert.ok(Math.abs(chance.adjustedPValue - 7 * binomialUpperTail(9, 30, 1 / 7)) < 1e-12);
    const strong = significance(buckets([5, 5, 5, 5, 40, 5, 5]), 70, 1 / 7, 8, 'weekdays')!;
    assert.equal(strong.verdict, 'unlikely-chance');
    assert.match(strong.text, /^Fridays: 40 of 70, 57% vs 14% expected; unlikely to be chance \(p = < 0\.001/);
    const few = significance(buckets([0, 0, 0, 0, 5, 0, 0]), 5, 1 / 7, 8, 'weekdays')!;
    assert.equal(few.verdict, 'too-few');
    assert.equal(few.text, 'Fridays: 5 of 5, 100% vs 14% expected; too few incidents to tell (fewer than 8).');
    assert.equal(significance(buckets([0, 0, 0, 0, 0, 0, 0]), 0, 1 / 7, 8, 'weekdays'), null);
  });
});

describe('insights: the archive', () => {
  it('an empty archive gives empty figures, no statement and no crash', () => {
    const r = computeInsights([], options);
    assert.equal(r.version, 1);
    assert.deepEqual(r.incidents, []);
    assert.equal(r.volume.coverage.text, 'Incidents per month covers 0 of 0 post-mortems.');
    assert.deepEqual(r.volume.byMonth, []);
    assert.equal(r.durations[0].all.n, 0);
    assert.equal(r.durations[0].all.median, null);
    assert.equal(r.timePatterns.weekday, null);
    assert.equal(r.followUp.total, 0);
    assert.equal(r.quality.allSections.share, null);
    assert.deepEqual(r.causes.phrases, []);
  });

  it('one post-mortem: every figure counts it once and names its lines', () => {
    const { r, texts } = report([
      {
        title: 'Checkout latency',
        date: '2026-03-06',
        severity: 'SEV1',
        services: ['checkout'],
        factors: ['design_weakness'],
        trigger: 'deploy',
        timeline: timeline('14:00', 12, 30, 95),
      },
    ]);
    assert.equal(r.incidents.length, 1);
    assert.deepEqual(
      r.volume.byMonth.map((c) => [c.key, c.count]),
      [['2026-03', 1]],
    );
    assert.deepEqual(
      r.volume.bySeverity.map((c) => [c.label, c.count]),
      [['SEV1', 1]],
    );
    assert.deepEqual(
      r.volume.byService.map((c) => [c.key, c.count]),
      [['checkout', 1]],
    );
    const [detect, mitigate, resolve] = r.durations;
    assert.deepEqual([detect.all.median, mitigate.all.median, resolve.all.median], [12, 30, 95]);
    assert.equal(detect.all.enough, false);
    assert.match(detect.all.note!, /too small a sample to read a trend \(fewer than 8\)/);
    assert.match(lineOf(r, texts, detect.all.points[0].ref), /\[detected\]/);
    assert.match(lineOf(r, texts, resolve.all.points[0].ref), /\[resolved\]/);
    assert.match(lineOf(r, texts, r.volume.byMonth[0].refs[0]), /^date: 2026-03-06/);
    assert.match(lineOf(r, texts, r.volume.bySeverity[0].refs[0]), /^severity: SEV1/);
    assert.deepEqual(
      r.causes.categories.map((c) => c.key),
      ['design_weakness'],
    );
    assert.deepEqual(
      r.causes.triggers.map((c) => c.key),
      ['change'],
    );
    assert.equal(r.timePatterns.weekdays[4].count, 1, 'a Friday');
    assert.equal(r.timePatterns.hours[14].count, 1);
    assert.equal(r.timePatterns.weekday!.verdict, 'too-few');
  });

  it('all unknown: no date, severity, timeline or causes are named as such, never dropped', () => {
    const { r } = report([{ title: 'Something broke' }, { title: 'Something else broke' }]);
    assert.equal(r.incidents.length, 2);
    assert.deepEqual(r.excluded, []);
    assert.equal(r.volume.coverage.text, 'Incidents per month covers 0 of 2 post-mortems; not covered: no date in the metadata or the timeline (2).');
    assert.deepEqual(
      r.volume.bySeverity.map((c) => [c.key, c.label, c.count]),
      [['unknown', 'No severity', 2]],
    );
    assert.equal(r.durations[0].coverage.text, 'Time to detect covers 0 of 2 post-mortems; not covered: no timeline (2).');
    assert.equal(r.timePatterns.coverage.covered, 0);
    assert.deepEqual(
      r.timePatterns.coverage.gaps.map((g) => [g.reason, g.docs]),
      [['no timeline start with a calendar day', [0, 1]]],
    );
    assert.equal(r.quality.usableTimeline.count, 0);
    assert.equal(r.quality.usableTimeline.failing.length, 2);
  });

  it('volume per month and quarter fills empty months, per severity in rank order', () => {
    const { r } = report([
      { title: 'A', date: '2026-01-10', severity: 'SEV2' },
      { title: 'B', date: '2026-01-20', severity: 'SEV1' },
      { title: 'C', date: '2026-04-02', severity: 'Sev 2' },
      { title: 'D', date: '2026-04-03' },
    ]);
    assert.deepEqual(
      r.volume.byMonth.map((c) => [c.key, c.count]),
      [
        ['2026-01', 2],
        ['2026-02', 0],
        ['2026-03', 0],
        ['2026-04', 2],
      ],
    );
    assert.deepEqual(
      r.volume.byQuarter.map((c) => [c.label, c.count]),
      [
        ['Q1 2026', 2],
        ['Q2 2026', 2],
      ],
    );
    assert.deepEqual(
      r.volume.bySeverity.map((c) => [c.key, c.count]),
      [
        ['sev:1', 1],
        ['sev:2', 2],
        ['unknown', 1],
      ],
    );
    assert.deepEqual(r.volume.byMonthSeverity.find((s) => s.key === 'sev:2')!.counts, [1, 0, 0, 1]);
  });

  it('durations as distributions: median, p90, every point, n, per severity and quarter', () => {
    const detects = [3, 5, 8, 10, 12, 15, 20, 25, 40, 180];
    const { r } = report(
      detects.map((d, i) => ({
        title: `Incident ${i}`,
        date: `2026-0${1 + (i % 6)}-1${i % 9}`,
        severity: i < 5 ? 'SEV1' : 'SEV2',
        timeline: timeline('10:00', d),
      })),
    );
    const detect = r.durations[0];
    assert.equal(detect.all.n, 10);
    assert.equal(detect.all.median, 13.5);
    assert.equal(detect.all.p90, 40);
    assert.deepEqual(
      detect.all.points.map((p) => p.minutes),
      detects,
    );
    assert.equal(detect.all.enough, true);
    assert.equal(detect.all.note, null);
    assert.deepEqual(
      detect.bySeverity.map((d) => [d.label, d.n, d.median]),
      [
        ['SEV1', 5, 8],
        ['SEV2', 5, 25],
      ],
    );
    assert.equal(
      detect.byQuarter.reduce((n, d) => n + d.n, 0),
      10,
    );
    assert.ok(detect.byQuarter.every((d) => !d.enough));
    assert.equal(r.durations[1].coverage.text, 'Time to mitigate covers 0 of 10 post-mortems; not covered: no mitigation milestone in the timeline (10).');
  });

  it('the minimum sample is configurable', () => {
    const { r } = report(
      [1, 2, 3].map((d) => ({ title: `I${d}`, date: `2026-02-0${d}`, timeline: timeline('10:00', d) })),
      { minimumSample: 3 },
    );
    assert.equal(r.durations[0].all.enough, true);
    assert.equal(r.options.minimumSample, 3);
  });

  it('bad input: a future date, a second document for one incident id, a duration of months', () => {
    const months: [string, string][] = [
      ['2026-01-05 10:00', 'Disk fills up'],
      ['2026-04-05 10:00', 'Noticed [detected]'],
    ];
    const files: [string, string][] = [
      ['pm/a.md', postmortem({ title: 'First', date: '2026-02-01', id: 'INC-7' })],
      ['pm/b.md', postmortem({ title: 'First again', date: '2026-02-01', id: 'inc-7' })],
      ['pm/c.md', postmortem({ title: 'Later', date: '2027-05-01' })],
      ['pm/d.md', postmortem({ title: 'Slow', timeline: months })],
    ];
    const r = computeInsights(summarise(files), options);
    // The one without a metadata date is dated by its timeline's start, so it comes first.
    assert.deepEqual(
      r.incidents.map((i) => [i.file, i.date]),
      [
        ['pm/d.md', '2026-01-05'],
        ['pm/a.md', '2026-02-01'],
      ],
    );
    assert.deepEqual(r.duplicates, [{ incidentId: 'INC-7', kept: 1, files: ['pm/b.md'] }]);
    assert.deepEqual(
      r.excluded.map((e) => [e.file, e.reason]),
      [
        ['pm/b.md', 'a second document for incident inc-7 (counted once, as pm/a.md)'],
        ['pm/c.md', 'dated in the future (2027-05-01)'],
      ].sort(),
    );
    const detect = r.durations[0];
    assert.equal(detect.all.n, 0);
    assert.deepEqual(detect.coverage.gaps.find((g) => g.reason.startsWith('longer than 30 days'))?.docs, [r.incidents.findIndex((i) => i.file === 'pm/d.md')]);
  });

  it('--since and --until keep the incidents in range and name the rest', () => {
    const { r } = report(
      [{ title: 'Old', date: '2025-12-01' }, { title: 'In', date: '2026-03-01' }, { title: 'New', date: '2026-10-01' }, { title: 'Undated' }],
      { since: '2026-01-01', until: '2026-06-30' },
    );
    assert.deepEqual(
      r.incidents.map((i) => i.date),
      ['2026-03-01'],
    );
    assert.deepEqual(
      r.excluded.map((e) => e.reason),
      ['before 2026-01-01', 'after 2026-06-30', 'no date, so --since and --until cannot place it'],
    );
  });

  it('dates an incident by the day its file is named by when it writes no date and its timeline none', () => {
    const files: [string, string][] = [
      ['pm/2026-03-01-cache.md', postmortem({ title: 'Cache' })],
      ['pm/2026/04/02.md', postmortem({ title: 'Queue' })],
      ['pm/2026-05-01-stated.md', postmortem({ title: 'Stated', date: '2026-04-28' })],
      ['pm/undated.md', postmortem({ title: 'Undated' })],
    ];
    const r = computeInsights(summarise(files), { ...options, since: '2026-01-01' });
    assert.deepEqual(r.incidents.map((i) => [i.file, i.date]).sort(), [
      ['pm/2026-03-01-cache.md', '2026-03-01'],
      ['pm/2026-05-01-stated.md', '2026-04-28'],
      ['pm/2026/04/02.md', '2026-04-02'],
    ]);
    assert.deepEqual(
      r.excluded.map((e) => [e.file, e.reason]),
      [['pm/undated.md', 'no date, so --since and --until cannot place it']],
    );
  });

  it('recurring causes: categories, triggers over time, by severity, together; services that recur', () => {
    const { r } = report([
      {
        title: 'A',
        date: '2026-01-10',
        severity: 'SEV1',
        services: ['checkout', 'search'],
        factors: ['design_weakness', 'tooling_failure'],
        trigger: 'deploy',
      },
      { title: 'B', date: '2026-02-10', severity: 'SEV2', services: ['checkout'], factors: ['design_weakness', 'tooling_failure'], trigger: 'deploy' },
      { title: 'C', date: '2026-05-10', severity: 'SEV2', services: ['billing-api'], factors: ['process_gap'], trigger: 'configuration' },
    ]);
    assert.deepEqual(
      r.causes.categories.map((c) => [c.key, c.count]),
      [
        ['design_weakness', 2],
        ['tooling_failure', 2],
        ['process_gap', 1],
      ],
    );
    assert.deepEqual(r.causes.quarters, ['2026-Q1', '2026-Q2']);
    assert.deepEqual(r.causes.categoriesByQuarter.find((s) => s.key === 'design_weakness')!.counts, [2, 0]);
    assert.deepEqual(
      r.causes.triggersByQuarter.map((s) => [s.key, s.counts]),
      [
        ['change', [2, 0]],
        ['configuration', [0, 1]],
      ],
    );
    assert.deepEqual(
      r.causes.categoriesBySeverity.map((s) => [s.label, s.counts]),
      [
        ['SEV1', { design_weakness: 1, tooling_failure: 1 }],
        ['SEV2', { design_weakness: 1, tooling_failure: 1, process_gap: 1 }],
      ],
    );
    assert.deepEqual(
      r.causes.cooccurrence.map((p) => [p.a, p.b, p.count]),
      [['design_weakness', 'tooling_failure', 2]],
    );
    assert.deepEqual(
      r.causes.recurringServices.map((c) => [c.key, c.count]),
      [['checkout', 2]],
    );
  });

  it('phrases that recur across root causes, worded differently, not single common words', () => {
    const { r, texts } = report([
      { title: 'A', date: '2026-01-10', rootCause: 'The connection pool of the orders database ran dry when retries piled up.' },
      { title: 'B', date: '2026-03-10', rootCause: 'Under a traffic spike the connection pool emptied; the workers waited on it.' },
      { title: 'C', date: '2026-05-10', rootCause: 'A batch job held every slot of the connection pool for an hour.' },
      { title: 'D', date: '2026-06-10', rootCause: 'An expired certificate was not renewed by the job.' },
    ]);
    assert.equal(r.causes.phrases[0].phrase, 'connection pool');
    assert.equal(r.causes.phrases[0].count, 3);
    for (const ref of r.causes.phrases[0].refs) assert.match(lineOf(r, texts, ref), /connection pool/);
    assert.ok(
      r.causes.phrases.every((p) => p.phrase.includes(' ')),
      'no single words',
    );
    assert.ok(!r.causes.phrases.some((p) => /^(?:the|of|a) | (?:the|of|a)$/.test(p.phrase)), 'no phrase starts or ends with a function word');
    assert.equal(r.causes.phraseCoverage.covered, 4);
  });

  it('time patterns: weekday and hour in the zone the summaries were read in, expected share, a statement', () => {
    // Ten incidents: six on Fridays (2026-01-02, -09, -16, -23, -30, 2026-02-06), four on Tuesdays.
    const fridays = ['2026-01-02', '2026-01-09', '2026-01-16', '2026-01-23', '2026-01-30', '2026-02-06'];
    const tuesdays = ['2026-01-06', '2026-01-13', '2026-01-20', '2026-01-27'];
    const { r } = report([...fridays, ...tuesdays].map((date, i) => ({ title: `I${i}`, date, timeline: timeline('02:30', 10) })));
    const friday = r.timePatterns.weekdays[4];
    assert.deepEqual([friday.label, friday.count, Math.round(friday.share * 100)], ['Friday', 6, 60]);
    assert.equal(friday.expected, 1 / 7);
    assert.equal(r.timePatterns.hours[2].count, 10);
    assert.equal(r.timePatterns.weekday!.key, '5');
    assert.match(r.timePatterns.weekday!.text, /^Fridays: 6 of 10, 60% vs 14% expected; (?:could be|unlikely to be) chance/);
    assert.match(r.timePatterns.hourBand!.text, /^00:00–04:00: 10 of 10, 100% vs 17% expected; unlikely to be chance/);
    assert.deepEqual(r.timePatterns.zoneUnknown, []);
  });

  it('follow-up: open, overdue, done; completion by kind and severity; overdue per owner; age; the policy and who breaks it', () => {
    const { r, texts } = report(
      [
        {
          title: 'A',
          date: '2026-06-01',
          severity: 'SEV1',
          items: [
            '- [ ] Add an alert on queue depth (owner: @ana, due: 2026-06-20)',
            '- [x] Fix the retry loop (owner: @bo, due: 2026-06-10)',
            '- [ ] Update the status page template (owner: @ana, due: 2026-08-30)',
          ],
        },
        { title: 'B', date: '2026-09-01', severity: 'SEV2', items: ['- [ ] Write the runbook for failover (owner: @cy, due: 2026-09-10)'] },
        { title: 'C', date: '2026-10-01', severity: 'SEV1', items: [] },
      ],
      { followUpPolicy: { SEV1: 28 } },
    );
    const f = r.followUp;
    assert.equal(f.total, 4);
    assert.deepEqual([f.open.length, f.overdue.length, f.done.length], [3, 3, 1]);
    assert.deepEqual(
      f.overdueByOwner.map((c) => [c.label, c.count]),
      [
        ['@ana', 2],
        ['@cy', 1],
      ],
    );
    assert.deepEqual(
      f.bySeverity.map((g) => [g.label, g.total, g.done, g.rate]),
      [
        ['SEV1', 3, 1, 1 / 3],
        ['SEV2', 1, 0, 0],
      ],
    );
    assert.equal(
      f.byKind.reduce((n, k) => n + k.total, 0),
      4,
    );
    assert.equal(f.coverage.text, 'Action item follow-up covers 2 of 3 post-mortems; not covered: no action items (1).');
    assert.equal(f.openAge.n, 3);
    assert.equal(f.openAge.medianDays, 182);
    assert.deepEqual(f.policy.rules, [{ severity: 'SEV1', days: 28 }]);
    assert.deepEqual(
      f.policy.breaches.map((b) => b.reason),
      ['still open 154 days after the limit', 'due 2026-08-30, 62 days after the limit'],
    );
    assert.match(lineOf(r, texts, f.policy.breaches[1].ref), /status page/);
    assert.equal(f.policy.text, 'SEV1 items due within 28 days of the incident: 1 post-mortem breaks it (2 items).');
    assert.match(computeInsights([], options).followUp.policy.text, /^No follow-up policy/);
  });

  it('follow-up: a dropped item is closed (neither open nor overdue nor held to the policy) and left out of completion', () => {
    const { r, texts } = report(
      [
        {
          title: 'A',
          date: '2026-06-01',
          severity: 'SEV1',
          items: [
            '- [ ] Add an alert on queue depth (owner: @ana, due: 2026-06-20)',
            '- [x] Fix the retry loop (owner: @bo, due: 2026-06-10)',
            "- [ ] Rewrite the worker in Go (owner: @ana, due: 2026-08-30) (won't do: kept the current worker)",
            '- [ ] ~~Move the queue to the new cluster~~ (owner: @cy, due: 2026-06-05)',
          ],
        },
      ],
      { followUpPolicy: { SEV1: 28 } },
    );
    const f = r.followUp;
    assert.equal(f.total, 4);
    assert.deepEqual([f.open.length, f.overdue.length, f.done.length, f.dropped.length], [1, 1, 1, 2]);
    assert.deepEqual(
      f.dropped.map((ref) => lineOf(r, texts, ref)),
      [
        "- [ ] Rewrite the worker in Go (owner: @ana, due: 2026-08-30) (won't do: kept the current worker)",
        '- [ ] ~~Move the queue to the new cluster~~ (owner: @cy, due: 2026-06-05)',
      ],
    );
    assert.deepEqual(
      f.overdueByOwner.map((c) => [c.label, c.count]),
      [['@ana', 1]],
    );
    // One done of the two the team kept.
    assert.deepEqual(
      f.bySeverity.map((g) => [g.label, g.total, g.done, g.dropped, g.rate]),
      [['SEV1', 4, 1, 2, 1 / 2]],
    );
    assert.equal(f.openAge.n, 1);
    assert.deepEqual(
      f.policy.breaches.map((b) => lineOf(r, texts, b.ref)),
      ['- [ ] Add an alert on queue depth (owner: @ana, due: 2026-06-20)'],
    );
    assert.match(formatText(r), /4 action items: 1 open, 1 overdue, 1 done, 2 dropped;/);
    assert.match(formatText(r), /Done by severity: SEV1 1\/2/);
    const chart = chartsOf(r).find((c) => c.id === 'follow-up')!;
    assert.deepEqual(
      chart.series.map((s) => s.name),
      ['Done', 'Open', 'Dropped'],
    );
    const sev1 = chart.categories.indexOf('SEV1');
    assert.deepEqual(
      chart.series.map((s) => s.values[sev1]),
      [1, 1, 2],
    );
    // Every bar adds up to its group's items: a dropped item is counted once, not as open as well.
    chart.categories.forEach((_, i) =>
      assert.equal(
        chart.series.reduce((n, s) => n + s.values[i], 0),
        [...f.byKind.filter((k) => k.total), ...f.bySeverity][i].total,
      ),
    );
  });

  it('follow-up: a group whose items were all dropped has no completion rate', () => {
    const { r } = report([{ title: 'A', date: '2026-06-01', severity: 'SEV2', items: ['- [ ] Cancelled: rebuild the cache layer (owner: @bo)'] }]);
    assert.deepEqual(
      r.followUp.bySeverity.map((g) => [g.total, g.done, g.dropped, g.rate]),
      [[1, 0, 1, null]],
    );
    assert.equal(r.followUp.open.length, 0);
    assert.doesNotMatch(formatText(report([{ title: 'B', date: '2026-06-01', items: ['- [ ] Add a dashboard (owner: @bo)'] }]).r), /dropped/);
  });

  it('quality: every required section, quantified impact, a timeline that yields metrics, findings over time', () => {
    const { r } = report([
      { title: 'Complete', date: '2026-01-10', timeline: timeline('10:00', 5, 10, 20) },
      { title: 'Short', date: '2026-04-10', short: true, impact: 'Some users saw errors.' },
    ]);
    const q = r.quality;
    assert.equal(q.total, 2);
    assert.deepEqual([q.allSections.count, q.quantifiedImpact.count, q.usableTimeline.count], [1, 1, 1]);
    assert.equal(q.allSections.share, 0.5);
    assert.deepEqual(
      q.findingsByQuarter.map((e) => [e.key, e.documents]),
      [
        ['2026-Q1', 1],
        ['2026-Q2', 1],
      ],
    );
    assert.ok(q.findingsByQuarter[1].findings > q.findingsByQuarter[0].findings, 'the short one has more findings');
  });

  it('every ref points inside its post-mortem, on a line that exists', () => {
    const { r, texts } = report([
      {
        title: 'A',
        date: '2026-01-10',
        severity: 'SEV1',
        services: ['checkout'],
        factors: ['design_weakness'],
        trigger: 'deploy',
        timeline: timeline('10:00', 5, 10, 20),
        rootCause: 'The connection pool ran dry.',
      },
      {
        title: 'B',
        date: '2026-02-10',
        severity: 'SEV1',
        services: ['checkout'],
        factors: ['design_weakness'],
        timeline: timeline('11:00', 7),
        rootCause: 'Again the connection pool ran dry.',
      },
    ]);
    const refs: Ref[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.doc === 'number' && typeof o.line === 'number' && Object.keys(o).length === 2) refs.push(o as unknown as Ref);
        else Object.values(o).forEach(walk);
      }
    };
    walk(r);
    assert.ok(refs.length > 30);
    for (const ref of refs) {
      assert.ok(ref.doc >= 0 && ref.doc < r.incidents.length);
      assert.ok(ref.line >= 1 && lineOf(r, texts, ref) !== undefined, JSON.stringify(ref));
    }
  });

  it('5,000 summaries (some without facts, templates, notices): every one is counted or excluded with a reason', () => {
    const base = summarise([
      [
        'pm/base.md',
        postmortem({
          title: 'Base',
          date: '2026-03-01',
          severity: 'SEV2',
          timeline: timeline('09:00', 4, 8, 16),
          items: ['- [ ] Alert on it (owner: @ana, due: 2026-04-01)'],
        }),
      ],
    ])[0];
    const many: FileSummary[] = [];
    for (let i = 0; i < 5000; i++) {
      const day = `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const s: FileSummary = { ...base, path: `pm/${i}.md`, metadata: { ...base.metadata, date: day, incidentId: `INC-${i % 4990}` } };
      if (i % 100 === 1) s.facts = null;
      if (i % 100 === 2) s.insight = null;
      if (i % 250 === 3) s.isTemplate = true;
      if (i % 500 === 4) s.notice = 'This file was not checked: it is larger than the limit.';
      many.push(s);
    }
    const r = computeInsights(many, options);
    assert.equal(r.incidents.length + r.excluded.length, 5000);
    assert.ok(r.duplicates.length > 0);
    assert.equal(r.volume.coverage.covered, r.incidents.length);
    assert.ok(r.durations[0].coverage.gaps.some((g) => g.reason === 'not analysed yet'));
    assert.equal(r.durations[0].coverage.covered + r.durations[0].coverage.gaps.reduce((n, g) => n + g.docs.length, 0), r.incidents.length);
  });
});
