/**
 * A weekday named with its date after "for" or "on" inside an item ("run the restore drill for
 * Thursday 6 March", "the dry run is on Mon, 2027-03-01") books the work for that day: it is the
 * item's due date, with no due key written. A date that tells when something happened ("the deploy
 * that failed on Tuesday 4 March", "the outage on Friday 7 March") is not, and neither is a date
 * with no weekday. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { scanTokens } from '../../../server/src/analysis/model/action-items/tokens';
import { items, postmortem } from './helpers';
import { assertLinear } from '../../support/growth';

describe('action items: a weekday and its date booked for the work', () => {
  it('reads the day as the due date, however the date is written', () => {
    for (const [s, due] of [
      ['Ops to run the restore drill for Thursday 6 March', 'Thursday 6 March'],
      ['Lina to book the vendor call for Wed Feb 12', 'Wed Feb 12'],
      ['Schedule the failover rehearsal for Monday, March 3rd', 'Monday, March 3rd'],
      ['The dry run of the new cut-over is on Mon 2027-03-01', 'Mon 2027-03-01'],
      ['Walk the storage team through the runbook on Friday the 14th of March, 2027', 'Friday the 14th of March, 2027'],
      ['Pair with billing on the retry change for next Tuesday 11 March.', 'next Tuesday 11 March'],
    ] as const)
      assert.equal(scanTokens(s).due?.text, due, s);
  });

  it('keeps a due written with its key first', () => {
    assert.equal(scanTokens('Book the drill for Thursday 6 March (due: 2027-03-01)').due?.text, '2027-03-01');
    assert.equal(scanTokens('Book the drill for Thursday 6 March, by 2027-03-01').due?.text, '2027-03-01');
  });

  it('gives the due to a list item of the plan', () => {
    const read = items(postmortem('- Sam to run the load test for Tuesday 10 March\n- Rotate the signing keys'));
    assert.deepEqual(
      read.map((i) => i.dueText),
      ['Tuesday 10 March', null],
    );
  });

  it('leaves a day that dates an event, a date with no weekday, and look-alike words', () => {
    for (const s of [
      'Find out why the deploy failed on Tuesday 4 March',
      'Review the outage on Friday 7 March with the vendor',
      'Go through the alerts on Sunday 2 March and tune the noisy ones',
      'We had planned the upgrade for Wednesday 5 March; move it to a quiet week',
      'Roll back the change shipped on Mon 3 March',
      'Add a panel for the queue on 3 March',
      'Add monitoring for 12 March traffic',
      'Look at the numbers for Saturday traffic',
      'Set the cron for Monday mornings',
      'Plan the work for sunsetting 12 legacy hosts',
    ])
      assert.equal(scanTokens(s).due, null, s);
  });

  it('stays linear on a long run of weekday words', function () {
    this.timeout(60000);
    assertLinear('weekday words', (n) => 'for Monday '.repeat(n) + 'x', scanTokens);
  });
});
