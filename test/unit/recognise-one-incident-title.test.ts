/**
 * A title shaped as a topic ("What we learned from …", "Lessons from …", "Why was …") over one
 * incident: on its day ("Friday's outage", "the 3 March outage") or asked or told as down in the
 * past ("Why was the wiki down for ten hours?"). It names the authors' incident as a bare title
 * naming it would, and the prose below is read. A title naming incidents in general, on no day,
 * stays a topic. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { isTaken } from '../support/recognition';

const post = (...parts: string[]) => parts.join('\n\n') + '\n';

const account = [
  'On Friday afternoon our booking site was down for two hours. Customers could not book or move appointments.',
  'The outage was caused by a database upgrade we ran that morning: the new version lowered a connection limit, and the afternoon peak used them all.',
  'We rolled the upgrade back at 16:40 and the site recovered within minutes. We are sorry for the trouble.',
  'We will test upgrades under peak load before we run them.',
];

describe('recognising a report under a title shaped as a topic that names one incident', () => {
  it('takes the account under a title naming the incident on its day', () => {
    for (const title of ["# What we learned from Friday's outage", '# Lessons from the 3 March outage', "# Lessons from yesterday's downtime"])
      assert.equal(isTaken(post(title, ...account)), true, title);
  });

  it('takes the account under a title asking why something was down', () => {
    assert.equal(isTaken(post('# Why was the booking site down for two hours?', ...account)), true);
    assert.equal(isTaken(post('---\ntitle: Why did the booking site go down on Friday?\n---', ...account)), true);
  });

  it('still refuses the same prose under a topic on no day, and essays under such titles', () => {
    assert.equal(isTaken(post('# Lessons from a year of outages', ...account)), false);
    const decade = post(
      '# Lessons from ten years of outages',
      'I have been on call for ten years. I have seen outages caused by full disks, expired certificates and one memorable typo.',
      'Most outages were caused by changes we made ourselves. We broke things far more often than hardware did.',
      'Make every change easy to undo. We will never stop making mistakes, but we can make them cheap.',
    );
    const others = post(
      "# What we learned from Tuesday's cloud outage",
      'On Tuesday a large cloud provider had an outage that lasted most of the afternoon. Thousands of sites went down, and the provider said a faulty network change was the cause.',
      'Our own services were not affected, because we run in two regions. Still, we went through our setup.',
      'We found two services that run in one region only. We will move them next quarter.',
    );
    const explainer = post(
      '# Why was half the web down yesterday?',
      'Yesterday afternoon many popular sites stopped loading for two hours. The cause was an outage at a large delivery network in front of them.',
      'According to the company, a configuration change reached all of its servers at once. The company rolled it back and service was restored.',
      'Outages like this show how much of the web rests on a handful of providers.',
    );
    for (const text of [decade, others, explainer]) assert.equal(isTaken(text), false);
  });
});
