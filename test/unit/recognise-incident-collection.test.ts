/**
 * A page whose title names it a collection of incidents ("Incidents", "Lab incident reports",
 * "Post-mortems", "Outages") and whose dated headings make most of its sections keeps one incident
 * after another: taken when its entries are told in more than a line each and something gone wrong
 * is told in the past among them, however impersonal and whatever parts each entry names. An index
 * of reports gives each a line and a link; notes of calls that went over outages under such a title
 * tell of none gone wrong; sprint retrospectives are kept by date too. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { assertLinear } from '../support/growth';
import { detection, isTaken } from '../support/recognition';

const settings = defaultSettings();

const LOG = [
  '# Lab incident reports',
  '',
  '## 14.05.2026',
  '',
  '* Overview:',
  '  * Course: networks, spring term',
  '  * Two of the six lab machines failed to boot from the network image.',
  '  * The image server had run out of disk the night before.',
  '* Done on the day:',
  '  * Freed space on the image server and booted the machines again.',
  '',
  '## 02.03.2026',
  '',
  '* Overview:',
  '  * Course: databases, winter term',
  '  * The shared database was down for the first half hour of the exam.',
  '  * A backup job still ran when the exam started.',
  '* Next time:',
  '  * Move the backup job to the night.',
  '',
];

describe('recognising a page that keeps incidents one after another', () => {
  it('takes an impersonal log of dated entries written in list items', () => {
    assert.equal(detection(LOG.join('\n')), 'content');
  });

  it('takes it so with CRLF line ends and entries told in paragraphs', () => {
    const paragraphs = LOG.map((line) => line.replace(/^ *\* /, '')).flatMap((line) => (line.startsWith('#') ? [line] : [line, '']));
    assert.equal(detection(paragraphs.join('\r\n')), 'content');
  });

  it('does not take a log of one entry', () => {
    assert.equal(isTaken(LOG.slice(0, 12).join('\n')), false);
  });

  it('does not take an index of reports, a line and a link each', () => {
    const index = [
      '# Payments post-mortems',
      '',
      '## 2026-05-02',
      '',
      '- [Checkout outage](a.md) - payments failed for an hour after a bad deploy.',
      '',
      '## 2026-03-17',
      '',
      '- [Refund delays](b.md) - refunds were held for a day because a job crashed.',
      '',
    ];
    assert.equal(isTaken(index.join('\n')), false);
  });

  it('does not take notes of calls that went over outages under such a title', () => {
    const notes = [
      '# Outages',
      '',
      '## 2026-04-14',
      '',
      'We went over the queue stall of the 9th. Kim will send the write-up round.',
      '',
      'Everyone agreed the alert thresholds need another look.',
      '',
      '## 2026-03-31',
      '',
      'Nothing went down this time. We talked about paging rotations.',
      '',
      'Rui asked whether weekends could be split in two shifts.',
      '',
    ];
    assert.equal(isTaken(notes.join('\n')), false);
  });

  it('does not take sprint retrospectives kept by date', () => {
    const retros = [
      '# Retrospectives',
      '',
      '## 2026-04-10',
      '',
      '- Went badly: the end-to-end tests failed twice and blocked the release.',
      '- Try next: pair on flaky tests.',
      '',
      '## 2026-03-27',
      '',
      '- Went badly: the staging database was down for a day.',
      '- Try next: keep a second staging copy.',
      '',
    ];
    assert.equal(isTaken(retros.join('\n')), false);
  });

  it('reads ugly input: a title of the collection over hundreds of empty dated headings, and a long title', () => {
    const empty = '# Incidents\n\n' + '## 2026-01-01\n\n'.repeat(500);
    assert.equal(isTaken(empty), false);
    const long = '# ' + 'x '.repeat(50_000) + 'incidents\n\n' + LOG.slice(2).join('\n');
    assert.doesNotThrow(() => detection(long));
  });

  it('reads a 200 KB log in time linear in its size', function () {
    this.timeout(60_000);
    const log = (n: number) => '# Incidents\n\n' + '## 2026-01-01\n\n- The disk was full and the job failed.\n- Cleared it.\n\n'.repeat(n);
    assert.ok(log(3000).length > 200_000);
    // The full reading, past the quick scan that reads only the start of a file.
    assertLinear('a log of dated entries', log, (t) => analyzeDocument(t, 'notes/a.md', settings), 16);
  });
});
