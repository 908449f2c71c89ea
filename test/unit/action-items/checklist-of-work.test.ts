/**
 * Checkboxes outside the plan. A checklist of work in the telling of the incident ("Recovery
 * checklist" with boxes still open) holds action items, done or open as each box says, with the
 * due words of the sub-heading they stand under; an open box among the steps recorded as taken is
 * work still to do. Boxes that only tick off steps of the response, or track the write-up itself
 * (filled in, read, signed), stay none. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function read(text: string): { text: string; done: boolean; dueText: string | null }[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => ({
    text: i.text,
    done: i.done,
    dueText: i.dueText,
  }));
}

const OPENING =
  '# Post-mortem: build minutes used up\n\n## Summary\n\nA loop of CI jobs ran for two days.\n\n## Root cause\n\nEach job pushed a commit that started the next.\n\n';

describe('action items: checkboxes outside the plan', () => {
  it('reads a recovery checklist with boxes still open as work, each done or open as its box says, due as its sub-heading says', () => {
    const text =
      OPENING +
      '## 🧯 Recovery checklist\n\n### Right away (Today)\n- [x] Stop the looping jobs\n- [ ] Ask the vendor to waive the charges\n\n### This week\n- [ ] Merge the eight jobs into two\n';
    assert.deepEqual(read(text), [
      { text: 'Stop the looping jobs', done: true, dueText: 'Today' },
      { text: 'Ask the vendor to waive the charges', done: false, dueText: 'Today' },
      { text: 'Merge the eight jobs into two', done: false, dueText: 'This week' },
    ]);
  });

  it('reads the open boxes among the steps recorded as taken as work still to do, and leaves the steps taken', () => {
    const text =
      OPENING +
      '## Remediation actions taken\n\n### First hour\n- [x] **Jobs**: disabled the looping workflow\n- [x] **Billing**: restarted the spending report\n\n' +
      '### Still to do\n- [ ] **Limit**: set a monthly spending cap of $10\n- [ ] **Review**: audit every scheduled workflow\n';
    assert.deepEqual(
      read(text).map((i) => [i.text, i.done]),
      [
        ['Limit: set a monthly spending cap of $10', false],
        ['Review: audit every scheduled workflow', false],
      ],
    );
  });

  it('leaves a checklist of the write-up alone, and a list of ticked response steps', () => {
    const writeUp = OPENING + '## Checklist\n\n- [x] Timeline filled in\n- [ ] Read by the on-call lead\n- [ ] Signed by the service owner\n';
    assert.deepEqual(read(writeUp), []);
    const steps = OPENING + '## Recovery\n\n- [x] Stop the looping jobs\n- [x] Delete the extra branches\n';
    assert.deepEqual(read(steps), []);
  });

  it('reads a checklist of work under a heading that says checklist when most boxes start with a verb of work', () => {
    const text = OPENING + '## Recovery checklist\n\n- [x] Disable the looping jobs\n- [ ] Set a spending cap\n- [ ] Add an alert on minutes used\n';
    assert.deepEqual(
      read(text).map((i) => i.text),
      ['Disable the looping jobs', 'Set a spending cap', 'Add an alert on minutes used'],
    );
  });

  it('reads a lone open box under a sub-heading of a checklist by its own words, a verb the common list may not hold', () => {
    const lone = OPENING + '## Recovery checklist\n\n### Today\n\n- [ ] Replay the dead-letter queue\n';
    assert.deepEqual(read(lone), [{ text: 'Replay the dead-letter queue', done: false, dueText: 'Today' }]);
    const pair = lone + '- [ ] Rebuild the search index\n';
    assert.deepEqual(
      read(pair).map((i) => i.text),
      ['Replay the dead-letter queue', 'Rebuild the search index'],
    );
    // CRLF, emphasis and a box ticked beside it.
    const ugly = (OPENING + '## Recovery checklist\n\n### Today\n\n* [x] **Reindex** the archive\n* [ ] _Reroute_ every retry\n').replace(/\n/g, '\r\n');
    assert.deepEqual(
      read(ugly).map((i) => [i.text, i.done]),
      [
        ['Reindex the archive', true],
        ['Reroute every retry', false],
      ],
    );
  });

  it('leaves a lone box of the write-up alone, and boxes told as states', () => {
    for (const box of ['Timeline written', 'Read by the on-call lead', 'Reviewed with the team', 'Signed off by the owner', 'Root cause agreed']) {
      assert.deepEqual(read(OPENING + `## Review checklist\n\n### Before sign-off\n\n- [ ] ${box}\n`), [], box);
    }
    assert.deepEqual(read(OPENING + '## Checklist\n\n- [x] Timeline filled in\n- [ ] Impact counted\n- [ ] Replay the queue\n'), []);
  });

  it('reads ugly checklists without failing: empty boxes, nested boxes, a box with only a link', () => {
    const text =
      OPENING +
      '## Recovery checklist\n\n- [ ]\n- [ ] Set a spending cap\n  - [ ] Ask finance for the number\n- [x] [ticket 12](https://example.com/12)\n- [ ] Add an alert on minutes used\n';
    const items = read(text).map((i) => i.text);
    assert.ok(items.includes('Set a spending cap') && items.includes('Add an alert on minutes used'), items.join(' | '));
    assert.ok(!items.includes(''), 'no empty item');
  });
});
