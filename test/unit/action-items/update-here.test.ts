/**
 * "We'll update here when it is resolved", "we will post updates here": a promise to tell the
 * readers more, posted while the work goes on, is no follow-up work, also as the second half of a
 * sentence whose first half is work ("We are working on a fix, and we'll update here …"). Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

describe('action items: a promise to update here', () => {
  it('reads the promise to post here as status only, not work named with "here"', () => {
    for (const t of ["we'll update here when it is resolved.", 'We will post updates here as we learn more.', 'I’ll update here once the import is fixed'])
      assert.equal(promisesStatusOnly(t), true, t);
    for (const t of ['We will update the import rules here and in the proxy.', "We'll update heroku config", 'We will add an update hook here.'])
      assert.equal(promisesStatusOnly(t), false, t);
  });

  it('keeps the work of a sentence and drops the promise to update after it', () => {
    const text = [
      '# Export left out attachments',
      '',
      '## What happened',
      '',
      'The export of a room skipped files larger than 10 MB since the 2 May release.',
      '',
      '## What next',
      '',
      "We are working to fix the export, and we'll update here when it is fixed.",
      '',
    ].join('\r\n');
    assert.deepEqual(texts(text), ['We are working to fix the export']);
  });
});
