/**
 * A promise told as the second verb of its subject ("The team has repaired the importer and will add
 * tests …", "We regret the delay and are taking steps to …"), steps told as under way ("we are taking
 * steps to …"), and a report of work denied ("We haven't finished …"). Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { readSentence, reportsDone } from '../../../server/src/analysis/model/action-items/reading';
import { items } from './helpers';

/** A post-mortem with no plan section: its prose is read for commitments. */
function prose(paragraph: string): string {
  return `# Queue outage\n\n## Summary\n\nThe queue stalled for an hour on Monday.\n\n## What happened\n\nA disk filled up on the broker.\n\n${paragraph}\n`;
}

describe('action items: a promise joined to its subject by "and"', () => {
  it('reads the verb after "and" as the subject’s promise or work under way', () => {
    for (const [t, kind] of [
      ['The team has repaired the importer and will add unit tests for empty rows.', 'future'],
      ['We fixed the parser and will add a regression test.', 'future'],
      ['We regret the delay this caused our users and are taking steps to harden the deploy checks.', 'progress'],
      ['We moved the queue and are adding an alert on its depth.', 'progress'],
      ['Our storage team restored the volume and will rotate the old disks next week.', 'future'],
    ] as const)
      assert.equal(readSentence(t)?.kind, kind, t);
  });

  it('leaves status promises, courtesies and clauses of their own alone', () => {
    for (const t of [
      'We restarted the node and will keep monitoring it.',
      'We restarted the node and will continue to monitor the cluster.',
      'We are sorry for the trouble and will do better.',
      'We rolled back the release and are investigating the cause.',
      'We always have and always will treat this seriously.',
      'We noticed that the disk was full and will know more tomorrow.',
    ])
      assert.equal(readSentence(t), null, t);
  });

  it('reads steps under way as work under way, not in a clause of time', () => {
    assert.equal(readSentence('We are taking steps to move the broker onto its own disk.')?.kind, 'progress');
    assert.equal(readSentence('We are now taking further measures to split the queue.')?.kind, 'progress');
    assert.equal(readSentence('While we are taking steps to recover, the site is read-only.'), null);
  });

  it('finds the joined promise in prose as an implicit item, open', () => {
    const found = items(prose('We take the hour of lost work seriously and are taking steps to tighten the disk alerts.'));
    assert.equal(found.length, 1);
    assert.equal(found[0].implicit, true);
    assert.equal(found[0].done, false);
  });

  it('reads odd input without error', () => {
    for (const t of ['', 'we and will', 'The team and will', 'We ' + 'x '.repeat(3000) + 'and will add it.', 'and are taking steps to'])
      assert.ok(readSentence(t) === null || typeof readSentence(t)?.kind === 'string');
  });
});

describe('action items: a report of work denied is not done', () => {
  it('reads a denied participle as work still to do', () => {
    for (const t of [
      'We haven’t finished assessing how to cope with a whole-site power loss.',
      "We haven't completed the move to the new racks.",
      'Team not yet trained on the new runbook',
      "Backups weren't tested",
    ])
      assert.equal(reportsDone(t), false, t);
  });

  it('keeps reports of work done as done', () => {
    for (const t of ['We finished the move to the new racks.', 'Backups tested and restored', 'The alerts have been configured.'])
      assert.equal(reportsDone(t), true, t);
  });

  it('reads the denied item of a plan as open', () => {
    const text = `# Power loss\n\n## Summary\n\nThe site lost power.\n\n## Planned measures\n\n1) We haven't finished assessing how to cope with a whole-site power loss.\n\n2) The spare UPS is being installed this week.\n`;
    const found = items(text);
    assert.equal(found.length, 2);
    assert.ok(found.every((i) => !i.done));
  });
});
