/**
 * An item of the plan that opens on a short phrase ("As a first step", "And of course") before the
 * authors and a verb of work in the past reports that work done, as "We added …" does. An opening
 * of time, cause or condition ("As we added …", "When we moved …") does not. Every document here
 * is written for the test.
 */
import { strict as assert } from 'node:assert';
import { reportsDone } from '../../../server/src/analysis/model/action-items/reading';
import { items, postmortem } from './helpers';
import { assertLinear } from '../../support/growth';

describe('action items: work done told after an opening phrase', () => {
  it('reads the item done after "As a first step" or "And of course"', () => {
    assert.ok(reportsDone('As a first step we enabled strict loading in the test suite.'));
    assert.ok(reportsDone('And of course we added regression tests for this exact error.'));
    assert.ok(reportsDone('In the meantime, we have also rotated every key of the bot.'));
  });

  it('leaves an opening of time, cause or condition, and work still to come, open', () => {
    assert.ok(!reportsDone('As we added capacity, the errors stopped.'));
    assert.ok(!reportsDone('When we restarted the nodes the queue drained.'));
    assert.ok(!reportsDone('so we decided this is one of our top priorities to fix.'));
    assert.ok(!reportsDone('Also we should add a check on the queue.'));
    assert.ok(!reportsDone('Finally, we will add a check on the queue.'));
    assert.ok(!reportsDone('Next quarter we will review the rota.'));
  });

  it('reads such an entry of the plan as done beside the open ones', () => {
    const text = postmortem(
      [
        '- We have added a one-click rollback next to the deploy button.',
        '- Starting now, we will ship to the small clusters first.',
        '- And of course we added regression tests for this exact error.',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => i.done),
      [true, false, true],
    );
  });

  it('reads ugly input without failing, and in linear time', function () {
    this.timeout(60000);
    for (const text of ['', 'we', 'As we']) assert.equal(reportsDone(text), false, JSON.stringify(text));
    assertLinear('a run of words before "we added"', (n) => `${'a '.repeat(n)}we added`, reportsDone);
    assertLinear('a run of openings before "we added"', (n) => `${'As, '.repeat(n)}we added it`, reportsDone);
  });
});
