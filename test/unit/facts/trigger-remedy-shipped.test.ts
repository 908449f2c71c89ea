/**
 * Ship words that name no trigger: a fix told as the thing that went out, a change told in one
 * clause with the recovery it brought, and mirrors that are the team's own. A change that broke
 * things, and a mirror someone else runs, still name one. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { triggerOf as trigger, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const doc = withSections('Stalled ledger sync');
const summed = (...lines: string[]) => trigger(...doc(['Summary', ...lines]));

describe('facts: a fix shipped, a recovery told, an own mirror', () => {
  it('reads no change from a fix told as merged, pushed or published', () => {
    assert.equal(summed('The ledger nodes stopped agreeing on a checksum. A fix was written and merged by the next morning.'), null);
    assert.equal(summed('Nodes stalled at block 9120; the hotfix is pushed around noon.'), null);
    assert.equal(summed('The bugfix release was published two days later'), null);
    assert.equal(summed('- 09:10 fix PR was merged'), null);
    // The change that broke the sync is still read.
    assert.equal(summed('A release deployed at 08:00 broke the checksum code. The fix was merged at 11:00.'), 'change');
    // A patch is often what broke things: it is not read as the remedy.
    assert.equal(summed('A kernel patch was deployed to every node on Monday and the sync stalled after it.'), 'change');
  });

  it('reads no change from one told with the recovery it brought', () => {
    assert.equal(summed('Three hours later most peers were upgraded and back in sync.'), null);
    assert.equal(summed('- 17:40 Remedy deployed, ledger restored'), null);
    assert.equal(summed('We found the bad checksum; the change was reverted, merged and the stall resolved.'), null);
    // A deploy that broke things, told beside a later recovery, is still the trigger.
    assert.equal(summed('A new build was deployed at noon and the ledger stalled; a rollback at two brought it back.'), 'change');
  });

  it("reads a mirror as a dependency only when someone else's", () => {
    const told = (line: string) => trigger(...doc(['Root cause', line]));
    assert.equal(told('Our download redirector stopped sending anyone to our mirror network.'), null);
    assert.equal(told('Downloads failed because the upstream mirror dropped the old tarballs.'), 'dependency');
    assert.equal(told('Builds failed when the example.org mirrors lost the source archives they fetch.'), 'dependency');
    assert.equal(told('Builds failed when the public mirrors lost the source archives.'), 'dependency');
  });

  it('survives ugly input', () => {
    // A stray second ship word is read as told.
    assert.equal(summed('fix was was was merged merged and and back'), 'change');
    assert.equal(summed('A **HOTFIX** WAS PUSHED at noon\r'), null);
    assert.equal(summed(''), null);
  });

  it('stays linear on long runs of ship and recovery words', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear(
      'a long run of fixes shipped',
      (n) => 'fix was deployed and '.repeat(n),
      (text) => summed(text),
      200,
    );
    assertLinear(
      'a long run of upgrades before a recovery',
      (n) => `${'upgraded and the '.repeat(n)}x`,
      (text) => summed(text),
      200,
    );
  });
});
