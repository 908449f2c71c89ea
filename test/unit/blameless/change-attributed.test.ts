import { strict as assert } from 'node:assert';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * One named person put a change into production, told without judgement ("@maya pushed the new
 * search parser to production"): the labels' individual attribution. Only a change that reaches
 * production is read this way; a team, "we" or "I", a change made in answer to the trouble, a
 * question and a change with no production place stay unread. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'one named person putting a change into production': {
    blame: [
      '@maya pushed the new search parser to production and went to lunch.',
      'At 09:12 Tobias deployed the billing worker rewrite to production.',
      '- 14:03 - @r-okafor merged the cache settings and applied them to the prod cluster.',
      'Daniel shipped version 3.1 of the uploader to production on Friday.',
      'Then @lee upgraded the prod database to the new minor version.',
      'Helen released `ingest-v7` to production without a canary stage.',
    ],
    clean: [
      'The platform team deployed the new ingress controller to production.',
      'We pushed the new search parser to production at noon.',
      'I deployed the reworked importer to production on Monday.',
      '@maya pushed the fix to production within ten minutes.',
      'Tobias deployed a revert to production and the errors stopped.',
      'Who pushed the parser to production?',
      'Ana merged the branch and watched the canary.',
      'Even though Dana pushed the change, the errors came from an older release.',
      'The pipeline deployed the new image to production automatically.',
      'Helen shipped the mitigation to prod before the second wave.',
      'Tobias deployed the worker to staging first.',
      'Production was upgraded by the release train at 02:00.',
    ],
  },
};

describe('blameless: one named person putting a change into production', () => {
  itReadsForms(FORMS);

  it('reads ugly input in bounded time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('a long object between the verb and its place', (n) => `@sam pushed ${'the '.repeat(n)}to production.`, runOurs);
    assertLinear('a long run of pushes', (n) => `${'Sam pushed it to prod, '.repeat(n)}done.`, runOurs);
    assert.equal(runOurs('@ pushed to production').blame.length, 0);
    assert.equal(runOurs('pushed to production.').blame.length, 0);
  });
});
