/**
 * A section named by a label that starts a paragraph ("Resolution: …") has that paragraph for its
 * body: a change the authors made against a repeat, told there beside a list of planned work, is
 * read as it would be under a heading of that name. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

const texts = (text: string) => analyzeDocument(text, 'postmortems/2031-04-12-test.md', defaultSettings()).model.actionItems.map((i) => i.text);

const notice = (resolution: string) =>
  [
    '# Checkout outage',
    '',
    'Impact: shoppers could not pay for twenty minutes.',
    '',
    'Root Cause: a worker pool was sized for last year’s load.',
    '',
    `Resolution: ${resolution}`,
    '',
    'Next Steps: we will do more:',
    '',
    '- Review the size of every pool each quarter.',
    '- Page the on-call engineer when the queue waits over a minute.',
    '',
  ].join('\n');

describe('action items: the paragraph a section label starts is that section’s body', () => {
  it('reads a change made against a repeat in a resolution field beside the list', () => {
    const found = texts(
      notice('The pool was doubled and payments went through again. To keep this from happening again, we have added an alarm on the queue length.'),
    );
    assert.ok(
      found.some((t) => /added an alarm on the queue length/.test(t)),
      found.join(' | '),
    );
    assert.equal(found.length, 3);
  });

  it('reads no work from a resolution field that only tells the recovery', () => {
    assert.equal(texts(notice('The pool was doubled and payments went through again.')).length, 2);
  });
});
