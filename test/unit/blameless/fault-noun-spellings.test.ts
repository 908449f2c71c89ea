import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * Fault nouns owned by a person, in the spellings the hyphenated forms already read: written solid
 * or in the plural ("my fuckup", "our slip-ups"), and inattention owned as carelessness is ("lost
 * through her inattention"). The same nouns with no owner, or said of people in general, stay
 * alone. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'a fault noun written solid or in the plural, or inattention, with an owner': {
    blame: [
      'The freeze that came over me after my fuckup cost us ten minutes.',
      'Right after my _fuckup_ I went quiet for a while.',
      'Three weeks of our fuckups ended in one long night.',
      'Their cockup left the zone file half written.',
      'His slipup sent the invoices twice.',
      'Our slip-ups were small, but they added up.',
      'The table was emptied through my own inattention.',
      "The wrong tenant was migrated through the contractor's inattention.",
    ],
    clean: [
      'Inattention is a known hazard on long night shifts.',
      'Alert fatigue breeds inattention, so we cut the noisy pages.',
      'A fuckup like this is what guard rails are for.',
      'Slipups happen; the console should make them cheap to undo.',
      'No one here is to blame for a slipup the tool invited.',
    ],
  },
};

describe('blameless: fault nouns written solid or in the plural, and inattention', () => {
  itReadsForms(FORMS);

  it('reads ugly input in bounded time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('many owned fault nouns in one sentence', (n) => `${'my fuckup and '.repeat(n)}her inattention.`, runOurs);
    assertLinear('many unowned ones', (n) => `${'inattention, slipups, '.repeat(n)}and so on.`, runOurs);
    assert.equal(runOurs('her inattention').blame.length, 1);
    assert.equal(runOurs('inattention').blame.length, 0);
  });
});
