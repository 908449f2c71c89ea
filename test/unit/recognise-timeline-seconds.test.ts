/**
 * A timeline whose entries are stamped to the second ("14:28:08", "2026-02-03 09:14:55 UTC"), as
 * entries copied from a log are: its stamps are times of day as much as "14:28" is, and the
 * timeline reading counts them. Most of a report (a summary, a timeline, lessons or next steps)
 * that names no incident and no cause is taken by its timeline only when the timeline or the
 * opening tells something gone wrong: a recorded talk's chapters or a job's run copied from its
 * log are stamped too. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection as taken } from '../support/recognition';

/** A bug record told in the third person: a summary, the impact and a timeline copied from the logs. */
const record = (stamps: readonly string[]) =>
  [
    '# BUG-88: Replica stalled on a full disk',
    '',
    '## Summary',
    '',
    'The read replica of the orders database stopped applying changes, and the outage of the reports page lasted until the disk was grown.',
    '',
    '## Impact',
    '',
    '- Reports showed data up to an hour old.',
    '- Exports started in that hour held stale rows.',
    '',
    '## Timeline',
    '',
    `- \`2026-02-03 ${stamps[0]}\` Replica stopped applying changes`,
    `- \`2026-02-03 ${stamps[1]}\` Disk usage alert fired`,
    `- \`2026-02-03 ${stamps[2]}\` Disk grown, replica started again`,
    '',
  ].join('\n');

describe('recognising a timeline stamped to the second', () => {
  it('counts stamps with seconds as times of day', () => {
    assert.equal(taken(record(['09:14:55', '09:20:02', '10:11:40'])), 'content');
  });

  it('reads them as stamps without seconds are read', () => {
    assert.equal(taken(record(['09:14', '09:20', '10:11'])), 'content');
  });

  it('counts no longer runs of digits and colons', () => {
    assert.equal(taken(record(['09:14:55:10', '1:09:20:02', '10:11:40:7'])), 'not-a-postmortem');
  });

  it('reads CRLF line ends and zones after the stamps', () => {
    const text = record(['09:14:55 UTC', '09:20:02 UTC', '10:11:40 UTC']).replace(/\n/g, '\r\n');
    assert.equal(taken(text), 'content');
  });

  it('leaves the chapters of a recorded talk untaken', () => {
    const text = [
      '# Notes from my talk on caching',
      '',
      '## Summary',
      '',
      'Last month I gave a talk at the local meetup about caching pages at the edge. The recording is online.',
      '',
      '## Timeline',
      '',
      '- 00:00:00 Welcome',
      '- 00:04:30 Why we started caching at the edge',
      '- 00:17:10 What happened when the cache keys changed',
      '- 00:29:45 Questions',
      '',
      '## Lessons learned',
      '',
      'A recorded demo is a good fallback for a live one.',
      '',
    ].join('\n');
    assert.equal(taken(text), 'not-a-postmortem');
  });

  it('leaves chapters stamped by minutes and seconds untaken, beside a summary and lessons', () => {
    const text = [
      '# Notes from my talk on queues',
      '',
      '## Summary',
      '',
      'I gave a talk on fair queues at the meetup last week. The recording is online.',
      '',
      '## Timeline',
      '',
      '- 00:00 Welcome',
      '- 04:30 Why we started with one queue',
      '- 17:10 What happened when we added lanes',
      '',
      '## Lessons learned',
      '',
      'Short demos hold a room better than long ones.',
      '',
    ].join('\n');
    assert.equal(taken(text), 'not-a-postmortem');
  });

  it('takes a summary, a timeline and next steps without naming an incident when the timeline tells a failure', () => {
    const text = [
      '# Checkout on 3 February',
      '',
      '## Summary',
      '',
      'Card payments at checkout were refused for part of the morning.',
      '',
      '## Timeline',
      '',
      '- 09:14:55 Card payments began to be refused with error 502',
      '- 09:20:02 The on-call engineer was paged',
      '- 10:11:40 The gateway was restarted and payments went through again',
      '',
      '## Next steps',
      '',
      '- Add a health check on the gateway.',
      '',
    ].join('\n');
    assert.equal(taken(text), 'content');
  });

  it("leaves a job's README with a run copied from its log untaken", () => {
    const text = [
      '# nightly-backup',
      '',
      '## Summary',
      '',
      'A job that copies every database to cold storage at night and keeps thirty copies.',
      '',
      '## Timeline of a run',
      '',
      '- 01:00:02 Started the copy of the orders database',
      '- 01:12:47 Finished the orders database',
      '- 01:12:49 Started the copy of the users database',
      '- 01:15:03 Finished and uploaded both copies',
      '',
      '## Configuration',
      '',
      'Set `KEEP` to the number of copies to keep.',
      '',
    ].join('\n');
    assert.equal(taken(text), 'not-a-postmortem');
  });
});
