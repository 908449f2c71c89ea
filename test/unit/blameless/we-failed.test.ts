import { strict as assert } from 'node:assert';
import { detectInText } from '../../../server/src/analysis/model/blameless/index';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { timedDetect } from '../../support/blameless-timing';

const people = { names: new Set<string>() };
/** The blame read in `s`: the words quoted and whom they blame. */
const read = (s: string) => detectInText(s, people).flatMap((h) => (h.rule === 'blaming-language' ? [[s.slice(h.start, h.end), h.category]] : []));

/**
 * The authors' verdict on themselves as failing, with only the occasion or those let down after
 * "failed" (issue 14). Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'the authors judging themselves as failing': {
    blame: [
      'Keeping your uploads safe is the job, and we failed at it; we are sorry.',
      'We know how much you rely on the archive, and we failed this time.',
      'Honestly, we have failed our customers twice this month.',
      'The backups were ours to watch. I failed, plain and simple.',
      'We simply failed here, and the apology is owed.',
    ],
    clean: [
      'We failed over to the standby at 02:10.',
      'We failed to reproduce the crash on staging.',
      'We failed the primary out of the pool before the upgrade.',
      'If we failed, the retry would pick it up.',
      'We never failed a release gate this year.',
      'We failed at 03:00 to reach the vendor and tried again at 04:00.',
      'The nightly job failed at 02:00.',
      'Their checks failed this time.',
      'How we failed',
      '**Why we failed at it**',
      'See the notes on what we failed here, below.',
    ],
  },
};

describe('blameless: the authors judging themselves as failing', () => {
  itReadsForms(FORMS);

  it('quotes the authors and the verb, as a verdict on the group or on oneself', () => {
    assert.deepEqual(read('Sadly we failed this time.'), [['we failed', 'group-fault']]);
    assert.deepEqual(read('I failed, and I am sorry.'), [['I failed', 'self-fault']]);
  });

  it('leaves a heading to the reading of headings', () => {
    assert.equal(detectInText('How We Failed', people, true).filter((h) => h.rule === 'blaming-language').length, 1);
  });

  it('reads ugly input without a stall or a crash', () => {
    for (const s of ['failed', 'we failed', 'we failed at', 'we failed this', 'have failed', 'we have have have failed our', '(we) failed']) {
      assert.ok(Array.isArray(runOurs(s).blame), s);
    }
    const unit = 'we failed at it, and we failed over, and we have failed our users; ';
    const small = timedDetect(unit.repeat(Math.ceil(5_000 / unit.length)));
    const large = timedDetect(unit.repeat(Math.ceil(50_000 / unit.length)));
    assert.ok(large.hits.length > small.hits.length);
    assert.ok(large.ms < small.ms * 30 + 20, `${small.ms} ms, then ${large.ms} ms`);
  });
});
