import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { readLeadingDate } from '../../server/src/analysis/model/timeline/stamps';

const settings = defaultSettings();

function timeline(text: string): Timeline {
  const t = analyzeDocument(text, 'postmortems/x.md', settings).model.timeline;
  assert.ok(t, 'a timeline is found');
  return t;
}

/** A post with its timeline in paragraphs, under whatever date lines the body writes. */
const post = (body: string) =>
  `# Queue worker stall\n\n## Summary\n\nThe billing queue stopped draining.\n\n## Timeline\n\nAll times UTC.\n\n${body}\n\n## Root Cause\n\nA lock left behind.\n`;

describe('timeline: a long month name with one slip in it', () => {
  it('dates the entries under a day line whose month has two letters swapped', () => {
    const t = timeline(post('Thursday 6th Feburary 2031\n\n09:10: queue depth alarm\n\n09:40: worker pool restarted'));
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2031-02-06T09:10:00Z', '2031-02-06T09:40:00Z'],
    );
  });

  it('reads a month typed with a letter twice or a letter left out, in any case', () => {
    for (const [line, iso] of [
      ['Setptember 3, 2031', '2031-09-03'],
      ['3 Janurary 2031', '2031-01-03'],
      ['Decmber 24, 2031', '2031-12-24'],
      ['OCOTBER 2, 2031', '2031-10-02'],
      ['Novmber 30 2031', '2031-11-30'],
      ['**Agust 14, 2031**', '2031-08-14'],
    ]) {
      const read = readLeadingDate(line);
      assert.ok(read, line);
      assert.equal(read.date.kind, 'full', line);
      assert.equal(read.date.kind === 'full' ? read.date.iso : null, iso, line);
    }
  });

  it('reads the slip in an entry that writes its date before its time', () => {
    const t = timeline(post('- Janaury 12, 2031 22:05 – lock taken\n- Janaury 12, 2031 23:50 – lock released\n- Janaury 13, 2031 00:20 – queue drained'));
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2031-01-12T22:05:00Z', '2031-01-12T23:50:00Z', '2031-01-13T00:20:00Z'],
    );
    const order = check(post('- Janaury 12, 2031 22:05 – lock taken\n- Janaury 13, 2031 00:20 – queue drained'), {
      path: 'postmortems/x.md',
      settings,
    }).findings.filter((f) => f.ruleId === 'timeline-order');
    assert.deepEqual(order, []);
  });

  it('leaves words near a month name, and short names with a slip, unread as dates', () => {
    for (const line of ['Match 4 went to extra time', 'Remember 5 things', 'adjust 3 nodes', 'Jane 5', 'Marh 3', 'Jnue 4', 'Augusta 9', 'Octobers 3']) {
      assert.equal(readLeadingDate(line), null, line);
    }
  });
});
