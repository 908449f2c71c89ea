/**
 * Entries stamped in the ISO 8601 form a machine writes ("2031-04-02T09:14:05Z", "2031-04-02T09:14"),
 * the date and the time joined by a "T": under a heading that names no part ("Evidence", "What the
 * runs show"), a table or a list of such entries is the timeline, as one stamped "2031-04-02 09:14"
 * is. A "T" that opens a word after a date ("2031-04-02Tuesday") is no time. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { kindsOf } = sectionReader();

const report = (body: string) =>
  [
    '# Nightly builds failed on two runners',
    '',
    '## Summary',
    '',
    'Nightly builds failed for six hours on two runners that had lost their compiler.',
    '',
    '## Evidence',
    '',
    body,
    '',
    '## Root cause',
    '',
    'An image update removed the compiler from the runners.',
    '',
  ].join('\n');

const TABLE = [
  '| Time (UTC) | Run | Runner | Failure |',
  '|---|---|---|---|',
  '| 2031-04-02T03:10:44Z | 811 | runner-3 | compiler not found |',
  '| 2031-04-02T03:02:19Z | 809 | runner-7 | compiler not found |',
  '| 2031-04-02T02:40:02Z | 806 | runner-3 | disk full |',
  '| 2031-04-02T02:11:56Z | 801 | runner-7 | compiler not found |',
].join('\n');

describe('sections: entries stamped in the ISO form with a "T"', () => {
  it('reads a table of runs stamped so, newest first, as the timeline', () => {
    assert.deepEqual(kindsOf(report(TABLE), 'Evidence'), ['timeline']);
  });

  it('reads a list stamped to the minute, and CRLF line ends, as the timeline', () => {
    const list = ['- 2031-04-02T02:11 first build fails', '- 2031-04-02T02:40 a second runner fails', '- 2031-04-02T03:10 builds paused'].join('\n');
    assert.deepEqual(kindsOf(report(list).replace(/\n/g, '\r\n'), 'Evidence'), ['timeline']);
  });

  it('reads no timeline where a "T" opens a word after the date', () => {
    const list = ['- 2031-04-02Tuesday builds', '- 2031-04-03Tuesday builds', '- 2031-04-04Tuesday builds'].join('\n');
    assert.deepEqual(kindsOf(report(list), 'Evidence'), []);
  });

  it('takes odd input without failing: a bare "T", a long run of digits, an empty table', () => {
    for (const body of ['- 2031-04-02T', '- 2031-04-02T99999999999999999999', '| a |\n|---|']) assert.doesNotThrow(() => kindsOf(report(body), 'Evidence'));
  });
});
