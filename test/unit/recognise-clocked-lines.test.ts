/**
 * A report whose headings name no part of a post-mortem (or that has none), read by its structure:
 * three lines or more that open on a time of day and tell the past (a list, a table's rows or
 * paragraphs), and prose in which its authors tell something gone wrong and its cause. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { clockedLines, quickScan, quickScanRulesOut } from '../../server/src/analysis/model/detect';
import { detection as taken, isTaken } from '../support/recognition';

const entries = [
  '- 09:12 UTC: the first checkout requests timed out',
  '- 09:20 UTC: we were paged by the latency alert',
  '- 10:05 UTC: the pool was restored and orders went through',
];

const report = (
  lines: readonly string[],
  prose = 'Our checkout was down for most of an hour on Tuesday. The cause was a pool that kept its old broker address after a move.',
) =>
  ['# Checkout on Tuesday', '', prose, '', '## Hour by hour', '', ...lines, '', '## Afterwards', '', 'The broker now sits behind a fixed name.', ''].join('\n');

describe('recognising a report by lines that open on a time of day', () => {
  it('takes a list of timed entries told in the past, under headings that name no part', () => {
    assert.equal(taken(report(entries)), 'content');
  });

  it('takes the same entries as a table, as bold paragraphs, and with CRLF line ends', () => {
    const rows = ['| Time | What |', '| --- | --- |', ...entries.map((e) => `| ${e.slice(2).replace(': ', ' | ')} |`)];
    assert.equal(taken(report(rows)), 'content');
    const bold = entries.flatMap((e) => [`**${e.slice(2, 11)}** ${e.slice(13)}`, '']);
    assert.equal(taken(report(bold)), 'content');
    assert.equal(taken(report(entries).replace(/\n/g, '\r\n')), 'content');
  });

  it('lets three timed lines through the quick scan, and not two', () => {
    assert.equal(quickScanRulesOut(quickScan(['# Notes', '', ...entries].join('\n'))), false);
    assert.equal(quickScanRulesOut(quickScan(['# Notes', '', ...entries.slice(0, 2)].join('\n'))), true);
  });

  it('reads the timed lines outside code only, and ugly input without failing', () => {
    assert.equal(clockedLines(['```', '10:00 a log line', '10:01 another', '10:02 a third', '```'].join('\n')), '');
    assert.equal(clockedLines('12:00\n'.repeat(5000)).split('\n').length > 100, true);
    assert.equal(clockedLines(''), '');
    assert.equal(clockedLines('999:99 x\n12:345 y\n'), '');
  });

  describe('entries told in the perfect, as a status page posts its updates', () => {
    // Newest first, as updates are posted: no verb of the simple past, the perfect and the present.
    const updates = [
      '* **16:10 UTC** Every upload has been restored.',
      '* **13:40 UTC** The copy job is still running.',
      '* **11:05 UTC** Cause found: the sweeper treats shared layers as unused.',
      '* **10:30 UTC** We are looking into a report of missing uploads.',
    ];
    const prose =
      'We ran the storage sweeper for the first time on Monday. Uploads from the two days before were broken because of a flaw in how it counts references.';

    it('takes the updates beside an account of a failure and its cause (LF and CRLF)', () => {
      assert.equal(taken(report(updates, prose)), 'content');
      assert.equal(taken(report(updates, prose).replace(/\n/g, '\r\n')), 'content');
      assert.equal(taken(report([...updates].reverse(), prose)), 'content');
    });

    it('not without the perfect, nor without a cause in the prose', () => {
      const present = updates.map((u) => u.replace('has been restored', 'is back'));
      assert.equal(isTaken(report(present, prose)), false);
      assert.equal(isTaken(report(updates, 'We ran the storage sweeper for the first time on Monday. Uploads from the two days before were broken.')), false);
    });

    it('a drill whose timed steps order a restore after a past outage', () => {
      const text = [
        '# Bringing the cache back from a snapshot',
        '',
        'We keep these steps since the outage in May, which was caused by a full disk.',
        '',
        '- 10:00 stop the writers',
        '- 10:20 check that every key is restored',
        '- 10:40 point the writers back and watch the errors',
        '',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });
  });

  describe('look-alikes left alone', () => {
    it('a runbook whose timed steps give orders', () => {
      const text = [
        '# Failover drill',
        '',
        'If the broker is lost, the pool keeps its old address. The cause is usually a moved host.',
        '',
        '- 09:00 Drain the workers',
        '- 09:10 Move the broker to the spare host',
        '- 09:20 Restart the pool and check the orders',
        '',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });

    it('a changelog with times that names fixes in passing', () => {
      const text = [
        '# Changes',
        '',
        '- 10:02 Fixed a crash on empty uploads',
        '- 11:40 Removed the old resizer flag',
        '- 15:15 Updated the broker client',
        '',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });

    it('meeting notes with times, and an agenda', () => {
      const text = [
        '# Platform sync',
        '',
        'We went over the broker move, which was done last week because the old host was full.',
        '',
        '- 10:00 Welcome and last week',
        '- 10:10 The broker move went well',
        '- 10:30 Questions',
        '',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });

    it('a README with a troubleshooting section, dates and times', () => {
      const text = [
        '# thumbs',
        '',
        'A resizer for uploads. It was rewritten in 2024.',
        '',
        '## Troubleshooting',
        '',
        '- 2025-02-02 10:00: the cache was cleared for the release',
        '- 2025-02-03 09:00: the worker was restarted for the release',
        '- 2025-02-04 09:30: the flag was removed',
        '',
        'If thumbnails fail to load, the cause is usually a stale cache.',
        '',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });

    it('a design document with a problem, a solution and a schedule of the work', () => {
      const text = [
        '# Streaming resizer',
        '',
        '## Problem',
        '',
        'The resizer keeps every size in memory. It failed twice last year because of that.',
        '',
        '## Solution',
        '',
        'Stream each size to storage as soon as it is made.',
        '',
        '## Schedule',
        '',
        '- 09:00 kick-off was held with the storage team',
        '- 11:00 first review',
        '- 14:00 sign-off',
        '',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });
  });
});
