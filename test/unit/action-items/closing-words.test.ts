/**
 * Prose beside a plan that is not follow-up work: a closing pledge to go on improving the product
 * as a whole, a sentence of thanks or apology, and a plan told in the history of the incident ("we were
 * going to move the mirror that week"). And an order that opens on a verb and the system it works
 * on ("Patch Relayd to …") names no owner. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { assertLinear } from '../../support/growth';
import { items, postmortem } from './helpers';

describe('action items: closing words, past plans and verb-led orders', () => {
  it('takes no item from a closing pledge to keep improving, nor from thanks', () => {
    const text = postmortem(
      [
        'We are planning these changes:',
        '',
        '- A second cache node in the other zone',
        '- Alerts on cache disk usage',
        '',
        'Slow builds cost our users a day. That is on us, and we will keep improving Buildy so that incidents like this never happen again. Thanks once more for bearing with us; we value it, and we are looking forward to serving you for a long time.',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['A second cache node in the other zone', 'Alerts on cache disk usage'],
    );
  });

  it('tells a general pledge and thanks from work that names what changes', () => {
    assert.ok(promisesStatusOnly("We'll continue to improve our platform."));
    assert.ok(promisesStatusOnly('We will continue to improve Acme to make sure that outages such as this one do not happen again.'));
    assert.ok(promisesStatusOnly('Thank you for your patience, we will be back to full speed soon.'));
    assert.ok(promisesStatusOnly('We really appreciate the reports you sent in.'));
    // A part of the product named, or the change told: work.
    assert.ok(!promisesStatusOnly('We will keep improving the retry logic so that a stuck job is retried.'));
    assert.ok(!promisesStatusOnly('We will continue to improve alerting by adding a check on queue depth.'));
    assert.ok(!promisesStatusOnly('Thanks to the new alert, we will add a second check on the disk.'));
  });

  it('takes no item from a plan told in the history, but reads a promise that follows one', () => {
    assert.ok(promisesStatusOnly('We were originally going to move the mirror to the new host after the holidays.'));
    assert.ok(promisesStatusOnly('I had planned to retire the old rack that spring.'));
    assert.ok(!promisesStatusOnly('We had planned to retire the old rack, and will now do so in May.'));
    assert.ok(!promisesStatusOnly('We are planning to retire the old rack in May.'));
  });

  it('reads no owner from a verb and a system name before "to"', () => {
    const text = postmortem(
      [
        '- [x] Patch Relayd to reject empty batches',
        '- [ ] Update Grafana to show the queue depth',
        '- [ ] Ana Lima to add a retry budget',
        '- [ ] Mark Chen to send the notice',
        '- [ ] Storage team to review the limits',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => i.owner),
      [null, null, 'Ana Lima', 'Mark Chen', 'Storage team'],
    );
    assert.equal(items(text)[0].text, 'Patch Relayd to reject empty batches');
  });

  it('reads no owner from the same order told by its gerund', () => {
    const text = postmortem(
      [
        '- Improving Deploy-kit to refuse a stale build.',
        '- Adding Grafana panels to show the queue depth',
        '- Setting Cron Guard to page on a missed run',
        '- Sterling Hayes to add a retry budget',
        '- Billing Ops to review the refunds',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => i.owner),
      [null, null, null, 'Sterling Hayes', 'Billing Ops'],
    );
  });
});

describe('action items: where attention goes is no work', () => {
  it('takes no item from "we will focus on" or "I want to focus on" a thing', () => {
    const text = postmortem(
      [
        'We will focus on the eastern cluster below, though the western one stalled the same way.',
        '',
        'I want to focus on the billing rework that is already planned for this quarter.',
        '',
        'We will focus on adding a disk alert to every database host.',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['We will focus on adding a disk alert to every database host.'],
    );
  });
});

describe('action items: the steps of the response told after a lead-in', () => {
  it('reads no commitment in the reasons given inside a step', () => {
    const text = [
      '# Post-mortem: rows overwritten',
      '',
      '## Summary',
      '',
      'A script overwrote 300 rows on 2026-03-02.',
      '',
      '## Recovery',
      '',
      'We did not switch to the restored copy. Instead, we went with these steps:',
      '',
      '- Reading the lost rows from the restored copy',
      '- Exporting them to a file. The row IDs had changed as well, so we need to pair them up by their creation date.',
      '- Loading the file back with a small script',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => i.text),
      [],
    );
  });

  it('still reads a commitment in a list with no such lead-in', () => {
    const text = [
      '# Post-mortem: rows overwritten',
      '',
      '## Summary',
      '',
      'A script overwrote 300 rows on 2026-03-02.',
      '',
      '## What we learned',
      '',
      'A few things stood out:',
      '',
      '- The script had no dry-run mode, so we need to add one before it runs again.',
      '',
    ].join('\n');
    assert.equal(items(text).length, 1);
  });
});

describe('action items: an apology is a courtesy', () => {
  it('takes no item from a sentence that opens on an apology, whatever it folds in', () => {
    assert.ok(promisesStatusOnly('We apologise for the slow pages, and we are going to work hard on this whole family of faults.'));
    assert.ok(promisesStatusOnly('We sincerely apologize for the missing invoices but we assure you we are making good progress.'));
    assert.ok(promisesStatusOnly("We're truly sorry for the trouble, and we will do better."));
    assert.ok(promisesStatusOnly('I am sorry about the lost drafts.'));
    // Ugly input: markup and a quote mark before the apology, a run of spaces, an empty sentence.
    assert.ok(promisesStatusOnly('> **We  apologize** for the delay; we will add a queue alert.'));
    assert.ok(!promisesStatusOnly(''));
    // "Sorry to …" is no apology for the incident; work told in its own sentence is still work.
    assert.ok(!promisesStatusOnly("We're sorry to say we will move the mirror to a new host."));
    assert.ok(!promisesStatusOnly('We will add an alert on queue depth, and we apologize for the delay.'));
    const text = postmortem('We apologize for the lost uploads, and we are going to work on the storage layer. We will add a daily restore test.');
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['We will add a daily restore test.'],
    );
  });

  it('reads an apology of any length in linear time', () => {
    assertLinear('apology', (n) => `We ${'very '.repeat(n)}apologize for the delay`, promisesStatusOnly);
    assertLinear('sorry', (n) => `We are ${'so '.repeat(n)}sorry for the delay`, promisesStatusOnly);
  });
});
