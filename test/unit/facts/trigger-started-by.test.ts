/**
 * The trigger is read from the clause that says what started the incident, ahead of the title's
 * words and of what followed; a person who kept a change to themselves is a communication gap,
 * a monitor that kept quiet a tooling one. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, triggerOf as trigger, withSection, withSections } from '../../support/causes';

const doc = withSections('Security incident on the parcel tracker');
const section = withSection('Outage of the parcel tracker');

describe('facts: the trigger told by the clause that started the incident', () => {
  it('reads the change named after "began when", "originated with", "was triggered by"', () => {
    const told = (line: string) =>
      trigger(...doc(['Summary', line], ['Root cause', 'The exposed bucket was a security vulnerability that any attacker could have used.']));
    assert.equal(told("The exposure originated with an edit to the zone's DNS records in early May."), 'configuration');
    assert.equal(told('It all began when a misconfigured firewall rule opened the admin port.'), 'configuration');
    assert.equal(told('The trouble was triggered by a misconfiguration of the proxy, which in turn left the bucket open.'), 'configuration');
    assert.equal(told('What set it off was the deploy of the new tracker release on Monday.'), 'change');
  });

  it('keeps the other readings where no starting clause names a trigger', () => {
    // A start told by its symptom names nothing: the security words decide as before.
    const told = (line: string) =>
      trigger(...doc(['Summary', line], ['Root cause', 'The exposed bucket was a security vulnerability that any attacker could have used.']));
    assert.equal(told('The errors began when users opened the tracker page.'), 'security');
    // A start told as used-up space without the demand is a symptom, no capacity trigger.
    assert.equal(trigger(...doc(['Summary', 'The outage began when the disk was full.'])), null);
    // A start the authors rule out is no trigger.
    assert.equal(trigger(...doc(['Summary', 'The alerts started after the deploy of the new release. The outage has nothing to do with the deploy.'])), null);
  });

  it('reads two starting clauses that disagree as no precedence', () => {
    const got = trigger(
      ...doc(['Summary', 'The outage began with a misconfigured firewall rule.'], ['Root cause', 'The errors started after the deploy of the new release.']),
    );
    assert.notEqual(got, 'security');
  });
});

describe('facts: a person who did not alert the others, against a monitor that did not', () => {
  it('reads a person who did not alert or warn the others as a communication breakdown', () => {
    assert.deepEqual(
      cats(...section('What went wrong', '@kestrel did not alert others that the import script also rewrote the labels, and nobody told the courier team.')),
      ['communication_breakdown'],
    );
  });

  it('reads a monitor that did not alert the team as the tooling gap', () => {
    assert.deepEqual(cats(...section('Root cause', 'When the volume ran full, the watchdog service did not alert anyone on call.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Root cause', 'The queue probe did not alert the team when the queue stalled.')), ['tooling_failure']);
  });
});

describe('facts: how long a credential lasts by design is no expiry told', () => {
  const outage = withSections('Outage of the parcel tracker');
  it('reads an expiry that happened as a configuration trigger, and a lifetime by design as none', () => {
    assert.equal(trigger(...outage(['Root cause', 'The signing certificate expired on Sunday and every call failed.'])), 'configuration');
    assert.equal(trigger(...outage(['Root cause', 'Our API tokens expired overnight, so the sync stopped.'])), 'configuration');
    // A lifetime set on purpose, told as background: nothing expired that should not have.
    assert.equal(trigger(...outage(['Background', 'Session tokens expire after thirty minutes by design.'], ['Root cause', 'A queue filled up.'])), null);
    assert.equal(trigger(...outage(['Root cause', 'Upload keys expire every day and are fetched again; the fetch job was stuck.'])), null);
  });
});
