/**
 * "Action point: …" followed by a bullet that notes the outcome ("- This has been done. Sign up
 * here …"): the note says the work was carried out. (A labelled paragraph under 120 characters
 * over a list is still read as that list's lead-in, as before.) Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function read(text: string): { text: string; done: boolean }[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

describe('action items: a note under a labelled item that says it was done', () => {
  it('reads the item done when the bullet under it says so', () => {
    const text = [
      '# Chain split',
      '',
      '## Telling the operators',
      '',
      'Action point: open a low-traffic mailing list where operators and dependent projects can read release and security announcements.',
      '- This has been done. Operators can subscribe on the project page.',
      '',
      'Action point: page the release manager from the fork monitor as soon as a fork is seen, so that detection no longer waits for a human.',
      '- We are still choosing a pager.',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      { text: 'open a low-traffic mailing list where operators and dependent projects can read release and security announcements.', done: true },
      { text: 'page the release manager from the fork monitor as soon as a fork is seen, so that detection no longer waits for a human.', done: false },
    ]);
  });
});
