/**
 * A follow-up told in prose as a change the authors already made, aimed past the incident: "We
 * have quickly rewritten the runbook so this cannot happen again", "Also, we have added a lag
 * alarm, which will shorten our time to notice in the future", "As a result, we have moved the
 * queue to a more reliable host". One reading covers them wherever they stand (after an opening
 * clause, with an adverb, beside a list of planned work); a step of the recovery, what the authors
 * learnt or looked at, and the fix told in the resolution are none of it. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { followUpMade, reportsDone, startsImperative } from '../../../server/src/analysis/model/action-items/reading';

function read(text: string): { text: string; done: boolean }[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

function doc(...body: string[]): string {
  return ['# Queue outage on the billing cluster', '', '## What went wrong', '', 'The billing queue filled up and the workers stopped.', '', ...body, ''].join(
    '\n',
  );
}

describe('action items: a follow-up told as a change already made', () => {
  it('reads the change after an opening word, with an adverb, aimed past the incident', () => {
    assert.ok(followUpMade('We have quickly rewritten the failover runbook so that this cannot happen again.'));
    assert.ok(followUpMade('Moreover, we have put in place a lag alarm which will shorten our time to notice.'));
    assert.ok(followUpMade('To keep similar outages away in the future, we added a size cap on the queue.'));
    assert.ok(followUpMade('As a result, we have moved the workers to a more reliable host.'));
    assert.ok(followUpMade('We took several measures to keep the stall from happening again.'));
  });

  it('reads no step of the recovery, nothing learnt or looked at, and no change without an aim past the incident', () => {
    assert.ok(!followUpMade('We restarted the workers to drain the queue.'));
    assert.ok(!followUpMade('To stop the backlog growing, we added two workers so that it drains.'));
    assert.ok(!followUpMade('During the outage, we added two workers so that the queue would drain in the future.'));
    assert.ok(!followUpMade('We have learned a lot and want this to never happen again.'));
    assert.ok(!followUpMade('We reviewed the queue settings to avoid a repeat.'));
    assert.ok(!followUpMade('We disabled the export job to avoid further damage.'));
    assert.ok(!followUpMade('We have moved the workers to the second rack.'));
    assert.ok(!followUpMade('Have we moved the workers to a more reliable host so this cannot happen again?'));
    assert.ok(!followUpMade('The queue was moved to a more reliable host.'));
    assert.ok(!followUpMade(''));
    assert.ok(!followUpMade(`${'a, '.repeat(300)}we added it`));
  });

  it('reads such a sentence in prose as one done item, even with "immediately"', () => {
    assert.deepEqual(
      read(doc('The cause was a missing step in our release notes. We have immediately rewritten the notes so the step cannot be skipped going forward.')),
      [{ text: 'We have immediately rewritten the notes so the step cannot be skipped going forward.', done: true }],
    );
  });

  it('splits a change made from the promise joined to it', () => {
    assert.deepEqual(
      read(doc('It took a while to recover. We took steps to keep this stall from happening again, and we will look into the slow login pages.')),
      [
        { text: 'We took steps to keep this stall from happening again', done: true },
        { text: 'we will look into the slow login pages.', done: false },
      ],
    );
  });

  it('reads the fix told in the resolution as the fix, unless it looks past the incident', () => {
    const fix = ['# Queue outage', '', '## Resolution', '', 'We made the workers more robust against a full queue.', ''].join('\n');
    assert.deepEqual(read(fix), []);
    const ahead = ['# Queue outage', '', '## Resolution', '', 'To stop a repeat of the stall, we have added a check on the queue size.', ''].join('\n');
    assert.deepEqual(read(ahead), [{ text: 'To stop a repeat of the stall, we have added a check on the queue size.', done: true }]);
  });

  it('reads the change beside a list of planned work', () => {
    const text = [
      '# Queue outage',
      '',
      '## Root cause',
      '',
      'The queue had no size limit. Furthermore, we have added a size limit to the queue, which will prevent a full disk.',
      '',
      '## Action items',
      '',
      '- [ ] Page the on-call engineer on queue lag',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      { text: 'Furthermore, we have added a size limit to the queue, which will prevent a full disk.', done: true },
      { text: 'Page the on-call engineer on queue lag', done: false },
    ]);
  });

  it('knows enhance, strengthen, tighten and correct as verbs of work: done in the past, to do in the imperative', () => {
    assert.ok(reportsDone('Enhanced the queue alarms to catch a stall across regions'));
    assert.ok(reportsDone('Tightened the retry limits on the export job'));
    assert.ok(!reportsDone('Enhance the queue alarms to catch a stall across regions'));
    assert.ok(startsImperative('Strengthen the checks on the export job'));
    assert.ok(startsImperative('Correct the retry limits'));
  });
});
