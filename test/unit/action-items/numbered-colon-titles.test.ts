/**
 * A numbered plan entry that is only a bold title closed by a colon ("3. **Capacity checks:**",
 * "3. **Capacity checks**:") over two or more sub-bullets is counted among the plan's entries, as
 * the same title without the colon is: an item, its sub-bullets read as they were. Under a heading of
 * the lessons ("## Lessons learned" → "### Good habits"), such a title names a topic and stays a
 * label; so do a stage of the schedule, a bulleted title and a title over one sub-bullet. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { assertLinear } from '../../support/growth';
import { itemTexts, items, postmortem } from './helpers';

const plan = (first: string, second: string) =>
  [
    '1. **Standby relay:**',
    '   ```',
    '   relayctl standby --region west',
    '   ```',
    '',
    `2. ${first}`,
    '   - Add a size check to the nightly job',
    '   - Page when the spool passes nine tenths',
    '',
    `3. ${second}`,
    '   - Compare the disk labels before a reboot',
    '   - List the mailboxes after a reboot',
  ].join('\n');

describe('action items: numbered bold titles closed by a colon', () => {
  it('takes the title as an item, its sub-bullets as before, whether the colon is inside the bold or after it', () => {
    assert.deepEqual(itemTexts(postmortem(plan('**Capacity checks:**', '**Reboot routine**:'))), [
      'Standby relay:',
      'Capacity checks:',
      'Add a size check to the nightly job',
      'Page when the spool passes nine tenths',
      'Reboot routine:',
      'Compare the disk labels before a reboot',
      'List the mailboxes after a reboot',
    ]);
    const title = items(postmortem(plan('**Capacity checks:**', '**Reboot routine**:'))).find((i) => i.text === 'Capacity checks:');
    assert.ok(title);
    assert.equal(title.done, false);
    assert.equal(title.shape, 'numbered');
  });

  it('leaves such titles as labels under a heading of the lessons', () => {
    const text = postmortem('- [ ] Add a disk alert').replace(
      '## Action Items',
      ['## Lessons Learned', '', '### Good habits', '', plan('**Capacity checks:**', '**Reboot routine**:'), '', '## Action Items'].join('\n'),
    );
    const got = itemTexts(text);
    assert.ok(!got.includes('Capacity checks:'), JSON.stringify(got));
    assert.ok(!got.includes('Reboot routine:'), JSON.stringify(got));
    assert.ok(got.includes('Add a disk alert'), JSON.stringify(got));
  });

  it('leaves a stage, a bulleted title, and a title over one sub-bullet as labels', () => {
    const stages = [
      '1. **Short term:**',
      '   - Add a disk alert',
      '   - Page the on-call',
      '2. **Long term:**',
      '   - Move to managed storage',
      '   - Drop the old hosts',
    ];
    assert.deepEqual(itemTexts(postmortem(stages.join('\n'))), ['Add a disk alert', 'Page the on-call', 'Move to managed storage', 'Drop the old hosts']);
    const bullets = [
      '- **Alerting:**',
      '  - Page on queue depth',
      '  - Page on lag',
      '- **Storage:**',
      '  - Move the queue to managed storage',
      '  - Grow the disks',
    ];
    assert.deepEqual(itemTexts(postmortem(bullets.join('\n'))), ['Page on queue depth', 'Page on lag', 'Move the queue to managed storage', 'Grow the disks']);
    const single = ['1. **Alerting:**', '   - Page on queue depth', '2. **Storage:**', '   - Move the queue to managed storage'];
    assert.deepEqual(itemTexts(postmortem(single.join('\n'))), ['Page on queue depth', 'Move the queue to managed storage']);
  });

  it('copes with ugly input: colons alone, empty titles, doubled colons', () => {
    const ugly = ['1. **:**', '   - x', '   - y', '2. **::**:', '   -', '   -', '3. ****:', '   - a', '   - b', '4. **Tail:**:', '   - c', '   - d'].join('\n');
    assert.doesNotThrow(() => items(postmortem(ugly)));
    const got = itemTexts(postmortem(ugly));
    assert.ok(
      got.every((t) => t.replace(/[:：\s]/g, '').length > 0),
      JSON.stringify(got),
    );
  });

  it('reads many such titles in time that grows with the document', () => {
    assertLinear(
      'numbered titles closed by a colon',
      (n) => postmortem(Array.from({ length: n }, (_, k) => `${k + 1}. **Check ${k}:**\n   - Add probe ${k}\n   - Page on probe ${k}\n`).join('\n')),
      (text) => items(text),
      16,
    );
  });
});
