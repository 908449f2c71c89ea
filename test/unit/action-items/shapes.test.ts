import { strict as assert } from 'node:assert';
import type { ActionItem } from '../../../server/src/analysis/model/model';
import { items, postmortem } from './helpers';

type Expect = Partial<Pick<ActionItem, 'owner' | 'due' | 'dueText' | 'done' | 'dropped' | 'ticket' | 'priority' | 'category' | 'shape' | 'dueKind'>> & {
  text?: RegExp;
};

/** Each case: the Markdown of an action-item section, and what every item in it should read as. */
const SHAPES: [string, string, Expect[]][] = [
  [
    'task with an inline owner and due group',
    '- [ ] Add a disk-usage alert for the build hosts (owner: Ana Silva, due 2026-04-01)',
    [{ owner: 'Ana Silva', due: '2026-04-01', done: false, shape: 'task' }],
  ],
  ['checked task with a handle', '- [x] Rotate the leaked deploy key @kwame', [{ owner: '@kwame', due: null, done: true }]],
  ['capital X checkbox', '* [X] Renew the wildcard certificate — Bea Novak', [{ owner: 'Bea Novak', done: true }]],
  ['em dash tail with owner and date', '- [ ] Document the failover steps — Ines Duarte, 2026-05-02', [{ owner: 'Ines Duarte', due: '2026-05-02' }]],
  ['en dash tail with a handle', '- [ ] Add a smoke test for downloads – @lucia', [{ owner: '@lucia', due: null }]],
  [
    'sentences with Owner: and Due:',
    '- Cap retries at three per request. Owner: Li Wei. Due: 2026-06-30',
    [{ owner: 'Li Wei', due: '2026-06-30', shape: 'bullet' }],
  ],
  [
    'numbered, assigned to, by long date',
    '1. Add a canary stage to the deploy pipeline, assigned to Rosa Diaz, by April 1, 2026',
    [{ owner: 'Rosa Diaz', due: '2026-04-01', shape: 'numbered' }],
  ],
  [
    'due date with a short month name between hyphens',
    '- [ ] Split the billing queue from the mail queue (owner: Noor Haddad, due 2026-Apr-15)',
    [{ owner: 'Noor Haddad', due: '2026-04-15' }],
  ],
  ['numbered with a parenthesis marker', '2) Move the cron jobs to the scheduler (owner: Ada Obi)', [{ owner: 'Ada Obi', due: null, shape: 'numbered' }]],
  ['plus bullet with a dash owner', '+ Alert on queue depth — Kofi Mensah', [{ owner: 'Kofi Mensah' }]],
  ['struck-through item: dropped, not done', '- ~~Remove the stale feature flag~~', [{ done: false, dropped: 'struck through', owner: null }]],
  ['parenthesised bare date', '- [ ] Write a runbook for queue backlogs (2026-07-15)', [{ due: '2026-07-15', owner: null }]],
  ['spaced hyphen handle and due', '- [ ] Add a load test to CI - @maria.g - due 2026-03-10', [{ owner: '@maria.g', due: '2026-03-10' }]],
  [
    'nested attribute list',
    '- Split the config file per service\n  - Owner: Priya Raman\n  - Due: 2026-03-18\n  - Status: Done',
    [{ owner: 'Priya Raman', due: '2026-03-18', done: true }],
  ],
  [
    'attribute lines in the paragraph',
    '- Add rate limiting to the login endpoint\n  Owner: Omar Haddad\n  Due date: 2026-09-01',
    [{ owner: 'Omar Haddad', due: '2026-09-01' }],
  ],
  ['bold owner label first', '- **Owner:** Jun Park — Add schema checks to the migration job (due: 2026-10-01)', [{ owner: 'Jun Park', due: '2026-10-01' }]],
  ['bold label with colon outside', '- Add a read replica for reports. **Owner**: Noor Ali', [{ owner: 'Noor Ali' }]],
  ['DRI and a ticket key', '- [ ] Enable email alerts, see OPS-4411 (DRI: Hana Sato)', [{ owner: 'Hana Sato', ticket: 'OPS-4411' }]],
  ['issue number and handle', '- [ ] Pin the base image digest #812 @ravi', [{ owner: '@ravi', ticket: '#812' }]],
  [
    'Markdown link to a tracker',
    '- [ ] Alert on config load failures [tracking](https://tracker.example.com/issues/77)',
    [{ ticket: 'https://tracker.example.com/issues/77', owner: null }],
  ],
  [
    'bare URL',
    '- [ ] Review paging policy https://wiki.example.com/paging, owner: Eli Stone',
    [{ ticket: 'https://wiki.example.com/paging', owner: 'Eli Stone' }],
  ],
  ['DONE prefix', '- DONE: Restarted the cache fleet with the fixed build', [{ done: true }]],
  ['check-mark emoji prefix', '- ✅ Renewed the TLS certificate (owner: Pat Kim)', [{ done: true, owner: 'Pat Kim' }]],
  ['check-mark emoji at the end', '- Turn on audit logging for the bucket ✅', [{ done: true }]],
  [
    'GitHub check-mark shortcode, first or last',
    '- :white_check_mark: Pin the base image\n- Pin the base image :heavy_check_mark:',
    [{ done: true }, { done: true }],
  ],
  ['a check mark after a dash', '- Split the nightly job in two — ✔', [{ done: true }]],
  [
    'a done word after a colon or in brackets',
    '- Shorten the DNS TTL: DONE\n- Shorten the DNS TTL: Done.\n- Shorten the DNS TTL [done]',
    [{ done: true }, { done: true }, { done: true }],
  ],
  ['struck text then "done"', '- ~~Move the broker to three nodes~~ done', [{ done: true, dropped: null }]],
  [
    'a cross mark, "open", "WIP" or a done word inside the text are not done',
    '- ❌ Add a canary\n- Add a canary (open)\n- Add a canary (WIP)\n- Mark the job done when it exits',
    [{ done: false }, { done: false }, { done: false }, { done: false }],
  ],
  [
    'vague owner and vague due after a dash',
    '- [ ] Tighten the alert threshold — the team, soon',
    [{ owner: 'the team', dueText: 'soon', due: null, dueKind: 'words' }],
  ],
  ['due next sprint', '- [ ] Move backups to a second region, due next sprint', [{ dueText: 'next sprint', due: null }]],
  [
    'the end of a quarter, a half or a year, mid-month, and a year with its quarter bound the work',
    '- Shard the jobs table by end of Q2\n- Shard the jobs table by the end of 2027\n- Shard the jobs table (ETA end of H1)\n- Shard the jobs table by mid-May\n- Shard the jobs table by 2027-Q1',
    [{ dueText: 'end of Q2' }, { dueText: 'the end of 2027' }, { dueText: 'end of H1' }, { dueText: 'mid-May' }, { dueText: '2027-Q1' }],
  ],
  ['a name and a date in square brackets', '- Tune the autoscaler [Noor Haddad, 2026-08-14]', [{ owner: 'Noor Haddad', due: '2026-08-14' }]],
  ["a link's text in square brackets is no group", '- Follow [Ravi Menon, 2026-08-14](https://example.com/plan) for the steps', [{ owner: null, due: null }]],
  [
    'a team named before a colon',
    '- Storage team: add a quota alert\n- The Mobile Apps team: retry token refresh',
    [{ owner: 'Storage team' }, { owner: 'The Mobile Apps team' }],
  ],
  ['a topic before a colon is no owner', '- Monitoring: add a quota alert', [{ owner: null }]],
  [
    'ugly marks: emphasis around the team and the done word, spaces around a check mark and inside brackets',
    '- **Storage team**: add a quota alert\n- Shorten the TTL: **DONE**\n- Shorten the TTL   ✅   \n- Shorten the TTL [ DONE ]',
    [{ owner: 'Storage team', done: false }, { done: true }, { done: true }, { done: true }],
  ],
  ['ETA quarter', '- [ ] Add retries to the client. ETA: Q3', [{ dueText: 'Q3', due: null }]],
  ['impossible date', '- [ ] Fix the flaky test, deadline 2026-02-30', [{ dueText: '2026-02-30', due: null, dueKind: 'invalid' }]],
  ['US date in a group', '- [ ] Page the database on-call (owner: @db-lead, due 12/25/2026)', [{ owner: '@db-lead', due: '2026-12-25' }]],
  ['ambiguous numeric date', '- [ ] Add a retention policy (due 04/05/2026)', [{ due: null, dueKind: 'ambiguous', dueText: '04/05/2026' }]],
  ['day month year after by', '- [ ] Roll out config validation by 3 March 2026', [{ due: '2026-03-03' }]],
  ['"due to" is not a due date', '- [ ] Drop retries that fail due to timeouts', [{ due: null, dueText: null }]],
  ['"by default" is not a due date', '- [ ] Make the cleanup dry-run by default (owner: Lena Fischer)', [{ due: null, owner: 'Lena Fischer' }]],
  ['owner with equals', '- [ ] Re-run the migration with checks. Owner = Sven Berg', [{ owner: 'Sven Berg' }]],
  ['priority code and dash owner', '- [ ] Reduce p99 latency to under 300 ms (P1) — Mei Chen', [{ priority: 'P1', owner: 'Mei Chen' }]],
  ['bold priority word first', '- **HIGH** Include downloads in the smoke tests', [{ priority: 'HIGH' }]],
  ['status token closed', '- [ ] Add dashboards for the queue (Status: Closed)', [{ done: false }]],
  ['status token on a bullet', '- Add dashboards for the queue (Status: Closed)', [{ done: true }]],
  ['task in a numbered list', '1. [ ] Add a second DNS provider (owner: Ola Berg, due 2026-05-01)', [{ shape: 'task', owner: 'Ola Berg', due: '2026-05-01' }]],
  [
    'group label with nested tasks',
    '- Process:\n  - [ ] Add a deploy checklist (owner: Max Roy)\n  - [ ] Hold a game day @ana',
    [
      { owner: 'Max Roy', category: 'Process' },
      { owner: '@ana', category: 'Process' },
    ],
  ],
  [
    'parent task with subtasks',
    '- [ ] Harden the deploy tool @sam\n  - [ ] Require a region order @li\n  - [x] Add a pause between regions @li',
    [{ owner: '@sam' }, { owner: '@li', done: false }, { owner: '@li', done: true }],
  ],
  ['quoted list', '> - [ ] Add a quota alert @zoe', [{ owner: '@zoe' }]],
  ['category line', '- [ ] Add a quota alert. Type: Detection. Owner: Ida Lund', [{ category: 'Detection', owner: 'Ida Lund' }]],
  [
    'table with Action, Owner, Due, Status',
    '| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Split the pool config | Priya Raman | 2026-03-18 | Done |\n| Roll out by region | Tomás Ortiz | 2026-04-01 | In progress |',
    [
      { owner: 'Priya Raman', due: '2026-03-18', done: true, shape: 'table' },
      { owner: 'Tomás Ortiz', due: '2026-04-01', done: false },
    ],
  ],
  [
    'table with Who, Deadline, State',
    '| What | Who | Deadline | State |\n|------|-----|----------|-------|\n| Add a runbook link to alerts | Sam Lee | March 20, 2026 | Closed |',
    [{ owner: 'Sam Lee', due: '2026-03-20', done: true }],
  ],
  [
    'table with Task, Assignee, Target Date, Ticket link',
    '| Task | Assignee | Target Date | Ticket |\n| :--- | :---: | ---: | --- |\n| Add an index on orders.created_at | @dba-jo | 2026-04-15 | [DB-77](https://tracker.example.com/DB-77) |',
    [{ owner: '@dba-jo', due: '2026-04-15', ticket: 'https://tracker.example.com/DB-77' }],
  ],
  [
    'table with DRI, ETA, Bug #, Priority, Type',
    '| Action Item | Type (Mitigate/Prevent) | DRI | Priority | Bug # | ETA |\n|---|---|---|---|---|---|\n| Add circuit breaker | Prevent | Ken Ito | P2 | 4412 | 2026-06-01 |',
    [{ owner: 'Ken Ito', due: '2026-06-01', priority: 'P2', category: 'Prevent', ticket: '4412' }],
  ],
  [
    'table with a Done column',
    '| Description | Responsible | By | Done |\n| --- | --- | --- | --- |\n| Add a quota check | Uma Rao | 2026-05-05 | yes |\n| Add a budget alert | Uma Rao | 2026-05-06 | no |',
    [{ done: true }, { done: false }],
  ],
  [
    'table with empty owner and TBD due',
    '| Action | Owner | Due |\n| --- | --- | --- |\n| Add a synthetic login check |  | TBD |',
    [{ owner: null, dueText: 'TBD', due: null }],
  ],
  [
    'table without outer pipes',
    'Action | Owner | Due\n--- | --- | ---\nAdd a rollback button | Gil Ramos | 2026-07-01',
    [{ owner: 'Gil Ramos', due: '2026-07-01', text: /^Add a rollback button$/ }],
  ],
  [
    'table with a struck item',
    '| Action | Owner |\n| --- | --- |\n| ~~Move logs to cold storage~~ | Ana Silva |',
    [{ done: false, dropped: 'struck through', owner: 'Ana Silva' }],
  ],
  [
    'table with unknown headers in the section',
    '| Step | Person |\n| --- | --- |\n| Add a capacity review to launches | Eva Holm |',
    [{ text: /capacity review/, owner: null }],
  ],
  [
    'table with inline tokens in the item cell',
    '| Action | Notes |\n| --- | --- |\n| Add a retry budget (owner: Jo Park, due 2026-08-08) | none |',
    [{ owner: 'Jo Park', due: '2026-08-08' }],
  ],
];

describe('action items: shapes', () => {
  it(`covers at least 40 distinct shapes (${SHAPES.length})`, () => assert.ok(SHAPES.length >= 40));
  for (const [name, body, expected] of SHAPES) {
    it(name, () => {
      const got = items(postmortem(body));
      assert.equal(got.length, expected.length, `items: ${JSON.stringify(got.map((i) => i.text))}`);
      expected.forEach((want, i) => {
        const { text, ...fields } = want;
        for (const [key, value] of Object.entries(fields)) assert.deepEqual(got[i][key as keyof ActionItem], value, `${key} of item ${i} "${got[i].text}"`);
        if (text) assert.match(got[i].text, text);
      });
    });
  }

  it('reads the same items from CRLF text, with lines and offsets of the CRLF text', () => {
    const body = '- [ ] Add a quota alert (owner: Ida Lund, due 2026-04-01)\n| Action | Owner |\n| --- | --- |\n| Add a rollback button | Gil Ramos |';
    const lf = items(postmortem(body));
    const crlfText = postmortem(body, '\r\n');
    const crlf = items(crlfText);
    assert.deepEqual(
      crlf.map((i) => [i.owner, i.due, i.text]),
      lf.map((i) => [i.owner, i.due, i.text]),
    );
    for (const item of crlf) {
      if (item.ownerSpan) assert.equal(crlfText.slice(item.ownerSpan.start, item.ownerSpan.end), item.owner);
    }
  });

  it('finds follow-ups introduced by a line in another section', () => {
    const text = postmortem('- [ ] Add a quota alert @ida').replace('A test.', 'A test.\n\nFollow-ups:\n\n- [ ] Rotate the API keys @omar');
    const got = items(text);
    assert.deepEqual(
      got.map((i) => i.owner),
      ['@omar', '@ida'],
    );
  });

  it('finds a table with action and owner columns outside the action section', () => {
    const text = postmortem('').replace('A test.', '| Action | Owner | Due |\n| --- | --- | --- |\n| Add a rollback button | Gil Ramos | 2026-07-01 |');
    assert.deepEqual(
      items(text).map((i) => i.owner),
      ['Gil Ramos'],
    );
  });

  it('does not take lists or tables of other sections for action items', () => {
    const text = postmortem('').replace('A test.', '- The deploy started at 14:02 — Ana\n\n| Time | Event |\n| --- | --- |\n| 14:02 | Deploy |');
    assert.equal(items(text).length, 0);
  });

  it('names the category after a sub-heading of the action section', () => {
    const got = items(postmortem('### Monitoring\n\n- [ ] Add a queue alert @ida\n\n### Process\n\n- [ ] Add a deploy checklist @max'));
    assert.deepEqual(
      got.map((i) => i.category),
      ['Monitoring', 'Process'],
    );
  });

  it('skips placeholder items and empty template rows', () => {
    const body = '- TBD\n- [ ] TODO\n\n| Action | Owner | Due |\n| --- | --- | --- |\n|  |  |  |\n| [Action] |  |  |';
    assert.equal(items(postmortem(body)).length, 0);
  });

  it('keeps offsets that point at the owner and due as written', () => {
    const text = postmortem(
      '- [ ] Add a quota alert (owner: **Ida Lund**, due: 2026-04-01)\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a button | Gil Ramos | *2026-07-01* |',
    );
    for (const item of items(text)) {
      assert.equal(text.slice(item.ownerSpan!.start, item.ownerSpan!.end), item.owner);
      assert.equal(text.slice(item.dueSpan!.start, item.dueSpan!.end), item.dueText);
    }
  });
});
