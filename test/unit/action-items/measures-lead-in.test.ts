/**
 * A paragraph outside the plan whose last words announce measures against a recurrence ("Moving
 * forward, we are putting several safeguards in place so this never happens again:") leads into
 * the list of those measures: each entry is follow-up work. Every document here is written for the
 * test; look-alikes (mitigations put in place for the launch, steps taken in the response) give no item.
 */
import { strict as assert } from 'node:assert';
import { items as readItems } from './helpers';

function read(text: string): [string, boolean | null][] {
  return readItems(text).map((i) => [i.text, i.done]);
}

function doc(lead: string, ...entries: string[]): string {
  return [
    '# Lost uploads',
    '',
    '## What happened',
    '',
    'A cleanup job deleted a week of uploads.',
    '',
    '## Looking back: what this taught us',
    '',
    `The job had no dry run, and nobody reviewed its filter. ${lead}`,
    '',
    ...entries.map((e) => `- ${e}`),
    '',
  ].join('\n');
}

describe('action items: a lead-in that announces measures against a recurrence', () => {
  it('reads the entries after it as follow-up work, done when they say so and open otherwise', () => {
    assert.deepEqual(
      read(
        doc(
          'From now on, we are putting several safeguards in place to stop this from happening again:',
          '**Nightly snapshots:** We have enabled snapshots of the upload bucket.',
          'A dry run before any cleanup job deletes files',
        ),
      ),
      [
        ['Nightly snapshots: We have enabled snapshots of the upload bucket.', true],
        ['A dry run before any cleanup job deletes files', false],
      ],
    );
    assert.deepEqual(
      read(doc('Our storage team has taken the following steps so it does not recur in the future:', 'Review of every cleanup filter')).map(([t]) => t),
      ['Review of every cleanup filter'],
    );
  });

  it('reads nothing after mitigations put in place for another aim, or after the steps of the response', () => {
    assert.deepEqual(
      read(doc('Before launch we had put several mitigations in place to limit the risk:', 'Rate limits on the bridge', 'A trusted relayer')),
      [],
    );
    assert.deepEqual(
      read(doc('To get the uploads back, we took the following steps:', 'Restored the bucket from a snapshot', 'Replayed the upload queue')),
      [],
    );
  });

  it('reads the entries after a lead-in that names them preventive measures, or the plans for the future', () => {
    assert.deepEqual(
      read(
        doc(
          'Having learned that, we are introducing the following processes as preventative measures:',
          'A second reviewer for every cleanup filter',
          'We will run each cleanup job dry first.',
        ),
      ).map(([t]) => t),
      ['A second reviewer for every cleanup filter', 'We will run each cleanup job dry first.'],
    );
    assert.deepEqual(
      read(doc('We now know why. The fire is out, but our future plans are to:', 'Split the bucket by purpose', 'Keep metrics for 60 days')).map(([t]) => t),
      ['Split the bucket by purpose', 'Keep metrics for 60 days'],
    );
    assert.deepEqual(
      read(doc('Our plans for the future include:', 'Alert on the deletion rate')).map(([t]) => t),
      ['Alert on the deletion rate'],
    );
  });

  it('reads nothing after the plan of the response, or measures named without their aim', () => {
    assert.deepEqual(read(doc('The game plan is:', 'Stop the job', 'Copy the bucket back')), []);
    assert.deepEqual(read(doc('The plan for tonight is to:', 'Stop the job', 'Copy the bucket back')), []);
    assert.deepEqual(read(doc('We introduced the following processes as part of the launch:', 'Stop the job', 'Copy the bucket back')), []);
    // Ugly input: the words with no list after them, and a lead-in made of nothing but the words.
    assert.deepEqual(read(doc('Our future plans are to:')), []);
    assert.deepEqual(read(['future plans are to:', '', '- ', ''].join('\n')), []);
  });
});
