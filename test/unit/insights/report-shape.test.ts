/**
 * The insights JSON is a public interface: its fields are listed here, so a change to the shape
 * is a deliberate change to this test, the README's "Insights" section and, when a field changes
 * meaning or goes away, the report's `version`.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { computeInsights } from '../../../server/src/insights/compute';
import type { InsightsReport as ProtocolReport } from '../../../server/src/protocol';
import { postmortem, summarise, TODAY } from './archive';

type Built = ReturnType<typeof computeInsights>;
/** True only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same: Same<Built, ProtocolReport> = true;

describe('the insights report shape', () => {
  const r = computeInsights(
    summarise([
      [
        'pm/a.md',
        postmortem({
          title: 'A',
          date: '2026-02-03',
          severity: 'SEV1',
          timeline: [
            ['10:00', 'Start'],
            ['10:05', 'Paged [detected]'],
          ],
        }),
      ],
    ]),
    { today: TODAY, timeZone: 'UTC' },
  );

  it('is the type protocol.ts exports', () => {
    assert.equal(same, true);
  });

  it('keeps its fields', () => {
    assert.deepEqual(Object.keys(r), [
      'version',
      'options',
      'incidents',
      'excluded',
      'duplicates',
      'volume',
      'durations',
      'causes',
      'timePatterns',
      'followUp',
      'quality',
    ]);
    assert.deepEqual(Object.keys(r.options), ['today', 'timeZone', 'minimumSample', 'since', 'until']);
    assert.deepEqual(Object.keys(r.incidents[0]), ['file', 'uri', 'title', 'date', 'incidentId', 'severity', 'line']);
    assert.deepEqual(Object.keys(r.volume), ['coverage', 'byMonth', 'byMonthSeverity', 'byQuarter', 'bySeverity', 'byService']);
    assert.deepEqual(Object.keys(r.volume.coverage), ['covered', 'total', 'gaps', 'text']);
    assert.deepEqual(Object.keys(r.volume.byMonth[0]), ['key', 'label', 'count', 'refs']);
    assert.deepEqual(
      r.durations.map((d) => d.key),
      ['detect', 'mitigate', 'resolve'],
    );
    assert.deepEqual(Object.keys(r.durations[0]), ['key', 'label', 'coverage', 'all', 'bySeverity', 'byQuarter']);
    assert.deepEqual(Object.keys(r.durations[0].all), ['key', 'label', 'n', 'median', 'p90', 'min', 'max', 'points', 'enough', 'note']);
    assert.deepEqual(Object.keys(r.causes), [
      'coverage',
      'categories',
      'triggers',
      'quarters',
      'categoriesByQuarter',
      'triggersByQuarter',
      'categoriesBySeverity',
      'cooccurrence',
      'recurringServices',
      'phrases',
      'phraseCoverage',
    ]);
    assert.deepEqual(Object.keys(r.timePatterns), ['timeZone', 'coverage', 'zoneUnknown', 'weekdays', 'hours', 'weekday', 'hourBand']);
    assert.deepEqual(Object.keys(r.timePatterns.weekdays[0]), ['key', 'label', 'count', 'refs', 'share', 'expected', 'pValue']);
    assert.deepEqual(Object.keys(r.timePatterns.weekday!), ['key', 'count', 'n', 'share', 'expected', 'pValue', 'adjustedPValue', 'verdict', 'text']);
    assert.deepEqual(Object.keys(r.followUp), [
      'coverage',
      'total',
      'open',
      'overdue',
      'done',
      'dropped',
      'byKind',
      'bySeverity',
      'overdueByOwner',
      'openAge',
      'policy',
    ]);
    assert.deepEqual(Object.keys(r.followUp.policy), ['rules', 'documents', 'breaches', 'text']);
    assert.deepEqual(Object.keys(r.quality), ['total', 'allSections', 'quantifiedImpact', 'usableTimeline', 'findingsByQuarter', 'findingsCoverage']);
    assert.deepEqual(Object.keys(r.quality.allSections), ['count', 'total', 'share', 'refs', 'failing']);
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  });

  it('is documented in the README, field by field', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('## Insights');
    assert.ok(start >= 0, 'the README has an Insights section');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
    for (const key of Object.keys(r)) assert.ok(section.includes(`\`${key}\``), `the README names ${key}`);
  });
});

describe('the insights settings', () => {
  it('reads insights.minimumSample, and names a value it cannot use', async () => {
    const { mergeSettings, normaliseLayer } = await import('../../../server/src/analysis/base/settings');
    const read = (raw: unknown) => {
      const { layer, problems } = normaliseLayer(raw, '.postmortemrc.json', new Map());
      return { minimum: mergeSettings([layer]).facts.minimumSample, problems: problems.map((p) => p.key) };
    };
    assert.deepEqual(read({ insights: { minimumSample: 12 } }), { minimum: 12, problems: [] });
    assert.deepEqual(read({}), { minimum: 8, problems: [] });
    assert.deepEqual(read({ insights: { minimumSample: 0 } }), { minimum: 8, problems: ['insights.minimumSample'] });
    assert.deepEqual(read({ insights: { minimumSample: 2.5 } }), { minimum: 8, problems: ['insights.minimumSample'] });
  });
});
