/**
 * A section named for the lessons and the work that followed them ("Lessons learned and actions
 * taken") holds the changes made since the incident, not a record of the response; a lead-in that
 * names the lesson and goes on to what was done ("The lesson was a costly one, and we put safeguards
 * in place:") introduces that work, done; a change told as what no longer happens ("We no longer
 * keep tokens on the build host") reports it made; and a lead-in that states a standing value of
 * the authors ("we take security seriously:") shows what was already there. Every document here
 * is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { reportsDone, reportsWorkDone } from '../../../server/src/analysis/model/action-items/reading';
import { introducesExisting } from '../../../server/src/analysis/model/action-items/guidance';

function read(text: string): { text: string; done: boolean }[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

function document(heading: string, body: string[]): string {
  return ['# Leaked upload key', '', '## Summary', '', 'An upload key leaked through a build log.', '', `## ${heading}`, '', ...body, ''].join('\n');
}

describe('action items: lessons and the actions taken after them', () => {
  it('reads the changes listed under "Lessons learned and actions taken" as done work', () => {
    const text = document('Lessons learned and actions taken', [
      'One key could upload every package. The lesson was a costly one, and we **put safeguards in place right away**:',
      '',
      '- We no longer store upload keys on the build host but moved to keys issued per job.',
      '- Require a second approval for every upload from the pipeline.',
      '- We wrote down how to report a flaw in a policy file at the root of the repository.',
    ]);
    assert.deepEqual(
      read(text).map((i) => [i.text.split(' ').slice(0, 3).join(' '), i.done]),
      [
        ['We no longer', true],
        ['Require a second', true],
        ['We wrote down', true],
      ],
    );
  });

  it('still reads "Mitigation steps taken" as the record of the response', () => {
    const text = document('Mitigation steps taken', ['- Revoked the leaked key.', '- Rebuilt the packages with a new key.']);
    assert.deepEqual(read(text), []);
  });

  it('keeps a list after a line that names the lessons alone out of the plan', () => {
    const text = document('Action items', [
      '- Rotate the upload key every month.',
      '',
      '**What we learned:**',
      '',
      '- One key was enough to upload everything.',
      '- Nobody watched the logs.',
    ]);
    assert.deepEqual(
      read(text).map((i) => i.text),
      ['Rotate the upload key every month.'],
    );
  });

  it('reads a change told as what no longer happens as done', () => {
    assert.ok(reportsDone('We no longer store upload keys on the build host.'));
    assert.ok(reportsWorkDone('Former maintainers no longer have write access to the repository.'));
    assert.ok(!reportsDone('Keys should no longer be kept on the build host.'));
    assert.ok(!reportsDone('We will no longer keep keys on the build host.'));
    assert.ok(!reportsDone('Make sure the bot no longer posts twice.'));
    assert.ok(!reportsDone('The mirror no longer responded after midnight.'));
    assert.ok(!reportsDone('The old page no longer loads.'));
  });

  it('takes what a line of standing values introduces as already there', () => {
    assert.ok(introducesExisting('To begin with, we take the safety of our users very seriously:'));
    assert.ok(introducesExisting('We care deeply about the uptime of the registry:'));
    assert.ok(!introducesExisting('We take the report seriously. We will add these checks:'));
    const text = document('Lessons learned and actions taken', [
      'First of all, we take the safety of the registry seriously:',
      '',
      '- We run an outside audit every year.',
      '- We have set up code owners, and every change needs their review.',
      '',
      'We learned from this and made two changes:',
      '',
      '- We added a second approval for uploads.',
      '- Add a check that the key in use was issued in the last hour.',
    ]);
    assert.deepEqual(
      read(text).map((i) => i.text),
      ['We added a second approval for uploads.', 'Add a check that the key in use was issued in the last hour.'],
    );
  });
});
