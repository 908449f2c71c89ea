/**
 * The authors' job or task named with its place in line ("My first job tomorrow is to …", "Our
 * next task is to …") promises work, as "Our next step is to …" does; a job named without one tells
 * what the authors are for, and "the next job" may be a scheduled one. Every sentence here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { readSentence } from '../../../server/src/analysis/model/action-items/reading';

describe('action items: a job or task with its place in line', () => {
  it('reads it as a promise', () => {
    assert.equal(readSentence('My first job on Monday is to add a retry limit to the importer.')?.kind, 'future');
    assert.equal(readSentence('Our next task is to move the nightly export off the primary.')?.kind, 'future');
    assert.equal(readSentence('My first job tomorrow is to page through the importer logs.')?.kind, 'future');
    assert.equal(readSentence('Our immediate job is to write down how the failover is done.')?.kind, 'future');
  });

  it('finds it in a short note with its near time as the due', () => {
    const text = [
      '# Search was down this morning',
      '',
      'The search index went stale twice this morning and the site stopped answering for twenty minutes.',
      '',
      'My first job for tomorrow is to add an alert on the age of the index.',
      '',
    ].join('\n');
    const items = analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings()).model.actionItems;
    assert.deepEqual(
      items.map((i) => [i.text.slice(0, 30), i.dueText]),
      [['My first job for tomorrow is t', 'tomorrow']],
    );
  });

  it('does not read a job without a place in line, a scheduled job or a past one', () => {
    assert.equal(readSentence('Our job is to keep your shop online.'), null);
    assert.equal(readSentence('My job is to answer the pager.'), null);
    assert.equal(readSentence('The next job is to run at midnight.'), null);
    assert.equal(readSentence('The next task is to be picked up by the scheduler.'), null);
    assert.equal(readSentence('Our first job was to restore the index.'), null);
  });
});
