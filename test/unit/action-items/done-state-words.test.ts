/**
 * Words that look like a report of work done and are not one: a participle of making a thing
 * better that is also that thing's adjective ("Improved runbooks", "Expanded alerting for the
 * mail relay"), a subject before a modal ("Extended retention would help"), and a state the work
 * waits on ("No releases until a rollback plan is in place"). Each tells no state by itself;
 * beside entries told done, the list still reads such an entry done. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { reportsDone } from '../../../server/src/analysis/model/action-items/reading';
import { assertLinear } from '../../support/growth';

function read(...body: string[]): { text: string; done: boolean }[] {
  const text = ['# Mail relay backlog on the east hosts', '', '## Summary', '', 'The relay queue grew for two hours and mail was late.', '', ...body, ''].join(
    '\n',
  );
  return analyzeDocument(text, 'postmortems/2026-07-02-relay.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

describe('action items: words that tell no done state', () => {
  it('reads a subject before a modal as a thing named, not as work done', () => {
    assert.ok(!reportsDone('Enhanced tracing would help us find the slow hop'));
    assert.ok(!reportsDone('Rotated credentials should expire within a week'));
    assert.ok(!reportsDone('Improved dashboards could have shown the backlog sooner'));
    // A modal in a clause of its own leaves the opening verb a report.
    assert.ok(reportsDone('Added a queue alarm that would have paged us an hour earlier'));
    assert.ok(reportsDone('Moved the relay to a bigger host so it can absorb a burst'));
  });

  it('reads a participle of making better before a bare noun as telling no state', () => {
    assert.ok(!reportsDone('Enhanced alerting for relay queue depth'));
    assert.ok(!reportsDone('Improved runbooks'));
    assert.ok(!reportsDone('Increased retention of relay logs'));
    assert.ok(!reportsDone('Updated DNS failover documentation'));
  });

  it('still reads the verb before a determiner, a pronoun or a phrase', () => {
    assert.ok(reportsDone('Enhanced the relay alarms to cover every region'));
    assert.ok(reportsDone('Improved our paging rules for the relay'));
    assert.ok(reportsDone('Increased it to four workers'));
    assert.ok(reportsDone('Added alerting for relay queue depth'));
    assert.ok(reportsDone('Tightened the retry limits on the relay'));
  });

  it('reads no state reached from a condition the work waits on', () => {
    assert.ok(!reportsDone('No further relay upgrades until a rollback plan is in place.'));
    assert.ok(!reportsDone('Freeze the relay config unless the new checks are enabled'));
    assert.ok(!reportsDone('Leave the old host running until the migration has been verified'));
    assert.ok(reportsDone('A rollback plan is now in place for the relay.'));
    assert.ok(reportsDone('The relay check has been enabled on every host'));
  });

  it('leaves such entries with no state in a list of planned work', () => {
    assert.deepEqual(
      read(
        '## Corrective actions',
        '',
        '- Enhanced alerting for relay queue depth',
        '- Automated checks for relay disk space',
        '- Baseline notes on normal relay load',
        '',
      ),
      [
        { text: 'Enhanced alerting for relay queue depth', done: false },
        { text: 'Automated checks for relay disk space', done: false },
        { text: 'Baseline notes on normal relay load', done: false },
      ],
    );
  });

  it('reads them done beside entries told done, also after a short title', () => {
    assert.deepEqual(read('## Corrective actions', '', '- Relay timeouts raised from 10s to 30s', '- Enhanced alerting for relay queue depth', ''), [
      { text: 'Relay timeouts raised from 10s to 30s', done: true },
      { text: 'Enhanced alerting for relay queue depth', done: true },
    ]);
    assert.deepEqual(
      read('## Prevention', '', '- **Paging**: Added an alarm on relay queue depth', '- **Runbooks**: Updated runbooks to cover a full relay disk', ''),
      [
        { text: 'Paging: Added an alarm on relay queue depth', done: true },
        { text: 'Runbooks: Updated runbooks to cover a full relay disk', done: true },
      ],
    );
  });

  it('leaves a freeze until a condition open in a list of steps', () => {
    assert.deepEqual(
      read(
        '## Next steps',
        '',
        '1. **Freeze the relay**: No further upgrades to `relay-2` until a rollback plan is in place.',
        '2. Add a second relay host.',
        '',
      ),
      [
        { text: 'Freeze the relay: No further upgrades to relay-2 until a rollback plan is in place.', done: false },
        { text: 'Add a second relay host.', done: false },
      ],
    );
  });

  it('reads a bold title on its own line by the line under it', () => {
    assert.deepEqual(
      read(
        '## Follow-up',
        '',
        '1. **Improved runbooks for the relay**',
        'Written and linked from the queue alarm.',
        '2. **Enhanced alerting for queue depth**',
        'One alarm per region, paging the mail on-call.',
        '3. **Expanded relay capacity**',
        'We will add a third host before the next sale.',
        '',
      ).map((i) => i.done),
      [true, false, false],
    );
  });

  it('reads a perfect passive after a long run of spaces as before, in linear time', function () {
    this.timeout(120_000);
    // Before: the modal before "has been" was looked for behind every place of the entry, back over
    // the whole run of spaces before it: a thousand spaces cost two milliseconds on every entry. An
    // entry is read up to its first thousand characters: the sizes stay under that.
    for (const [name, run] of [
      ['spaces', ' '],
      ['tabs', '\t'],
      ['line breaks', '\n'],
    ])
      assertLinear(`an entry with a run of ${name}`, (n) => `The relay${run.repeat(n)}x`, reportsDone, 120, 0.001);
    assert.equal(reportsDone(`A regression test${' '.repeat(30)}has been added`), true);
    assert.equal(reportsDone(`A regression test should${' '.repeat(30)}have been added`), false);
    assert.equal(reportsDone(`A regression test ought to\t\thave been added`), false);
    assert.equal(reportsDone(`Until the fix${' '.repeat(30)}has been reviewed, keep the flag off`), false);
  });
});
