/**
 * Notes of a meeting held on one incident, its title naming the incident on its day ("Meeting
 * notes: payments outage on 12 May"): the meeting's word no longer rules the telling out, as it
 * does for a weekly review, an agenda, notes of a sync that mentions an outage in passing and
 * minutes of planned maintenance. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection, isTaken } from '../support/recognition';

const notes = (title: string) =>
  [
    `# ${title}`,
    '',
    'Present: Ana, Ben, Chidi',
    '',
    'Ben took us through the outage. The orders API returned errors for 40 minutes after a config change that morning lowered the pool limit. Ben rolled the change back at 10:55.',
    '',
    'Ana said the change was reviewed, but the reviewer did not know the batch jobs share the pool. We will add a check on the pool size to the review.',
    '',
  ].join('\n');

describe('recognising the notes of a meeting held on one incident', () => {
  it('takes notes whose title names the incident on its day', () => {
    assert.equal(detection(notes('Meeting notes: orders outage on 12 May')), 'content');
    assert.equal(isTaken(notes('Minutes of the outage review call, 14 May')), true);
  });

  it('still refuses meeting titles that name no incident on a day, and other genres', () => {
    for (const title of ['Meeting notes, 14 May', 'Post-incident meeting agenda', 'Weekly sync: orders outage on 12 May', 'Runbook: orders outage on 12 May'])
      assert.equal(isTaken(notes(title)), false, title);
  });

  it('leaves an agenda and minutes of planned work', () => {
    const agenda = [
      '# Agenda: review of the 12 May orders outage',
      '',
      '1. Timeline of the outage, as support saw it',
      '2. What caused the errors and why the alert was late',
      '3. Follow-up work and owners',
      '',
      'Please read the draft report before the meeting.',
      '',
    ].join('\n');
    const planned = [
      '# Meeting minutes: database maintenance on 20 May',
      '',
      'We went over the plan for the window on 20 May. The primary will be upgraded first, then the replicas.',
      '',
      'If the upgrade fails, we will roll back to the snapshot taken at the start.',
      '',
    ].join('\n');
    assert.equal(isTaken(agenda), false);
    assert.equal(isTaken(planned), false);
  });
});
