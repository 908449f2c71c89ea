/**
 * A post-mortem named after an upgrade is a change, whatever the upgrade broke on the way; a kind
 * of fault the symptom is told not to be is ruled out. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { triggerOf as trigger, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

describe('facts: a post-mortem named after an upgrade', () => {
  it('reads the upgrade as the trigger, over the hardware and settings it broke on the way', () => {
    const upgrade = withSections('Post-mortem: ledger cluster 3.2 upgrade incident');
    // The story tells a reboot and a firmware, which alone read as infrastructure.
    const story = upgrade(
      ['Summary', 'An upgrade from 3.1 to 3.2 left the ledger cluster down for a morning.'],
      ['Root cause', 'The node rebooted into the new image and the disk firmware refused the boot flag; the host crashed on every boot.'],
    );
    assert.equal(trigger(...story), 'change');
    // A setting the upgrade shipped wrong is part of the upgrade.
    const settings = withSections('Incident report: v7 upgrade postmortem');
    assert.equal(
      trigger(
        ...settings(
          ['Summary', 'Nodes halted at the v7 upgrade height and the operators rolled back.'],
          ['The cause', 'The handler that ran during the upgrade had the incorrect permissions configured, so every node panicked.'],
        ),
      ),
      'change',
    );
  });

  it('keeps the other readings where the title or the story does not name the upgrade, or rules it out', () => {
    // Without the upgrade in the title, the story's words decide as before.
    const plain = withSections('Ledger cluster down for a morning');
    assert.equal(trigger(...plain(['Root cause', 'The node rebooted and the host crashed on every boot after a power failure.'])), 'infrastructure');
    // A title that names the upgrade, and a story that never does, says nothing of what set it off.
    const titled = withSections('Upgrade week: ledger cluster down');
    assert.equal(trigger(...titled(['Root cause', 'The host crashed on every boot after a power failure in the rack.'])), 'infrastructure');
    // An upgrade the authors rule out is no trigger.
    const ruled = withSections('Ledger cluster 3.2 upgrade incident');
    assert.notEqual(
      trigger(...ruled(['Root cause', 'The outage had nothing to do with the upgrade: a power failure in the rack crashed the host.'])),
      'change',
    );
    // An attack told in the story is not read as the upgrade, though the title names the upgrade
    // made to close it: one summary line is too little to name the attack, so the reading abstains.
    const security = withSections('Emergency upgrade of the login service');
    assert.equal(
      trigger(
        ...security([
          'Summary',
          'An attacker used a vulnerability in the login service; the emergency upgrade closed it. The attacker read no data, but the exploit worked for a week.',
        ]),
      ),
      null,
    );
  });

  it('reads a heading that tells a failure after an upgrade or an update as a change', () => {
    const story: [string, string] = ['Root cause', 'The boot image was built without the disk driver; the disk firmware then refused to mount it.'];
    assert.equal(trigger(...withSections('Incident report: laptop boot failure after kernel update')(story)), 'change');
    // The heading of one incident in a report of several, below a title that names none.
    const two = ['# Two outages of the home lab', '', '## Incident 1: printer hangs after driver upgrade', '', '### Root cause', '', story[1]];
    assert.equal(trigger(...two), 'change');
    // Without a failure before "after", or with an update that is a status note, nothing is read from it.
    const plain = trigger(...withSections('Laptop notes')(story));
    assert.notEqual(plain, 'change');
    assert.equal(trigger(...withSections('Notes written after the kernel update')(story)), plain);
    assert.notEqual(trigger(...withSections('Laptop boot failure')(['Update after the fix', story[1]], story)), 'change');
    // An update the story rules out is no trigger.
    const ruled = withSections('Boot failure after kernel update')([
      'Root cause',
      'The failure had nothing to do with the kernel update: the disk firmware refused to mount the boot volume.',
    ]);
    assert.notEqual(trigger(...ruled), 'change');
  });

  it('rules out a kind of fault the symptom is told not to be', () => {
    const doc = withSections('Outage of the map tiles service');
    const cause = (line: string) => trigger(...doc(['Root cause', line]));
    // "not a firewall problem": the firewall is ruled out, though the line names it.
    assert.equal(cause('Ports that answer while nothing replies mean a hung host, not a firewall problem.'), null);
    assert.equal(cause('A boot hang with no prompt is an initrd issue, not a hardware failure.'), null);
    // Named as the cause, the same words still count.
    assert.equal(cause('A firewall rule pushed on Monday blocked the tile port.'), 'configuration');
    // A negation that tells no kind of fault ("did not catch network failures") rules nothing out.
    assert.equal(cause('Our probes did not catch the hardware failure in the rack, which took the host down.'), 'infrastructure');
  });

  it('stays quick on ugly input', function () {
    this.timeout(120_000);
    const doc = withSections('Upgrade upgrade upgrade');
    const denials = (n: number) => doc(['Root cause', `${'not a firewall '.repeat(n)}problem`]);
    const upgrades = (n: number) => doc(['Summary', `${'upgrade '.repeat(n)}`]);
    const afters = (n: number) => [`# ${'failure after '.repeat(n)}fix`, '', '## Summary', '', 'The boot hung.'];
    assert.equal(trigger(...afters(4000)), null);
    assertLinear('a long title of "failure after"', afters, (args) => trigger(...args));
    assert.equal(trigger(...upgrades(4000)), 'change');
    assertLinear('a long run of "not a firewall"', denials, (args) => trigger(...args));
    assertLinear('a long run of "upgrade"', upgrades, (args) => trigger(...args));
  });
});
