import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * A "should have" that opens a bracket right after a bare noun phrase glosses that phrase: the
 * phrase is its subject. A thing there ("**Disk alerts** (should have fired at 90%)") tells what
 * the thing was meant to do, as "the disk alert should have fired" does, and blames nobody. A
 * bracket after a clause judges the clause's act, and one after a person or after nothing keeps
 * the subject-less reading of a lesson: both stay reported. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'a "should have" glossing the noun phrase before its bracket': {
    blame: [
      'We rebooted both brokers at once (should have waited for the first to rejoin).',
      'I rebooted both brokers at once (should have waited for the first).',
      '- Both brokers went down together (should have staged the restart)',
      '(should have checked the target cluster before running the purge)',
      '- Should have checked the target cluster before running the purge',
      'The on-call engineer (should have escalated within the hour)',
      '**The release manager** (should have held the deploy)',
    ],
    clean: [
      '**Disk alerts** (should have fired at 90%)',
      '⚠️ **Volume checks** (should have warned before the resize)',
      '- Queue depth monitor (should have paged the on-call)',
      '1. _Nightly backup job_ (should have run at 02:00)',
      'Replication lag dashboard (should have shown the gap)',
    ],
  },
};

describe('blameless: a "should have" glossing the noun phrase before its bracket', () => {
  itReadsForms(FORMS);

  it('reads ugly input in bounded time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('many glosses in one line', (n) => 'Disk alerts (should have fired) '.repeat(n), runOurs);
    assertLinear('a long phrase before the bracket', (n) => `${'disk '.repeat(n)}(should have fired)`, runOurs);
    assertLinear('many emphasis marks before the bracket', (n) => `${'** _ '.repeat(n)}alerts ** (should have fired)`, runOurs);
    assertLinear('brackets without a phrase', (n) => '((should have fired '.repeat(n), runOurs);
    assert.equal(runOurs('(should have').blame.length, 0);
    assert.equal(runOurs('** (should have fired)').blame.length, 1);
    assert.equal(runOurs('alerts ( should have fired').blame.length, 0);
  });
});
