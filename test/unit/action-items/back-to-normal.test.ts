/**
 * "Resume normal development" as the last of the next steps ends the recovery: no work is named in
 * it, so it is no item. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { backToNormal } from '../../../server/src/analysis/model/action-items/back-to-normal';
import { items, postmortem } from './helpers';

describe('action items: going back to normal', () => {
  it('takes no item from the step that resumes normal work', () => {
    const body = ['1. Reload the ledger from the nightly snapshot', '2. Add a guard to the purge script', '3. **Resume normal operations**'].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => i.text),
      ['Reload the ledger from the nightly snapshot', 'Add a guard to the purge script'],
    );
  });

  it('tells going back to normal from work on it', () => {
    for (const s of [
      'Resume normal development',
      'Return to regular operations.',
      'Back to business as usual',
      'Then resume the usual release schedule',
      'Return to normal',
    ])
      assert.ok(backToNormal(s), s);
    for (const s of [
      'Resume normal development once the test database is split out',
      'Document how to return to normal operations after a failover',
      'Restart the worker',
      'Resume deploys with a canary stage',
      '',
      'resume normal '.repeat(40),
    ])
      assert.ok(!backToNormal(s), s.slice(0, 60));
  });

  it('still takes a checkbox whatever its words', () => {
    assert.deepEqual(
      items(postmortem('- [ ] Resume normal operations')).map((i) => i.text),
      ['Resume normal operations'],
    );
  });
});
