import { strict as assert } from 'node:assert';
import { generateArchive } from '../../../scripts/generate-archive';
import { computeInsights } from '../../../server/src/insights/compute';
import { summarise, TODAY } from './archive';

describe('the archive generator (scripts/generate-archive.ts)', function () {
  this.timeout(120_000);

  it('is seeded: the same seed gives the same files, another seed others', () => {
    const a = generateArchive(50, 3);
    assert.deepEqual(generateArchive(50, 3), a);
    assert.notDeepEqual(
      generateArchive(50, 4).map((f) => f.text),
      a.map((f) => f.text),
    );
    assert.equal(new Set(a.map((f) => f.name)).size, 50);
  });

  it('writes archives the insights can read, with the bad input real archives have', () => {
    const files = generateArchive(200, 7, TODAY);
    const r = computeInsights(summarise(files.map((f) => [f.name, f.text])), { today: TODAY, timeZone: 'UTC' });
    assert.equal(r.incidents.length + r.excluded.length, 200);
    assert.ok(r.excluded.some((e) => e.reason.startsWith('dated in the future')));
    assert.ok(r.duplicates.length > 0);
    assert.ok(r.durations[2].coverage.gaps.some((g) => g.reason.startsWith('longer than 30 days')));
    assert.ok(r.volume.bySeverity.some((c) => c.key === 'unknown'));
    assert.equal(r.timePatterns.weekday?.key, '5', 'Fridays are the busiest');
    assert.ok(r.causes.phrases.some((p) => p.phrase === 'connection pool'));
  });
});
