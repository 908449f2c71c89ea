import { strict as assert } from 'node:assert';
import { detectInText } from '../../../server/src/analysis/model/blameless/index';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { timedDetect } from '../../support/blameless-timing';

const people = { names: new Set<string>() };
/** The blame read in `s`: the words quoted and whom they blame. */
const read = (s: string) => detectInText(s, people).flatMap((h) => (h.rule === 'blaming-language' ? [[s.slice(h.start, h.end), h.category]] : []));

/**
 * A fault the authors' own checks let through, told with no finder named: hindsight on the check
 * ("should have been caught in review"). Every sentence is our own.
 */
const FORMS: BlameForms = {
  'hindsight on a check that names no finder': {
    blame: [
      'This should have been caught in review.',
      'The typo should have been spotted during code review.',
      'Really, the overflow should have been found in the load test before it ever reached customers.',
      '- Ideally this regression SHOULD HAVE BEEN CAUGHT on the staging ring first',
      'The stale flag should have been noticed at the weekly sync, not by a customer.',
      "In hindsight the leak should've been spotted long before the release.",
    ],
    clean: [
      'The regression should have been caught by the integration tests.',
      'The typo should have been flagged by the linter.',
      'The outage could have been found earlier with a canary.',
      'The on-call should have been paged at once.',
      'The alert should have fired at 14:00.',
      'The problem persisted for a week before it was caught.',
      'Nothing should have been found there, and nothing was.',
    ],
  },
};

/**
 * A check said to have let the fault through, told as a plain fact ("was not caught in review"):
 * what a step of the process missed, the system framing LABELS.md leaves alone, like "not caught in
 * presubmit". Only hindsight on the check ("should have been caught") judges the people who check.
 */
const PLAIN_FACTS = [
  'Clearly the overflow was (of course) not caught in our peer review step.',
  'Our review process did not catch the missing bounds check.',
  'This was not caught in review.',
  'The off-by-one error was never noticed during peer review.',
  'These defects were not spotted at review time',
  'This was not caught in presubmit, for reasons we still do not know.',
  'The regression was not caught in staging because the suite skips that path.',
  'It was not detected by the test suite because there was no upgrade test.',
  'The fix was caught in review and reverted before release.',
  'Review was not needed for a one-line config change.',
];

describe('blameless: a fault the authors’ checks let through, with no finder named', () => {
  itReadsForms(FORMS);

  it('leaves a check that let the fault through, told as a plain fact', () => {
    assert.deepEqual(
      PLAIN_FACTS.filter((s) => read(s).length > 0),
      [],
    );
  });

  it('quotes the check, not the whole sentence, and calls it a group’s', () => {
    assert.deepEqual(read('This should have been caught in review.'), [['should have been caught', 'group-fault']]);
  });

  it('leaves a person after "by" to the reading of people who check', () => {
    assert.deepEqual(read('The bad value should have been caught by the reviewer.'), [['should have been caught by the reviewer', 'individual-judgment']]);
    assert.deepEqual(
      read('The defect was not caught in review by the owning teams.').map(([, category]) => category),
      ['group-fault'],
    );
  });

  it('reads ugly input without a stall or a crash', () => {
    for (const s of [
      'should have been caught',
      'was not caught',
      'was ( not caught in review',
      ') not caught in review',
      'not caught in review by',
      'was (((( not caught in review',
    ]) {
      assert.ok(Array.isArray(runOurs(s).blame), s);
    }
    const unit = 'this was (obviously) not caught by our code review and it should have been caught in review and ';
    const small = timedDetect(unit.repeat(Math.ceil(5_000 / unit.length)));
    const large = timedDetect(unit.repeat(Math.ceil(50_000 / unit.length)));
    assert.ok(large.hits.length > small.hits.length);
    assert.ok(large.ms < small.ms * 30 + 20, `${small.ms} ms, then ${large.ms} ms`);
  });
});
