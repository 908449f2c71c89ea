/**
 * "Fix took ten minutes", "Rollback was quick": a word that could open a task ("Fix …", "Rollback
 * …") is the subject of the verb right after it, a noun; the entry reports how things went and is no
 * task. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { startsImperative } from '../../../server/src/analysis/model/action-items/reading';
import { assertLinear } from '../../support/growth';

describe('action items: a verb of work that is the subject of the next word', () => {
  it('reads no imperative when a finite verb follows the first word', () => {
    for (const t of [
      'Fix took under ten minutes',
      'Rollback was quick and clean',
      '**Restore** went fine',
      'Test is flaky on the runner',
      'Update has been applied',
    ])
      assert.equal(startsImperative(t), false, t);
    assert.equal(startsImperative('Fix the retry loop'), true);
    assert.equal(startsImperative('Update the runbook'), true);
    assert.equal(startsImperative('**Restore** the replica from the snapshot'), true);
    assert.equal(startsImperative('Test whether the flag is read'), true);
    // A plan told as "<word> is to …" still names work.
    assert.equal(startsImperative('Plan is to move the queue to its own host'), true);
  });

  it('stays linear on a long run of spaces after the first word', () => {
    assertLinear('spaces', (n) => `Fix${' '.repeat(n)}took`, startsImperative);
  });
});
