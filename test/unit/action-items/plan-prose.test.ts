/**
 * Plans written in the shapes development set C showed: follow-ups as paragraphs closed by a note
 * on what became of them, parent tasks told in sentences over their details, lead-in sentences,
 * remediations told as done beside the causes, and headings near a plan that hold no work (a
 * stretch of the timeline, a list of references). Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { readSentence, reportsDone, reportsWorkDone } from '../../../server/src/analysis/model/action-items/reading';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

function items(text: string) {
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.actionItems;
}
const itemTexts = (text: string) => items(text).map((i) => i.text);
const said = (text: string) => items(text).map((i) => [i.text.slice(0, 40), i.done, i.owner]);

describe('action items: plans told in paragraphs and around lists', () => {
  it('reads a paragraph of the plan closed by a note on its outcome as one item, done when the note says so', () => {
    const text =
      '# Mail relay outage\n\n## Follow-up\n\nThe relay alert pages a single person. Ideally it would page the whole rota. (filed\nhttps://example.com/issues/41)\n\nThe health check probes the old hostname, which still answers. (fixed by\npointing it at the relay itself)\n\nA shared channel for urgent calls would help. (added an @urgent role to the chat server)\n\nWe could also freeze mail changes on Fridays, but that may cost more than it saves.\n';
    assert.deepEqual(said(text), [
      ['The relay alert pages a single person. I', false, null],
      ['The health check probes the old hostname', true, null],
      ['A shared channel for urgent calls would ', true, null],
    ]);
  });

  it('reads a paragraph of the plan that says what should change, named first, as an item; not outside the plan', () => {
    const text =
      '# Mail relay outage\n\n## Summary\n\nThe queue should have drained in minutes. The relay should be fine now.\n\n## Follow-up\n\nThe pager rota should include the mail team. It covers only the platform team today.\n\nOur runbook must cover a full queue.\n\nThe old relay should be fine for another year.\n';
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['The pager rota should include the mail team.', 'Our runbook must cover a full queue.'],
    );
  });

  it('leaves a note in parentheses that reports nothing, and prose outside the plan, as they were', () => {
    const text =
      '# Mail relay outage\n\n## Summary\n\nThe relay stopped. (fixed by a restart)\n\n## Follow-up\n\nThe relay keeps a queue on disk. (see the design notes)\n';
    assert.deepEqual(items(text), []);
  });

  it('reads a task told in sentences that ends on a colon over its details as one item, not its details', () => {
    const text =
      '# Crash loop after restart\n\n## Prevention\n\n1. Give the daemon time to stop. Raise the stop timeout to two minutes on every platform:\n    - Kubernetes: `terminationGracePeriodSeconds: 120`\n    - systemd: `TimeoutStopSec=120`\n2. Alert on every forced kill.\n';
    assert.deepEqual(
      items(text).map((i) => i.text.slice(0, 30)),
      ['Give the daemon time to stop. ', 'Alert on every forced kill.'],
    );
    // A short label over a list still groups the items under it.
    const grouped = '# Crash loop\n\n## Action items\n\n- Short term:\n  - Raise the stop timeout\n  - Alert on forced kills\n';
    assert.deepEqual(
      items(grouped).map((i) => i.text),
      ['Raise the stop timeout', 'Alert on forced kills'],
    );
  });

  it('does not take the sentence that announces the list, nor a sentence that only says "fix it", for an item', () => {
    const text =
      '# Chain halt\n\n## Origin\n\nThe team knew of the bug and approached the fix for it in two steps:\n\n- In 1.2, the team shipped a guard that halts the chain.\n- In 1.3, the team shipped the full fix.\n\n## Next steps\n\nThe platform team will take the following actions. Most were planned before the halt. Those are:\n\n- (Already planned) Write runbooks for chain halts.\n- Build a status page.\n';
    assert.deepEqual(said(text), [
      ['(Already planned) Write runbooks for cha', false, null],
      ['Build a status page.', false, null],
    ]);
    assert.equal(reportsDone('(Already planned) Write runbooks for chain halts.'), false);
  });

  it('reads remediations told as done under a heading that names the cause and the plan', () => {
    const text =
      '# Deposit parsing failure\n\n## Root cause remediations\n\n- Client teams implemented a stricter log parser.\n- Conformance tests are updated to cover the custom contract.\n- The parser fails closed on unknown events, which is why blocks were empty.\n';
    assert.deepEqual(
      items(text).map((i) => [i.text.slice(0, 30), i.done]),
      [
        ['Client teams implemented a str', true],
        ['Conformance tests are updated ', true],
      ],
    );
    assert.equal(reportsWorkDone('Settings changed during a resize are not reviewed afterwards.'), false);
    assert.equal(reportsWorkDone('Dashboards are updated every minute.'), false);
  });

  it('reads no plan in a timeline stretch named "follow-up" or in a list of references', () => {
    const text =
      '# Testnet stall\n\n## Timeline\n\n### 09:00-09:40: Triage\n\n- 09:02: alert fired\n- 09:30: cause found\n\n### 16:00-16:30: Post-incident follow-up\n\n- 16:05: announcement posted\n- 16:20: ana asks about the bridges\n\n## Action items\n\n- Add a parser test for custom contracts.\n\n## More resources\n\n- [Team blog post](https://example.com/blog/stall)\n- [Client analysis](https://example.com/analysis)\n';
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Add a parser test for custom contracts.'],
    );
  });

  it('reads "we decided" in the telling of the incident as a step taken, not a commitment', () => {
    assert.equal(readSentence('At this point we decided to retire the old network and move on.'), null);
    assert.equal(readSentence('Then, we decided to roll back.'), null);
    assert.equal(readSentence('We decided to move the cache to its own cluster.')?.kind, 'future');
    assert.equal(readSentence('It failed twice, so we decided this is a top priority to fix.')?.kind, 'future');
    const text =
      '# Validator fork\n\n## What happened\n\nBoth validators forked. At this point we decided to let the network go and move on to the planned migration.\n';
    assert.deepEqual(items(text), []);
  });
});

describe('action items: an amount of work that names no task', () => {
  it('does not read "a lot we need to do" or "much more we should do" as an item; the task after it is one', () => {
    const text =
      '# Mail relay outage\n\n## Follow-up\n\nThere is clearly a lot we need to do before the next peak. To start, we are adding a queue depth alert.\n\n' +
      'There is much more that we should do on the relay too.\n\nWe need to do a load test every quarter.\n';
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['To start, we are adding a queue depth alert.', 'We need to do a load test every quarter.'],
    );
    assert.equal(readSentence('There is plenty we could do here, honestly.'), null);
    assert.equal(readSentence('we still need to do a restore drill')?.kind, 'need');
  });
});

describe('action items: two promises in one sentence', () => {
  it('reads "We will X, and we will Y" as two items', () => {
    const text =
      '# Mail relay outage\n\n## Follow-up\n\nWe will add a queue depth alert, and we will rotate the relay keys every quarter.\n\n' +
      "We're moving the relay to its own host, and we're going to retire the old mail gateway by June.\n";
    assert.deepEqual(
      items(text).map((i) => i.text),
      [
        'We will add a queue depth alert',
        'we will rotate the relay keys every quarter.',
        "We're moving the relay to its own host",
        "we're going to retire the old mail gateway by June.",
      ],
    );
  });

  it('keeps one item when the second clause points back at the first, or promises nothing', () => {
    const text =
      '# Mail relay outage\n\n## Follow-up\n\nWe will add a queue depth alert, and we will make it page the whole rota.\n\n' +
      'We will add a canary stage, and we will not skip it for hotfixes.\n\nWe will add a lag alert, and then a dashboard.\n';
    assert.deepEqual(
      items(text).map((i) => i.text),
      [
        'We will add a queue depth alert, and we will make it page the whole rota.',
        'We will add a canary stage, and we will not skip it for hotfixes.',
        'We will add a lag alert, and then a dashboard.',
      ],
    );
  });
});

describe('action items: a second promise with its own "we", however it is joined', () => {
  const plan = (body: string) => `# Broker outage\n\n## Follow-up\n\n${body}\n`;

  it('splits at "and" without its comma, after a word of weight, or around an aside', () => {
    assert.deepEqual(itemTexts(plan('We will add a disk usage alert and we will move the spool to its own volume.')), [
      'We will add a disk usage alert',
      'we will move the spool to its own volume.',
    ]);
    assert.deepEqual(itemTexts(plan('We will pin the broker version and most importantly we are rewriting the failover script.')), [
      'We will pin the broker version',
      'we are rewriting the failover script.',
    ]);
    assert.deepEqual(itemTexts(plan('We will pin the broker version and, while nothing was lost this time, we are adding checksums to the spool.')), [
      'We will pin the broker version',
      'we are adding checksums to the spool.',
    ]);
  });

  it('reads work under way told with its own "we" after the first clause', () => {
    assert.deepEqual(itemTexts(plan("We will pin the broker version, and we're rebuilding the spare from scratch.")), [
      'We will pin the broker version',
      "we're rebuilding the spare from scratch.",
    ]);
  });

  it('keeps one sentence whole when either side names no work', () => {
    for (const t of [
      'This was our mistake and we are sorry for it.',
      'We never saw this coming and we will learn from it.',
      'The spool filled up and we are now adding a size cap to it.',
      'We will add a size cap to the spool and we will make it page the rota.',
      'We will add a size cap and we are keen to hear your ideas.',
    ])
      assert.ok(itemTexts(plan(t)).length <= 1, t);
  });

  it('reads broken input without error', () => {
    for (const t of ['and we are', 'We will and, , we are adding', 'We will ' + 'and '.repeat(500) + 'we are adding it.', 'and, x, we are going'])
      assert.ok(Array.isArray(itemTexts(plan(t))), t);
  });
});

describe('action items: work under way told in the first person singular, in the plan', () => {
  const doc = (body: string) => `# Relay outage\n\n## What happened?\n\nThe box froze after a reboot.\n\n## How do we stop it again?\n\n${body}\n`;

  it('reads "I am working with …", "I\'m adding …" as items with no owner, like "we are working …"', () => {
    const got = items(
      doc("I am working with the hosting vendor to have the box come back by itself when it drops.\n\nI'm also adding a second uplink to the rack."),
    );
    assert.deepEqual(
      got.map((i) => [i.text.slice(0, 30), i.owner, i.done]),
      [
        ['I am working with the hosting ', null, false],
        ["I'm also adding a second uplin", null, false],
      ],
    );
  });

  it('reads no item from a live update told in the first person outside the plan, nor from "I am sorry"', () => {
    const text =
      '# Relay outage\n\nI am working on a fix right now and will post again within the hour.\n\n## Impact\n\nI am sorry for the trouble this caused.\n';
    assert.deepEqual(items(text), []);
  });

  it('gives a response kind to seeing alerts through and to a host that comes back by itself', () => {
    const got = items(
      doc(
        '- Make sure the on-call person can receive and acknowledge any alerts within minutes\n- Have the vendor automatically reboot the host if it goes offline\n- Alert when the host stops answering pings',
      ),
    );
    assert.deepEqual(
      got.map((i) => classifyItem(i).kind),
      ['response', 'response', 'detection'],
    );
  });
});
