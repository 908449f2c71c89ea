/**
 * A log of updates is no report's section and no report's timeline. A heading that is only a stamp
 * ("3rd May 09:12 AM", "Tue 4 May, 14:05 UTC") says when an update was written, whatever the update
 * goes on to tell (a cause, a fix, a promise to look further). A status page's stream of posted
 * updates, newest first, is its own log: when the post tells a timeline of its own (a list of timed
 * entries above the stream), that list is the timeline, and the stream raises no order alarm; with
 * no other, the stream is the only timeline there is. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { isOnlyStamp } from '../../server/src/analysis/model/section-body';
import { factsOf } from '../../server/src/analysis/model/facts/index';
import { sectionReader } from './helpers/sections';

const settings = defaultSettings();
const { analyse, kindsOf } = sectionReader();
const orderAlarms = (text: string) => check(text, { path: 'postmortems/x.md', settings }).findings.filter((f) => f.ruleId === 'timeline-order');

describe('a heading that is only a stamp', () => {
  it('tells stamps written many ways from headings with words', () => {
    for (const t of [
      '3rd May 09:12 AM',
      '4th of May 2031, 9:12am',
      'Tue 4 May, 14:05 UTC',
      'May 4, 2031 at 2:05 PM EDT',
      '2031-05-04 14:05',
      '14:05 - 15:10 GMT+2',
      'Thursday 21:40 CEST',
      'May 4',
    ])
      assert.equal(isOnlyStamp(t), true, t);
    for (const t of [
      'Monitoring 14:05',
      'Update 14:05',
      'Root cause at 14:05',
      'Market open 09:30',
      'Decided at 10:00',
      'Timeline',
      'Section 2.10',
      '',
      'a'.repeat(70) + ' 14:05',
    ])
      assert.equal(isOnlyStamp(t), false, t);
  });

  const LOG = [
    '# Slow searches in the eu region',
    '',
    'All times are UTC.',
    '',
    '## 3rd May 09:12 AM',
    '',
    'Searches in the eu region are slower than usual. We are looking into it.',
    '',
    '## 3rd May 09:40 AM',
    '',
    'Search times are back to normal. We will keep looking for the root cause of the slowdown, which lasted about half an hour.',
    '',
    '## 3rd May 05:15 PM',
    '',
    'The slowdown was caused by an index rebuild that started at the busiest hour, because its schedule was set in the wrong zone. We moved the schedule and will add a check for it.',
    '',
  ].join('\n');

  it('reads no section from an update headed by its stamp, whatever the update tells', () => {
    for (const heading of ['3rd May 09:12 AM', '3rd May 09:40 AM', '3rd May 05:15 PM']) assert.deepEqual(kindsOf(LOG, heading), [], heading);
  });

  it('reads the trigger from the updates when no section tells the cause', () => {
    const told = [
      '# Slow searches in the eu region',
      '',
      '## 3rd May 09:12 AM',
      '',
      'Searches in the eu region are slower than usual. We are looking into it.',
      '',
      '## 3rd May 05:15 PM',
      '',
      'We deployed a new release of the search service that held a regression in how it warms its caches, and searches slowed down. We rolled it back.',
      '',
    ].join('\n');
    const doc = analyzeDocument(told, 'postmortems/x.md', settings);
    assert.equal(factsOf(doc, settings).causes.trigger?.trigger, 'change');
  });

  it('still reads a heading with words beside a time, and a stamp under a named section', () => {
    const worded = LOG.replace('## 3rd May 05:15 PM', '## Root cause, found at 05:15 PM');
    assert.deepEqual(kindsOf(worded, 'Root cause, found at 05:15 PM'), ['root-cause']);
    const named =
      '# Slow searches\n\n## What went wrong\n\nAn index rebuild ran at the busiest hour because its schedule was set in the wrong zone, so every search waited on it.\n';
    assert.deepEqual(kindsOf(named, 'What went wrong'), ['root-cause']);
  });
});

const OWN_TIMELINE = [
  '# Expired signing key',
  '',
  'On May 4th, 2031, from about 01:10 UTC, logins to the portal failed because the key that signs sessions had expired.',
  '',
  '- 01:10 UTC: Logins start failing.',
  '- 01:25 UTC: The on-call engineer finds the expired key.',
  '- 02:05 UTC: A new key is issued.',
  '- 02:20 UTC: The new key is live and logins work again.',
  '',
  'A reminder that should have warned us weeks ahead was sent to a mailbox nobody reads.',
  '',
  '- We moved the reminder to the team channel.',
  '- We will renew keys a month before they expire.',
  '',
  'Posted May 04, 2031 - 06:30 UTC',
  '',
  'This incident has been resolved.',
  'Posted May 04, 2031 - 02:50 UTC',
  '',
  'A new key is in place and we are watching logins.',
  'Posted May 04, 2031 - 02:21 UTC',
  '',
  'We are looking into failed logins.',
  'Posted May 04, 2031 - 01:30 UTC',
  '',
].join('\n');

describe("a status page's posted updates beside a timeline of its own", () => {
  it('takes the list above the stream as the timeline, and raises no order alarm', () => {
    const timeline = analyse(OWN_TIMELINE).timeline;
    assert.ok(timeline);
    assert.deepEqual(
      timeline.entries.map((e) => e.text),
      ['Logins start failing.', 'The on-call engineer finds the expired key.', 'A new key is issued.', 'The new key is live and logins work again.'],
    );
    assert.deepEqual(orderAlarms(OWN_TIMELINE), []);
  });

  it('does so under a heading too', () => {
    const headed = OWN_TIMELINE.replace('- 01:10 UTC', '## Expired key\n\n- 01:10 UTC');
    assert.equal(analyse(headed).timeline?.entries.length, 4);
    assert.deepEqual(orderAlarms(headed), []);
  });

  it('keeps the stream as the timeline when the post has none of its own, out of order as it is', () => {
    const only = [
      '# Failed logins',
      '',
      'Logins failed for an hour because a signing key expired. We renewed it.',
      'Posted May 04, 2031 - 06:30 UTC',
      '',
      'This incident has been resolved.',
      'Posted May 04, 2031 - 02:50 UTC',
      '',
      'We are looking into failed logins.',
      'Posted May 04, 2031 - 01:30 UTC',
      '',
    ].join('\n');
    assert.equal(analyse(only).timeline?.entries.length, 3);
    assert.equal(orderAlarms(only).length, 1);
  });

  it('keeps an out-of-order list of its own an alarm', () => {
    const swapped = OWN_TIMELINE.replace('- 02:05 UTC: A new key is issued.', '- 00:05 UTC: A new key is issued.');
    assert.equal(orderAlarms(swapped).length, 1);
  });
});
