import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * "You" in a post-mortem is the reader addressed, or anyone at all: a heading that talks to the
 * reader ("The alarm you never wired up"), a condition ("if you skipped the canary …"), advice.
 * No one is singled out, so no fault verb said of "you" is blame. He, she, someone, roles, names
 * and the authors stay readable as before; a vendor's work judged ("your implementation is broken") is a
 * verdict on the work and stays reported. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'the second person as the reader': {
    blame: [
      'He forgot to wire the UPS to the server.',
      'Someone forgot to renew the domain.',
      'I forgot to plug the signal cable into the host.',
      'Frankly, your implementation is broken and our gateway cannot reach it.',
      'The intern ignored the low-battery warning for a week.',
    ],
    clean: [
      '## The Signal Cable You Never Plugged In',
      '### What you missed in the disk alerts',
      'If you forgot to set the flag, the job fails without a word.',
      'Chances are you missed the same warning we did.',
      "Don't worry if you broke something; the snapshot has you covered.",
      'You forgot to wire the UPS, and the host never heard the power was gone.',
      '- Check the cable: if you skipped it, the battery is only a battery.',
      '> You ignored the disk alert, and so did everyone else.',
    ],
  },
};

describe('blameless: the second person as the reader', () => {
  itReadsForms(FORMS);

  it('reads ugly input in bounded time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('many second-person subjects', (n) => `${'you forgot, '.repeat(n)}and it broke.`, runOurs);
    assertLinear('a long run before the verb', (n) => `You ${'really '.repeat(n)}forgot it.`, runOurs);
    assert.equal(runOurs('you').blame.length, 0);
    assert.equal(runOurs('You forgot.').blame.length, 0);
    assert.equal(runOurs('YOU BROKE IT').blame.length, 0);
  });
});
