/**
 * A time of the near future written into an item's words ("this week", "next month", "tomorrow
 * morning", "tonight") is its due date, whatever the grammar of the item (a task, a promise, work
 * under way); a time that dates the incident or names a thing of that time is not. Every document
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { scanTokens } from '../../../server/src/analysis/model/action-items/tokens';

function dues(...entries: string[]): (string | null)[] {
  const text = ['# Queue stall', '', '## Planned measures', '', ...entries, ''].join('\n');
  return analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings()).model.actionItems.map((i) => i.dueText);
}

describe('action items: a near time in the words of an item', () => {
  it('reads it as the due date, in a task, a promise and work under way', () => {
    assert.deepEqual(
      dues(
        '1. The broker hosts are being given more memory this week, and both are moved to the new kernel.',
        '2. We will split the consumer pool next month.',
        '3. Replace the stuck disk tomorrow morning',
        '4. I am going to watch the lag tonight to be sure it stays low.',
      ),
      ['this week', 'next month', 'tomorrow morning', 'tonight'],
    );
  });

  it('keeps a due written anywhere else first', () => {
    assert.deepEqual(dues('- Split the consumer pool next month (due: 2026-08-01)'), ['2026-08-01']);
    assert.deepEqual(dues('- Split the consumer pool next month (2026-08-01)'), ['2026-08-01']);
    assert.deepEqual(dues('- Split the consumer pool next month, owner: Ana, by 2026-08-01'), ['2026-08-01']);
  });

  it('does not read a time that dates the incident, or a thing of that time', () => {
    assert.equal(scanTokens('The consumer failed twice this week; add a retry limit').due, null);
    assert.equal(scanTokens('Revert this week’s change to the broker settings').due, null);
    assert.equal(scanTokens("Revert this week's change to the broker settings").due, null);
    assert.equal(scanTokens('As we saw last week and this week, the lag alert is late').due, null);
    assert.equal(scanTokens('We’ve nearly doubled the on-call rota this month, and keep adding to the runbooks').due, null);
    assert.equal(scanTokens('We have moved half the consumers this week').due, null);
    assert.equal(scanTokens('Add a panel for the weekly lag').due, null);
    assert.equal(scanTokens('Hold a review every week').due, null);
  });
});
