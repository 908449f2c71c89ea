/**
 * "We'll update here when it is resolved", "we will post updates here": a promise to tell the
 * readers more, posted while the work goes on, is no follow-up work, also as the second half of a
 * sentence whose first half is work ("We are working on a fix, and we'll update here …"). Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { assertLinear } from '../../support/growth';
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

  it('reads a promise of when the next update comes as status only, with "next" before the verb or after it', () => {
    for (const t of [
      "I'll next post an update around 04:30, once the vendor calls back.",
      'I will next update by 21:00 at the latest.',
      "We'll update again at 9 tonight.",
      'We will update next by 16:45.',
    ])
      assert.equal(promisesStatusOnly(t), true, t);
    // Work with an object and a time is work: the time is its deadline or schedule.
    for (const t of ['We will update the mirrors at 02:00 every night.', 'We will next update the router firmware at the weekend.'])
      assert.equal(promisesStatusOnly(t), false, t);
  });

  it('reads no item in a stream of stamped updates that each promise the next one', () => {
    const text = [
      '# Rack power loss',
      '',
      '## Updates',
      '',
      '03:10 UTC',
      '',
      'Power to the hall is not back yet and no host answers.',
      '',
      "We'll next post an update around 03:40 UTC.",
      '',
      '---',
      '',
      '02:40 UTC',
      '',
      'The building team is still working on the feed.',
      '',
      'We will update again by 03:10 UTC.',
      '',
      '## Follow-up',
      '',
      '- Add a second power feed to the rack',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add a second power feed to the rack']);
  });

  it('reads a long run of "we will next update" in linear time', () => {
    assertLinear('next update', (n) => `${'we will next '.repeat(n)}update at`, promisesStatusOnly);
  });
});
