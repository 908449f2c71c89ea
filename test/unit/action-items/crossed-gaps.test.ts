/**
 * A list whose every entry opens on a cross ("- ❌ No alert on queue depth", "- ✗ Paging reached
 * nobody") lists the gaps a review found, not the work that answers them: none of its entries is an
 * item, wherever it stands. A cross before a verb of doing ("- ❌ Add an alert"), a checkbox, or a
 * cross on only some entries leaves the list as it was read. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { crossedList } from '../../../server/src/analysis/model/action-items/lists';
import { firstList, itemTexts as texts, items, postmortem } from './helpers';

describe('action items: a list of gaps marked with crosses', () => {
  it('reads a list whose every entry opens on a cross as gaps', () => {
    for (const md of [
      '- ❌ No alert on queue depth\n- ❌ Recovery took two hours\n',
      '- ✗ Paging reached nobody\n- ✗ No dashboard for the consumers\n- ✗ The runbook was out of date\n',
      '1. ✘ Single broker in one zone\n2. ✘ No restore drill this year\n',
      '- **❌ No backups** of the config\n- ❌️ Manual failover only\n',
      '- :x: No staging copy of the data\n- :x: Migration ran without review\n',
    ])
      assert.ok(crossedList(firstList(md)), md);
  });

  it('leaves alone a single cross, tasks after a cross, checkboxes and mixed marks', () => {
    for (const md of [
      '- ❌ No alert on queue depth\n',
      '- ❌ Add an alert on queue depth\n- ❌ Write a restore runbook\n',
      '- ❌ No alert on queue depth\n- Add an alert on queue depth\n',
      '- ✅ Alert added\n- ❌ Runbook not written yet\n',
      '- [ ] ❌ No alert on queue depth\n- [ ] ❌ No restore drill\n',
      '- No alert on queue depth\n- No restore drill\n',
      '- The ❌ mark means not started\n- The ✅ mark means done\n',
    ])
      assert.ok(!crossedList(firstList(md)), md);
  });

  it('reads no item from the gaps under titles inside the plan', () => {
    const md = postmortem(
      [
        '1. **Prevention**',
        '   - ❌ No alert on queue depth',
        '   - ❌ Recovery took two hours',
        '2. **Detection**',
        '   - ✗ Paging reached nobody',
        '   - ✗ No dashboard for the consumers',
        '',
        '### Follow-up',
        '',
        '- Add an alert on queue depth',
        '- Write a restore runbook',
      ].join('\n'),
    );
    assert.deepEqual(texts(md), ['Add an alert on queue depth', 'Write a restore runbook']);
  });

  it('keeps the tasks of a plan marked with crosses, and a list with one cross among its entries', () => {
    assert.deepEqual(texts(postmortem('- ❌ Add an alert on queue depth\n- ❌ Write a restore runbook\n- Add a dashboard\n')), [
      '❌ Add an alert on queue depth',
      '❌ Write a restore runbook',
      'Add a dashboard',
    ]);
    assert.deepEqual(texts(postmortem('- Move the broker to two zones\n- ❌ No restore drill yet: schedule one\n')), [
      'Move the broker to two zones',
      '❌ No restore drill yet: schedule one',
    ]);
  });

  it('survives ugly input: empty entries, a lone cross, nested crosses under a task', () => {
    assert.ok(!crossedList(firstList('- ❌\n- \n')));
    assert.doesNotThrow(() => items(postmortem('- ❌\n- ❌\n\n- Fix the retry loop\n  - ❌ No backoff\n  - ❌ No jitter\n')));
    assert.deepEqual(texts(postmortem('- Fix the retry loop\n  - ❌ No backoff\n  - ❌ No jitter\n')), ['Fix the retry loop']);
  });
});
