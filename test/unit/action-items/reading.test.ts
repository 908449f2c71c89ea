import { strict as assert } from 'node:assert';
import { extractActionItems } from '../../../server/src/analysis/model/action-items';
import { commitmentList, imperativeList } from '../../../server/src/analysis/model/action-items/lists';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { readSentence, readsAsRemediation, reportsDone, sentenceSpans, subjectOwner } from '../../../server/src/analysis/model/action-items/reading';
import type { ActionItem } from '../../../server/src/analysis/model/model';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { findings, items, PATH, postmortem } from './helpers';
import { fastest } from '../../support/engine-properties';

/** A post-mortem with a summary, a timeline and whatever `rest` holds, and no Action Items heading. */
function document(rest: string): string {
  return `# Post-mortem: Queue outage\n\n## Summary\n\nThe queue stopped for an hour.\n\n## Timeline\n\n- 10:00 We will restart the broker, said the on-call.\n- 10:30 Broker restarted\n\n${rest}\n`;
}

function read(text: string): ActionItem[] {
  return analyzeDocument(text, PATH, defaultSettings()).model.actionItems;
}

describe('action items: reading headings, lists and prose', () => {
  describe('headings that read as remediation', () => {
    for (const heading of [
      'Corrective and Preventive Measures',
      'Future Actions',
      'How will we do better in the future?',
      "What we're changing",
      'Resulting Actions',
      'Moving forward',
      "What's next",
      'Preventing this from happening again',
    ]) {
      it(`reads "${heading}" as remediation`, () => assert.ok(readsAsRemediation(heading)));
    }
    for (const heading of ['Lessons learned', 'What went wrong', 'Timeline', 'Impact', 'Root cause', 'Immediate fix', 'Background']) {
      it(`does not read "${heading}" as remediation`, () => assert.ok(!readsAsRemediation(heading)));
    }

    it('reads the list and the table under a remediation heading of any name', () => {
      const got = read(
        document(
          '## Corrective and Preventive Measures\n\n- Add an alert on queue depth\n- Rotate the broker credentials\n\n| Kind | Description |\n| --- | --- |\n| Corrective | Pin the broker version |',
        ),
      );
      assert.deepEqual(
        got.map((i) => i.text),
        ['Add an alert on queue depth', 'Rotate the broker credentials', 'Pin the broker version'],
      );
      assert.ok(got.every((i) => !i.implicit));
    });

    it('reads the commitments of the paragraphs under a remediation heading, not their reasons', () => {
      const got = read(
        document('## How will we do better?\n\nThe broker had no alert. We need to add one on queue depth.\n\nThe old logs were noisy for everyone.'),
      );
      assert.equal(got.length, 1);
      assert.equal(got[0].text, 'We need to add one on queue depth.');
    });

    it('skips a template prompt in italics under an action heading', () => {
      const got = read(document('## Follow-up tasks\n\n*List the tasks we should complete after this incident*\n\n- [ ] Add a queue alert @ida'));
      assert.deepEqual(
        got.map((i) => i.owner),
        ['@ida'],
      );
    });

    it('reads a numbered sub-heading of an action section as an item, its past tense as done', () => {
      const got = read(document('## Action Items\n\n### 1) Queue alert configured `@ida`\n\nThe alert pages the on-call.\n\n### 2) Broker upgrade `@omar`'));
      assert.deepEqual(
        got.map((i) => [i.shape, i.owner, i.done]),
        [
          ['heading', '@ida', true],
          ['heading', '@omar', false],
        ],
      );
    });
  });

  describe('lists outside an action section', () => {
    it('reads "**Review actions**:" in a list of key facts as the lead of its items', () => {
      const got = read(
        `# Queue outage\n\n- **Impact**: an hour of delay\n- **Review actions**:\n  - Add a runbook for broker restarts\n  - Alert on consumer lag\n`,
      );
      assert.deepEqual(
        got.map((i) => i.text),
        ['Add a runbook for broker restarts', 'Alert on consumer lag'],
      );
    });

    it('reads a list of tasks under a heading that names no section', () => {
      const got = read(document('## Notes\n\n- Document the restart procedure\n- Decide who owns the broker\n- Define an error budget for the queue'));
      assert.equal(got.length, 3);
    });

    it('does not read the steps of a recovery as tasks', () => {
      const got = read(document('## Recovery\n\n- Delete the stuck consumer pods\n- Restart the broker\n- Replay the dead-letter queue'));
      assert.equal(got.length, 0);
    });

    it('reads a list of commitments as items wherever it stands', () => {
      const got = read(
        document(
          '## Lessons learned\n\n- The queue had no alert.\n\n## Other\n\n- We will alert on consumer lag.\n- @omar will write the runbook.\n- Broker logs are kept a week.',
        ),
      );
      assert.deepEqual(
        got.map((i) => i.owner),
        [null, '@omar', null],
      );
    });

    it('does not take a sub-bullet that is only a link for an item', () => {
      const got = items(postmortem('- [ ] Add a queue alert @ida\n  - [tracking issue](https://tracker.example.com/1)\n  - [ ] Page on it @ida'));
      assert.deepEqual(
        got.map((i) => i.text),
        ['Add a queue alert @ida', 'Page on it @ida'],
      );
    });
  });

  describe('"Action item:" paragraphs', () => {
    for (const label of ['Action item:', 'Action point:', 'AI:', '**Action item**:']) {
      it(`reads "${label} …" anywhere as an item, not implicit`, () => {
        const got = read(document(`## Discussion\n\nThe broker ran out of disk.\n\n${label} Add a disk alert for the broker (owner: Ida Lund)`));
        assert.equal(got.length, 1);
        assert.equal(got[0].text, 'Add a disk alert for the broker (owner: Ida Lund)');
        assert.equal(got[0].owner, 'Ida Lund');
        assert.equal(got[0].implicit, false);
      });
    }
  });

  describe('commitments in prose', () => {
    it('reads "we will", "we\'ll", "we are going to", "we plan to" as implicit items when there is no action list', () => {
      const got = read(
        document(
          "## Discussion\n\nThe broker filled its disk. We will add a disk alert.\n\nWe'll move the logs to their own volume.\n\nNext quarter we are going to replace the broker.\n\nWe plan to test restores monthly.",
        ),
      );
      assert.equal(got.length, 4);
      assert.ok(got.every((i) => i.implicit && !i.done && i.owner === null && i.shape === 'sentence'));
      assert.equal(got[0].text, 'We will add a disk alert.');
    });

    it('reads a plan told with "on" and a gerund ("I plan on moving …"), not a plan on a thing', () => {
      assert.equal(readSentence('The old flag stays off for now, but I plan on moving the lookup into the build step.')?.kind, 'future');
      assert.equal(readSentence('We plan on retiring the second broker next month.')?.kind, 'future');
      assert.equal(readSentence('We plan on a quiet release week.'), null);
      const got = read(
        document('## Will it happen again?\n\nThe flag stays off for a while, but I plan on moving the lookup into the build step, off the request path.'),
      );
      assert.deepEqual(
        got.map((i) => i.text),
        ['The flag stays off for a while, but I plan on moving the lookup into the build step, off the request path.'],
      );
    });

    it('reads no prose commitment when the document has a list of action items', () => {
      const got = read(document('## Discussion\n\nWe will add a disk alert.\n\n## Action Items\n\n- [ ] Move the logs to their own volume @ida'));
      assert.deepEqual(
        got.map((i) => i.owner),
        ['@ida'],
      );
    });

    it('reads only the plan when a template keeps one: a summary restating an item and a customer message promising steps add nothing', () => {
      // The shape of the public templates (a list under "Action Items", an overview that restates
      // the main fix, a "Messaging" section with the text sent to customers): their prose
      // commitments repeat the list or speak to customers; none is work of its own.
      const text = [
        '# Notification delays',
        '',
        '## Overview',
        '',
        'A broker disk filled up and delayed notifications. We will add backoff to the producers.',
        '',
        '## Action Items',
        '',
        '- OPS-1: Add exponential backoff to the producers (Dana Whitfield)',
        '- OPS-2: Lower the broker disk alert to 80% (Priya Raman) — done',
        '',
        '## Messaging',
        '',
        '### External',
        '',
        'Some notifications arrived late this afternoon. We are taking steps to make sure a full disk cannot delay delivery again.',
        '',
      ].join('\n');
      assert.deepEqual(
        read(text).map((i) => [i.owner, i.done]),
        [
          ['Dana Whitfield', false],
          ['Priya Raman', true],
        ],
      );
    });

    it('counts a commitment told twice once', () => {
      const got = read(
        document(
          '## Summary of work\n\nWe have begun moving the logs to their own volume.\n\n## Discussion\n\nWe have begun moving the logs to their own volume, as said above.',
        ),
      );
      assert.equal(got.length, 1);
    });

    it('leaves questions, conditions, hypotheticals and timeline entries alone', () => {
      const got = read(
        document(
          '## Discussion\n\nWill we see this again? If we will need more disk, we ask. We would have added an alert. We will never know. We decided not to repair the old host.',
        ),
      );
      assert.equal(got.length, 0);
    });

    it('reads the named subject as the owner', () => {
      const got = read(document('## Discussion\n\nThe platform team will publish a guide for upgrades. @ida will add the alert. Omar to rotate the keys.'));
      assert.deepEqual(
        got.map((i) => i.owner),
        ['The platform team', '@ida', 'Omar'],
      );
    });

    it('reads work under way as open', () => {
      const got = read(document('## Discussion\n\nWe are investigating a read-only mode. We have begun retiring the old hosts.'));
      assert.deepEqual(
        got.map((i) => i.done),
        [false, false],
      );
    });

    it('reports an implicit item without an owner or due date like any other, with a fix in the sentence', () => {
      const text = document('## Discussion\n\nWe will add a disk alert.');
      const found = findings(text, defaultSettings(), ['action-item-owner', 'action-item-due-date']);
      assert.deepEqual(found.map((f) => f.ruleId).sort(), ['action-item-due-date', 'action-item-owner']);
      const fix = found.find((f) => f.ruleId === 'action-item-owner')!.fixes[0];
      const [edit] = fix.edits;
      assert.equal(
        text.slice(0, edit.start) + edit.newText + text.slice(edit.end),
        text.replace('We will add a disk alert.', 'We will add a disk alert (owner: TBD).'),
      );
    });
  });

  describe('finished work', () => {
    for (const text of [
      'Script updated to skip empty queues',
      'Alerts configured for the broker',
      'The old webhook has been disabled and removed',
      "We've removed the bot's write access",
      'We have rotated every token',
    ]) {
      it(`reads "${text}" as done`, () => assert.ok(reportsDone(text)));
    }
    for (const text of [
      'Update the script to skip empty queues',
      'Run all crashed containers on the new host',
      'Gather commands used during the incident',
      'We have begun rotating tokens',
      'We are improving the docs',
      'Add a metric for failed logins',
    ]) {
      it(`reads "${text}" as not done`, () => assert.ok(!reportsDone(text)));
    }

    it("does not read done from words that are not the item's own report", () => {
      // A participle in an opening phrase describes its noun; the item's verb comes after it.
      assert.equal(reportsDone('For every queue created, set a size limit'), false);
      assert.equal(reportsDone('When a node is drained, page the owner'), false);
      // A counterfactual ("should have been told") reports nothing.
      assert.equal(reportsDone('The vendor should have been told earlier'), false);
      assert.equal(reportsDone('Decide whether the runbook could have been followed'), false);
      // A perfect inside the first sentence of a task is a clause of the task…
      assert.equal(reportsDone('Reflect on whether the regions we have tested are enough'), false);
      assert.equal(reportsDone('Revisit the limits we have set for uploads'), false);
      // …while a later sentence may still report the work done.
      assert.equal(reportsDone('Add an upload limit. We have added it in staging.'), true);
      // Work put on a roadmap or backlog, or set in the near future, is planned.
      assert.equal(reportsDone('The storage team has placed the rewrite on its roadmap'), false);
      assert.equal(reportsDone('Billing has added a retry queue to the Q3 backlog'), false);
      assert.equal(reportsDone('Ops will have migrated the hosts in the near future'), false);
      assert.equal(reportsDone('The old webhook has been disabled and removed'), true);
    });

    it('reads the party that put the work on its roadmap as its owner, and the item as open', () => {
      const text = postmortem(
        '- Billing has added a retry queue to its backlog for next quarter.\n\n- The storage team has placed a rewrite of the sync job on our roadmap.\n- We have added the cleanup to our backlog.',
      );
      assert.deepEqual(
        items(text).map((i) => [i.owner, i.done]),
        [
          ['Billing', false],
          ['The storage team', false],
          [null, false],
        ],
      );
      assert.equal(readSentence('We have added the cleanup to our backlog.')?.kind, 'future');
      assert.equal(readSentence('We have removed the cleanup job.')?.kind, 'done');
      assert.equal(subjectOwner('Sam has added alerts to the dashboard'), null);
    });

    it('marks list items in an action section that report finished work as done, and raises no owner or due warning for them', () => {
      const text = postmortem(
        "- The leaky webhook has been disabled and removed.\n- We have removed the bot's write access.\n- We are improving the onboarding guide.",
      );
      assert.deepEqual(
        items(text).map((i) => i.done),
        [true, true, false],
      );
      const lines = findings(text, defaultSettings(), ['action-item-owner', 'action-item-due-date']).map((f) => text.slice(f.start, f.end));
      assert.ok(
        lines.every((l) => l.startsWith('We are improving')),
        lines.join(' | '),
      );
    });
  });

  describe('pieces', () => {
    it('splits sentences, not after abbreviations or initials', () => {
      const raw = 'We will add e.g. an alert. J. Smith agreed! Is it done? Yes';
      assert.deepEqual(
        sentenceSpans(raw).map((s) => raw.slice(s.start, s.end)),
        ['We will add e.g. an alert.', 'J. Smith agreed!', 'Is it done?', 'Yes'],
      );
    });

    it('reads the kinds of sentences', () => {
      assert.equal(readSentence('We will add an alert.')?.kind, 'future');
      assert.equal(readSentence('We need to document the restart.')?.kind, 'need');
      assert.equal(readSentence('We should add a test.')?.kind, 'should');
      assert.equal(readSentence('We are working on a fix.')?.kind, 'progress');
      assert.equal(readSentence('We have removed the old key.')?.kind, 'done');
      assert.equal(readSentence('The broker restarted.'), null);
    });

    it('finds no owner in "we", "it" or a versioned product', () => {
      assert.equal(subjectOwner('We will add it.'), null);
      assert.equal(subjectOwner('It will take a week.'), null);
      assert.equal(subjectOwner('Platform 3.0 will split the clusters.'), null);
      assert.equal(subjectOwner('Due to a bug this did not happen.'), null);
    });
  });

  describe('bounded cost', function () {
    // Parsing these documents takes seconds on a loaded machine; the assertions compare costs.
    this.timeout(180000);
    /**
     * Milliseconds of a parse of `text`, and of reading its action items again from that parse,
     * in CPU time: a busy machine's other work counts for neither.
     */
    function costs(text: string): { parse: number; extract: number; count: number } {
      const parse = fastest(() => parseMarkdown(text), 1);
      const settings = defaultSettings();
      const doc = analyzeDocument(text, PATH, settings);
      let count = 0;
      const extract = fastest(() => (count = extractActionItems(doc, settings).length), 1);
      return { parse, extract, count };
    }

    it('reads a 10,000-item list of commitments at a fraction of the cost of its parse', () => {
      const list = Array.from({ length: 10000 }, (_, i) => `- We will add check ${i}.`).join('\n');
      const { parse, extract, count } = costs(document(`## Discussion\n\n${list}`));
      assert.equal(count, 10000);
      assert.ok(extract < parse / 2, `reading ${extract} ms, parse ${parse} ms`);
    });

    it('reads a sentence of 50,000 characters, and paragraphs of repeated words and dots, at a fraction of the cost of their parse', () => {
      const sentence = `We will ${'add a check and '.repeat(3400)}stop.`;
      assert.ok(sentence.length > 50000);
      const text = document(`## Discussion\n\n${sentence}\n\n${'will will '.repeat(7000)}\n\n${'a. '.repeat(20000)}\n\n${'Sam '.repeat(20000)}will go.`);
      const { parse, extract, count } = costs(text);
      assert.equal(count, 1);
      assert.ok(extract < parse / 2, `reading ${extract} ms, parse ${parse} ms`);
    });
  });

  it('reads a list for commitments and tasks once per list node, as the incremental parser keeps unchanged lists', () => {
    const [list] = parseMarkdown('- We will add an alert on queue depth.\n- We will page the storage team sooner.\n- Restarted the broker\n').children;
    assert.equal(list.type, 'list');
    let reads = 0;
    for (const item of list.children) {
      const children = item.children;
      Object.defineProperty(item, 'children', {
        get: () => {
          reads++;
          return children;
        },
      });
    }
    assert.equal(commitmentList(list), true);
    assert.equal(imperativeList(list), false);
    const first = reads;
    assert.ok(first > 0);
    // Typing elsewhere hands the same node over again: its items are not read again.
    assert.equal(commitmentList(list), true);
    assert.equal(imperativeList(list), false);
    assert.equal(reads, first, 'the list was read again');
  });
});
