/**
 * A plain label line over a log of events ("Timeline:", "Notes from the hosting company", "Day
 * two") heads a timeline when what sits under it, in its own paragraph or in the block after it,
 * is a run of entries that start with a time and tell what happened. The label's words need not
 * say so. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { isEntryLine } from '../../server/src/analysis/model/section-body';

function sections(text: string): [string, string | null][] {
  return analyzeDocument(text, 'reports/2031-04-02-queue.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kind]);
}

const timelines = (text: string) => sections(text).filter(([, kind]) => kind === 'timeline');

const OPENING = ['# Queue stall on 2031-04-02', '', 'The job queue stopped taking work for forty minutes in the morning.', ''];

describe('A plain label line over a log of events', () => {
  it('reads "Timeline:" over a fenced block of timed entries as the timeline', () => {
    const text = [
      ...OPENING,
      '## Consumer problems',
      '',
      'The consumers crashed on a payload they could not parse.',
      '',
      'Timeline:',
      '',
      '```',
      '08:02 UTC - first consumer crashes',
      '08:10 UTC - pager goes off for the backlog',
      '08:31 UTC - bad payload removed by hand',
      '08:42 UTC - backlog drained',
      '```',
      '',
      'We now skip payloads that cannot be parsed.',
    ].join('\n');
    assert.deepEqual(timelines(text), [['Timeline', 'timeline']]);
  });

  it('reads a label that names no section over dotted times in its own paragraph as the timeline', () => {
    const text = [
      ...OPENING,
      'Notes from the hosting company',
      '07.55 - storage controller reports a fault',
      '08.05 - engineer swaps the controller',
      'The spare needed a firmware load first.',
      '08.40 - storage back online',
      '',
      '08.44 - queue resumes',
      '',
      'We are sorry for the delay.',
    ].join('\n');
    assert.deepEqual(timelines(text), [['Notes from the hosting company', 'timeline']]);
  });

  it('reads a short label over a list of timed entries as the timeline, and not its own last line', () => {
    const text = [
      ...OPENING,
      'Day two',
      '',
      '- 2031-04-03 09:00 - queue paused again',
      '- 2031-04-03 09:20 - workers redeployed',
      '- 2031-04-03 09:45 - queue healthy',
      '',
    ].join('\n');
    assert.deepEqual(timelines(text), [['Day two', 'timeline']]);
  });

  it('leaves a label over a program log alone', () => {
    const text = [
      ...OPENING,
      'Worker output:',
      '',
      '```',
      '2031-04-02 08:02:11,201 ERROR consumer: cannot parse payload',
      '2031-04-02 08:02:12,004 ERROR consumer: cannot parse payload',
      '08:02:13.550 [worker-3] WARN retry limit reached',
      '2031-04-02 08:02:14 INFO consumer restarting',
      '```',
    ].join('\n');
    assert.deepEqual(timelines(text), []);
  });

  it('leaves a label over fewer than three entries, over prose, or one that names another section', () => {
    const two = [...OPENING, 'Timeline:', '', '```', '08:02 UTC - crash', '08:42 UTC - drained', '```'].join('\n');
    assert.deepEqual(timelines(two), []);
    const prose = [...OPENING, 'What we saw', '', 'The queue grew for a while and then the workers gave up on it entirely.'].join('\n');
    assert.deepEqual(timelines(prose), []);
    const sentence = [...OPENING, 'At first we thought the network was at fault, so we looked at it.', '08:02 - crash', '08:10 - page', '08:42 - drained'].join(
      '\n',
    );
    assert.deepEqual(timelines(sentence), []);
    const other = [...OPENING, 'References:', '', '```', '08:02 UTC - crash', '08:10 UTC - page', '08:42 UTC - drained', '```'].join('\n');
    assert.deepEqual(timelines(other), []);
  });

  it('adds nothing inside a timeline already read from a heading', () => {
    const text = [...OPENING, '## Timeline', '', 'Morning', '', '```', '08:02 UTC - crash', '08:10 UTC - page', '08:42 UTC - drained', '```'].join('\n');
    assert.deepEqual(timelines(text), [['Timeline', 'timeline']]);
  });

  it('tells an entry from a log line', () => {
    assert.ok(isEntryLine('10:40 UTC - cache restarted'));
    assert.ok(isEntryLine('18.16 - first alarms'));
    assert.ok(isEntryLine('14:05 deploy started'));
    assert.ok(isEntryLine('14:05 - error rates rose'));
    assert.ok(!isEntryLine('12:00:01.123 [main] INFO started'));
    assert.ok(!isEntryLine('2031-04-02 08:02:11 ERROR boom'));
    assert.ok(!isEntryLine('1.25 million requests'));
    assert.ok(!isEntryLine('Version 2.10 - released'));
  });
});
