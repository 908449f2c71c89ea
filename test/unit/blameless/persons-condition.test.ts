import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * A condition contrary to fact whose subject is one person and whose verb is a step they took,
 * beside a consequence that keeps the trouble away ("it could have been prevented if I had tested
 * the runbook", "if Bob had run it on staging, the release would not have broken"): the trouble is put on
 * that person. The authors as "we", a thing as the condition's subject, what someone knew or was,
 * an accident and a consequence that is only another outcome stay quiet. Our own sentences.
 */
const FORMS: BlameForms = {
  'a step one person did not take, told as what would have kept the trouble away': {
    blame: [
      'The page could have easily been avoided if I had read the config first.',
      'Looking back, if I had rotated the key on Monday we would not see these errors.',
      'If Bob had run the migration on staging, the outage would not have happened.',
      'If the engineer had checked the diff, it would have been caught.',
      'If only I had tested it, the outage would not have happened.',
      'The page would never have gone out if I’d read the config first.',
      'If she had not pressed the button, the release would not have broken.',
    ],
    clean: [
      // The authors weighing their process.
      'If we had deployed the change on merge, we would not have mixed the two changes.',
      // A thing in the condition.
      'If the alert had fired, we would have noticed sooner.',
      'The outage could have been avoided if the canary had run longer.',
      // What someone knew or was, or an accident.
      'If I had known the flag was live, I would not have flipped it.',
      'If I had fallen ill during the cutover, nobody could have taken over.',
      'If she had been told earlier, she would not have waited.',
      // A consequence that is another outcome, or none at all.
      'If I had deployed on Monday, we would not have been able to roll back.',
      'If I had deployed on Monday, the release would have shipped a day early.',
      // "Had to" and "had" as a verb of their own.
      'If I had to do it again, I would not use the console.',
      'If I had an issue, I could not restore from backup.',
      // A condition of the present.
      'If Bob runs the migration on staging, it will not break anything.',
    ],
  },
};

describe('blameless reading: a condition that puts the step on one person', () => {
  itReadsForms(FORMS);
  it('reads long runs of conditions in linear time', () => {
    assertLinear('many conditions', (n) => `${'if I had tested it and '.repeat(n)}it would not have broken.`, runOurs);
    assertLinear('many consequences', (n) => `If I had tested it, ${'it would not have broken and '.repeat(n)}done.`, runOurs);
  });
});
