/**
 * Contributing factors and triggers stated briefly: a fragility told as the way the
 * system works, a gap told as what was done, a breakdown told as a silence. Every sentence here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, triggerOf as trigger, withSection, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Outage of the booking portal');
const doc = withSections('Outage of the booking portal');

describe('facts: factors and triggers stated briefly', () => {
  it('reads a dependency told as total, or on every instance of a part, as a design weakness', () => {
    assert.deepEqual(cats(...section('What went wrong', 'The portal relies entirely on the session store, so every page failed with it.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('What went wrong', 'Checkout depends on all of the shards answering within a second.')), ['design_weakness']);
    assert.deepEqual(cats(...section('What went wrong', 'As things are set up, the API relies on reaching every one of the cache nodes.')), [
      'design_weakness',
    ]);
    // A plan to stop relying on it, the idiom of what decides a thing, and one part relied on in passing tell no weakness.
    assert.deepEqual(cats(...section('Lessons', 'We want the portal to no longer rely entirely on the session store.')), []);
    assert.deepEqual(cats(...section('Discussion', 'Whether a retry helps depends entirely on the kind of error.')), []);
    assert.deepEqual(cats(...section('What happened', 'The portal relies on the session store for logins.')), []);
  });

  it('reads a failure the system handles badly as a design weakness', () => {
    assert.deepEqual(cats(...section('Root cause', 'A dropped connection to the queue was handled poorly by the worker, which then hung.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'Our crash came from an out-of-memory condition being handled really badly by the runtime.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'The fault lies in the way the chillers react to a short voltage dip.')), ['design_weakness']);
    // The incident handled well, or the way a part works told without a fault, is nothing weak.
    assert.deepEqual(cats(...section('What went well', 'The failover was handled smoothly by the standby.')), []);
    assert.deepEqual(cats(...section('Background', 'This page describes the way the chillers react to a voltage dip.')), []);
  });

  it('reads load not shared as meant as a design weakness', () => {
    assert.deepEqual(cats(...section('Root cause', 'A wrong weight pinned every request to the oldest replica instead of spreading the load.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'After the switch, all of the traffic was routed to a single gateway.')), ['design_weakness']);
    assert.deepEqual(cats(...section('What happened', 'The balancer spread the traffic evenly across the four gateways.')), []);
  });

  it('reads too many changes shipped at once as a process gap', () => {
    assert.deepEqual(cats(...section('What went wrong', 'We bundled too many changes into the Friday release.')), ['process_gap']);
    assert.deepEqual(cats(...section('What went wrong', 'Three unrelated changes went out in a single deploy, so the bad one was hard to find.')), [
      'process_gap',
    ]);
    assert.deepEqual(cats(...section('What happened', 'We shipped the change on Friday and watched the graphs.')), []);
  });

  it('reads a message to another party that got no answer as a communication breakdown', () => {
    assert.deepEqual(cats(...section('Response', '- Filed a ticket with the registrar (no reply so far)')), ['communication_breakdown']);
    assert.deepEqual(cats(...section('What went wrong', 'We emailed their support twice and the hosting company never replied.')), ['communication_breakdown']);
    assert.deepEqual(cats(...section('What went wrong', 'There was no response from the upstream maintainers for two days.')), ['communication_breakdown']);
    // Machines that do not answer requests are no party; an answer that came is no silence.
    assert.deepEqual(cats(...section('Timeline', '- 09:12 | both name servers of the registrar failed to respond to lookups')), []);
    assert.deepEqual(cats(...section('Timeline', '- 09:15 pinged the load balancer, got a response in 3 ms')), []);
    assert.deepEqual(cats(...section('What went well', 'The registrar replied to our ticket within the hour.')), []);
  });

  it("reads a user's act on a lure that let an intruder in as a human action", () => {
    assert.deepEqual(cats(...section('Root cause', 'A member of staff opened an attachment in a phishing mail, and the macro ran.')), ['human_action']);
    assert.deepEqual(cats(...section('Root cause', 'A student typed her password into a fake login page that looked like ours.')), ['human_action']);
    assert.deepEqual(
      cats(...section('Root cause', 'Someone in the finance office completed an online form, which handed the intruders control of the mailbox.')),
      ['human_action'],
    );
    // A user who filled in a form or opened a page for their own work lets nobody in.
    assert.deepEqual(cats(...section('Detection', 'A user filled in the feedback form to tell us the portal was down.')), []);
    assert.deepEqual(cats(...section('Detection', 'A customer opened a ticket about the slow pages.')), []);
  });

  it('reads a server that stopped responding as the trigger, not a rise in response times it caused', () => {
    assert.equal(
      trigger(
        ...doc([
          'What happened',
          'One of our session servers stopped responding to requests.',
          '',
          'It also caused a sharp spike in our response times for the requests that got through.',
        ]),
      ),
      'infrastructure',
    );
    // A spike in demand is still capacity.
    assert.equal(trigger(...doc(['What happened', 'A traffic spike after the launch overloaded the booking servers and they ran out of memory.'])), 'capacity');
  });

  it('reads a data centre named as the place as no failed machine', () => {
    assert.equal(
      trigger(
        ...doc([
          'Summary',
          'The root cause was a configuration change made to a switch in our data center.',
          '',
          'The change cut off every service we run at the data center for an afternoon.',
        ]),
      ),
      'configuration',
    );
    assert.equal(trigger(...doc(['Root cause', 'The data center lost power and both storage arrays went down.'])), 'infrastructure');
  });

  it('stays quick on ugly input', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    for (const [unit, end] of [
      ['the fault is the way ', 'it handles'],
      ['someone opened a ', 'link'],
      ['we contacted the team ', 'no reply'],
      ['relies on all of the ', 'servers'],
    ]) {
      assertLinear(
        `a cause of "${unit}" repeated`,
        (n) => section('Root cause', `${unit.repeat(n)}${end}`),
        (args) => cats(...args),
      );
    }
  });
});
