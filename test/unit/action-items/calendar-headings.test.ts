/**
 * A checklist or a plan split by the calendar around the review ("### Today", "### This week",
 * "### Next month"): its items are due on the last day of that stretch, counted from the
 * post-mortem's own date, as a window ("0-7 days") is. Without a document date the words stay a
 * due in words, reported once on the heading. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { endOfCalendar } from '../../../server/src/analysis/base/dates';
import { readCalendarWords } from '../../../server/src/analysis/model/action-items/windows';
import { hoverMarkdown } from '../../../server/src/analysis/model/action-items/editor';
import { findings, UNDATED_PATH } from './helpers';

const read = (text: string) => analyzeDocument(text, 'notes/queue.md', defaultSettings()).model;
const dues = (text: string) => read(text).actionItems.map((i) => [i.text.replace(/ \(owner: .*\)$/, ''), i.due, i.dueKind, i.dueText]);

/** A review held on Wednesday 11 March 2026, with a checklist outside its plan. */
const review = (date: string | null, checklist: string) =>
  [
    '# Queue stall',
    '',
    ...(date ? [`Date: ${date}`, ''] : []),
    '## Summary',
    '',
    'The billing queue stopped for forty minutes after its consumer crashed on a malformed message.',
    '',
    '## Timeline',
    '',
    '| Time (UTC) | Event |',
    '|---|---|',
    '| 09:02 | The consumer crashed |',
    '| 09:20 | The queue-age alert fired |',
    '| 09:42 | The consumer restarted |',
    '',
    '## Root cause',
    '',
    'The consumer had no way to set a malformed message aside.',
    '',
    '## Recovery checklist',
    '',
    checklist,
  ].join('\n');

const SPLIT = [
  '### Today',
  '',
  '- [ ] Write a replay job for the dead-letter queue (owner: Ana Ruiz)',
  '',
  '### This week',
  '',
  '- [ ] Add a schema check on the producer (owner: Li Wei)',
  '- [x] Page on queue age over five minutes (owner: Ana Ruiz)',
  '- [ ] Load-test the consumer (owner: Li Wei, due: 2026-03-20)',
  '',
  '### This month',
  '',
  '- [ ] Move the consumer to the shared retry library (owner: Sam Okafor)',
  '',
].join('\n');

describe('action items: headings that name a stretch of the calendar around the review', () => {
  it('gives the boxes under each the last day of that stretch, from the document date; an item keeps its own date', () => {
    assert.deepEqual(dues(review('2026-03-11', SPLIT)), [
      ['Write a replay job for the dead-letter queue', '2026-03-11', 'window', 'Today'],
      ['Add a schema check on the producer', '2026-03-15', 'window', 'This week'],
      ['Page on queue age over five minutes', '2026-03-15', 'window', 'This week'],
      ['Load-test the consumer', '2026-03-20', 'date', '2026-03-20'],
      ['Move the consumer to the shared retry library', '2026-03-31', 'window', 'This month'],
    ]);
  });

  it('reads them with CRLF line ends, emphasis, a colon or closing hashes, in any case', () => {
    const ugly = SPLIT.replace('### Today', '### **today**:').replace('### This week', '#### THIS WEEK ###').replace('### This month', '### _This month._');
    const got = dues(review('2026-03-11', ugly).replace(/\n/g, '\r\n')).map(([, due]) => due);
    assert.deepEqual(got, ['2026-03-11', '2026-03-15', '2026-03-15', '2026-03-20', '2026-03-31']);
  });

  it('counts the next stretch and the end of one, in a plan heading too', () => {
    for (const [heading, due] of [
      ['Tomorrow', '2026-03-12'],
      ['Next week', '2026-03-22'],
      ['End of week', '2026-03-15'],
      ['EOW', '2026-03-15'],
      ['By end of day', '2026-03-11'],
      ['Next month', '2026-04-30'],
      ['End of the quarter', '2026-03-31'],
      ['Next quarter', '2026-06-30'],
      ['This year', '2026-12-31'],
      ['Follow-ups (this week)', '2026-03-15'],
      ['Follow-ups: next month', '2026-04-30'],
      ['Urgent (do today)', '2026-03-11'],
      ['Do by end of week', '2026-03-15'],
      ['**Important** (Do This Week)', '2026-03-15'],
    ]) {
      const text = `# Queue stall\n\n**Date:** 2026-03-11\n\n## Summary\n\nThe queue stopped.\n\n## Action items\n\n### ${heading}\n\n- Add a schema check on the producer\n`;
      const [item] = read(text).actionItems;
      assert.deepEqual([item?.due, item?.dueKind], [due, 'window'], heading);
    }
  });

  it('is a due the rule accepts when counted, and says in the hover where it comes from', () => {
    const text = review('2026-03-11', SPLIT);
    assert.deepEqual(findings(text, defaultSettings(), ['action-item-vague-due', 'action-item-due-date']), []);
    const item = read(text).actionItems[1];
    assert.match(hoverMarkdown(item, new Date('2026-03-12T12:00:00Z')), /due: 2026-03-15 \(in 3 days\), "This week" counted from the post-mortem's date/);
  });

  it('reports the words once per heading when the document has no date, nor its file name', () => {
    const text = review(null, SPLIT);
    const vague = findings(text, defaultSettings(), ['action-item-vague-due'], UNDATED_PATH);
    assert.deepEqual(
      vague.map((f) => text.slice(f.start, f.end)),
      ['Today', 'This week', 'This month'],
    );
  });

  it('counts from the day the file is named by when the document writes no date of its own, and prefers the written one', () => {
    const named = (path: string, text: string) => analyzeDocument(text, path, defaultSettings()).model.actionItems.map((i) => i.due);
    assert.deepEqual(named('postmortems/2026-03-11-queue-stall.md', review(null, SPLIT)), [
      '2026-03-11',
      '2026-03-15',
      '2026-03-15',
      '2026-03-20',
      '2026-03-31',
    ]);
    assert.deepEqual(named('postmortems/2026/03/11.md', review(null, SPLIT)), ['2026-03-11', '2026-03-15', '2026-03-15', '2026-03-20', '2026-03-31']);
    assert.deepEqual(named('postmortems/2026-04-01-queue-stall.md', review('2026-03-11', SPLIT)), [
      '2026-03-11',
      '2026-03-15',
      '2026-03-15',
      '2026-03-20',
      '2026-03-31',
    ]);
    const windowed =
      '# Queue stall\n\n## Summary\n\nThe queue stopped.\n\n## Action items\n\n### Immediate (0-7 days)\n\n- Add a schema check on the producer (owner: Li Wei)\n';
    assert.deepEqual(named('_posts/2026-03-11-queue.md', windowed), ['2026-03-18']);
    assert.deepEqual(named('_posts/queue.md', windowed), [null]);
  });

  it('leaves headings that only speak of the calendar alone', () => {
    for (const heading of [
      "This week's incidents",
      'Today we learned',
      'What to do today',
      'Do not wait until next week',
      'Do this week again',
      'Weekly review',
      'Next',
      'End of the incident',
      'This quarter was hard',
    ]) {
      const text = `# Queue stall\n\n**Date:** 2026-03-11\n\n## Summary\n\nThe queue stopped.\n\n## Action items\n\n### ${heading}\n\n- Add a schema check on the producer\n`;
      const [item] = read(text).actionItems;
      assert.notEqual(item?.dueKind, 'window', heading);
    }
  });
});

describe('the last day of a stretch of the calendar', () => {
  it('ends weeks on Sunday, months, quarters and years on their last day, across years and leap days', () => {
    assert.equal(endOfCalendar('2026-03-15', 'week'), '2026-03-15'); // a Sunday is its own week's end
    assert.equal(endOfCalendar('2026-03-16', 'week'), '2026-03-22'); // a Monday
    assert.equal(endOfCalendar('2026-12-30', 'week', 1), '2027-01-10');
    assert.equal(endOfCalendar('2028-02-10', 'month'), '2028-02-29');
    assert.equal(endOfCalendar('2026-01-31', 'month', 1), '2026-02-28');
    assert.equal(endOfCalendar('2026-11-15', 'quarter', 1), '2027-03-31');
    assert.equal(endOfCalendar('2026-12-31', 'day', 1), '2027-01-01');
    assert.equal(endOfCalendar('2026-06-01', 'year'), '2026-12-31');
    assert.equal(endOfCalendar('not a date', 'week'), 'not a date');
  });

  it('reads the words where a due goes, and nothing longer', () => {
    assert.deepEqual(readCalendarWords('  *This   week*: '), { unit: 'week', ahead: 0 });
    assert.deepEqual(readCalendarWords('EOQ'), { unit: 'quarter', ahead: 0 });
    assert.deepEqual(readCalendarWords('before the end of this month'), { unit: 'month', ahead: 0 });
    assert.deepEqual(readCalendarWords('by the end of the month'), { unit: 'month', ahead: 0 });
    assert.equal(readCalendarWords('next sprint'), null);
    assert.equal(readCalendarWords('this week '.repeat(20)), null);
    assert.equal(readCalendarWords(''), null);
  });
});
