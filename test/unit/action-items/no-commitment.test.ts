/**
 * Prose that tells a decision inside the story, a need the authors say they are aware of, or what
 * stays as it is beside a change commits to no work. A promise or a need stated outright still
 * does. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { readSentence } from '../../../server/src/analysis/model/action-items/reading';
import { assertLinear } from '../../support/growth';

describe('action items: prose that commits to nothing', () => {
  it('does not read a decision told as the consequence of the story as a promise', () => {
    assert.equal(readSentence('It was getting late, so we decided to ship the manual workaround.'), null);
    assert.equal(readSentence('So we decided to keep the paper form for sign-ups that week.'), null);
    assert.equal(readSentence('The queue was full; so, we decided to drain it by hand.'), null);
  });

  it('still reads a decision told outright, or one about what comes next', () => {
    assert.equal(readSentence('We decided to move every cron job to the new scheduler.')?.kind, 'future');
    assert.equal(readSentence('We have decided to retire the old gateway by March.')?.kind, 'future');
    assert.equal(readSentence('Rollbacks failed twice, so we decided this is our first priority and will fix it next.')?.kind, 'future');
  });

  it('does not read what stays as it is as a promise', () => {
    assert.equal(readSentence('We will still rebuild the cache on each nightly deploy.'), null);
    assert.equal(readSentence("We'll still send the weekly digest on Fridays."), null);
    assert.equal(readSentence('We will add a check to the build.')?.kind, 'future');
    assert.equal(readSentence('We will also rebuild the cache on each deploy.')?.kind, 'future');
  });

  it('does not read a need the authors say they are aware of as work', () => {
    assert.equal(readSentence('Looking at the wider picture, we realise that we need to rethink the on-call rota.'), null);
    assert.equal(readSentence('We know we must rotate keys more often, and we recognize we have to plan capacity better.'), null);
    assert.equal(readSentence('We need to change how we staff on-call.')?.kind, 'need');
    assert.equal(readSentence('We must rotate the signing keys every quarter.')?.kind, 'need');
  });

  it('does not read a need the authors tell they came to see, in the story, as work', () => {
    assert.equal(readSentence('It took the team a long time to recognise that we need to pause every import job before the disk recovers.'), null);
    assert.equal(readSentence('Around noon we finally realized that we need to fail over to the second region.'), null);
    assert.equal(readSentence('We then noticed we must restart the broker before the workers.'), null);
    assert.equal(readSentence('we understood that we have to drain the queue first'), null);
    assert.equal(readSentence('We failed to see that we need to cap retries.'), null);
    assert.equal(readSentence('By then we knew we must stop the thumbnail workers.'), null);
    // The need itself, said outright or after what was learned, is still read.
    assert.equal(readSentence('Having realised this, we need to cap retries on the import job.')?.kind, 'need');
    assert.equal(readSentence('We need to recognise failing imports sooner, so we will add an alert.')?.kind, 'future');
    assert.equal(readSentence('Going forward we need to pause imports before any disk change.')?.kind, 'need');
  });

  it('reads a realisation on a long run of ugly words in linear time', () => {
    assertLinear(
      'realised needs',
      (n) => 'to realise that we need to '.repeat(n) + 'we realised  that  '.repeat(n),
      (text) => readSentence(text),
    );
  });

  it('leaves a story paragraph without items and keeps the closing promise', () => {
    const text = [
      '# Sign-up outage',
      '',
      'We had no time to build a sign-up page this year. So we decided to take sign-ups through a shared form.',
      '',
      'The form filled up in an hour, so we decided to open a second one. We know that we need to plan this differently.',
      '',
      'Next year we will build a proper sign-up page before the event.',
      '',
    ].join('\n');
    const found = analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings()).model.actionItems.map((i) => i.text);
    assert.deepEqual(found.length, 1, JSON.stringify(found));
    assert.match(found[0] ?? '', /proper sign-up page/);
  });

  it('reads no item in a sentence of prose that asks the readers, and keeps the same work told as the authors own', () => {
    const text = [
      '# Mirror sync stalled',
      '',
      'The mirror in the east region stopped syncing for six hours on Tuesday.',
      '',
      'Please subscribe to the project feed, where we will post each fault as we find it.',
      '',
      'And please, if a mirror looks stale, tell us on the forum. So please bear with us while we rebuild the index.',
      '',
      '> please retry the download later',
      '',
      'We will add an alert on the age of each mirror.',
      '',
    ].join('\n');
    const found = analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings()).model.actionItems.map((i) => i.text);
    assert.deepEqual(found, ['We will add an alert on the age of each mirror.']);
    // In a list of the plan, an entry that opens on the word is read as before.
    const plan = '# Mirror sync stalled\n\n## Action items\n\n- Please add an alert on mirror age (Kim)\n';
    assert.equal(analyzeDocument(plan, 'postmortems/2026-07-01-test.md', defaultSettings()).model.actionItems.length, 1);
  });
});
