import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * Subjects that can only be people: "the one who" (the relative "who" takes up "one" only as a
 * person) and "whoever", even when a comma stands between it and its verb. A fault verb or a
 * "should have" after them blames whoever it is; "the one that failed" may be a node, and "nobody
 * was the one who …" names no one. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'a fault put on "the one who" or on "whoever"': {
    blame: [
      'Keep the names out of it; I was the one who messed up the rollout.',
      'Dana was the only one who forgot the new password.',
      'The on-call rota says Kim was the one who broke the staging deploy.',
      'Whoever edited the cron, shouldn’t have muted the queue alerts.',
      'Whoever wrote the script, forgot to check its exit code.',
      '- Whoever configured the proxy, should have kept the old route.',
    ],
    clean: [
      // "that" may take up a thing: the node, the replica.
      'The replica was the one that failed first.',
      'The primary was the one that broke the quorum.',
      // Nobody is named.
      'Nobody was the one who broke it.',
      'Sam was not the one who broke it.',
      'Sam wasn’t the one who forgot the password.',
      'No one who forgot the runbook was blamed for it.',
      // "Whoever" in a requirement or a request, or before a clause with a subject of its own.
      'Whoever is on call, should have access to the runbook.',
      'Whoever is on call, please check the queue first.',
      'Whoever owns the next release will read the checklist.',
      'The one who noticed the alert paged the database team.',
    ],
  },
};

describe('blameless reading: subjects that can only be people ("the one who", "whoever")', () => {
  itReadsForms(FORMS);
  it('reads long runs of these subjects in linear time', () => {
    assertLinear('a long cleft run', (n) => `${'Sam was the one who, '.repeat(n)}broke it.`, runOurs);
    assertLinear('a long whoever run', (n) => `Whoever ${'set it up and '.repeat(n)}, forgot to check it.`, runOurs);
    assertLinear('many commas before the verb', (n) => `${'whoever , '.repeat(n)}forgot to check it.`, runOurs);
  });
});
