/**
 * A personal write-up often tells its one fix once, in the past, after the story: "Instead of …,
 * I moved the renewal onto a company card. So this won't happen again." or "Since then I moved the
 * renewal to …". That is a follow-up carried out. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { fixThenNotAgain, reportsFollowUpDone } from '../../../server/src/analysis/model/action-items/reading';

function read(text: string): { text: string; done: boolean }[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

describe('action items: a fix told once, in the past', () => {
  it('reads the change followed by "this won\'t happen again" as a done item', () => {
    const text = [
      '# My domain lapsed',
      '',
      '## What happened',
      '',
      'The renewal failed because the card on file had expired.',
      '',
      '## Fixing it',
      '',
      'Rather than typing in a new card that will expire too, I moved the renewal onto the club account. So hopefully this will not happen again.',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      {
        text: 'Rather than typing in a new card that will expire too, I moved the renewal onto the club account.',
        done: true,
      },
    ]);
  });

  it('reads no fix in a step of the story, or in a change not said to stop a repeat', () => {
    assert.ok(!fixThenNotAgain('I restarted the server twice.', 'Now it should not happen again.'));
    assert.ok(!fixThenNotAgain('I moved the renewal onto the club account.', 'It took ten minutes.'));
    assert.ok(fixThenNotAgain('We switched the bot to a second host.', 'That way it cannot happen again.'));
  });

  it('reads "Since then I …" as follow-up work done', () => {
    assert.ok(reportsFollowUpDone('Since then I moved the renewal onto a card that does not expire.'));
    assert.ok(reportsFollowUpDone('Ever since, we have automated the renewal.'));
    assert.ok(!reportsFollowUpDone('Since the card expired, I moved on.'));
  });
});
