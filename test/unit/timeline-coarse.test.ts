import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { readTimeline, timelineRuleIds } from '../support/timeline';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { coarseTime } from '../../server/src/analysis/model/timeline/stamps';
import { entryHoverMarkdown } from '../../server/src/analysis/model/timeline/present';
import { publicModel } from '../../server/src/analysis/model/public-model';

const settings = defaultSettings();

const timeline = readTimeline;
const ruleIds = timelineRuleIds;

const doc = (body: string) => `# Incident: the queue stalled\n\nDate: 2026-04-02\n\n## Timeline\n\n${body}\n\n## Root Cause\n\nA lock.\n`;

describe('timeline reading: times told coarsely or against another entry', () => {
  it('reads a table whose time column holds parts of the day and offsets, each time as written', () => {
    const text = doc(
      '| Time (rough) | What happened |\n|---|---|\n| Evening | The worker pool was resized |\n| +5 min | Jobs began to pile up |\n| Same shift | **Paged** the owner of the queue |\n| +2 min | Pool size put back |',
    );
    const t = timeline(text);
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.coarse, e.text]),
      [
        [null, 'Evening', 'The worker pool was resized'],
        [null, '+5 min', 'Jobs began to pile up'],
        [null, 'Same shift', 'Paged the owner of the queue'],
        [null, '+2 min', 'Pool size put back'],
      ],
    );
    assert.ok(t.entries.every((e) => e.instant === null && e.stamp === null));
    // No clock: nothing to order, no zone to ask for, no time to complain of.
    assert.deepEqual(ruleIds(text), []);
    // The public model keeps `time` an ISO value or null, and gives the coarse time beside it.
    const analysed = analyzeDocument(text, 'postmortems/x.md', settings);
    assert.deepEqual(
      publicModel('postmortems/x.md', analysed).timeline?.entries.map((e) => [e.time, e.coarse]),
      t.entries.map((e) => [null, e.coarse]),
    );
    assert.match(entryHoverMarkdown(t, t.entries[1]), /Read as `\+5 min`, as written: a time on no clock/);
  });

  it('reads "T+" offsets and incident days in a column whose header speaks of offsets, without any order finding', () => {
    const text = doc('| Offset | Event |\n|---|---|\n| T+0 | Disk alarm |\n| T+12m | Writes fail |\n| T+4m | Failover started |');
    const t = timeline(text);
    assert.deepEqual(
      t.entries.map((e) => e.coarse),
      ['T+0', 'T+12m', 'T+4m'],
    );
    assert.ok(!ruleIds(text).includes('timeline-order'));
    const days = timeline(doc('| When | Event |\n|---|---|\n| Day 1 morning | Report from a user |\n| Day 2 | Patch shipped |\n| Day 3, evening | Closed |'));
    assert.deepEqual(
      days.entries.map((e) => e.coarse),
      ['Day 1 morning', 'Day 2', 'Day 3, evening'],
    );
  });

  it('keeps clock times as they were read, and leaves a lone coarse cell among them unread', () => {
    const t = timeline(doc('| Time (UTC) | Event |\n|---|---|\n| 09:10 | Alert |\n| Same session | Restarted |\n| 09:30 | Recovered |'));
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.coarse]),
      [
        ['2026-04-02T09:10:00Z', null],
        [null, null],
        ['2026-04-02T09:30:00Z', null],
      ],
    );
  });

  it('does not read owners and due dates, settings or durations as coarse times', () => {
    const lookalikes = [
      '| Action | Owner | When |\n|---|---|---|\n| Add an alert | Ana | Next sprint |\n| Resize pool | Bo | Q3 |\n| Write runbook | Cy | This week |',
      '| Setting | Value |\n|---|---|\n| Retry delay | 30 min |\n| Lock timeout | 5 min |\n| Batch | 200 |',
      '| Metric | Time |\n|---|---|\n| Time to detect | 12 min |\n| Time to resolve | 45 min |',
    ];
    for (const table of lookalikes) {
      const t = analyzeDocument(doc(table), 'postmortems/x.md', settings).model.timeline;
      assert.ok(!t || t.entries.every((e) => e.time === null && e.coarse === null), table);
    }
  });

  it('tells a coarse cell from anything else, on ugly input too', () => {
    for (const yes of [
      'Morning',
      '**Late evening**',
      '+3 min',
      '~+50 min',
      'T+0',
      'T-5m',
      'T + 1h 05m',
      'Day 2',
      'D+1',
      'Same session',
      '10 min later',
      'next morning',
      'Shortly after',
      'Morning (approx.)',
      'T+?',
      'T + N minutes',
      'T+x',
      'T+?+restart',
      'T+5m + 2m',
      '**T-0**',
    ])
      assert.ok(coarseTime(yes), yes);
    for (const no of [
      '',
      '+',
      'T+',
      '30 min',
      'Q3',
      'next week',
      'Next sprint',
      'Owner',
      'morning standup notes',
      'Day 2 of the migration plan',
      '+'.repeat(500),
      'Morning '.repeat(50),
      'T+?+',
      'T+N people',
      'T+?'.repeat(20),
      'Tn',
    ])
      assert.ok(!coarseTime(no), no);
  });

  it('reads a list whose items are labelled with relative times, offsets left to fill in too, each as written', () => {
    const text = doc(
      '- **T0:** A bulk copy to the array began\n- **T+N minutes:** Throughput fell, then stopped\n- `T+?` – The host stopped answering\n- T+? + reboot - Services came back\n- **Recovery:** The host was power-cycled by hand',
    );
    const t = timeline(text);
    assert.deepEqual(
      t.entries.map((e) => [e.coarse, e.text]),
      [
        ['T0', 'A bulk copy to the array began'],
        ['T+N minutes', 'Throughput fell, then stopped'],
        ['T+?', 'The host stopped answering'],
        ['T+? + reboot', 'Services came back'],
        [null, 'Recovery: The host was power-cycled by hand'],
      ],
    );
    assert.ok(t.entries.every((e) => e.instant === null));
    assert.deepEqual(ruleIds(text), []);
    const table = timeline(
      doc('| Time | Event |\n|---|---|\n| T-0 | Stream live |\n| T+? | Process crashed |\n| T+?+restart | State lost |\n| T+? | Owner paged |'),
    );
    assert.deepEqual(
      table.entries.map((e) => e.coarse),
      ['T-0', 'T+?', 'T+?+restart', 'T+?'],
    );
  });

  it('reads no coarse label in a list that only has one, nor in a list of clock times, nor in a sentence', () => {
    // One label among prose bullets: the list is prose, as before.
    const prose = analyzeDocument(doc('- Later: the cache was cleared\n- The team met\n- Nobody was paged'), 'postmortems/x.md', settings).model.timeline;
    assert.ok(!prose || prose.entries.every((e) => e.coarse === null));
    // A lone coarse label among clock times stays unread, as a lone coarse cell in a time column does.
    const clock = timeline(doc('- 09:10 Alert fired\n- Later: restarted the pool\n- 09:30 Recovered'));
    assert.deepEqual(
      clock.entries.map((e) => e.coarse),
      [null, null, null],
    );
    // Labels that are not times, or too long to be a label, are no times.
    const words = analyzeDocument(
      doc(`- Morning standup: nothing new\n- Day 2 of the plan: review\n- ${'T+'.repeat(40)}: x\n- **T0** no separator`),
      'postmortems/x.md',
      settings,
    ).model.timeline;
    assert.ok(!words || words.entries.every((e) => e.coarse === null));
  });
});
