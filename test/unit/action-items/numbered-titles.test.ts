/**
 * A numbered plan entry that is only a short bold title over two or more sub-bullets ("2.
 * **Monitoring**" over "- Alert on …", "- Review …") is one of the plan's counted entries: an item,
 * its sub-bullets read as they were. A title over one sub-bullet, a bulleted title, a stage of the
 * schedule ("1. **Short term**") and titles outside the plan stay labels. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { items, postmortem } from './helpers';

const read = (text: string) => items(text).map((i) => [i.text, i.done, i.owner, i.due] as const);

describe('action items: numbered bold titles over several sub-bullets', () => {
  it('takes each numbered title as an item, and its sub-bullets as before', () => {
    const body = [
      '1. **Credential storage**',
      '   - Move the deploy tokens into the vault',
      '   - Rotate the shared key every quarter',
      '',
      '2. **Monitoring**',
      '   - Page on a spike of failed logins',
      '   - Weekly review of token usage',
      '',
      '3. **Process**',
      '   - Checklist for new maintainers',
      '   - Two people approve a secret change',
    ].join('\n');
    const got = items(postmortem(body));
    assert.deepEqual(
      got.map((i) => i.text),
      [
        'Credential storage',
        'Move the deploy tokens into the vault',
        'Rotate the shared key every quarter',
        'Monitoring',
        'Page on a spike of failed logins',
        'Weekly review of token usage',
        'Process',
        'Checklist for new maintainers',
        'Two people approve a secret change',
      ],
    );
    for (const item of got.filter((i) => ['Credential storage', 'Monitoring', 'Process'].includes(i.text))) {
      assert.equal(item.done, false, item.text);
      assert.equal(item.owner, null, item.text);
      assert.equal(item.due, null, item.text);
      assert.equal(item.shape, 'numbered', item.text);
    }
  });

  it('is done when every part under it is told done, open otherwise, and reads each part once', () => {
    const body = [
      '1. **Credential storage**',
      '   - Moved the deploy tokens into the vault',
      '   - Rotated the shared key',
      '2. **Monitoring**',
      '   - Added a page on failed logins',
      '   - Review token usage weekly',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => [i.text, i.done]),
      [
        ['Credential storage', true],
        ['Moved the deploy tokens into the vault', true],
        ['Rotated the shared key', true],
        ['Monitoring', false],
        ['Added a page on failed logins', true],
        ['Review token usage weekly', false],
      ],
    );
  });

  it('reads the owner and due date written under the plan heading as before', () => {
    const text = postmortem(['1. **Backups**', '   - Copy the dumps off site (owner: @lena, due 2026-04-01)', '   - Test a restore each month'].join('\n'));
    const got = items(text);
    assert.equal(got[0].text, 'Backups');
    const sub = got.find((i) => i.text.startsWith('Copy the dumps'));
    assert.ok(sub);
    assert.equal(sub.owner, '@lena');
    assert.ok(sub.due);
  });

  it('leaves a stage of the schedule, a bulleted title and a title over one sub-bullet as labels', () => {
    const stages = [
      '1. **Short term**',
      '   - Add a disk alert',
      '   - Page the on-call',
      '2. **Long term**',
      '   - Move to managed storage',
      '   - Drop the old hosts',
    ].join('\n');
    assert.deepEqual(
      read(postmortem(stages)).map(([t]) => t),
      ['Add a disk alert', 'Page the on-call', 'Move to managed storage', 'Drop the old hosts'],
    );
    const bullets = [
      '- **Alerting**',
      '  - Page on queue depth',
      '  - Page on lag',
      '- **Storage**',
      '  - Move the queue to managed storage',
      '  - Grow the disks',
    ].join('\n');
    assert.deepEqual(
      read(postmortem(bullets)).map(([t]) => t),
      ['Page on queue depth', 'Page on lag', 'Move the queue to managed storage', 'Grow the disks'],
    );
    const single = ['1. **Alerting**', '   - Page on queue depth', '2. **Storage**', '   - Move the queue to managed storage'].join('\n');
    assert.deepEqual(
      read(postmortem(single)).map(([t]) => t),
      ['Page on queue depth', 'Move the queue to managed storage'],
    );
  });

  it('reads nothing from such titles among the lessons', () => {
    const text = postmortem('- [ ] Add a disk alert').replace(
      '## Action Items',
      ['## Lessons Learned', '', '1. **Monitoring**', '   - It paged nobody', '   - The graphs were stale', '', '## Action Items'].join('\n'),
    );
    assert.deepEqual(
      read(text).map(([t]) => t),
      ['Add a disk alert'],
    );
  });

  it('copes with ugly input: empty titles, empty sub-bullets, stray markers', () => {
    const ugly = ['1. ****', '   -', '   - ', '2. **  **', '   - x', '   - y', '4.', '   -', '5. **Tail**', '   -', '   -'].join('\n');
    assert.doesNotThrow(() => items(postmortem(ugly)));
    const got = items(postmortem(ugly)).map((i) => i.text);
    assert.ok(
      got.every((t) => t.trim().length > 0),
      JSON.stringify(got),
    );
  });
});
