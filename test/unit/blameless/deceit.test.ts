import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';

/**
 * A person's dealings called dishonest or evasive: it judges them where the reader needs what
 * happened. Systems that report wrongly, "lies" of place, answers not found in logs and an
 * investigation without an answer yet stay quiet. Every sentence here is our own.
 */
const DECEIT = [
  "On the call, Jordan wouldn't give us a straight answer about the lost disks.",
  'For a month she kept falsely promising a fix "by Friday".',
  'Their sales team falsely advertised four nines on the status page.',
  'The vendor lied about where our backups were kept.',
  'HE KEPT LYING TO US FOR WEEKS',
  'We never got an honest answer from their support desk.',
  'We never got a straight answer from Acme about the packet loss.',
  'He never gave me a direct answer, only another ticket number.',
];

const LOOK_ALIKES = [
  'The probe falsely claimed the host was up.',
  'The alert was falsely triggered by a test run.',
  'The fault lies in the parser, not in the config.',
  'A stale token was lying around in the cache.',
  'The logs gave no clear answer.',
  'We never got a clear answer from the logs.',
  "We couldn't get a clear answer on why the node rebooted.",
  'Sam gave a straight answer within minutes, which saved us an hour.',
  'There is no straight answer to how much capacity we need.',
  'The primary lied about its replication lag, so the failover picked it.',
];

describe('blaming-language: deceit or evasion said of a person', () => {
  it('reports false promises, lies and straight answers withheld', () => {
    const missed = DECEIT.filter((s) => runOurs(s).blame.length === 0);
    assert.deepEqual(missed, []);
  });

  it('quotes the person and the charge', () => {
    assert.deepEqual(runOurs('For a month she kept falsely promising a fix "by Friday".').blame, ['she kept falsely promising']);
    assert.deepEqual(runOurs("On the call, Jordan wouldn't give us a straight answer about the lost disks.").blame, [
      "Jordan wouldn't give us a straight answer",
    ]);
  });

  it('leaves alone systems that report wrongly, places, logs without an answer and answers given', () => {
    const flagged = LOOK_ALIKES.filter((s) => runOurs(s).blame.length > 0);
    assert.deepEqual(flagged, []);
  });
});
