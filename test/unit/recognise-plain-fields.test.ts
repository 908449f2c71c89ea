/**
 * A short report set out as plain fields, one a line and without markup ("Impact: …", "Cause: …",
 * "Next steps: …"), as a status page's summary or a note pasted from a chat is: the quick scan
 * lets it through as it does bold labels, and the parse decides. Every document here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { quickScan, quickScanRulesOut } from '../../server/src/analysis/model/detect';
import { detection as taken, isTaken } from '../support/recognition';

describe('recognising a short report written as plain fields', () => {
  it('takes a block of fields naming the impact, the cause, the fix and the next steps, told in the past', () => {
    const text = [
      'Window: 2 April, 10:05 to 10:50 (UTC)',
      'Impact: Checkout requests timed out for most shoppers for three quarters of an hour.',
      'Cause: A queue worker kept its old connection pool after the broker moved hosts.',
      'Resolution: The workers were restarted and the pool now reconnects on its own.',
      'Next steps: We will add a probe that checks the broker address every minute.',
    ].join('\n');
    assert.equal(taken(text), 'content');
  });

  it('takes the same fields with blank lines between them and CRLF line ends', () => {
    const text = [
      'Impact: Logins failed for an hour for everyone on the mobile app.',
      'Root cause: The signing key had expired and nothing warned us.',
      'Resolution: We issued a new key and the app signed people in again.',
      'Follow-up: We will rotate keys from a calendar job and alert a week ahead.',
    ].join('\r\n\r\n');
    assert.equal(taken(text), 'content');
  });

  it('lets plain labels through the quick scan only when three parts are named', () => {
    assert.equal(quickScanRulesOut(quickScan('Impact: none\nCause: unknown\n\nSome prose after it.\n')), true);
    assert.equal(quickScanRulesOut(quickScan('Impact: none\nCause: unknown\nNext steps: look again\n')), false);
    // A label in the middle of a sentence, or one written in lower case, is prose.
    assert.equal(quickScanRulesOut(quickScan('we looked at the impact: none\nthe cause: unknown\nnext steps: none\n')), true);
  });

  describe('look-alikes left alone', () => {
    it('a runbook of fields telling what to do when it happens', () => {
      const text = [
        '# Queue broker failover',
        '',
        'Symptoms: Checkout requests time out and the queue depth grows.',
        'Cause: The broker host may be lost or its disk may be full.',
        'Resolution: Restart the workers, then move the broker to the spare host.',
        'Follow-up: Open a ticket with the platform team and attach the logs.',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });

    it('a form of empty fields to fill in after an incident', () => {
      const text = ['Date:', 'Impact: ', 'Root cause: ', 'Resolution: ', 'Action items: ', ''].join('\n');
      assert.equal(isTaken(text), false);
    });

    it('a ticket whose fields ask for work', () => {
      const text = [
        'Summary: Add a retry button to the export page',
        'Impact: Users who hit a timeout must start the export again.',
        'Resolution: Unresolved',
        'Next steps: Design review on Thursday, then estimate.',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });

    it('a changelog entry of fields', () => {
      const text = [
        '## 4.2.0',
        '',
        'Fixes: The export no longer times out on large boards.',
        'Impact: Faster exports for everyone.',
        'Next steps: Streaming exports are planned for 4.3.',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });
  });
});
