/**
 * Reading rules that generalise: shapes of post-mortems that are not action items whatever
 * their heading says, and shapes of follow-up work that teams write without our words. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { isQuestion, readsAsTask } from '../../../server/src/analysis/model/action-items/labels';
import { promisesStatusOnly, readSentence, reportsDone } from '../../../server/src/analysis/model/action-items/reading';
import { scanTokens } from '../../../server/src/analysis/model/action-items/tokens';
import { addressesReader } from '../../../server/src/analysis/base/normalise';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { items, postmortem } from './helpers';

function read(text: string) {
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model;
}
const titles = (text: string) => read(text).actionItems.map((i) => i.text);

describe('action items: what is not one, whatever the heading', () => {
  it('a question in a list of next steps commits no one to anything', () => {
    const text =
      '# Disk full\n\n## Next steps\n\n- Add a disk usage alert (owner: Ravi)\n- Should the logs live on their own volume?\n- Who reviews the retention policy?\n';
    assert.deepEqual(titles(text), ['Add a disk usage alert (owner: Ravi)']);
  });

  it('a task that ends on a question, or a checkbox question, is still an item', () => {
    const text = '# Disk full\n\n## Next steps\n\n- Define a retention policy (per service, or one for all?)\n- [ ] Can the agent rotate its own logs?\n';
    assert.equal(read(text).actionItems.length, 2);
    assert.equal(isQuestion('Who owns the disk?'), true);
    assert.equal(isQuestion('Who owns the disk?**'), true);
    assert.equal(isQuestion('Add an alert.'), false);
  });

  it('a bold line naming open questions ends the bold-line section of next steps before it', () => {
    const text =
      'Queue stall, April\n\n**Summary**\n\nThe queue stalled.\n\n**Next steps**\n\n1. Cap retries at five. Owner: Lea.\n\n**Open questions**\n\n- Do other consumers retry forever?\n- Was the alert threshold right?\n';
    const model = read(text);
    assert.deepEqual(
      model.actionItems.map((i) => i.text),
      ['Cap retries at five. Owner: Lea.'],
    );
    const steps = model.sections.find((s) => s.kind === 'action-items');
    assert.ok(steps && steps.end <= text.indexOf('**Open questions**'), 'the plan ends where the questions start');
  });

  it('a table of who did what at which time is a log, not a list of work', () => {
    const text =
      '# Cache outage\n\n## Response log\n\n| Time | Who | What |\n| --- | --- | --- |\n| 10:02 | Ana | Restarted the primary |\n| 10:15 | Ben | Flushed stale keys |\n';
    assert.deepEqual(titles(text), []);
  });

  it('a table of work with a "When" column of dates is still read', () => {
    const text =
      '# Cache outage\n\n## Summary\n\nThe cache fell over.\n\n| What | Who | When |\n| --- | --- | --- |\n| Add a cache canary | Ana | 2026-06-01 |\n';
    assert.deepEqual(titles(text), ['Add a cache canary']);
  });

  it('without an action list, promises to keep watching or to say more are not follow-up work', () => {
    const text =
      '# Cache outage\n\n## Summary\n\nThe cache cluster went down for an hour. We will continue to monitor the cluster. We will update this page when we know more. ' +
      "We'll share a full write-up next week. We are publishing more details soon. We will add a second cache region.\n";
    assert.deepEqual(titles(text), ['We will add a second cache region.']);
    // In the prose of a plan too: the promise to keep watching is not one of its items.
    const plan =
      '# Cache outage\n\n## What we are changing\n\nWe will add a second cache region. We will keep monitoring the cache and we will update this post if anything changes.\n';
    assert.deepEqual(titles(plan), ['We will add a second cache region.']);
    assert.equal(promisesStatusOnly('We will keep you posted.'), true);
    assert.equal(promisesStatusOnly('We will update the status page automatically when a region fails.'), false);
    assert.equal(promisesStatusOnly('We will add a second region.'), false);
  });
});

describe('action items: a list of fields is not a list of work', () => {
  it('a closing list of figures ("Time to detection: 40 minutes") adds no item and names no owner "Time"', () => {
    const text =
      '# Queue backlog\n\n## Summary\n\nThe queue backed up.\n\n## Action Items\n\n- Alert on queue depth\n\n## Figures\n\n' +
      '- Area: Messaging\n- Time to detection: 40 minutes\n- Time to recovery: 3 hours\n- **Time to first response**: N/A\n';
    assert.deepEqual(titles(text), ['Alert on queue depth']);
    // Without an action list, the same fields are no prose commitment either.
    const bare = '# Queue backlog\n\n## Summary\n\nThe queue backed up.\n\n## Figures\n\n- Time to detection: 40 minutes\n- Time to recovery: 3 hours\n';
    assert.deepEqual(titles(bare), []);
    assert.equal(readSentence('Time to detection: 40 minutes'), null);
    assert.equal(readSentence('Time to mitigate:2h'), null);
  });

  it('a named owner "to" a verb of work before a colon still commits', () => {
    assert.equal(readSentence('Omar to rotate keys: by Friday')?.kind, 'future');
    assert.equal(readSentence('Ravi to add the alert.')?.kind, 'future');
    const text = '# Queue backlog\n\n## Summary\n\nThe queue backed up.\n\n## Notes\n\n- Omar to rotate keys: by Friday\n- Ravi to add the alert\n';
    assert.deepEqual(
      read(text).actionItems.map((i) => i.owner),
      ['Omar', 'Ravi'],
    );
  });
});

describe('action items: a checkbox is a task wherever it stands', () => {
  it('reads the boxes among lessons or under a heading of no section as items, the bullets beside them as lessons', () => {
    const text =
      '# Replica lag\n\n## Summary\n\nReads went stale.\n\n## Lessons learned\n\n- Lag alerts were too coarse.\n- [ ] Alert on lag per replica\n- [x] Pin the replica count\n\n' +
      '## Odds and ends\n\n* [ ] Ask the vendor about lag metrics @lin\n';
    assert.deepEqual(
      read(text).actionItems.map((i) => [i.text, i.done]),
      [
        ['Alert on lag per replica', false],
        ['Pin the replica count', true],
        ['Ask the vendor about lag metrics @lin', false],
      ],
    );
  });

  it('leaves the boxes that track the write-up (its status, its sign-off) alone', () => {
    const text =
      '# Replica lag\n\n## Summary\n\nReads went stale.\n\n## Review status\n\n- [x] Timeline filled in\n- [ ] Read by the on-call lead\n\n' +
      '## Sign-off\n\n- [ ] Engineering manager\n\n## Action items\n\n- Alert on lag per replica\n';
    assert.deepEqual(
      read(text).actionItems.map((i) => i.text),
      ['Alert on lag per replica'],
    );
  });

  it("leaves the numbered boxes that close the report's own ticket alone, but reads a plan to close a gap", () => {
    const closing =
      '# Queue stall\n\n### Summary\n\n- **Cause:** a stuck consumer\n- **Follow-ups:**\n  - [ ] Restart consumers on a health probe\n\n' +
      '### Steps to close\n\n1. [x] Owner: has a responder been named on this ticket?\n2. [x] Tags: is a service tag set?\n' +
      '3. [x] "Cause" - write it into the summary\n4. [ ] Follow-ups copied to the summary\n';
    assert.deepEqual(
      read(closing).actionItems.map((i) => i.text),
      ['Restart consumers on a health probe'],
    );
    const variant = closing.replace('### Steps to close', '## Before closing this issue:');
    assert.deepEqual(
      read(variant).actionItems.map((i) => i.text),
      ['Restart consumers on a health probe'],
    );
    const plan = closing.replace(/### Steps to close[\s\S]*$/, '### Steps to close the gap\n\n1. [ ] Page on consumer lag\n2. [ ] Cap the retry queue\n');
    assert.deepEqual(
      read(plan).actionItems.map((i) => i.text),
      ['Restart consumers on a health probe', 'Page on consumer lag', 'Cap the retry queue'],
    );
  });

  it('leaves the boxes that tick off steps of the response or the timeline alone', () => {
    const text =
      '# Replica lag\n\n## Summary\n\nReads went stale.\n\n## Response\n\n- [x] Fail reads over to the primary\n- [x] Rebuild the lagging replica\n\n' +
      '## Timeline\n\n- [x] 10:02 lag alert\n- [x] 10:30 replica rebuilt\n\n## Action items\n\n- Alert on lag per replica\n';
    assert.deepEqual(
      read(text).actionItems.map((i) => i.text),
      ['Alert on lag per replica'],
    );
  });
});

describe('action items: a firm commitment in the analysis beside a list', () => {
  const doc = (extra: string) =>
    '# Upload failures\n\n## Summary\n\nUploads failed for an hour. We will add a size check to the upload path.\n\n' +
    `## Detection\n\nNobody was paged until customers wrote in. ${extra}\n\n` +
    '## Lessons learned\n\nWe need to watch the upload queue. We will add a size check to every upload path as well.\n\n' +
    '## Action items\n\n- Add a size check to the upload path (owner: Ines)\n';

  it('is read as an item of its own; the summary retelling the plan, a need and a restated item are not', () => {
    const items = read(doc('We will page on the ratio of failed uploads from now on.')).actionItems;
    assert.deepEqual(
      items.map((i) => [i.text, i.implicit === true]),
      [
        ['We will page on the ratio of failed uploads from now on.', true],
        ['Add a size check to the upload path (owner: Ines)', false],
      ],
    );
  });

  it('a promise to keep watching, a "should" and a condition stay prose', () => {
    const items = read(doc('We will keep monitoring the uploads. We should page on failures. If we will need more, we ask.')).actionItems;
    assert.deepEqual(
      items.map((i) => i.text),
      ['Add a size check to the upload path (owner: Ines)'],
    );
  });
});

describe("action items: advice to readers is not the authors' work", () => {
  it('a section that tells readers what to do holds no items, whatever its heading or verbs', () => {
    const text =
      '# Token exposure\n\n## Summary\n\nA token leaked. We revoked it.\n\n## What you should do\n\n- Rotate any token you copied.\n- Review your audit log.\n- Update your client to 4.2.1.\n\n' +
      '## Recommendations for users\n\n1. Use short-lived tokens.\n2. Enable two-factor authentication on your account.\n3. Check your package versions.\n\n## Action items\n\n- Add secret scanning to every build (owner: Ola)\n';
    const model = read(text);
    assert.deepEqual(
      model.actionItems.map((i) => i.text),
      ['Add secret scanning to every build (owner: Ola)'],
    );
    assert.deepEqual(
      model.sections.filter((s) => s.kind === 'action-items').map((s) => s.heading.text),
      ['Action items'],
    );
    assert.equal(addressesReader('What you need to do'), true);
    assert.equal(addressesReader('Next steps for customers'), true);
    assert.equal(addressesReader('Impact on users'), false);
    assert.equal(addressesReader('Next steps'), false);
  });
});

describe('action items: follow-up work in shapes teams use', () => {
  it('a section of lessons and next steps holds items only where the words read as tasks', () => {
    const text =
      '# Cache outage\n\n## Summary\n\nThe cache fell over.\n\n## Lessons learned and action items\n\n' +
      '- Monitoring caught the failure quickly.\n- The runbook was out of date.\n- Update the runbook for cache restarts (owner: Ana)\n- We will add a canary for the cache (@ben)\n';
    assert.deepEqual(titles(text), ['Update the runbook for cache restarts (owner: Ana)', 'We will add a canary for the cache (@ben)']);
    assert.equal(readsAsTask('Monitoring caught the failure quickly.'), false);
    assert.equal(readsAsTask('OPS-12: alerting on queue depth'), true);
  });

  it('a name and a due date in parentheses are the owner and the due date, without keys', () => {
    assert.equal(scanTokens('Pin firmware versions (Kenji Watanabe, by 2026-09-05)').owner?.value, 'Kenji Watanabe');
    assert.equal(scanTokens('Refresh keys on failure (Mei Tanaka, due 2026-11-15)').owner?.value, 'Mei Tanaka');
    assert.equal(scanTokens('Shorten the soak test (@amara; Q3)').owner?.value, '@amara');
    // Without a date beside it, a capitalised word in parentheses is not an owner.
    assert.equal(scanTokens('Move the job (Postgres, Redis)').owner, null);
    // A date first is no name.
    assert.equal(scanTokens('Move the job (2026-05-01, later)').owner, null);
  });

  it('items nested under a team name take their owners from their own parentheses', () => {
    const text =
      '# Login failures\n\n## Action items\n\n- Identity team:\n  - Publish keys early (Farah Siddiqui, due 2026-11-01)\n- Mobile team:\n  - Refresh the key list (Mei Tanaka, due 2026-11-15)\n';
    const items = read(text).actionItems;
    assert.deepEqual(
      items.map((i) => [i.owner, i.due]),
      [
        ['Farah Siddiqui', '2026-11-01'],
        ['Mei Tanaka', '2026-11-15'],
      ],
    );
  });
});

describe('action items: more ways teams write them', () => {
  it('numbered "AI-1:", "Action item 2:" and "Follow-up #3:" paragraphs are items; "ai" in a sentence is no label', () => {
    const text =
      '# Payout delays\n\n## Summary\n\nPayouts waited a day.\n\n## Remediation\n\nAI-1: Alert on worker saturation. Owner: Lee.\n\n**Action item 2:** Add queue depth to the dashboard.\n\nFollow-up #3: Write down how to drain the queue.\n\n## Discussion\n\nai: the model we tried did not help. The queue drained by noon.\n';
    assert.deepEqual(titles(text), ['Alert on worker saturation. Owner: Lee.', 'Add queue depth to the dashboard.', 'Write down how to drain the queue.']);
  });

  it('a table of changes with a number column reads the words, not the numbers, and knows "Change", "Team" and "Quarter"', () => {
    const text =
      '# Payout delays\n\n## Summary\n\nPayouts waited a day.\n\n## What changes\n\nText before.\n\n| # | Change | Team | Quarter |\n|---|---|---|---|\n| 1 | Autoscale the worker pool | Payments | Q3 |\n| 2 | Load test the payout batch | SRE | Q4 |\n';
    const items = read(text).actionItems;
    assert.deepEqual(
      items.map((i) => [i.text, i.owner, i.dueText]),
      [
        ['Autoscale the worker pool', 'Payments', 'Q3'],
        ['Load test the payout batch', 'SRE', 'Q4'],
      ],
    );
  });

  it('an item that opens on a verb of work in the past tense is done; a plan or a timeline line is not', () => {
    const text =
      '# Regression\n\n## Summary\n\nA release broke builds.\n\n## Follow-ups\n\n- Added tests for optional arguments (#12)\n- Rotated the signing keys\n- Planned a release drill for the next quarter\n- Run the compiler over popular packages before each release\n';
    assert.deepEqual(
      read(text).actionItems.map((i) => i.done),
      [true, true, false, false],
    );
  });

  it('in a plan, paragraphs led by bold titles, and a paragraph that starts with a verb of doing, are items; a note is not', () => {
    const text =
      '# Relay outage\n\n## Summary\n\nRelays dropped connections.\n\n## What we are changing\n\nHere is the plan.\n\n' +
      '**Per-client limits.** Each client gets a cap on open connections.\n\n**Descriptor alerts**: the on-call is paged at 80% of the limit.\n\n' +
      'Document the failover drill in the runbook.\n\n**Note:** the caps are tentative.\n';
    assert.deepEqual(titles(text), [
      'Per-client limits. Each client gets a cap on open connections.',
      'Descriptor alerts: the on-call is paged at 80% of the limit.',
      'Document the failover drill in the runbook.',
    ]);
  });

  it('one bold-led paragraph alone is emphasis, not an item', () => {
    const text =
      '# Relay outage\n\n## Summary\n\nRelays dropped connections.\n\n## Next steps\n\n**In short,** the relays need limits.\n\n- Add per-client limits\n';
    assert.deepEqual(titles(text), ['Add per-client limits']);
  });

  it('a sub-heading of a plan that starts with a verb of doing is an item that runs over its description; another sub-heading names a group', () => {
    const text =
      '# Relay outage\n\n## Summary\n\nRelays dropped connections.\n\n## Next steps\n\n### Add per-client limits\n\nEach client gets a cap. We will roll it out region by region.\n\nIt ships in the next release.\n\n' +
      '### Monitoring\n\n- Alert on descriptor use\n\n### Why did the relay fall over?\n\nIt ran out of descriptors.\n';
    const model = read(text);
    assert.deepEqual(
      model.actionItems.map((i) => [i.text, i.shape, i.category]),
      [
        ['Add per-client limits', 'heading', null],
        ['Alert on descriptor use', 'bullet', 'Monitoring'],
      ],
    );
    const item = model.actionItems[0];
    assert.ok(text.slice(item.start, item.end).endsWith('It ships in the next release.'));
  });

  it('reads commitments in more words: a single author, "the plan is to", a wish, a passive promise, work under way', () => {
    const kind = (t: string) => readSentence(t)?.kind ?? null;
    assert.equal(kind("I'm going to add an uptime check."), 'future');
    assert.equal(kind('I plan to script the restore.'), 'future');
    assert.equal(kind('The plan is to move the relays next month.'), 'future');
    assert.equal(kind('Our next step is to cap connections per client.'), 'future');
    assert.equal(kind('Affected depositors will be reimbursed in full.'), 'future');
    assert.equal(kind("We'd like to move the database to its own host."), 'should');
    assert.equal(kind('A fix is being rolled out to every relay.'), 'progress');
    assert.equal(kind('We are now requiring two reviewers.'), 'progress');
    // Thanks, apologies and news are no work.
    assert.equal(kind('We would like to thank everyone who reported it.'), null);
    assert.equal(kind('We want to apologise for the trouble.'), null);
    assert.equal(kind('Users will be affected during the window.'), null);
  });

  it('in a plan, lines that start with a bullet Markdown does not know ("•", "☐", "✅") are one item each, continuation lines included', () => {
    const text =
      '# Outage\n\n## Summary\n\nThe site was down.\n\n## Next steps\n\nHere is what comes next:\n• Add an uptime check\n• Move backups off the host,\n  to a second provider\n✅ Rotated the admin password\n\n## Lessons learned\n\nA → B is how the traffic flows.\n→ it is fine.\n';
    assert.deepEqual(
      read(text).actionItems.map((i) => [i.text, i.done]),
      [
        ['Add an uptime check', false],
        ['Move backups off the host, to a second provider', false],
        ['Rotated the admin password', true],
      ],
    );
  });

  it('a sub-bullet that explains its item is not an item; a sub-bullet task or checkbox is', () => {
    const text =
      '# Outage\n\n## Summary\n\nThe site was down.\n\n## Action items\n\n- Add an uptime check (owner: Ana)\n  - This lets us hear of an outage before users do.\n  - Page the on-call from it\n  - [ ] Test the page\n';
    assert.deepEqual(titles(text), ['Add an uptime check (owner: Ana)', 'Page the on-call from it', 'Test the page']);
  });

  it('a heading that asks the readers to act ("Action required", "Actions for users") is their advice, not the plan', () => {
    for (const heading of ['Action required', 'Actions for users', 'Required actions', 'Next steps for affected customers']) {
      const text = `# Token leak\n\n## Summary\n\nA token leaked.\n\n## ${heading}\n\n- Rotate the token\n- Upgrade to 2.1\n- Review recent uploads\n`;
      assert.deepEqual(titles(text), [], heading);
    }
    assert.equal(addressesReader('Actions for the platform team'), false);
  });

  it('a sentence naming who owns the work just promised gives its owner and due date to those items, and is no item itself', () => {
    const text =
      '# Slow builds\n\n## Summary\n\nBuilds slowed down.\n\n## What we will change\n\nWe will add a unit to every duration in the file. We are also adding a size check to the purge job. Noor Haddad will own these, by the end of August.\n';
    assert.deepEqual(
      read(text).actionItems.map((i) => [i.owner, i.dueText]),
      [
        ['Noor Haddad', 'the end of August'],
        ['Noor Haddad', 'the end of August'],
      ],
    );
  });
});

describe('action items: shapes of public templates and write-ups', () => {
  const model = (text: string) => read(text).actionItems.map((i) => ({ text: i.text, owner: i.owner, due: i.dueText, done: i.done }));
  /** Whether each item of a plan holding `lines` is read as done. */
  const doneMarks = (lines: string) => model(postmortem(lines)).map((i) => i.done);

  it('a closing promise that names no work ("we will do everything we can … and improve") is not an item', () => {
    const text =
      '# Storage outage\n\n## Summary\n\nThe storage index lost capacity for an hour. We will split the index into smaller cells.\n\n' +
      'We are sorry. We will do everything we can to learn from this event and improve.\n';
    assert.deepEqual(titles(text), ['We will split the index into smaller cells.']);
    for (const s of ['We will do better.', 'We will learn from this.', "We'll do our best to earn back your trust.", 'We will work hard to improve.'])
      assert.equal(promisesStatusOnly(s), true, s);
    for (const s of ['We will learn from this by adding a load test.', 'We will improve the disk alert.', 'We will do a restore drill every month.'])
      assert.equal(promisesStatusOnly(s), false, s);
  });

  it('an item that opens on its issue link or key is read from the words after it: not done because of a participle', () => {
    assert.deepEqual(
      doneMarks(
        '- https://git.example.com/infra/-/issues/2291 Delete expired tags in batches\n- OPS-12: Script updated to skip empty queues\n- https://git.example.com/infra/-/issues/2292 Restored the index by hand',
      ),
      [false, true, true],
    );
  });

  it('work named by its gerund is still to do, whatever participle follows', () => {
    assert.deepEqual(
      doneMarks(
        '- Validating generated routing files the same way we validate uploaded ones\n- Adding a kill switch for the nightly build\n- Existing alerts updated to page the owner',
      ),
      [false, false, true],
    );
  });

  it('a person named in parentheses at the end of an item is its owner; a product or a status word is not', () => {
    const text = postmortem(
      '- OPS-5540: Turn debug logging off after a day (Tom Okafor)\n- OPS-5541: Lower the disk alert to 80% (Priya Raman) — done\n- Move sessions to the new store (Session Handling)\n- Raise the pool size (Done Soon)\n- Add a replica for failover (Redis Cluster)\n- Rate-limit the retries (Payments Gateway)',
    );
    assert.deepEqual(
      model(text).map((i) => [i.owner, i.done]),
      [
        ['Tom Okafor', false],
        ['Priya Raman', true],
        [null, false],
        [null, true],
        [null, false],
        [null, false],
      ],
    );
  });

  it('"Estimated completion: April 2026", a day and month without a year, and a date wrapped over two lines are due dates', () => {
    const text = postmortem(
      '- We are adding a chain check for old clients. (Estimated completion: April 2026)\n- Alert on scoring latency — @kbello, by 30 November\n- Split the index into cells; we expect to finish this by the end\n  of the year',
    );
    assert.deepEqual(
      model(text).map((i) => i.due),
      ['April 2026', '30 November', 'the end of the year'],
    );
    assert.equal(scanTokens('Fix the retries due to the outage').due, null);
  });

  it('"Our networking team will …" names a team as the owner; "Our fix will …" names none', () => {
    const text =
      '# Queue outage\n\n## How are we making this less likely?\n\n- Our networking team will roll certificates out one zone at a time.\n- Our fix will land in the next release.\n';
    assert.deepEqual(
      model(text).map((i) => i.owner),
      ['Our networking team', null],
    );
  });

  it('without a status column, a done mark in another cell marks the row done', () => {
    assert.deepEqual(
      doneMarks(
        '| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n| Give the fallback path a deadline | prevent | mhoffer | b/70211 **DONE** |\n| Load test the fallback | prevent | tnakamura | b/70214 |\n| Page on shard loss | detect | ebrandt | ✅ |\n| Ask media to warn us | communicate | jolaleye | TODO |',
      ),
      [true, false, true, false],
    );
  });

  it("a single author's finished change (\"I've already switched …\") and a team's work under way are items of a plan", () => {
    const text =
      "# Site down\n\n## What I'm changing\n\nI've already switched the DNS record to a reserved address. Our infrastructure team is also writing a rollback plan, by 15 May.\n";
    assert.deepEqual(
      model(text).map((i) => [i.done, i.owner, i.due]),
      [
        [true, null, null],
        [false, 'Our infrastructure team', '15 May'],
      ],
    );
    assert.equal(readSentence('I am adding an uptime check.')?.kind, 'progress');
    assert.equal(readSentence('The disk is still filling up.'), null);
  });

  it('a date a few words after "before" or "by" bounds the work; a date far off or in another clause does not', () => {
    assert.equal(scanTokens('Set up a check before the next issue goes out on 14 August').due?.text, '14 August');
    assert.equal(scanTokens('Restart the job before the outage window').due, null);
    assert.equal(scanTokens('Fix this before we are done with the many many other things planned on 14 August').due, null);
    assert.equal(scanTokens('Fix this before the release. It broke on 14 August').due, null);
  });

  it('"Reimburse affected depositors": an adjective after the verb does not make the item done', () => {
    assert.deepEqual(
      doneMarks('- Reimburse affected depositors from the treasury\n- Refund impacted orders by hand\n- Depositors reimbursed from the treasury'),
      [false, false, true],
    );
  });

  it('a sentence that ends on a colon introduces the items of a plan; it is not one of them', () => {
    const text =
      '# Relay outage\n\n## Remediation\n\nBeyond that, the infrastructure team is taking the following steps:\n\n- Validate generated relay files\n- Add a kill switch for the relay build\n';
    assert.deepEqual(titles(text), ['Validate generated relay files', 'Add a kill switch for the relay build']);
  });

  it('a coloured mark before a status word is decoration; "Target date: to be agreed" is no due date', () => {
    assert.deepEqual(
      doneMarks(
        '| Ticket | Remediation | Owner | Status |\n| --- | --- | --- | --- |\n| UPL-1 | Sign requests in contract tests | Kai Lind | 🟢 Done |\n| UPL-2 | Allow clock skew | Sara Oko | 🟡 In progress |',
      ),
      [true, false],
    );
    assert.equal(scanTokens('Agree a template. Owner: Student Communications. Target date: to be agreed.').due, null);
    assert.equal(scanTokens('Agree a template. Owner: Student Communications. Target date: 27 February 2026.').due?.text, '27 February 2026');
  });
});

describe('action items: an owner written before a dash, and an owner key that says more than a name', () => {
  it('reads a first name (with an initial) before a dash, escaped or not, as the owner', () => {
    const text = postmortem(
      '- Priya \\- page on replica lag\n- Omar K \\- write up the failover drill\n- Lena - Rotate the signing keys\n- Bruno – trim the retry queue',
    );
    assert.deepEqual(
      read(text).actionItems.map((i) => i.owner),
      ['Priya', 'Omar K', 'Lena', 'Bruno'],
    );
  });

  it('does not take an area, a stage, a status or a system before a dash for a person', () => {
    const text = postmortem(
      '- Alerts - page on replica lag\n- Phase - cut over the DNS\n- Monitoring - add a lag panel\n- Database - add an index\n- Done - rotated the keys\n- High - trim the retry queue',
    );
    assert.deepEqual(
      read(text).actionItems.map((i) => i.owner),
      [null, null, null, null, null, null],
    );
  });

  it('reads "Owner: None, …" as no owner and "Owner: Name to …" as that name', () => {
    assert.equal(scanTokens('Drop the old queue. **Owner:** None, the new broker replaces it').owner, null);
    assert.equal(scanTokens('Share the drill notes. **Owner:** Ravi to present at the weekly sync').owner?.value, 'Ravi');
    assert.equal(scanTokens('Rework the cache. Owner: @mika will pair with storage').owner?.value, '@mika');
    assert.equal(scanTokens('Tidy the dashboards. Owner: Ada Lovelace').owner?.value, 'Ada Lovelace');
  });
});

describe('action items: a follow-up label left empty at the end of a list, answered below it', () => {
  const doc = (answer: string) =>
    '# Importer stall\n\n### Summary\n\n- **What broke?**\n\nThe nightly import hung on a locked table.\n\n- **Follow-ups:**\n\n' +
    `${answer}\n\n### Notes\n\nThe import resumed by itself at noon.\n`;

  it('reads the paragraph after the empty label as the follow-up work', () => {
    assert.deepEqual(
      read(doc('Add a lock timeout to the importer:\nhttps://example.org/issues/12')).actionItems.map((i) => i.line),
      [10],
    );
  });

  it('reads only the work in a paragraph that also tells what happened', () => {
    const text = doc('The stall began at midnight.\nWe will make the importer give up after ten minutes.') + '\n### Action items\n\n- Page on import lag\n';
    assert.deepEqual(
      read(text).actionItems.map((i) => i.text),
      ['We will make the importer give up after ten minutes.', 'Page on import lag'],
    );
  });

  it('leaves paragraphs alone after a label that holds its own answer, or after any other list', () => {
    assert.equal(read(doc('Add a lock timeout to the importer.').replace('- **Follow-ups:**\n\n', '- **Follow-ups:** none\n\n')).actionItems.length, 0);
    assert.equal(read(doc('Add a lock timeout to the importer.').replace('- **Follow-ups:**\n\n', '- **Detected by:** a customer\n\n')).actionItems.length, 0);
  });
});

describe('action items: a sub-bullet that opens on its owner', () => {
  it('is an item of its own even when its words are a noun phrase, not a verb', () => {
    const text = postmortem(
      '- Marta - schedule a restore drill\n  - Idris - paging tool trial\n  - Why: the last restore took four hours\n  - @noor: restore checklist',
    );
    assert.deepEqual(
      items(text).map((i) => [i.text, i.owner]),
      [
        ['Marta - schedule a restore drill', 'Marta'],
        ['Idris - paging tool trial', 'Idris'],
        ['@noor: restore checklist', '@noor'],
      ],
    );
  });
});

describe('action items: bullets under a sub-bullet that is a sentence, not a task', () => {
  it('say more of that sentence and are not items; under a label or a colon they may be', () => {
    const body = (sub: string) =>
      `- Build a staging copy of the billing database\n  - ${sub}\n    - Masked customer records\n    - Restart the nightly copy job\n`;
    assert.deepEqual(
      items(postmortem(body('We want a copy as large as production'))).map((i) => i.text),
      ['Build a staging copy of the billing database'],
    );
    assert.deepEqual(
      items(postmortem(body('Copy jobs:'))).map((i) => i.text),
      ['Build a staging copy of the billing database', 'Restart the nightly copy job'],
    );
    assert.deepEqual(
      items(postmortem(body('We want a copy that holds:'))).map((i) => i.text),
      ['Build a staging copy of the billing database', 'Restart the nightly copy job'],
    );
  });
});

describe('action items: done or open after a name and a dash', () => {
  it('reads the work after "Name -", so a participle inside it does not make the item done', () => {
    assert.equal(reportsDone('Wen - Use masked customer data to fill the staging database'), false);
    assert.equal(reportsDone('Wen \\- Rotated the signing keys'), true);
    assert.deepEqual(
      items(postmortem('- Wen - Use masked customer data to fill staging\n- Ola - Rotated the signing keys')).map((i) => i.done),
      [false, true],
    );
  });
});

describe('action items: a heading that names where the incident is tracked, over bare addresses', () => {
  const doc = (heading: string, list: string) =>
    `# Parser crash\n\n## Summary\n\nA header crashed the parser.\n\n## ${heading}\n\n${list}\n\n## Action items\n\n- Fuzz the header parser\n`;
  const bare = '* https://example.org/tracker/issues/41\n* https://example.org/tracker/issues/42';

  it('is a list of references, not of work', () => {
    for (const heading of ['CVE issue(s)', 'Related issues', 'Tracking ticket']) {
      assert.deepEqual(
        read(doc(heading, bare)).actionItems.map((i) => i.text),
        ['Fuzz the header parser'],
        heading,
      );
    }
  });

  it('still holds work when the heading names follow-ups', () => {
    assert.equal(read(doc('Follow-up issues', bare)).actionItems.length, 3);
  });
});
