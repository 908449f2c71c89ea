import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';

/**
 * What a person believed at the time, told as what happened ("the engineer making the change
 * thought the script pointed at staging"), is what a blameless review asks for: what was known
 * then and why the act made sense. It is never reported, whoever held the belief; the words that
 * judge the belief ("wrongly", "carelessly assumed") are read by the manner readings as before.
 * Every sentence here is our own.
 */
describe('blameless: what a person believed at the time', () => {
  it('leaves a belief of a person, a role or a group unreported', () => {
    const told = [
      'The engineer making the change thought the script pointed at staging.',
      'The reviewer assumed that the flag was already off in production.',
      'Dana believed the backup had finished before the migration started.',
      'The on-call engineer thought the alert was the usual nightly noise.',
      'The platform team assumed the quota applied per region, not per account.',
      'Our contributors assumed that the trigger ran the workflow from the base branch.',
      'We assumed the replica was in sync; it was four hours behind.',
      'I thought the cache was warm when I restarted the second node.',
    ];
    const flagged = told.filter((s) => runOurs(s).blame.length > 0);
    assert.deepEqual(flagged, [], `reported:\n${flagged.join('\n')}`);
  });

  it('leaves a belief told as not held unreported, and keeps a lapse of thought reported', () => {
    const told = [
      'I did not think it would work, because I had already renewed the certificate by hand.',
      "I didn't think this is related to the outage, since mail was still arriving.",
      'We didn’t think that the flag mattered for the replicas.',
      'The on-call did not think there was any risk in the restart.',
    ];
    const flagged = told.filter((s) => runOurs(s).blame.length > 0);
    assert.deepEqual(flagged, [], `reported:\n${flagged.join('\n')}`);
    const lapses = [
      "Bob clearly didn't think it through.",
      "Marcus didn't think before he restarted every node at once.",
      "I didn't think to check the logs.",
      "The engineer didn't think that through.",
    ];
    const missed = lapses.filter((s) => runOurs(s).blame.length === 0);
    assert.deepEqual(missed, [], `not reported:\n${missed.join('\n')}`);
    for (const s of ["didn't think", "I didn't think it", 'did not think that', 'did not think (it would']) assert.ok(Array.isArray(runOurs(s).blame), s);
  });
});
