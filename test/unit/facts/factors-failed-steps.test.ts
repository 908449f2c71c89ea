/**
 * A step of the response told as failed or put off is what was tried: its words tell no
 * contributing factor, whichever mark the timeline gives it, and it starts no recovery, so the
 * entries after it are read as before. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats } from '../../support/causes';

const timeline = (...entries: string[]) => ['# Ticket desk outage', '', '## Timeline', '', ...entries.map((e) => `- ${e}`)];
const gap = 'the manual procedure was out of date and nobody knew the steps';

describe('facts: a failed or postponed step of the response', () => {
  it('reads no factor from a step told as failed or put off', () => {
    assert.deepEqual(
      cats(
        ...timeline(
          '10:00 Ticket pages began to fail',
          '10:05 Alert fired',
          `10:20 First attempt to rebuild the index by hand was unsuccessful; ${gap}`,
          '10:50 Rolled back to the Monday build',
          '11:10 Resolved',
        ),
      ),
      [],
    );
    assert.deepEqual(
      cats(
        ...timeline(
          '10:00 Ticket pages began to fail',
          '10:05 Alert fired',
          `10:20 Team chose to postpone the failover, since ${gap}`,
          '10:50 Rolled back',
          '11:10 Resolved',
        ),
      ),
      [],
    );
    // The same step, not told as failed, is the first mark of the recovery and is read.
    assert.deepEqual(
      cats(
        ...timeline(
          '10:00 Ticket pages began to fail',
          '10:05 Alert fired',
          `10:20 Rebuilt the index by hand, slowly, as ${gap}`,
          '10:50 Rolled back',
          '11:10 Resolved',
        ),
      ),
      ['process_gap'],
    );
  });

  it('starts no recovery at a failed step: the entries after it are read', () => {
    const failedFirst = timeline(
      '10:00 Ticket pages began to fail',
      '10:20 Rollback attempt was unsuccessful',
      `10:40 Rolled back by hand, slowly, as ${gap}`,
      '11:10 Resolved',
    );
    assert.deepEqual(cats(...failedFirst), ['process_gap']);
  });

  it('survives ugly input', () => {
    assert.deepEqual(cats(...timeline('10:00', 'unsuccessful', '10:20 POSTPONED\r', '', '- -')), []);
  });
});
