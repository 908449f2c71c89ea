import { strict as assert } from 'node:assert';
import { detectInText } from '../../../server/src/analysis/model/blameless/index';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { timedDetect } from '../../support/blameless-timing';

const people = { names: new Set<string>() };
/** The blame read in `s`: the words quoted and whom they blame. */
const read = (s: string) => detectInText(s, people).flatMap((h) => (h.rule === 'blaming-language' ? [[s.slice(h.start, h.end), h.category]] : []));

/**
 * A change called bad, told in the passive as put in place with nobody named (issue 14): the
 * artifact fault of LABELS.md. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'a change called bad, put in place in the passive': {
    blame: [
      '- Bad code had been deployed to the payments cluster',
      'Errors began at 09:12, shortly after a faulty migration was applied to the primary.',
      'The queue stalled for an hour, until the buggy release was rolled back; it had been live since the faulty build was shipped at noon.',
      'Defective config was pushed to every edge node.',
      'The login failures started once the faulty signup hook was added.',
    ],
    clean: [
      'The broken deployment was rolled back within minutes.',
      'Faulty hardware was added to the rack during the move.',
      'If bad code is deployed, the canary halts the rollout.',
      'No bad config was pushed during the freeze.',
      'The bad config was reverted at 10:40.',
      'The faulty migration was never applied to production.',
      'Bad data was uploaded by the importer overnight.',
      'The release was bad, and it was shipped anyway.',
      'We should catch any bad code before it is merged.',
    ],
  },
};

describe('blameless: a change called bad, put in place with nobody named', () => {
  itReadsForms(FORMS);

  it('quotes the change from its determiner to the verb, and calls it aimed at no one person', () => {
    assert.deepEqual(read('Errors began after a faulty migration was applied.'), [['a faulty migration was applied', 'group-fault']]);
  });

  it('leaves a person who put it in place to the reading of faulty changes', () => {
    assert.deepEqual(
      read('Dana deployed the bad config.').map(([, category]) => category),
      ['individual-attribution'],
    );
  });

  it('reads ugly input without a stall or a crash', () => {
    for (const s of [
      'was deployed',
      'bad was deployed',
      'bad code had been',
      'been deployed',
      '( bad code ) was deployed',
      'bad, code was deployed',
      'code was deployed bad',
    ]) {
      assert.ok(Array.isArray(runOurs(s).blame), s);
    }
    const unit = 'bad code was quietly deployed and the faulty hook was added, then ';
    const small = timedDetect(unit.repeat(Math.ceil(5_000 / unit.length)));
    const large = timedDetect(unit.repeat(Math.ceil(50_000 / unit.length)));
    assert.ok(large.hits.length > small.hits.length);
    assert.ok(large.ms < small.ms * 30 + 20, `${small.ms} ms, then ${large.ms} ms`);
  });
});
