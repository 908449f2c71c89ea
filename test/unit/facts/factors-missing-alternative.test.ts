/**
 * A design weakness told only by the absence of a second part: no way to steer the traffic
 * elsewhere, no standby to move to, one worker left alive. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';

const section = withSection('Outage of the booking portal');

describe('facts: a missing alternative told as a factor', () => {
  it('reads a way to reroute or fail over that the team lacked as a design weakness', () => {
    assert.deepEqual(cats(...section('What went wrong', '- The team lacked any ability to reroute around the failing gateway.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Why it lasted', 'We had no way to fail over to the second site.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Why it lasted', 'The team did not have the option to redirect bookings to the old stack.')), ['design_weakness']);
  });

  it('reads a standby, spare or second provider told as absent as a design weakness', () => {
    assert.deepEqual(cats(...section('Contributing factors', '* Not having a standby region to move customers to.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Root cause', 'We did not have a secondary DNS provider, so every lookup failed with theirs.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Root cause', 'The shop lacked any fallback payment provider.')), ['design_weakness']);
  });

  it('reads a single part told as the only one still live as a design weakness', () => {
    assert.deepEqual(cats(...section('Findings', 'It turned out that only one consumer was still running.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Findings', 'By then just a single queue worker remained alive, at that point.')), ['design_weakness']);
  });

  it('leaves look-alikes unread: other abilities, a spare that exists, a count of the affected, one of several', () => {
    assert.deepEqual(cats(...section('Root cause', 'We lacked the ability to see the queue depth.')), []);
    assert.deepEqual(cats(...section('Lessons', 'We now have a standby region and a second provider.')), []);
    assert.deepEqual(cats(...section('Impact', 'Only a single replica was affected.')), []);
    assert.deepEqual(cats(...section('Findings', 'Only one of them was running.')), []);
    assert.deepEqual(cats(...section('Findings', 'Only one canary worker was running the new build for an hour.')), []);
    assert.deepEqual(cats(...section('Background', 'The job had no alternative input files to read.')), []);
  });

  it('reads responders told as never alerted, or kept from their alerts, as the tooling that did not alert', () => {
    assert.deepEqual(cats(...section('Detection', 'The on-call engineers were never paged.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Detection', "We weren't alerted at all; a customer wrote in.")), ['tooling_failure']);
    assert.deepEqual(cats(...section('Root cause', 'A rule edit last week stopped the team from getting any disk warnings.')), ['tooling_failure']);
    // Alerted as it should be, a condition, and a person not told of a plan are no alerting gap.
    assert.deepEqual(cats(...section('Detection', 'We were alerted within two minutes.')), []);
    assert.deepEqual(cats(...section('Detection', 'Had we not been paged, the queue would have filled.')), []);
    assert.deepEqual(cats(...section('Detection', 'If the team was not paged, the backup rota took over.')), []);
  });

  it('reads ugly input in linear time and without a throw', () => {
    const long = `We lacked ${'the ability to '.repeat(400)}reroute`;
    assert.doesNotThrow(() => cats(...section('Root cause', long)));
    assert.doesNotThrow(() => cats(...section('Root cause', `only one ${'worker '.repeat(500)}was`)));
  });
});
