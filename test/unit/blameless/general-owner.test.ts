import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * A fault noun owned by "their" or "your" in a sentence that tells nothing that happened: a
 * rule, a piece of advice or a prospect about people in general ("a team should not punish a
 * person for their errors", "a tool that lets you undo your mistakes"). The owner is anyone, or
 * the reader, and nobody is judged. A verdict on the incident tells the past ("it was their
 * mistake") or names the fault with a verb of being ("this is their fault"), and stays reported;
 * so do "my" and "our", and named owners. An "-ed" form anywhere in the sentence counts as a past
 * ("a dataset saved …" may be one), which keeps the reading: the rule errs towards reporting.
 * Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'a fault noun owned by people in general': {
    blame: [
      'It was their mistake, and the vendor said so in the ticket.',
      'This is their fault: the contractor edited the zone file by hand.',
      "It's your fault the batch ran twice, Acme, and we expect a refund.",
      'The contractor shipped the patch and their mistake took the site down.',
      'The outage was your error, as the support engineer admitted on the call.',
      'I know this is my fault.',
      'A slow migration will be our fault alone.',
      "Tomas's mistake will cost us another weekend.",
    ],
    clean: [
      'Many firms will dismiss a clerk over the cost of their mistakes, whatever the reasons.',
      'A database admin should never be punished for their errors.',
      'Everyone slips now and then; their mistakes should be cheap to reverse.',
      'Operators are human, and a good console forgives their mistakes.',
      '- **Let a long purge be paused**. Half a dataset is better than watching the tool carry out your mistake to the end.',
      'A good command line catches your mistake before it reaches the cluster.',
      'Do not punish people for their mistakes; fix the guard rails.',
      '1. Make the confirm dialog name the project, so your error is visible before you press the button.',
      '> Good tooling makes your mistakes boring.',
    ],
  },
};

describe('blameless: a fault noun owned by people in general', () => {
  itReadsForms(FORMS);

  it('reads ugly input in bounded time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('many general owners in one sentence', (n) => `Tools should forgive ${'their mistakes and '.repeat(n)}move on.`, runOurs);
    assertLinear('a long sentence before the owner', (n) => `${'people should not fear '.repeat(n)}their mistakes.`, runOurs);
    assertLinear('many owners with a past at the end', (n) => `${'their mistake, '.repeat(n)}and it was.`, runOurs);
    assert.equal(runOurs('their mistake').blame.length, 0);
    assert.equal(runOurs('your').blame.length, 0);
    assert.equal(runOurs('Their their their mistake was').blame.length, 1);
  });
});
