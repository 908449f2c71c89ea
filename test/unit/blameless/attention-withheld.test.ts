import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { blamelessAnalysis } from '../../../server/src/analysis/model/blameless/index';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { runOurs } from '../../fixtures/blameless/load';
import { itReadsForms, type BlameForms } from '../../support/blame-forms';
import { assertLinear } from '../../support/growth';

/**
 * Care withheld, told of a person: attention not paid in some degree ("we did not pay enough
 * attention"), as "didn't pay attention" already reads, and the same care wished
 * for in a condition ("had we bothered to look", "if she had bothered to ask"), as
 * "didn't bother to" already reads; the quote starts with the condition and the category is the
 * person's inside it. Advice to pay attention, attention paid, and "bother" said of a thing or in
 * a question stay alone. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'care withheld, in a degree or in a condition': {
    blame: [
      'I did not pay close attention before I pressed the button.',
      "Honestly, I wasn't paying super-close attention during the cutover.",
      'We did not pay enough attention to how fast the disk was filling.',
      "The on-call wasn't paying much attention to the second pager.",
      'Had we bothered to read the prompt twice, we would have kept the right project.',
      'If we had bothered to check the graph, the leak was plain.',
      "If I'd bothered to check the branch, none of this happens.",
    ],
    clean: [
      'Pay close attention whenever a dialog names a project.',
      'We paid close attention from then on to disk growth.',
      'From that night on we started paying much closer attention to every alert.',
      'It bothered me that the dialog named no project.',
      'Why would anyone bother to read a prompt that never changes?',
      'The noisy alert was not worth much attention, so we muted it.',
    ],
  },
};

describe('blameless: care withheld, in a degree or in a condition', () => {
  itReadsForms(FORMS);

  it('quotes the condition with its person and says whose care it was', () => {
    const blame = (text: string) => {
      const settings = defaultSettings();
      return blamelessAnalysis(analyzeDocument(`${text}\n`, 'postmortems/case.md', settings), settings).blame;
    };
    const own = blame('If I had bothered to open the prompt, the space would still be there.');
    assert.equal(own.length, 1);
    assert.equal(own[0].phrase, 'If I had bothered to');
    assert.equal(own[0].hit.category, 'self-fault');
    const ours = blame('If we had bothered to look, the leak was plain.');
    assert.equal(ours[0]?.phrase, 'If we had bothered to');
    assert.equal(ours[0]?.hit.category, 'group-fault');
  });

  it('reads ugly input in bounded time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('many withheld degrees in one sentence', (n) => "I didn't pay close attention and ".repeat(n), runOurs);
    assertLinear('many conditions in one sentence', (n) => 'had we bothered to, if I had bothered to, '.repeat(n), runOurs);
    assertLinear('conditions cut short', (n) => 'had had if if had '.repeat(n), runOurs);
    assert.equal(runOurs('had we bothered').blame.length, 0);
    assert.equal(runOurs('had').blame.length, 0);
  });
});
