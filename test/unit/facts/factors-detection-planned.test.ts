/**
 * An action item the kind reading takes for detection lifts the story's weak hint that nothing
 * found the failure in time to a tooling failure, unless the timeline tells the incident found by
 * an alert. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats } from '../../support/causes';

/** A post-mortem: a story, then a plan. */
const report = (story: string[], plan: string[], timeline: string[] = []) => [
  '# Invoice export outage',
  '',
  ...(timeline.length ? ['## Timeline', '', ...timeline, ''] : []),
  '## What happened',
  '',
  'The invoice export stopped at 02:00 on a batch larger than any before.',
  '',
  ...story,
  '',
  '## Action items',
  '',
  ...plan,
  '',
];

const HINT = 'The export logs did not show the stalled batch.';

describe('facts: a tooling failure told by a detection item of the plan', () => {
  it('reads a weak hint of the story with an item of detection kind as a tooling failure', () => {
    // The item's own words ("Alert on …", which the added-monitoring phrases do not read).
    assert.deepEqual(cats(...report([HINT], ['- Alert on the age of the oldest export batch'])), ['tooling_failure']);
    // A written Type column.
    assert.deepEqual(cats(...report([HINT], ['| Action | Type | Owner |', '| --- | --- | --- |', '| Oldest batch age on the board | Detection | @ana |'])), [
      'tooling_failure',
    ]);
    // A plan's sub-heading naming monitoring over an item that names no kind.
    assert.deepEqual(cats(...report([HINT], ['### Monitoring', '', '- Oldest batch age per tenant'])), ['tooling_failure']);
    // Found by a person, not by an alert: the timeline does not stop it.
    assert.deepEqual(
      cats(
        ...report(
          [HINT],
          ['- Alert on the age of the oldest export batch'],
          ['- 02:00 The export job stops', '- 07:50 A finance clerk reports missing invoices'],
        ),
      ),
      ['tooling_failure'],
    );
  });

  it('reads neither the hint alone nor the item alone', () => {
    assert.deepEqual(cats(...report([HINT], ['- Split the export into smaller batches'])), []);
    assert.deepEqual(cats(...report([], ['- Alert on the age of the oldest export batch'])), []);
  });

  it('does not read it when an alert found the incident, or the item was planned before', () => {
    assert.deepEqual(
      cats(
        ...report(
          [HINT],
          ['- Alert on the age of the oldest export batch'],
          ['- 02:00 The export job stops', '- 02:10 The failed-run alert fires and the on-call engineer is paged', '- 03:00 Export restarted'],
        ),
      ),
      [],
    );
    assert.deepEqual(cats(...report([HINT], ['- (Already planned) Alert on the age of the oldest export batch'])), []);
  });

  it('does not take the item itself for the hint, read through a parent section with no kind', () => {
    assert.deepEqual(
      cats(
        '# Slow search results',
        '',
        '**Investigating** - We are looking into slow search results.',
        '',
        '## Incident report',
        '',
        '### Root cause',
        '',
        'A reindex job held a lock on the shards that every query needed.',
        '',
        '### What we are changing',
        '',
        '- Reindexing will run shard by shard.',
        '- We will alert on query latency, not only on failed queries.',
      ),
      [],
    );
  });

  it('reads ugly input without throwing', () => {
    assert.deepEqual(cats(...report([HINT], ['- ', '-', '| | |', '|---|---|'])), []);
    assert.deepEqual(
      cats(
        ...report(
          [HINT],
          Array.from({ length: 500 }, (_, i) => `- Split batch ${i}`),
        ),
      ),
      [],
    );
    assert.deepEqual(cats(...report([HINT], ['- Alert on the age of the oldest export batch\r', '\r'])), ['tooling_failure']);
    assert.deepEqual(cats(...report([HINT.repeat(200)], [`- Alert on ${'the oldest '.repeat(400)}batch`])), ['tooling_failure']);
  });
});
