import { strict as assert } from 'node:assert';
import type { ActionItem } from '../../../server/src/analysis/model/model';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { findings, items, postmortem } from './helpers';
import { assertLinear } from '../../support/growth';

const defaults = defaultSettings();

/** Each case: the Markdown of an action-item section, and what each item's done and dropped read. */
const CASES: [string, string, Pick<ActionItem, 'done' | 'dropped'>[]][] = [
  [
    'a status cell "Won\'t do"',
    "| Action | Owner | Status |\n| --- | --- | --- |\n| Move the cron job | Ana Lima | Won't do |",
    [{ done: false, dropped: "Won't do" }],
  ],
  [
    'status cells of every dropping word, and open and done beside them',
    [
      '| Action | Owner | Status |',
      '| --- | --- | --- |',
      '| Move the cron job | Ana Lima | Wontfix |',
      '| Add a disk alert | Ben Ode | Cancelled |',
      '| Trim the logs | Cy Park | Canceled |',
      '| Rotate the keys | Di Moss | Dropped |',
      '| Split the queue | Ed Vale | Obsolete |',
      '| Pin the runner | Fa Lund | Superseded by #123 |',
      '| Shard the index | Gu Roe | Not planned |',
      "| Remove the flag | Hu Ash | Closed (won't fix) |",
      '| Cap the retries | Io Bek | ❌ Cancelled |',
      '| Add a canary | Jo Kim | Done |',
      '| Add a runbook | Ka Ray | In progress |',
    ].join('\n'),
    [
      { done: false, dropped: 'Wontfix' },
      { done: false, dropped: 'Cancelled' },
      { done: false, dropped: 'Canceled' },
      { done: false, dropped: 'Dropped' },
      { done: false, dropped: 'Obsolete' },
      { done: false, dropped: 'Superseded by #123' },
      { done: false, dropped: 'Not planned' },
      { done: false, dropped: "Closed (won't fix)" },
      { done: false, dropped: '❌ Cancelled' },
      { done: true, dropped: null },
      { done: false, dropped: null },
    ],
  ],
  ['an inline status', "- Move the cron job to the scheduler. Status: Won't fix", [{ done: false, dropped: "Won't fix" }]],
  ['a task struck through', '- [ ] ~~Move the cron job to the scheduler~~', [{ done: false, dropped: 'struck through' }]],
  [
    'a bullet struck through, its owner and date after the strike',
    '- ~~Move the cron job to the scheduler~~ (Ana Lima, 2026-04-01)',
    [{ done: false, dropped: 'struck through' }],
  ],
  [
    'a table row whose item cell is struck through',
    '| Action | Owner |\n| --- | --- |\n| ~~Move the cron job~~ | Ana Lima |',
    [{ done: false, dropped: 'struck through' }],
  ],
  ['struck through, then a done word: done', '- ~~Move the cron job to the scheduler~~ done', [{ done: true, dropped: null }]],
  ['a struck item cell beside a done status: done', '| Action | Status |\n| --- | --- |\n| ~~Move the cron job~~ | Done |', [{ done: true, dropped: null }]],
  ['led by "Cancelled:"', '- Cancelled: move the cron job to the scheduler', [{ done: false, dropped: 'Cancelled' }]],
  ['led by a bold "Won\'t do" and a dash', "- **Won't do** — move the cron job to the scheduler", [{ done: false, dropped: "Won't do" }]],
  ['led by a bracketed "[Dropped]"', '- [Dropped] Move the cron job to the scheduler', [{ done: false, dropped: 'Dropped' }]],
  ['ended by "(won\'t do)"', "- Move the cron job to the scheduler (won't do)", [{ done: false, dropped: "won't do" }]],
  ['ended by a curly "(won’t do)"', '- Move the cron job to the scheduler (won’t do)', [{ done: false, dropped: 'won’t do' }]],
  [
    'ended by a bracket with a reason',
    '- Move the cron job to the scheduler (obsolete: the job was removed)',
    [{ done: false, dropped: 'obsolete: the job was removed' }],
  ],
  ['ended by "(superseded by #123)"', '- Move the cron job to the scheduler (superseded by #123)', [{ done: false, dropped: 'superseded by #123' }]],
  ['a segment of the closing group', '- Move the cron job to the scheduler (Ana Lima, cancelled)', [{ done: false, dropped: 'cancelled' }]],
  ['after a dash at the end', '- Move the cron job to the scheduler — Obsolete', [{ done: false, dropped: 'Obsolete' }]],
  // A status cell "Wontfix" beside a ticked box: the box closes the item, the status says how.
  ['a ticked task that says "won\'t do": dropped, not done', "- [x] Move the cron job to the scheduler (won't do)", [{ done: false, dropped: "won't do" }]],
  ['a ticked task struck through: dropped, not done', '- [x] ~~Move the cron job to the scheduler~~', [{ done: false, dropped: 'struck through' }]],
  [
    'a done lead-in over a list does not make a dropped item done',
    'Completed:\n\n- Move the cron job to the scheduler\n- Add a disk alert (cancelled)',
    [
      { done: true, dropped: null },
      { done: false, dropped: 'cancelled' },
    ],
  ],
  [
    'raw HTML struck through',
    '<ul><li><s>Move the cron job</s></li><li>Add a disk alert</li></ul>',
    [
      { done: false, dropped: 'struck through' },
      { done: false, dropped: null },
    ],
  ],
];

/** Look-alikes: words that drop nothing. */
const LOOK_ALIKES: [string, string][] = [
  ['one struck word inside a sentence', '- Move the ~~old~~ new path into the config (owner: Ana Lima)'],
  ['one struck word opening a longer sentence', '- ~~Move~~ Copy the cron job to the new scheduler host'],
  ['"won\'t" among the item\'s own words', "- Make sure the job won't retry forever (owner: Ana Lima)"],
  ['"will not" among the item\'s own words', '- Check that the cache will not fix a stale entry by itself'],
  ['a ticket titled "Won\'t fix" in brackets, inside the sentence', "- Look at OPS-12 (Won't fix in Safari) with the browser team"],
  ['a quoted title with "Won\'t fix:"', '- Revisit the ticket "Won\'t fix: login loop" with the web team'],
  ['"dropped" as the work', '- Alert when packets are dropped at the edge'],
  ['"Dropped" as a verb that opens the item', '- Dropped the stale index from the replica'],
  ['"cancelled" inside the sentence', '- Page the on-call engineer when a deploy is cancelled by the pipeline'],
  ['an unclosed strike', '- ~~Move the cron job to the scheduler'],
  ['a status that is not a dropping word', '- Move the cron job to the scheduler. Status: In progress'],
];

describe('action items: dropped on purpose', () => {
  for (const [name, body, expected] of CASES) {
    it(name, () => {
      const got = items(postmortem(body));
      assert.deepEqual(
        got.map((i) => ({ done: i.done, dropped: i.dropped })),
        expected,
      );
    });
  }

  for (const [name, body] of LOOK_ALIKES) {
    it(`not dropped: ${name}`, () => {
      const got = items(postmortem(body));
      assert.equal(got.length, 1, JSON.stringify(got.map((i) => i.text)));
      assert.equal(got[0].dropped, null);
    });
  }

  it('keeps the dropping words out of the title, and the owner and due written beside them', () => {
    const [lead, tail, struck] = items(
      postmortem(
        "- Cancelled: move the cron job to the scheduler\n- Move the disk alert to the new host (won't do)\n- ~~Rotate the keys~~ (Ana Lima, 2026-04-01)",
      ),
    );
    assert.equal(lead.title, 'move the cron job to the scheduler');
    assert.equal(tail.title, 'Move the disk alert to the new host');
    assert.deepEqual([struck.title, struck.owner, struck.due], ['Rotate the keys', 'Ana Lima', '2026-04-01']);
  });

  it('never reads "Obsolete" or "Cancelled" as an owner', () => {
    const got = items(postmortem('- Move the cron job to the scheduler — Obsolete\n- [Obsolete] Trim the logs of the build hosts'));
    assert.deepEqual(
      got.map((i) => [i.owner, i.dropped]),
      [
        [null, 'Obsolete'],
        [null, 'Obsolete'],
      ],
    );
  });

  it('reads a long item and a long run of tildes in linear time', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    const long = (n: number) => postmortem(`- Move the cron job ${'and the queue '.repeat(n)}(won't do)`);
    assert.equal(items(long(4000))[0].dropped, "won't do");
    assertLinear('an item of many words before its mark', long, items);
    assertLinear('a run of tildes', (n) => postmortem(`- ${'~~a '.repeat(n)}`), items);
  });
});

describe('action items: the rules leave dropped items alone', () => {
  const RULES = [
    'action-item-owner',
    'action-item-due-date',
    'action-item-overdue',
    'action-item-vague-due',
    'action-item-vague-owner',
    'action-item-vague-outcome',
    'action-item-ticket',
  ];

  it('reports no missing owner or due date, no vague words, no overdue date and no ticket on a dropped item', () => {
    const settings = { ...defaults, rules: { ...defaults.rules, 'action-item-ticket': { severity: 'warning' as const, options: {} } } };
    const open = findings(postmortem('- [ ] Improve monitoring (owner: the team, due soon)\n- [ ] Investigate the timeouts (due 2026-01-02)'), settings, RULES);
    // The same items, dropped in four ways: none of the rules speaks.
    for (const body of [
      "- [ ] Improve monitoring (owner: the team, due soon) (won't do)\n- [ ] Investigate the timeouts (due 2026-01-02) (cancelled)",
      '- [ ] ~~Improve monitoring (owner: the team, due soon)~~\n- [ ] ~~Investigate the timeouts (due 2026-01-02)~~',
      '- Cancelled: improve monitoring (owner: the team, due soon)\n- Obsolete: investigate the timeouts (due 2026-01-02)',
      "| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Improve monitoring | the team | soon | Won't do |\n| Investigate the timeouts | | 2026-01-02 | Not planned |",
    ]) {
      const got = findings(postmortem(body), settings, RULES);
      assert.deepEqual(
        got.map((f) => `${f.ruleId}: ${f.message.slice(0, 40)}`),
        [],
        body,
      );
    }
    // The open items draw the findings the dropped ones do not.
    for (const rule of [
      'action-item-vague-owner',
      'action-item-vague-due',
      'action-item-overdue',
      'action-item-owner',
      'action-item-ticket',
      'action-item-vague-outcome',
    ])
      assert.ok(
        open.some((f) => f.ruleId === rule),
        `${rule} on the open items: ${open.map((f) => f.ruleId).join(', ')}`,
      );
  });

  it('counts only open items for action-items-too-many: dropped ones are closed, as done ones are', () => {
    const settings = { ...defaults, rules: { ...defaults.rules, 'action-items-too-many': { options: { max: 2 } } } };
    const open = Array.from({ length: 3 }, (_, i) => `- [ ] Add alert number ${i + 1} (owner: Ana Lima, due 2026-09-01)`).join('\n');
    const oneDropped = `${open} (won't do)`;
    assert.equal(findings(postmortem(open), settings, ['action-items-too-many']).length, 1);
    assert.deepEqual(
      items(postmortem(oneDropped)).map((i) => i.dropped),
      [null, null, "won't do"],
    );
    assert.equal(findings(postmortem(oneDropped), settings, ['action-items-too-many']).length, 0);
  });
});
