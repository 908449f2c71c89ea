import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * Conduct wished better in hindsight ("the cutover could have been planned a lot better", "we
 * could, and should have, done much better"): a counterfactual that judges how people did their
 * work. Its look-alikes: praise, what a part would have done, a system as the subject or the doer,
 * a condition, and "better" after other verbs. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'conduct wished better, in the active or the passive': {
    blame: [
      'In hindsight, the cutover could have been planned a lot better.',
      'The rollback should have been handled much better.',
      'We could have handled the rollout far better.',
      'Our runbook was thin - we could, and should have, done much better here.',
      'Sam could have communicated the change better.',
      'I could have managed the maintenance window better.',
      'the migration could have been   executed  better',
      '**Review:** the handover could have been planned better.',
    ],
    clean: [
      "We couldn't have handled it better.",
      'We could not have handled the rollout any better.',
      'Nobody could have done it better.',
      'The new driver would have handled the load better.',
      'The cache could have handled the burst better.',
      'It could have been done better by the second node.',
      'We could have done better if the runbook had covered it.',
      'Things that could have gone better.',
      'The release went better than planned.',
      'The next version should have better support for retries.',
      'We handled the second outage much better.',
    ],
  },
  // A question heading or prompt of the review asks it of no one; a sentence that answers it judges.
  'the question of what could have been done better, against its answer': {
    blame: [
      'What could have been done better was the handover to the night shift.',
      'What could have been handled better? We could have handled the paging far better.',
      'Looking back, the restore could have been planned better.',
    ],
    clean: [
      '## What could have been done better?',
      '### What could have been handled better',
      'What could have been done better?',
      '**What could have been communicated better?** The status page stayed green for an hour.',
      'Each review answers two questions: what went well, and what could have been done better?',
      'what could have been done better ?',
    ],
  },
};

describe('blameless: conduct wished better in hindsight', () => {
  itReadsForms(FORMS);

  it('reads a long question of what could have been done better in linear time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('a long question', (n) => `What could have been done better ${'and what could have been done better '.repeat(n)}?`, runOurs);
  });
});
