/**
 * Live status updates: what the authors are doing at the moment they post, in the present
 * progressive, pinned to that moment by its words ("right now", "at the moment", "as of writing",
 * a closing "now") or by the clock time that opens the update. Outside the plan such a sentence
 * tells how the incident stands, not work that follows it. Work under way without the moment, or
 * under a heading of the plan, is still an item. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { liveStatusUpdate, promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

describe('action items: live status updates', () => {
  it('reads the moment of writing or an opening clock time as a live update', () => {
    for (const s of [
      'At the moment we are replaying the missed webhooks from the dead-letter queue.',
      'We’re rebuilding the search index right now from the primary copy.',
      'As of this writing, we are bringing the payment workers back one region at a time.',
      'We are looking into the failed sign-ins now.',
      '(21:05 UTC) We are rolling the gateway back to the previous build.',
      '[09:40] We’re draining traffic away from the broken zone.',
      'Update 17:20 CET: we are replaying the stuck invoices.',
    ])
      assert.ok(liveStatusUpdate(s), s);
  });

  it('keeps work under way that no moment pins', () => {
    for (const s of [
      'We are adding an alert on queue depth.',
      'We are now requiring two approvals for every schema change.',
      'We’re moving the cron jobs to the managed scheduler this quarter.',
      'The clock skew started at 21:05 UTC and we are adding a check for it.',
      'We will add a retry limit right now.',
    ])
      assert.ok(!liveStatusUpdate(s), s);
  });

  it('takes no items from updates posted while the outage lasted', () => {
    const text = [
      '# Checkout errors',
      '',
      'Card payments fail for about a third of customers. At the moment we are switching the traffic to the second payment provider.',
      '',
      '## Updates',
      '',
      '(10:15 UTC) We are watching the error rate fall after the switch.',
      '',
      '(09:50 UTC) We’re looking into failed card payments reported by several shops.',
      '',
      '## Recovery',
      '',
      'We’re replaying the queued orders right now, oldest first.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('still reads the plan’s own progressive, with or without the moment', () => {
    const text = [
      '# Checkout errors',
      '',
      'Card payments failed for an hour after a certificate expired.',
      '',
      '## What we are changing',
      '',
      'We are adding an expiry check to the nightly audit.',
      '',
      'Right now we are moving every certificate to automatic renewal.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We are adding an expiry check to the nightly audit.', 'Right now we are moving every certificate to automatic renewal.']);
  });

  it('reads two verbs of finding out joined by "and" as the same live note', () => {
    for (const s of ['We are investigating and monitoring the issue.', 'We’re looking into and analysing the errors, and will post again.'])
      assert.ok(promisesStatusOnly(s), s);
    for (const s of ['We are investigating and monitoring disk use on every replica.', 'We are investigating and adding a check for the stale cache.'])
      assert.ok(!promisesStatusOnly(s), s);
  });
});
