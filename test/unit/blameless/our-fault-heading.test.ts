import { strict as assert } from 'node:assert';
import { detectInText } from '../../../server/src/analysis/model/blameless/index';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { timedDetect } from '../../support/blameless-timing';

const people = { names: new Set<string>() };
/** The blame read in `s` as a heading's text: the words quoted and whom they blame. */
const heading = (s: string) => detectInText(s, people, true).flatMap((h) => (h.rule === 'blaming-language' ? [[s.slice(h.start, h.end), h.category]] : []));

/**
 * A heading that titles its section by the authors' own failing. Every sentence is our own; the
 * same words in a paragraph are response work told, and stay.
 */
const FORMS: BlameForms = {
  "a heading named by the authors' own failing": {
    blame: [
      '## How We Failed',
      '## What we did wrong',
      '### Where We Got It Wrong',
      '## Release Checklist (What We Violated)',
      '## How We Quietly Broke Search for a Week',
      '### Steps we skipped',
      '## HOW WE FAILED OUR USERS',
      'Where we went wrong\n---',
    ],
    clean: [
      '## What Went Wrong',
      '## What We Fixed',
      '## Where we got lucky',
      '## How we failed over to the standby region',
      '## How we failed to reproduce it at first',
      '## How we handled it',
      '## What we learned about the broken disk',
      '## Why the job failed',
      'We failed over to the standby region at 14:02.',
      'We broke the lock to get back in.',
      'We did this wrong the first time and the script told us so.',
      '## How we failed back to the old cluster',
      '```\n## How we failed\n```',
    ],
  },
};

describe("blameless: a heading named by the authors' own failing", () => {
  itReadsForms(FORMS);

  it("quotes the authors and their verb, and calls it a group's", () => {
    assert.deepEqual(heading('How We Failed'), [['We Failed', 'group-fault']]);
    assert.deepEqual(heading('Best Practices (What We Violated)'), [['We Violated', 'group-fault']]);
    assert.deepEqual(heading('What we did wrong'), [['we did wrong', 'group-fault']]);
  });

  it('leaves the lapses "we" owns anywhere to the fault verbs, read once', () => {
    assert.deepEqual(heading('How we failed to check the backups'), [['we failed to', 'group-fault']]);
    assert.deepEqual(heading('What we did not test'), [['we did not test', 'group-fault']]);
  });

  it('reads nothing of the same words outside a heading', () => {
    assert.deepEqual(
      detectInText('How we failed', people).filter((h) => h.rule === 'blaming-language'),
      [],
    );
  });

  it('reads ugly input without a stall or a crash', () => {
    for (const s of [
      '## we',
      '## We Failed',
      '## we quickly',
      '## we did',
      '## we got it',
      '## (we failed)',
      '## we we we failed failed',
      '#### We **Did** Wrong',
    ]) {
      assert.ok(Array.isArray(runOurs(s).blame), s);
    }
    const unit = 'how we failed and what we did wrong and we got it wrong and we broke it ';
    const small = timedDetect(unit.repeat(Math.ceil(5_000 / unit.length)), people);
    const large = timedDetect(unit.repeat(Math.ceil(50_000 / unit.length)), people);
    assert.ok(large.ms < small.ms * 30 + 20, `${small.ms} ms, then ${large.ms} ms`);
  });
});
