/**
 * Dropped items as the lists show them: read from Markdown written here, summarised as the
 * workspace index summarises it, listed as the server lists it, then grouped, described and
 * exported as the Action Items view does. The reading itself is tested in `dropped.test.ts`.
 */
import { strict as assert } from 'node:assert';
import { exportItems } from '../../../client/src/features/action-items-export';
import { groupItems, itemAsMarkdown, itemDescription, itemTooltip, stateOf } from '../../../client/src/features/action-items-model';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import type { ActionItemInfo } from '../../../server/src/protocol';
import { isClosed, itemStatus, statusLabel } from '../../../server/src/shared/action-items';
import { actionItemInfo, analyseText, filterItems, WorkspaceIndex, type FileSummary } from '../../../server/src/workspace/index-core';

const TODAY = '2026-06-15';

const BILLING = `---
title: Queue backlog on the billing worker
date: 2026-05-02
---

# Post-mortem: Queue backlog on the billing worker

## Summary

The billing worker fell behind for two hours.

## Action Items

- [ ] Page the on-call when the queue passes ten thousand jobs (owner: Rhea Okafor, due: 2026-06-01)
- [ ] Add a backlog panel to the billing board (owner: Tomas Vidal, due: 2026-06-17)
- [ ] Split the worker pool by tenant (owner: Lin Ho, due: 2026-08-01)
- [ ] Write the backlog runbook (owner: Lin Ho)
- [x] Raise the worker memory limit (owner: Tomas Vidal, due: 2026-05-10)
- [ ] Move the cron job to the scheduler (owner: Rhea Okafor, due: 2026-05-20) (won't do: "folded into, the | scheduler work")
- [ ] ~~Rewrite the retry loop in Go~~ (owner: Lin Ho, due: 2026-05-25)

| Action | Owner | Status |
| --- | --- | --- |
| Shard the ledger table | Rhea Okafor | Won't do, "not worth it" |
`;

/** A closed post-mortem: its open items are archived, its dropped one is still dropped. */
const LEDGER = `---
title: Ledger replica lag
date: 2026-03-09
status: closed
---

# Post-mortem: Ledger replica lag

## Action Items

- [ ] Alert on replica lag over a minute (owner: Lin Ho, due: 2026-04-01)
- [ ] Cancelled: move the replica to a larger disk (owner: Tomas Vidal, due: 2026-04-15)
`;

function summaries(): FileSummary[] {
  const now = new Date(`${TODAY}T12:00:00Z`);
  return [
    ['/w/postmortems/billing.md', BILLING],
    ['/w/postmortems/ledger.md', LEDGER],
  ].map(([path, text], i) => ({
    ...analyseText(text, path, defaultSettings(), now, 'full'),
    path,
    uri: `file://${path}`,
    size: text.length,
    mtimeMs: 1,
    settingsKey: 'k',
    day: TODAY,
    generation: i + 1,
  }));
}

/** The items as the server sends them to the view. */
function listed(filter: Parameters<typeof filterItems>[1] = { status: 'all' }): ActionItemInfo[] {
  return filterItems(summaries(), filter, TODAY).map(actionItemInfo);
}

const byTitle = (items: readonly ActionItemInfo[], start: string) => {
  const found = items.find((i) => i.title.startsWith(start));
  assert.ok(found, `no item "${start}"`);
  return found;
};
const rel = (path: string) => path.replace('/w/', '');

describe('dropped action items in the lists', () => {
  it('puts every item of written Markdown in its state group, dropped ones last, apart from done ones', () => {
    const groups = groupItems(listed(), 'status', TODAY);
    assert.deepEqual(
      groups.map((g) => [g.label, g.items.map((i) => i.title)]),
      [
        ['Overdue', ['Page the on-call when the queue passes ten thousand jobs']],
        ['Due this week', ['Add a backlog panel to the billing board']],
        ['Later', ['Split the worker pool by tenant']],
        ['No due date', ['Write the backlog runbook']],
        ['Archived', ['Alert on replica lag over a minute']],
        ['Done', ['Raise the worker memory limit']],
        // By due date, as in every group; the dated ones first.
        ['Dropped', ['move the replica to a larger disk', 'Move the cron job to the scheduler', 'Rewrite the retry loop in Go', 'Shard the ledger table']],
      ],
    );
  });

  it('says "dropped" with the team\'s words in the description and the tooltip, never a count of days overdue', () => {
    const items = listed();
    const cron = byTitle(items, 'Move the cron job');
    assert.equal(stateOf(cron, TODAY), 'dropped');
    assert.equal(itemDescription(cron, TODAY), 'Rhea Okafor · was due 2026-05-20 · dropped (won\'t do: "folded into, the | scheduler work")');
    // The tooltip is Markdown: the team's brackets and pipe come escaped.
    assert.ok(itemTooltip(cron, TODAY).split('\n').includes('Status: dropped \\(won\'t do: "folded into, the \\| scheduler work"\\)'));
    const struck = byTitle(items, 'Rewrite the retry loop');
    assert.equal(itemDescription(struck, TODAY), 'Lin Ho · was due 2026-05-25 · dropped (struck through)');
    // The closed post-mortem's dropped item is dropped, not archived: the tooltip does not call it archived.
    const replica = byTitle(items, 'move the replica');
    assert.equal(stateOf(replica, TODAY), 'dropped');
    assert.doesNotMatch(itemTooltip(replica, TODAY), /Archived/);
    assert.deepEqual(
      items.map((i) => itemStatus(i)),
      ['open', 'open', 'open', 'open', 'done', 'dropped', 'dropped', 'dropped', 'open', 'dropped'],
    );
  });

  it('leaves dropped items out of the open list, the overdue count and the badge, and lists them on their own', () => {
    assert.deepEqual(
      listed({ status: 'open' }).map((i) => i.title),
      [
        'Page the on-call when the queue passes ten thousand jobs',
        'Add a backlog panel to the billing board',
        'Split the worker pool by tenant',
        'Write the backlog runbook',
        'Alert on replica lag over a minute',
      ],
    );
    assert.equal(listed({ status: 'open', includeDone: true }).length, 10);
    assert.deepEqual(
      listed({ status: 'overdue' }).map((i) => i.title),
      ['Page the on-call when the queue passes ten thousand jobs'],
    );
    assert.equal(listed({ status: 'dropped' }).length, 4);
    assert.deepEqual(
      listed({ status: 'done' }).map((i) => i.title),
      ['Raise the worker memory limit'],
    );
    const index = new WorkspaceIndex();
    for (const s of summaries()) index.set(s);
    assert.deepEqual(index.stats(TODAY), { documents: 2, items: 10, open: 5, overdue: 1 });
  });

  it('exports a dropped item with its own status and its words, quoted in CSV, whole in JSON, escaped in Markdown', () => {
    const dropped = listed({ status: 'dropped' });
    const csv = exportItems(dropped, 'csv', TODAY, rel).split('\r\n');
    assert.equal(csv[0], 'Action,Owner,Due,Status,Dropped as,Ticket,Priority,Category,Post-mortem,File,Line');
    assert.equal(
      csv[1],
      'Move the cron job to the scheduler,Rhea Okafor,2026-05-20,dropped,"won\'t do: ""folded into, the | scheduler work""",,,,Queue backlog on the billing worker,postmortems/billing.md,19',
    );
    assert.equal(
      csv[3],
      'Shard the ledger table,Rhea Okafor,,dropped,"Won\'t do, ""not worth it""",,,,Queue backlog on the billing worker,postmortems/billing.md,24',
    );
    const json = JSON.parse(exportItems(dropped, 'json', TODAY, rel)) as { title: string; done: boolean; status: string; dropped: string }[];
    assert.deepEqual(
      json.map((i) => [i.done, i.status, i.dropped]),
      [
        [false, 'dropped', 'won\'t do: "folded into, the | scheduler work"'],
        [false, 'dropped', 'struck through'],
        [false, 'dropped', 'Won\'t do, "not worth it"'],
        [false, 'dropped', 'Cancelled'],
      ],
    );
    const md = exportItems(dropped, 'markdown', TODAY, rel).split('\n');
    assert.equal(
      md[2],
      '| Move the cron job to the scheduler | Rhea Okafor | 2026-05-20 (was due 2026-05-20) | dropped (won\'t do: "folded into, the \\| scheduler work") |  | [Queue backlog on the billing worker](postmortems/billing.md#L19) |',
    );
    // A pasted dropped item stays dropped when the checker reads it again.
    const pasted = itemAsMarkdown(dropped[1]);
    assert.equal(pasted, '- [ ] ~~Rewrite the retry loop in Go~~ (owner: Lin Ho, due: 2026-05-25)');
    const again = analyseText(
      `# Post-mortem: Pasted\n\n## Action Items\n\n${pasted}\n`,
      'pasted.md',
      defaultSettings(),
      new Date(`${TODAY}T12:00:00Z`),
      'full',
    );
    assert.equal(again.actionItems[0].dropped, 'struck through');
  });

  it('reads an item struck through and said done (a done word, a done status) as done: done wins', () => {
    const text = [
      '# Post-mortem: Cache warmup',
      '',
      '## Action Items',
      '',
      '- ~~Drop the old warmup script~~ done',
      '',
      '| Action | Owner | Status |',
      '| --- | --- | --- |',
      '| ~~Warm the cache on deploy~~ | Tomas Vidal | Done |',
      '',
      '## Follow-up',
      '',
      // A ticked box is not a done word: ticking and striking is how a list closes an item it dropped.
      '- [x] ~~Pin the warmup image~~ (owner: Rhea Okafor)',
      '',
    ].join('\n');
    const items = analyseText(text, 'cache.md', defaultSettings(), new Date(`${TODAY}T12:00:00Z`), 'full').actionItems;
    assert.deepEqual(
      items.map((i) => [i.owner, i.done, i.dropped, itemStatus(i), statusLabel(i)]),
      [
        [null, true, null, 'done', 'done'],
        ['Tomas Vidal', true, null, 'done', 'done'],
        ['Rhea Okafor', false, 'struck through', 'dropped', 'dropped (struck through)'],
      ],
    );
  });

  it('does not drop an item for a strike that never closes, a strike inside a code span, or an empty strike', () => {
    const text = [
      '# Post-mortem: Config rollout',
      '',
      '## Action Items',
      '',
      '- [ ] ~~Trim the dead-letter queue (owner: Lin Ho)',
      '- [ ] Quote `~~flag~~` in the config docs (owner: Tomas Vidal)',
      '- [ ] ~~~~ Rotate the billing API key (owner: Rhea Okafor)',
      '- [ ] `~~` Document the tilde escape (owner: Lin Ho)',
      '',
    ].join('\n');
    const items = analyseText(text, 'config.md', defaultSettings(), new Date(`${TODAY}T12:00:00Z`), 'full').actionItems;
    assert.deepEqual(
      items.map((i) => [i.owner, i.done, i.dropped, itemStatus(i), isClosed(i)]),
      [
        ['Lin Ho', false, null, 'open', false],
        ['Tomas Vidal', false, null, 'open', false],
        ['Rhea Okafor', false, null, 'open', false],
        ['Lin Ho', false, null, 'open', false],
      ],
    );
  });

  it('treats a server older than the field as sending done or open items', () => {
    const old = { done: false } as const;
    assert.equal(itemStatus(old), 'open');
    assert.equal(isClosed(old), false);
    assert.equal(statusLabel({ done: true }), 'done');
  });
});
