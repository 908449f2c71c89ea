/**
 * An entry of the plan that names a thing put in place ("**Queue alarm:** `orders-lag`") over a
 * list of its settings ("Threshold: 500 messages", "Action: Page the rota"): one item, the sub-list
 * what it is set to, not work of its own. Sub-entries that ask for work keep the entry a group
 * label and stay items. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { settingsLists } from '../../../server/src/analysis/model/action-items/lists';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { classifyItem, itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import type { List } from 'mdast';
import { assertLinear } from '../../support/growth';
import { items, postmortem } from './helpers';

const texts = (body: string) => items(postmortem(body)).map((i) => i.text);

/** The nested lists of the first entry of the first list in `markdown`. */
function nestedLists(markdown: string): List[] {
  const root = analyzeDocument(markdown, 'notes/x.md', defaultSettings()).root;
  const list = root.children.find((c): c is List => c.type === 'list');
  return (list?.children[0]?.children ?? []).filter((c): c is List => c.type === 'list');
}

describe('action items: an entry over its settings', () => {
  it('reads the entry as the item and none of its settings', () => {
    const body = [
      '1. **Queue alarm:** `orders-lag`',
      '   - Threshold: >500 messages for 5 minutes',
      '   - Action: Email notification',
      '',
      '2. **Monthly budget:** `queue-cost-cap`',
      '   - Monthly limit: $40',
      '   - Alerts at 50%, 80%, 100%',
      '',
      '3. **Lint rule:** Errors on raw queue names in handlers',
    ].join('\n');
    assert.deepEqual(texts(body), ['Queue alarm: orders-lag', 'Monthly budget: queue-cost-cap', 'Lint rule: Errors on raw queue names in handlers']);
  });

  it('keeps a group label whose sub-entries ask for work', () => {
    const body = [
      '- **Alerting:**',
      '  - Detection: add a lag alert on the orders queue',
      '  - Paging: page the whole rota',
      '- **Docs**',
      '  - Write the queue runbook',
    ].join('\n');
    assert.deepEqual(texts(body), ['Detection: add a lag alert on the orders queue', 'Paging: page the whole rota', 'Write the queue runbook']);
  });

  it('keeps sub-entries that are tasks, promises or checkboxes', () => {
    assert.deepEqual(texts(['1. **Queue alarm**', '   - Threshold: 500 messages', '   - Add a dashboard for the lag'].join('\n')), [
      'Threshold: 500 messages',
      'Add a dashboard for the lag',
    ]);
    assert.deepEqual(texts(['1. **Queue alarm**', '   - [ ] Threshold: 500 messages', '   - [ ] Action: page'].join('\n')), [
      'Threshold: 500 messages',
      'Action: page',
    ]);
    assert.deepEqual(texts(['1. **Queue alarm**', '   - Threshold: we will set it at 500', '   - Action: page'].join('\n')).length, 2);
  });

  it('reads a label over the conditions of its alerts as one item, the conditions none', () => {
    const body = [
      '1. **Lag alerts:**',
      '   - Waiting orders per minute > 500',
      '   - Failed payments in an hour >= 2%',
      '   - Hourly refunds < baseline',
      '2. **Dashboard:** queue lag by region',
    ].join('\n');
    assert.deepEqual(texts(body), ['Lag alerts:', 'Dashboard: queue lag by region']);
    // A sub-entry that asks for work, or one led by a verb, keeps the label a group of items.
    assert.deepEqual(texts(['- **Lag alerts:**', '  - Page when orders waiting > 500', '  - Keep failed payments < 2%'].join('\n')), [
      'Page when orders waiting > 500',
      'Keep failed payments < 2%',
    ]);
    assert.deepEqual(texts(['- **Lag alerts:**', '  - Waiting orders > 500', '  - Add a second pager rota', '  - Write the runbook'].join('\n')).length, 3);
  });

  it('tells a measure against a bound from its look-alikes, ugly input included', () => {
    assert.ok(settingsLists(nestedLists('- Alerts\n  - Disk used > 90%\n  - Replica lag >= 30 s\n')));
    assert.ok(settingsLists(nestedLists('- Alerts\n  - Signups per hour < threshold\n')));
    assert.ok(!settingsLists(nestedLists('- Alerts\n  - Alert when disk used > 90%\n')), 'a verb leads it');
    assert.ok(!settingsLists(nestedLists('- Alerts\n  - Disk > full\n')), 'no figure and no bound');
    assert.ok(!settingsLists(nestedLists('- Alerts\n  - > 90%\n')), 'no measure named');
    assert.ok(!settingsLists(nestedLists(`- Alerts\n  - ${'a '.repeat(20)}> 5\n`)), 'too many words to name a measure');
    // A list built by hand: the pattern's work alone grows with the entry, not the parser's.
    const entry = (value: string): List[] => [
      { type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }] },
    ];
    assertLinear(
      'a measure and its bound',
      (n) => entry(`lag >= 5 ${'. '.repeat(n)}!`),
      (lists) => settingsLists(lists),
    );
    assertLinear(
      'a long measure',
      (n) => entry(`${'lag '.repeat(n)}>= ${'9'.repeat(n)}${' %'.repeat(n)}!`),
      (lists) => settingsLists(lists),
    );
  });

  it('reads what a list of settings is, ugly input included', () => {
    assert.ok(settingsLists(nestedLists('- **Alarm**\n  - Threshold: 5\n  - Action: Email notification\n')));
    assert.ok(settingsLists(nestedLists('- Alarm\n  - Monthly limit: $40\n  - Alerts at 50%\n')));
    assert.ok(!settingsLists(nestedLists('- Alarm\n  - Monthly limit: $40\n  - Alerts at 50%\n  - Spikes at night\n')), 'fewer than half are settings');
    assert.ok(!settingsLists(nestedLists('- Alarm\n  - Planned: a second alarm\n  - Threshold: 5\n')), 'a status leads an entry');
    assert.ok(!settingsLists(nestedLists('- Alarm\n  - Fix: rotate every key on the host\n')), 'a value that asks for work');
    assert.ok(!settingsLists(nestedLists('- Alarm\n  - Threshold: 5\n    - nested: 6\n')), 'an entry with a list of its own');
    assert.ok(!settingsLists([]));
    assert.ok(!settingsLists(nestedLists(`- Alarm\n  - ${'word '.repeat(3000)}: 5\n`)));
    assert.ok(!settingsLists(nestedLists('- Alarm\n  - :\n  - : 5\n')));
  });

  it('reads an alarm under a heading of prevention as detection, by its words or its settings', () => {
    const text = [
      '# Queue cost spike',
      '',
      '## Summary',
      '',
      'Writes to the orders table ran at ten times their usual rate for a day.',
      '',
      '## Prevention measures',
      '',
      '1. **CloudWatch alarm:** `orders-writes-high`',
      '   - Threshold: >500 writes a minute',
      '   - Action: Email notification',
      '',
      '2. **Cost budget:** `orders-monthly`',
      '   - Monthly limit: $40',
      '   - Alerts at 50%, 80%, 100%',
      '',
      '3. **Lint rule:** Errors on raw table names in handlers',
      '',
      '4. **Write limits:** `orders-table`',
      '   - Maximum: 200 writes a second',
      '',
    ].join('\n');
    const doc = analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings());
    const kinds = itemKindsOf(doc);
    assert.deepEqual(
      doc.model.actionItems.map((item, i) => [item.text, kinds[i].kind]),
      [
        ['CloudWatch alarm: orders-writes-high', 'detection'],
        ['Cost budget: orders-monthly', 'detection'],
        ['Lint rule: Errors on raw table names in handlers', 'prevention'],
        ['Write limits: orders-table', 'prevention'],
      ],
    );
    // A heading of another kind keeps its word; so does prevention over an item that names no detection.
    assert.equal(
      classifyItem({ text: 'Pin the client version. A new release can then no longer break the build.', category: 'Prevention' }, 'alerts at 80%').kind,
      'prevention',
    );
    assert.equal(classifyItem({ text: 'Client pin', category: 'Prevention' }, 'alerts at 80%').kind, 'detection');
    assert.equal(classifyItem({ text: 'Client pin', category: 'Detection' }, '').kind, 'detection');
  });
});
