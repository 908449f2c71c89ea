/**
 * The parts of a plan that teams write under one remediation heading: a record of the response
 * already carried out, work still to come, a due range in a sub-heading, a team that owns an item,
 * and firm commitments written as prose. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { hoverMarkdown } from '../../../server/src/analysis/model/action-items/editor';
import { apply, findings, UNDATED_PATH } from './helpers';

function read(text: string) {
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model;
}
const titles = (text: string) => read(text).actionItems.map((i) => i.text);

const HEAD = '# Queue stall\n\n## Summary\n\nThe queue stopped for an hour.\n\n## Remediation\n\n';

describe('action items: a record of the response is not follow-up work', () => {
  it('skips the steps, and their details, under a heading that says they were carried out', () => {
    const text =
      HEAD +
      '### Immediate actions (completed)\n\n1. **Find the stuck consumer**\nWe traced the stall by reading:\n\n- Consumer offsets\n- Broker logs\n\n' +
      '2. **Move to a fresh partition**\n\n- Created a second partition with its own retention.\n- Drained the old one overnight.\n\n' +
      '### Follow-up work\n\n- Alert on consumer lag per partition\n';
    assert.deepEqual(titles(text), ['Alert on consumer lag per partition']);
  });

  it('skips "Steps taken" and "What we did" wherever they stand in the plan', () => {
    for (const heading of ['Steps taken', 'What we did', 'Mitigation steps performed']) {
      const text = `${HEAD}### ${heading}\n\n- Restarted the consumers\n- Paused the producers\n\n### Next steps\n\n- Add a lag alert\n`;
      assert.deepEqual(titles(text), ['Add a lag alert'], heading);
    }
  });

  it('skips an "Immediate actions" list only when every step reports done work', () => {
    const done = `${HEAD}### Immediate actions\n\n- ✅ Rolled back the release and shipped 3.1.1\n- Posted a notice to every affected team\n\n### Later\n\n- Add a canary stage\n`;
    assert.deepEqual(titles(done), ['Add a canary stage']);
    const labelled = done.replace('### Later', '**Action item:** Page the owner of a stalled queue within ten minutes.\n\n### Later');
    assert.deepEqual(titles(labelled), ['Page the owner of a stalled queue within ten minutes.', 'Add a canary stage']);
    const toCome = `${HEAD}### Immediate actions\n\n- Roll back the release\n- Post a notice to every affected team\n`;
    assert.deepEqual(titles(toCome), ['Roll back the release', 'Post a notice to every affected team']);
  });

  it('reads the past tense of verbs that do not end in "-ed" as done work ("Sent …", "Ran …")', () => {
    const log = `${HEAD}### Immediate actions\n\n- Sent a notice to every affected team\n- Ran the replay job for the lost hour\n\n### Later\n\n- Add a canary stage\n`;
    assert.deepEqual(titles(log), ['Add a canary stage']);
    const plan = `${HEAD}- Sent the customer notice\n- Build a replay tool\n`;
    assert.deepEqual(
      read(plan).actionItems.map((i) => i.done),
      [true, false],
    );
  });

  it('keeps the items of a heading that says the work is to come, and work "to be taken"', () => {
    const text = `${HEAD}### Actions to be taken\n\n- Add a canary stage\n\n### Completed follow-ups\n\n- Added a lag alert\n`;
    const items = read(text).actionItems;
    assert.deepEqual(
      items.map((i) => [i.text, i.done]),
      [
        ['Add a canary stage', false],
        ['Added a lag alert', true],
      ],
    );
  });

  it('does not read a sentence telling the immediate recovery as an item', () => {
    const text = `${HEAD}We have taken immediate steps to recover by draining the old partition. We will add a lag alert by 2026-07-01.\n`;
    assert.deepEqual(titles(text), ['We will add a lag alert by 2026-07-01.']);
  });
});

describe('action items: work still to come in the plan', () => {
  it('does not read the list that names the parts of the item before it as items of their own', () => {
    const text =
      HEAD +
      '### Planned\n\n1. **Deeper broker monitoring**\n   We will add dashboards and alerts for:\n\n- Consumer lag per partition\n- Disk use per broker\n\n' +
      '2. **Replay tooling**\nWe will write a replay tool.\n';
    assert.deepEqual(
      read(text).actionItems.map((i) => i.line),
      [10, 16],
    );
  });

  it('still reads a list of tasks after such a lead-in, and the list after "the following:"', () => {
    const tasks = `${HEAD}1. **Deeper broker monitoring**\n   We will add alerts for:\n\n- Add a lag alert per partition\n- Add a disk alert per broker\n`;
    assert.equal(read(tasks).actionItems.length, 3);
    const following = `${HEAD}1. **Deeper broker monitoring**\n   We will do the following:\n\n- Consumer lag per partition\n- Disk use per broker\n`;
    assert.equal(read(following).actionItems.length, 3);
  });

  it('reads an item that commits to its work as open, whatever participle its title opens with', () => {
    const text = `${HEAD}1. **Improved runbooks for broker limits**\nWe plan to write down what to check first.\n\n2. **Improved runbooks for disks**\nWritten and linked from the alert.\n`;
    assert.deepEqual(
      read(text).actionItems.map((i) => i.done),
      [false, true],
    );
  });
});

describe('action items: a due date written in a heading of the plan', () => {
  const plan =
    HEAD +
    '### Later work (Q3–Q4 2027)\n\n- Build a replay tool\n- Alert on consumer lag (due: 2027-05-01)\n\n' +
    '### Fixes (target: 2026-02-01)\n\n- Cap the retries of each consumer\n\n### Other work\n\n- Write the broker runbook\n';

  it('applies to the items under it that write none of their own, not past the next heading', () => {
    assert.deepEqual(
      read(plan).actionItems.map((i) => [i.text, i.dueText]),
      [
        ['Build a replay tool', 'Q3–Q4 2027'],
        ['Alert on consumer lag (due: 2027-05-01)', '2027-05-01'],
        ['Cap the retries of each consumer', '2026-02-01'],
        ['Write the broker runbook', null],
      ],
    );
  });

  it('reads a range of quarters in parentheses, and a date after a colon', () => {
    for (const [heading, due] of [
      ['Long-term (Q4 2027 - Q1 2028)', 'Q4 2027 - Q1 2028'],
      ['Next quarter: Q3 2027', 'Q3 2027'],
      ['Follow-up (In Progress)', null],
    ]) {
      const text = `${HEAD}### ${heading}\n\n- Build a replay tool\n`;
      assert.equal(read(text).actionItems[0]?.dueText, due, heading as string);
    }
  });

  it('is reported once when vague, and an overdue item under it is reported on the item, with a date of its own as the fix', () => {
    const text = plan.replace('(Q3–Q4 2027)', '(Q3 2027)').replace('- Alert on consumer lag (due: 2027-05-01)\n', '- Alert on consumer lag\n');
    const vague = findings(text, defaultSettings(), ['action-item-vague-due']);
    assert.equal(vague.length, 1);
    assert.equal(text.slice(vague[0].start, vague[0].end), 'Q3 2027');
    const overdue = findings(text, defaultSettings(), ['action-item-overdue']);
    assert.equal(overdue.length, 1);
    assert.equal(text.slice(overdue[0].start, overdue[0].end), 'Cap the retries of each consumer');
    const move = overdue[0].fixes.find((f) => f.title.startsWith('Move the due date'));
    assert.ok(move);
    const after = apply(text, move);
    assert.ok(after.includes('### Fixes (target: 2026-02-01)'), 'the heading keeps its date');
    assert.match(after, /- Cap the retries of each consumer \(?due:? \d{4}-\d{2}-\d{2}/);
  });
});

describe('action items: status lines of the response under a response heading', () => {
  const doc = (plan: string) => `# Cache poisoning\n\n## 1. Summary\n\nA bad entry spread.\n\n${plan}`;

  it('reads a numbered "Remediation" over what was contained as the unnumbered one: a record, no items', () => {
    const plan = 'Completed:\n\n- Writes to the shared cache paused.\n- Full review of the bad keys finished (this page).\n';
    assert.deepEqual(titles(doc(`## 4. Remediation\n\n${plan}`)), []);
    assert.deepEqual(titles(doc(`## Remediation\n\n${plan}`)), []);
  });

  it('keeps only the entry that promises work to come among status lines of the recovery', () => {
    const plan =
      '## 5. Recovery actions\n\n- Poisoned keys, their writers, and every edge node touched located (see the log).\n' +
      '- The request trail in the proxy is usable for the report to the host.\n' +
      '- Tenants served bad pages have been listed and will be emailed about credits.\n';
    assert.deepEqual(titles(doc(plan)), ['Tenants served bad pages have been listed and will be emailed about credits.']);
  });

  it('leaves a response heading alone when an entry is a task, when none is told done, or under a sub-heading of its own', () => {
    const tasks = '## Recovery actions\n\n- Poisoned keys located.\n- Purge the edge caches\n';
    assert.deepEqual(titles(doc(tasks)), ['Poisoned keys located.', 'Purge the edge caches']);
    const nouns = '## Recovery actions\n\n- A second cache tier per region\n- Signed cache entries\n';
    assert.deepEqual(titles(doc(nouns)), ['A second cache tier per region', 'Signed cache entries']);
    const nested = '## Recovery actions\n\n- Writes to the shared cache paused.\n\n### Still to do\n\n- Add a second cache tier per region\n';
    assert.deepEqual(titles(doc(nested)), ['Add a second cache tier per region']);
  });

  it('still reads a "Completed:" list in the plan itself as done items', () => {
    const model = read(doc('## Action items\n\nCompleted:\n\n- Writes to the shared cache paused.\n- Signed cache entries added\n'));
    assert.deepEqual(
      model.actionItems.map((i) => [i.text, i.done]),
      [
        ['Writes to the shared cache paused.', true],
        ['Signed cache entries added', true],
      ],
    );
  });
});

describe('action items: a due window counted from the review, in a heading of the plan', () => {
  const dated = (date: string, plan: string) => `# Queue stall\n\n**Date:** ${date}\n\n## Summary\n\nThe queue stopped.\n\n## Action items\n\n${plan}`;
  const windows =
    '### Immediate actions (0-7 days)\n\n- [ ] Alert on consumer lag\n- [ ] Cap the retries (due: 2026-03-20)\n\n' +
    '### Short-term improvements (8–30 days)\n\n- [ ] Build a replay tool\n\n### Long-term (30+ days)\n\n- [ ] Split the broker\n';

  it('gives the items under it the date that far after the post-mortem, and keeps a date an item writes', () => {
    const model = read(dated('2026-03-02', windows));
    assert.deepEqual(
      model.actionItems.map((i) => [i.text, i.due, i.dueKind, i.dueText]),
      [
        ['Alert on consumer lag', '2026-03-09', 'window', '0-7 days'],
        ['Cap the retries (due: 2026-03-20)', '2026-03-20', 'date', '2026-03-20'],
        ['Build a replay tool', '2026-04-01', 'window', '8–30 days'],
        ['Split the broker', null, 'words', '30+ days'],
      ],
    );
  });

  it('counts weeks and calendar months, from front matter or a date in the title too', () => {
    for (const [heading, due] of [
      ['Next steps (1-2 weeks)', '2026-02-14'],
      ['Follow-up: within 1 month', '2026-02-28'],
      ['Later (**next 3 months**)', '2026-04-30'],
      ['Soon (≤ 10d)', '2026-02-10'],
    ]) {
      const plan = `### ${heading}\n\n- [ ] Build a replay tool\n`;
      assert.equal(read(dated('2026-01-31', plan)).actionItems[0]?.due, due, heading);
      assert.equal(read(`---\ndate: 2026-01-31\n---\n\n# Stall\n\n## Action items\n\n${plan}`).actionItems[0]?.due, due, heading);
      assert.equal(read(`# 2026-01-31: queue stall\n\n## Action items\n\n${plan}`).actionItems[0]?.due, due, heading);
    }
  });

  it('counts a window of hours or minutes after "next", "within" or "in" from the incident\'s day', () => {
    for (const [heading, due] of [
      ['Immediate (Next 45min)', '2026-01-31'],
      ['Today (within 4 hours)', '2026-01-31'],
      ['Follow-on (Next 36h)', '2026-02-01'],
      ['Soon: in the next 2-48 hrs', '2026-02-02'],
    ]) {
      const item = read(dated('2026-01-31', `### ${heading}\n\n- [ ] Build a replay tool\n`)).actionItems[0];
      assert.deepEqual([item?.due, item?.dueKind], [due, 'window'], heading);
    }
  });

  it('reads no window in an estimate of effort in hours, nor a bare clock reading', () => {
    for (const heading of ['Replay tool (3h)', 'Replay tool (2-4 hours)', 'Replay tool (10h)', 'Replay tool (next 30 minutes ago)']) {
      const item = read(dated('2026-03-02', `### ${heading}\n\n- [ ] Build a replay tool\n`)).actionItems[0];
      assert.equal(item?.due, null, heading);
      assert.equal(item?.dueText, null, heading);
    }
  });

  it('leaves words that are not a window alone: reversed ends, counts of other things, spans of years', () => {
    for (const heading of ['Fixes (7-0 days)', 'Fixes (2 engineers)', 'Fixes (0-900 days)', 'Fixes (days 1-7)', 'Fixes (0-7)']) {
      const item = read(dated('2026-03-02', `### ${heading}\n\n- [ ] Build a replay tool\n`)).actionItems[0];
      assert.equal(item?.due, null, heading);
      assert.equal(item?.dueText, null, heading);
    }
  });

  it('is a due the rule accepts when counted, reported once per heading when the document has no date or the window no end', () => {
    const counted = findings(dated('2026-03-02', windows), defaultSettings(), ['action-item-vague-due']);
    assert.deepEqual(
      counted.map((f) => f.message),
      ['The due "30+ days" is not a calendar date, so nobody can tell when this item is late. Write a date as YYYY-MM-DD.'],
    );
    const undated = HEAD + windows.replace('- [ ] Build a replay tool\n', '- [ ] Build a replay tool\n- [ ] Add a lag dashboard\n');
    const vague = findings(undated, defaultSettings(), ['action-item-vague-due'], UNDATED_PATH);
    assert.deepEqual(
      vague.map((f) => undated.slice(f.start, f.end)),
      ['0-7 days', '8–30 days', '30+ days'],
    );
  });

  it('makes the items overdue once their window has passed, and the fix writes a date on the item, not in the heading', () => {
    const text = dated('2026-02-01', windows);
    const overdue = findings(text, defaultSettings(), ['action-item-overdue']);
    assert.deepEqual(
      overdue.map((f) => text.slice(f.start, f.end)),
      ['Alert on consumer lag', 'Build a replay tool'],
    );
    const move = overdue[0].fixes.find((f) => f.title.startsWith('Move the due date'));
    assert.ok(move);
    const after = apply(text, move);
    assert.ok(after.includes('### Immediate actions (0-7 days)'), 'the heading keeps its window');
    assert.match(after, /- \[ \] Alert on consumer lag \(?due:? \d{4}-\d{2}-\d{2}/);
  });

  it('says in the hover where the date comes from', () => {
    const item = read(dated('2026-03-02', windows)).actionItems[0];
    assert.match(hoverMarkdown(item, new Date('2026-03-04T12:00:00Z')), /due: 2026-03-09 \(in 5 days\), "0-7 days" counted from the post-mortem's date/);
  });
});

describe('action items: a team that should do the work owns it', () => {
  it('reads the team named as the subject, after the bold title too', () => {
    const text = `${HEAD}- **Watch retries:** The queue platform team should alert on retry storms.\n- @omar must rotate the broker keys\n- We should add a canary stage\n`;
    assert.deepEqual(
      read(text).actionItems.map((i) => i.owner),
      ['The queue platform team', '@omar', null],
    );
  });

  it('does not make prose outside the plan an item for saying what a team should do', () => {
    const text =
      '# Queue stall\n\n## Summary\n\nThe queue stopped for an hour. The queue platform team should review retry limits.\n\n## Lessons learned\n\nRetries hid the stall.\n';
    assert.deepEqual(titles(text), []);
  });
});

describe('action items: firm future prose in the plan', () => {
  it('reads a future passive or progressive of any verb as work, but not a sentence that tells more of the one before', () => {
    const text =
      `${HEAD}All the lost messages will be replayed to their consumers in the next release. ` +
      'These messages will be taken from the nightly archive. Until then, the on-call rotation will be closely watching the consumer lag.\n';
    assert.deepEqual(titles(text), [
      'All the lost messages will be replayed to their consumers in the next release.',
      'Until then, the on-call rotation will be closely watching the consumer lag.',
    ]);
  });

  it('does not read such a sentence outside the plan, or one about who is affected', () => {
    const outside = '# Queue stall\n\n## Summary\n\nAll the lost messages will be replayed to their consumers in the next release.\n';
    assert.deepEqual(titles(outside), []);
    const affected = `${HEAD}Some consumers will be affected during the replay.\n`;
    assert.deepEqual(titles(affected), []);
  });
});

describe('action items: steps of the response told as done, under a heading of the response', () => {
  const DOC = '# Ledger halt\n\n## Summary\n\nThe ledger stopped for an hour.\n\n';

  it('skips "Resolving actions" whose steps mostly report done work and the rest name no task', () => {
    const text =
      DOC +
      '### Resolving actions\n\n- operators restored their nodes to the last good height\n- operators pinned the previous release\n- a vote to undo the faulty payout\n\n' +
      '### Resolving actions\n\n- prepare a fixed contract for the test network\n- replay the payout on a copy first\n';
    assert.deepEqual(titles(text), ['prepare a fixed contract for the test network', 'replay the payout on a copy first']);
  });

  it('skips a bare "Remediation" whose numbered steps report the fix, some in verbs it does not know', () => {
    const text =
      DOC +
      '## Remediation\n\n1. **Stopped the writes** at once and took a dump of every table.\n2. **Re-keyed the replicas** with the new secret.\n' +
      '3. **Added the audit table to the backup job**, with its own role.\n\n## Prevention\n\n- Alert when a backup job has not run for a day\n';
    assert.deepEqual(titles(text), ['Alert when a backup job has not run for a day']);
    // The same steps under "Action items" are the team's work, done: finished items ("Re-keyed" is a verb it does not know).
    const listed = text.replace('## Remediation', '## Action items');
    assert.deepEqual(
      read(listed).actionItems.map((i) => i.done),
      [true, false, true, false],
    );
    // A "Remediation" that holds tasks is a plan.
    const plan = `${DOC}## Remediation\n\n1. Re-key the replicas\n2. Added the audit table to the backup job\n`;
    assert.deepEqual(titles(plan), ['Re-key the replicas', 'Added the audit table to the backup job']);
  });

  it('skips the done steps under a "**Remediation:**" line, and keeps those that hold a task', () => {
    const text = `${DOC}## What went wrong\n\nThe signing key leaked into a log.\n\n**Remediation:**\n\n- Signing key revoked in both stores.\n- Fresh keys issued; every consumer updated.\n`;
    assert.deepEqual(titles(text), []);
    const plan = text.replace('- Fresh keys issued; every consumer updated.', '- Issue fresh keys to every consumer.');
    assert.deepEqual(titles(plan), ['Signing key revoked in both stores.', 'Issue fresh keys to every consumer.']);
  });
});

describe('action items: the steps a fix took, and advice with an adverb first', () => {
  const DOC = '# Fee switch\n\n## Summary\n\nA fee could be redirected.\n\n';

  it('does not read the list after "The fix involved two steps:" as work to do, but reads it after "The fix will need:"', () => {
    const done = `${DOC}## Details of the fix\n\nThe fix involved two steps:\n\n1. Replace the admin of the old factory with a fixed contract\n2. Set the fee receiver to the treasury\n`;
    assert.deepEqual(titles(done), []);
    const plan = done.replace('The fix involved two steps:', 'The fix will need two steps:');
    assert.deepEqual(titles(plan), ['Replace the admin of the old factory with a fixed contract', 'Set the fee receiver to the treasury']);
  });

  it('reads no owner, and so no promise, from "Sometimes to fix …" in a lesson', () => {
    const text = `${DOC}## Lessons and thoughts\n\n- Keep stored values small. Sometimes to fix the bugs, you may have to do hacks.\n`;
    assert.deepEqual(titles(text), []);
  });
});

describe('action items: a list of causes under the plan', () => {
  const DOC = '# Upgrade failure\n\n## Summary\n\nThe upgrade broke three installs.\n\n## Prevention\n\n';

  it('is not work when its lead-in gives the causes ("were due to …:", "because of:", "the reasons were:")', () => {
    for (const lead of ['All of the failures were due to gaps in our tests:', 'It broke because of:', 'The reasons were:']) {
      const text = `${DOC}${lead}\n\n- the upgrade path had no test at all\n- the region default was only half covered\n\nEvery change now ships with a test, and we will add an upgrade test per release.\n`;
      assert.deepEqual(titles(text), ['Every change now ships with a test, and we will add an upgrade test per release.'], lead);
    }
  });

  it('is work when the lead-in names what to do about them', () => {
    const text = `${DOC}To close the gaps due to missing tests, we will:\n\n- add a test of the upgrade path\n- cover the region default fully\n`;
    assert.deepEqual(titles(text), ['add a test of the upgrade path', 'cover the region default fully']);
  });
});

describe('action items: work reported done in the passive, in the prose of the plan', () => {
  const DOC = '# Upgrade failure\n\n## Summary\n\nThe upgrade broke three installs.\n\n## Prevention\n\n';

  it('reads "… and a test of the whole upgrade has been written" as a done item', () => {
    const text = `${DOC}The hotfix for this case has already been shipped, and a test of the whole upgrade path has been written.\n`;
    assert.deepEqual(
      read(text).actionItems.map((i) => [i.text, i.done]),
      [['The hotfix for this case has already been shipped, and a test of the whole upgrade path has been written.', true]],
    );
  });

  it('does not read a passive that tells of the incident ("the log format has been changed")', () => {
    const text = `${DOC}Apparently the log format has been changed upstream. We will add a parser test per release.\n`;
    assert.deepEqual(titles(text), ['We will add a parser test per release.']);
  });
});

describe('action items: a numbered sub-heading over a list names a group', () => {
  it('reads the entries of its list as the items, after a bold lead-in or a code block too', () => {
    const text =
      `${HEAD}### 1. Retire the manual failover\n\n**Never by hand:**\n\n\`\`\`sh\nbrokerctl promote --all\n\`\`\`\n\n**Choices:**\n\n- Script the promotion per node\n- Require a second reviewer\n\n` +
      '### 2) Consumer hygiene\n\n- Cap the retries of each consumer\n- Alert on consumer lag\n';
    assert.deepEqual(titles(text), ['Script the promotion per node', 'Require a second reviewer', 'Cap the retries of each consumer', 'Alert on consumer lag']);
  });

  it('keeps a numbered sub-heading with only prose, or nothing, under it as one item', () => {
    const text = `${HEAD}### 1. Replay tool for the queue\n\nIt re-sends what a stalled consumer missed.\n\n### 2. Lag alert\n\n### 3. Broker runbook\n\n\`\`\`\nsteps to come\n\`\`\`\n`;
    assert.deepEqual(titles(text), ['1. Replay tool for the queue', '2. Lag alert', '3. Broker runbook']);
  });
});

describe('action items: a verb-led sub-heading over a list names a group', () => {
  it('reads the list entries as the items, not the heading spanning them', () => {
    const text =
      `${HEAD}### Trim logging and the data it keeps\n\nWe keep far too much in the request logs.\n\n` +
      '- Hashing every account name before it is written\n- Cutting log retention to two weeks\n\n' +
      '### Secure releases\n\nWhat we settled on:\n\n* Signing happens on one offline laptop\n* We rotate the signing key every year\n';
    const got = titles(text);
    assert.ok(!got.some((t) => t.startsWith('Trim logging')), `no item for the heading: ${JSON.stringify(got)}`);
    assert.ok(!got.some((t) => t.startsWith('Secure releases')), `no item for the heading: ${JSON.stringify(got)}`);
    assert.ok(
      got.some((t) => t.startsWith('Hashing every account name')),
      JSON.stringify(got),
    );
    assert.ok(
      got.some((t) => t.startsWith('Cutting log retention')),
      JSON.stringify(got),
    );
    assert.ok(
      got.some((t) => t.startsWith('We rotate the signing key')),
      JSON.stringify(got),
    );
  });

  it('keeps a verb-led sub-heading with only prose under it as one item', () => {
    const text = `${HEAD}### Add a lag alert to the consumers\n\nIt pages the on-call engineer after five minutes of lag.\n\n### Cap the retries\n\nEach consumer stops after three tries.\n`;
    const got = titles(text);
    assert.deepEqual(
      got.filter((t) => t.startsWith('Add a lag alert') || t.startsWith('Cap the retries')),
      ['Add a lag alert to the consumers', 'Cap the retries'],
    );
  });
});
