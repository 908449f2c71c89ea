/**
 * Kinds read from whom the work is for or what it looks at: documentation put into the guide the
 * builders keep is prevention, a notification sent to the people who run the system or sent by
 * itself is detection, a check that finds where a script is about to run is a gate, a warning
 * logged when a lookup comes back empty makes a silent fault loud, and training for the builders
 * keeps the work safe. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';
import { assertLinear } from '../../support/growth';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: item kinds read from whom the work is for', () => {
  it("reads documentation put into the builders' own guide as prevention", () => {
    assert.equal(kind('Describe the cache settings in CONTRIBUTING.md'), 'prevention');
    assert.equal(kind('- [ ] Explain the proxy flags in the setup guide'), 'prevention');
    assert.equal(kind('Explain the queue layout in our developer docs'), 'prevention');
    assert.equal(kind("Add the new flag to the contributors' guide"), 'prevention');
    assert.equal(kind('Note the required kernel version in the README'), 'prevention');
    // A guide for the responders, and documentation named by no guide, keep their readings.
    assert.equal(kind('Collect the commands we ran and add them to the SRE guide'), 'response');
    assert.equal(kind('Document the recovery steps in the README'), 'response');
    assert.equal(kind('Document the backup modem setup'), 'response');
  });

  it('reads a notification sent by itself or to the people who run the system as detection', () => {
    assert.equal(kind('Turn on automated notifications for the scheduler'), 'detection');
    assert.equal(kind('the watchdog sends a push notification to our admins after a restart'), 'detection');
    assert.equal(kind('Automatic notification for the on-call engineer'), 'detection');
    // Sent to the users, it is not an alert; a notification that asks for an approval is a gate.
    assert.notEqual(kind('Add automatic notifications to customers on failed payments'), 'detection');
    assert.equal(kind('An automated notification asking the maintainers to approve each plugin release'), 'prevention');
    assert.notEqual(kind('Turn on notifications for the new chat role'), 'detection');
  });

  it('reads a check that finds where a script is about to run as a gate', () => {
    assert.equal(kind('Put pre-flight checks in the import tool'), 'prevention');
    assert.equal(kind('The seed script should detect whether it is running against the production database'), 'prevention');
    assert.equal(kind('Production environment detection in the cleanup job'), 'prevention');
    // A check that finds failures in production finds them.
    assert.equal(kind('Add health checks that detect failures in production'), 'detection');
    assert.equal(kind('Detect errors on the production hosts'), 'detection');
  });

  it('reads a warning logged when a lookup comes back empty as detection', () => {
    assert.equal(kind('Extra log lines: warn if the feed reader finds no results'), 'detection');
    assert.equal(kind('Log a warning if the nightly import gets no rows'), 'detection');
    assert.equal(kind('Raise an error when the export has zero records'), 'detection');
    // A warning shown to people, or to users, is not a signal of a fault.
    assert.equal(kind('Add a warning: stop the worker before editing the database by hand'), 'prevention');
    assert.notEqual(kind('Warn users when their upload is empty'), 'detection');
  });

  it('reads training for the people who build the system as prevention, training for responders as response', () => {
    assert.equal(kind('**Engineer training** (before the next release)'), 'prevention');
    assert.equal(kind('Run a training for all developers on safe defaults'), 'prevention');
    assert.equal(kind('Train new engineers in the review rules'), 'prevention');
    // Its audience named as responders, or training on the incident work, is the response's.
    assert.equal(kind('Train on-call engineers on the new admin console'), 'response');
    assert.equal(kind('On-call engineer training'), 'response');
    assert.equal(kind('Train engineers to handle incidents in the payments stack'), 'response');
  });

  it('reads ugly input without throwing', () => {
    for (const text of [
      '',
      'engineer training training',
      "engineers' training",
      'document in the',
      'in the README',
      'automated',
      'notification to',
      'pre-flight',
      'warn when when',
      '```',
      '- [ ]',
    ])
      assert.doesNotThrow(() => kind(text));
  });

  it('reads long repetitive items in linear time', () => {
    const shapes: [string, (n: number) => string][] = [
      ['documents and guides', (n) => 'document the '.repeat(n) + 'in the setup'],
      ['notifications', (n) => 'send a notification to '.repeat(n) + 'the'],
      ['automated', (n) => 'automated '.repeat(n) + 'notifications to the'],
      ['production', (n) => 'detect whether it is '.repeat(n) + 'the production'],
      ['warnings', (n) => 'warn when '.repeat(n) + 'the lookup returns'],
      ['training', (n) => 'train the '.repeat(n) + 'on-call'],
      ['training named by its audience', (n) => 'engineer '.repeat(n) + 'trainer'],
    ];
    for (const [what, make] of shapes) assertLinear(what, make, kind);
  });
});
