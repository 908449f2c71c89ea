/**
 * "Half of the exports were lost", "The wiki was down": what the incident damaged, counted in a
 * list that sits under a heading of the plan, is impact and no item; so is what the readers will
 * have to do about it ("Subscribers will need to log in again"). Every document here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { tellsDamage } from '../../../server/src/analysis/model/action-items/damage-told';
import { itemTexts, postmortem } from './helpers';

describe('action items: the damage told in the plan', () => {
  it('takes no item from a list that counts what was lost, beside real work', () => {
    const body = [
      'Overall, from the outage:',
      '- ~40% of the uploaded photos were lost',
      '- All comments posted after 3 March 2026 09:00 UTC were lost',
      '- The wiki was down for two hours',
      '- Exports were unavailable during the restore',
      '- Add a nightly copy of the photo bucket to a second region',
      '',
      'Subscribers will need to log in again.',
    ].join('\n');
    assert.deepEqual(itemTexts(postmortem(body)), ['Add a nightly copy of the photo bucket to a second region']);
  });

  it('keeps work that names damage inside it, and a checkbox whatever it says', () => {
    const body = [
      '- Write a script that lists which accounts were affected',
      '- Restore the files that were lost from the cold copy',
      '- [ ] The wiki was down',
      '- We will tell every customer whose data was lost',
      '- Old snapshots were deleted',
    ].join('\n');
    assert.deepEqual(itemTexts(postmortem(body)), [
      'Write a script that lists which accounts were affected',
      'Restore the files that were lost from the cold copy',
      'The wiki was down',
      'We will tell every customer whose data was lost',
      'Old snapshots were deleted',
    ]);
  });

  it('tells a state of damage from work and from broken input', () => {
    for (const s of [
      'All avatars were lost',
      '~60% of the queued mail was lost',
      'Search and the API were completely unavailable for 40 minutes.',
      '**The build farm was offline** during the move',
      'Every mirror has been unreachable since Friday',
      'The queue was restored in the end through a failover plus one restart',
      '- Search was fully restored at 11:40',
    ])
      assert.ok(tellsDamage(s), s);
    for (const s of [
      'Alert when the mirror is down',
      'Make sure no data is lost',
      'We were down for an hour and will add a standby',
      'Old logs were deleted',
      'Restore drills were added to the quarterly plan',
      'Backups were restored to a spare host to prove they work',
      'If the queue is down, page the on-call',
      'Files that were lost should be restored',
      '',
      'were lost '.repeat(40),
      'x '.repeat(500) + 'was lost',
    ])
      assert.ok(!tellsDamage(s), s.slice(0, 60));
  });
});
