import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSections } from '../../support/causes';

const doc = withSections('Outage of the parcel tracker');

describe('facts: a human act told plainly in a cause passage (cause-accounts.ts)', function () {
  this.timeout(20000);
  it('reads a change told in the passive as a slip, or against what was meant, as a human action', () => {
    assert.deepEqual(cats(...doc(['Root cause', 'The reply address of the relay was wrongly set to the shared inbox.'])), ['human_action']);
    assert.deepEqual(
      cats(...doc(['How did this happen', 'During the cut-over the billing worker was also pointed at the new queue, instead of the old one.'])),
      ['human_action'],
    );
    assert.deepEqual(cats(...doc(['Root causes', '- Two cron entries were mistakenly removed from the scheduler host.'])), ['human_action']);
  });

  it('reads an act its author tells in the first person as a human action', () => {
    assert.deepEqual(cats(...doc(['Root cause', 'I forced the release through although the smoke stage had stalled.'])), ['human_action']);
    assert.deepEqual(cats(...doc(['Root cause', 'We manually failed over to the standby before it had caught up.'])), ['human_action']);
    assert.deepEqual(cats(...doc(['Contributing factors', '- I copied the install line from the old wiki page and kept its release name.'])), ['human_action']);
  });

  it('leaves alone a bare passive change, the fix, a plan, a negation and the system doing it', () => {
    assert.deepEqual(cats(...doc(['Root cause', 'The tracker pod was moved to a fresh node and came up with the new image.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'Retention was set to the default of seven days.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'We ran out of inodes on the spool disk.'])), []);
    // A "we" with no slip or hand in it tells the team's design choice, not a person's act.
    assert.deepEqual(cats(...doc(['Root cause', 'Last spring we removed the local copy of the route table and read it from the store.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'The stale lock was removed by the cleanup job instead of being kept, as designed.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'I removed the stale lock by hand to restore the queue.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'If we switched the region, the tracker would stall again.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'The queue was not switched to the new broker, as planned.'])), []);
  });

  it('reads the act only where the cause is told, not in the timeline or the recovery', () => {
    assert.deepEqual(cats(...doc(['Timeline', '- 09:12 I moved the tracker to the spare host.'])), []);
    assert.deepEqual(cats(...doc(['Resolution', 'We switched traffic to the second region and the tracker recovered.'])), []);
  });

  it('takes ugly input: odd spacing, case and markup', () => {
    assert.deepEqual(cats(...doc(['ROOT CAUSE', '**The relay**   WAS   Incorrectly   SET TO `support@`.'])), ['human_action']);
    assert.deepEqual(cats(...doc(['Root cause', ''.padEnd(5000, 'was also moved ')])), []);
  });
});

describe('facts: how it broke told as a plain account in a cause passage (cause-accounts.ts)', function () {
  this.timeout(20000);
  it('reads a component that could not, was unable to or ran out of something as a design weakness', () => {
    assert.deepEqual(cats(...doc(['Root cause', 'The edge proxy could not parse the manifests the new release wrote.'])), ['design_weakness']);
    assert.deepEqual(cats(...doc(['How did this happen', 'The regional resolver was unable to apply record updates for most of an hour.'])), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...doc(['Root causes', '- The ledger workers ran out of file handles during the nightly import.'])), ['design_weakness']);
    assert.deepEqual(cats(...doc(['Root cause', 'Because the TTL was a full day, the purge would not finish before the morning peak.'])), ['design_weakness']);
  });

  it('reads an incompatibility or a change that also reached what it was not meant for as a design weakness', () => {
    assert.deepEqual(cats(...doc(['Root cause', 'The new tracing agent is incompatible with the older kernel on the depot hosts.'])), ['design_weakness']);
    assert.deepEqual(cats(...doc(['Root cause', 'The patch fixed the label printer, but it also changed how refunds are booked.'])), ['design_weakness']);
  });

  it('reads it as a tooling failure when the subject is a tool of the team', () => {
    assert.deepEqual(cats(...doc(['Root cause', 'The nightly sync job was unable to copy the rows written during the switch.'])), ['tooling_failure']);
  });

  it('reads a line that labels itself the cause, wherever it stands', () => {
    assert.deepEqual(cats(...doc(['Update', 'Root cause: the depot workers exhausted their connections to the parcel store.'])), ['design_weakness']);
    assert.deepEqual(cats(...doc(['Update', '**Cause:** the label printer firmware is not compatible with the new label format.'])), ['design_weakness']);
  });

  it('leaves alone people as the subject, the symptom, a plan, a condition and lines outside the cause', () => {
    assert.deepEqual(cats(...doc(['Root cause', 'Customers could not log in to the tracker for forty minutes.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'We were unable to reach the depot host over the VPN.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'The tracker API could not serve requests while the store was down.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'The tracker page could not be reached from the depots.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'If the cache could not load its snapshot, the tracker would start empty.'])), []);
    assert.deepEqual(cats(...doc(['Root cause', 'The billing card on file had lapsed, so the certificate could not renew.'])), []);
    assert.deepEqual(cats(...doc(['Impact', 'The parcel store was unable to accept new scans for an hour.'])), []);
    assert.deepEqual(cats(...doc(['Timeline', '- 10:02 The label service could not parse the incoming batch.'])), []);
    assert.deepEqual(cats(...doc(['Update', 'Next step: the depot team could not join the call, so we moved it.'])), []);
  });

  it('takes ugly input: odd spacing, case and markup', () => {
    assert.deepEqual(cats(...doc(['ROOT CAUSE', '`traefik`   COULD   NOT   read the new `ingress` objects.'])), ['design_weakness']);
    assert.deepEqual(cats(...doc(['Root cause', ''.padEnd(5000, 'could not could not ')])), []);
  });
});
