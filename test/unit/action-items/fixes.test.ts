import { strict as assert } from 'node:assert';
import { defaultSettings, type Settings } from '../../../server/src/analysis/base/settings';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import type { Table } from 'mdast';
import { apply, assertOnlyEdits, findings, items, postmortem } from './helpers';

const RULES = ['action-item-owner', 'action-item-vague-owner', 'action-item-due-date', 'action-item-vague-due', 'action-item-overdue'];

function settingsWithOwners(): Settings {
  const settings = defaultSettings();
  settings.owners = ['Ana Silva', 'Kwame Mensah'];
  return settings;
}

/** Documents whose items have every kind of gap, in every shape. */
const DOCUMENTS: [string, string][] = [
  [
    'task list',
    '- [ ] Add a quota alert for the build hosts\n- [ ] Tighten the alert threshold — the team, soon\n- [ ] Add retries (owner: Ida Lund, due 2026-03-01)\n- [ ] Add a retention policy (owner: Ida Lund, due 04/05/2026)',
  ],
  [
    'bullets and numbers',
    '- Cap retries at three per request\n1. Move cron jobs to the scheduler, due next sprint\n2. Fix the flaky test (owner: TBD, deadline 2026-02-30)',
  ],
  [
    'table with all columns',
    '| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Split the pool config |  |  | Open |\n| Roll out by region | ops | ASAP |  |\n| Add a canary | Li Wei | 2026-03-01 | In progress |',
  ],
  [
    'table without owner or due columns',
    '| Action | Status |\n| ------ | ------ |\n| Split the pool config | Open |\n| Add a canary stage to deploys | Open |',
  ],
  [
    'aligned table without outer pipes',
    'Action                | Priority\n--------------------- | --------\nAdd a rollback button | P1\nAdd a deploy freeze   | P2',
  ],
  [
    'ragged table',
    '| Action | Owner | Due |\n| --- | --- | --- |\n| Add a rollback button |\n| Add a deploy freeze | Gil Ramos |\n| Add a deploy lock | Gil Ramos | 2026-03-01 | extra |',
  ],
  ['escaped pipes and code spans', '| Action | Notes |\n| --- | --- |\n| Reject `a \\| b` in the filter | keep \\| here |\n| Quote `x|y` values | `|` |'],
  [
    'table with placeholder cells',
    '| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Add a canary stage | - | — | Open |\n| Split the pool config |  ???  | -- | Open |\n| Add a deploy lock |– | 2026-03-01 | Open |',
  ],
  ['CRLF', '- [ ] Add a quota alert\r\n- [ ] Rotate the keys — the team, soon\r\n\r\n| Action | Owner |\r\n| --- | --- |\r\n| Add a canary |  |'],
];

describe('action items: fixes', () => {
  const settings = settingsWithOwners();
  for (const [name, body] of DOCUMENTS) {
    it(`${name}: every fix only inserts (or replaces the value it names), and the finding goes away`, () => {
      const text = postmortem(body.replace(/\r\n/g, '\n'), body.includes('\r\n') ? '\r\n' : '\n');
      const before = findings(text, settings, RULES);
      assert.ok(before.length > 0, 'the document has findings to fix');
      let tried = 0;
      for (const finding of before) {
        // The reading fixes take the item out on purpose (test/unit/action-items/reading-directives.test.ts).
        for (const fix of finding.fixes.filter((f) => f.kind !== 'suppress' && f.kind !== 'reading')) {
          tried++;
          const after = apply(text, fix);
          assertOnlyEdits(text, after, fix);
          for (const edit of fix.edits) {
            const replaced = text.slice(edit.start, edit.end);
            // Replacements may only touch a vague due, an owner, a status word or a checkbox mark.
            if (replaced)
              assert.ok(
                /^(?:[ xX]|soon|ASAP|next sprint|ops|the team|TBD|Open|In progress|2026-\d\d-\d\d|04\/05\/2026|[-–—]{1,3}|\?{1,5})$/.test(replaced),
                `"${fix.title}" replaced "${replaced}"`,
              );
          }
          const again = findings(after, settings, RULES).filter((f) => f.ruleId === finding.ruleId);
          const sameRule = before.filter((f) => f.ruleId === finding.ruleId);
          assert.equal(
            again.length,
            sameRule.length - 1,
            `"${fix.title}" for "${finding.message}" left:\n${again.map((f) => f.message).join('\n')}\n---\n${after}`,
          );
          // Nothing of any item is lost: every item keeps its words.
          const words = items(after).map((i) => i.text);
          const replacements = fix.edits.filter((e) => e.end > e.start).map((e) => [text.slice(e.start, e.end), e.newText] as const);
          for (const item of items(text)) {
            const expected = replacements.reduce((t, [from, to]) => t.replace(from, to), item.text);
            assert.ok(
              words.some((w) => w.startsWith(item.text) || w.startsWith(expected)),
              `lost "${item.text}"`,
            );
          }
        }
      }
      assert.ok(tried > 0, 'some fixes were tried');
    });
  }

  it('adds an owner column to a table that has none, padding every row so the columns stay aligned', () => {
    const body =
      '| Action                | Status |\n| --------------------- | ------ |\n| Split the pool config | Open   |\n| Add a canary stage    | Open   |';
    const text = postmortem(body);
    const finding = findings(text, settings, ['action-item-owner']).find((f) => text.slice(f.start, f.end).startsWith('Add a canary'))!;
    const fix = finding.fixes.find((f) => f.title === 'Make Ana Silva the owner')!;
    const after = apply(text, fix);
    assert.ok(
      fix.edits.every((e) => e.start === e.end),
      'only insertions',
    );
    const table = after.slice(after.indexOf('| Action'), after.lastIndexOf('|') + 1);
    const lines = table.split('\n');
    assert.deepEqual(lines, [
      '| Action                | Owner     | Status |',
      '| --------------------- | --------- | ------ |',
      '| Split the pool config |           | Open   |',
      '| Add a canary stage    | Ana Silva | Open   |',
    ]);
  });

  it('keeps the cells of a table with escaped pipes and code spans when adding a column', () => {
    const body = '| Action | Notes |\n| --- | --- |\n| Reject `a \\| b` in the filter | keep \\| here |';
    const text = postmortem(body);
    const fix = findings(text, settings, ['action-item-owner'])[0].fixes[0];
    const after = apply(text, fix);
    const cells = (t: string) => {
      const table = parseMarkdown(t).children.find((n): n is Table => n.type === 'table')!;
      return table.children.map((row) => row.children.map((c) => t.slice(c.position!.start.offset, c.position!.end.offset).replace(/^\|\s*|\s*\|?\s*$/g, '')));
    };
    const rows = cells(after);
    assert.deepEqual(
      rows.map((r) => r.length),
      [3, 3],
    );
    assert.deepEqual(
      rows.map((r) => [r[0], r[2]]),
      cells(text).map((r) => [r[0], r[1]]),
    );
    assert.equal(rows[1][1], 'Ana Silva');
  });

  it('fills an owner cell that a short row lacks', () => {
    const text = postmortem('| Action | Due | Owner |\n| --- | --- | --- |\n| Add a rollback button | 2026-04-01 |');
    const fix = findings(text, settings, ['action-item-owner'])[0].fixes[0];
    const after = apply(text, fix);
    assert.match(after, /\| Add a rollback button \| 2026-04-01 \| Ana Silva \|/);
    assert.equal(items(after)[0].owner, 'Ana Silva');
  });

  it('reads a dash or question marks alone in an owner or due cell as blank, and fills the cell by replacing them', () => {
    const text = postmortem(
      [
        '| Action | Owner | Due |',
        '| --- | --- | --- |',
        '| Add a rollback button | - | — |',
        '| Add a deploy lock | ??? | -- |',
        '| Add a canary | Ana Silva - backup Kwame | 2026-04-01 |',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => [i.owner, i.due]),
      [
        [null, null],
        [null, null],
        ['Ana Silva - backup Kwame', '2026-04-01'],
      ],
    );
    const owner = findings(text, settings, ['action-item-owner']);
    assert.equal(owner.length, 2, 'both placeholder owners are reported as missing');
    assert.equal(findings(text, settings, ['action-item-vague-owner']).length, 0, 'and not also as vague owners');
    const first = apply(
      text,
      owner[0].fixes.find((f) => f.title === 'Make Ana Silva the owner')!,
    );
    assert.match(first, /^\| Add a rollback button \| Ana Silva \| — \|$/m);
    const second = apply(
      text,
      owner[1].fixes.find((f) => f.title === 'Make Kwame Mensah the owner')!,
    );
    assert.match(second, /^\| Add a deploy lock \| Kwame Mensah \| -- \|$/m);
    const due = findings(text, settings, ['action-item-due-date'])[0];
    const dated = apply(text, due.fixes.filter((f) => f.kind !== 'suppress')[0]);
    assert.match(dated, /^\| Add a rollback button \| - \| \d{4}-\d\d-\d\d \|$/m);
  });

  it('offers due dates from the policy, by severity from the incident date', () => {
    const policy = defaultSettings();
    policy.duePolicy = { days: [7], bySeverity: { 'sev 1': 28 } };
    const text = postmortem('- [ ] Add a quota alert @ida', '\n', 'severity: SEV-1\n');
    const titles = findings(text, policy, ['action-item-due-date'])[0].fixes.map((f) => f.title);
    // The incident was on 2026-03-04; the clock says 2026-03-10.
    assert.deepEqual(titles.slice(0, 2), [
      'Set the due date to 2026-04-01 (28 days after the incident (SEV-1 policy))',
      'Set the due date to 2026-03-17 (in 7 days)',
    ]);
  });

  it('offers both readings of an ambiguous due date', () => {
    const text = postmortem('- [ ] Add a retention policy (owner: Ida Lund, due 04/05/2026)');
    const finding = findings(text, settings, ['action-item-vague-due'])[0];
    assert.match(finding.message, /2026-04-05 or 2026-05-04/);
    assert.deepEqual(
      finding.fixes.filter((f) => f.kind !== 'suppress' && f.kind !== 'reading').map((f) => apply(text, f).match(/due (\S+)\)/)![1]),
      ['2026-04-05', '2026-05-04'],
    );
  });

  it('marks an overdue task done by ticking its box, and a table row by its status cell', () => {
    const text = postmortem(
      '- [ ] Add retries (owner: Ida Lund, due 2026-03-01)\n\n| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Add a canary | Li Wei | 2026-03-01 | Open |',
    );
    const overdue = findings(text, settings, ['action-item-overdue']);
    assert.equal(overdue.length, 2);
    const done = overdue.map((f) => f.fixes.find((x) => x.title === 'Mark this action item as done')!);
    assert.match(apply(text, done[0]), /- \[x\] Add retries/);
    assert.match(apply(text, done[1]), /\| 2026-03-01 \| Done \|/);
  });
});
