import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import { applyEdits, type Finding } from '../../server/src/analysis/base/findings';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { runTimelineCommand } from '../../server/src/analysis/authoring/timeline-commands';
import { entryHoverMarkdown, metricsSummary, metricsTooltip } from '../../server/src/analysis/model/timeline/present';

const settings = defaultSettings();

function timeline(text: string): Timeline {
  const t = analyzeDocument(text, 'postmortems/x.md', settings).model.timeline;
  assert.ok(t, 'a timeline is found');
  return t;
}

function findings(text: string, ruleId: string): Finding[] {
  return check(text, { path: 'postmortems/x.md', settings }).findings.filter((f) => f.ruleId === ruleId);
}

const doc = (body: string, head = '# Incident: search returned stale results\n\nDate: 2025-11-20\n\n') =>
  `${head}## Timeline\n\n${body}\n\n## Root Cause\n\nAn index.\n`;

describe('timeline reading of the shapes real post-mortems use', () => {
  describe('dates written with the time', () => {
    it('reads a month and day without a year in a time cell as a date, taking the year from the document', () => {
      const t = timeline(
        doc(
          '| When | What |\n|---|---|\n| Nov 19, 11:50 PM | Reindex job started |\n| Nov 20, 6:15 AM | Support saw stale results |\n| Nov 20, 7:02 AM | Reindex rolled back |',
        ),
      );
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-19T23:50:00', '2025-11-20T06:15:00', '2025-11-20T07:02:00'],
      );
      assert.deepEqual(
        t.entries.map((e) => e.dateWritten),
        [true, true, true],
      );
    });

    it('reads a day and a time joined by a slash, and reports such an entry out of order', () => {
      const body =
        '*2025-11-20 06:10*: The indexer fell behind.\n\n*2025-11-20/08:45*: Support heard from a customer.\n\n*2025-11-20 07:30*: The job was restarted.';
      const t = timeline(doc(`All times in UTC.\n\n${body}`));
      assert.deepEqual(
        t.entries.map((e) => [e.stamp?.text, e.time]),
        [
          ['2025-11-20 06:10', '2025-11-20T06:10:00Z'],
          ['2025-11-20/08:45', '2025-11-20T08:45:00Z'],
          ['2025-11-20 07:30', '2025-11-20T07:30:00Z'],
        ],
      );
      assert.equal(t.entries[1].text, 'Support heard from a customer.');
      const [found, ...more] = findings(doc(`All times in UTC.\n\n${body}`), 'timeline-order');
      assert.deepEqual(more, []);
      assert.match(found.message, /\(2025-11-20 07:30\) is earlier than the one before it \(2025-11-20\/08:45\)/);
      // A slash between two days is not a time: "2025-11-20/21" gives its entry a day and no clock time.
      const days = timeline(doc('- 2025-11-20 06:10 Indexer fell behind\n- 2025-11-20/21 retries ran all night')).entries[1];
      assert.deepEqual([days.stamp, days.clock, days.instant], [null, null, null]);
    });

    it('takes the year from a date written in the prose when the document has no date field', () => {
      const head = '# Stale search results\n\nOn November 20, 2025 the search index served old documents.\n\n';
      const t = timeline(doc('All times in UTC.\n\n- Nov 19 23:50 reindex job started\n- Nov 20 06:15 support saw stale results', head));
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-19T23:50:00Z', '2025-11-20T06:15:00Z'],
      );
    });

    it('keeps entries over several days in order when nothing in the document gives their dates a year', () => {
      const head = '# Release 4.2.0 refused valid files\n\nThe release was broken for a day and a half.\n\n';
      const body =
        '| When (UTC) | What |\n| --- | --- |\n| Oct 2, 15:10 | Release published |\n| Oct 2, 18:44 | First report |\n| Oct 3, 09:20 | Cause found |\n| Oct 4, 05:30 | Fix released |';
      assert.deepEqual(findings(doc(body, head), 'timeline-order'), []);
      const t = timeline(doc(body, head));
      assert.ok(t.entries.every((e, i) => i === 0 || e.instant! > t.entries[i - 1].instant!));
      // The year turns between "Dec 31" and "Jan 1"; a day that really goes back is still reported.
      assert.deepEqual(
        findings(doc('| When | What |\n| --- | --- |\n| Dec 31, 23:10 | Job started |\n| Jan 1, 00:20 | Job failed |', head), 'timeline-order'),
        [],
      );
      const back = findings(doc('| When | What |\n| --- | --- |\n| Oct 3, 09:20 | Cause found |\n| Oct 2, 18:44 | First report |', head), 'timeline-order');
      assert.equal(back.length, 1);
    });

    it('keeps the day of a heading or a date line without a year when nothing gives it one', () => {
      const head = '# Queue consumers stalled\n\nTwo nights of stalls.\n\n';
      // Times start again under each day: that is not out of order, and a time that goes back within a day still is.
      const body = '### May 4\n\n- 22:40 consumers stall\n- 23:05 restarted\n\n### May 5\n\n- 01:10 stall again\n- 00:55 page sent\n';
      const found = findings(doc(body, head), 'timeline-order');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /00:55/);
      const lines = '**4 May**\n\n- 21:00 deploy\n\n**5 May**\n\n- 09:00 stall\n- 09:30 rollback\n';
      assert.deepEqual(findings(doc(lines, head), 'timeline-order'), []);
      const t = timeline(doc(lines, head));
      assert.ok(t.entries.every((e, i) => i === 0 || e.instant! > t.entries[i - 1].instant!));
    });

    it('reads times relative to a base a note states ("T+12m" after "T = 08:05 PST"), and none without a base', () => {
      const t = timeline(
        doc('Times relative to the first failed upload (T = 08:05 PST).\n\n- T+0m — first failed upload\n- T+12m — alert fires\n- T+1h05m — rolled back'),
      );
      assert.deepEqual(
        t.entries.map((e) => e.time?.slice(11, 16)),
        ['08:05', '08:17', '09:10'],
      );
      assert.deepEqual(findings(doc('(T = 23:50 UTC)\n\n- T+0m — job starts\n- T+20m — job fails after midnight'), 'timeline-order'), []);
      const none = analyzeDocument(doc('- T+0m — first failed upload\n- T+12m — alert fires'), 'postmortems/x.md', settings).model.timeline;
      assert.ok(!none || none.entries.every((e) => e.time === null));
    });

    it('reads a date and a time apart by a dash, "at", or a line break written as <br>', () => {
      const t = timeline(
        doc(
          '| Time (UTC) | What |\n|---|---|\n| Nov 19<br>11:50 PM | Reindex job started |\n| 20 Nov 2025 – 06:15 | Support saw stale results |\n| Nov 20 at 7:02 AM | Rolled back |',
        ),
      );
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-19T23:50:00Z', '2025-11-20T06:15:00Z', '2025-11-20T07:02:00Z'],
      );
      assert.deepEqual(
        findings(
          doc('| Time (UTC) | What |\n|---|---|\n| Nov 19<br>11:50 PM | Reindex job started |\n| Nov 20<br>6:15 AM | Support saw stale results |'),
          'timeline-order',
        ),
        [],
      );
    });

    it('reads list entries that open with a date and a time, the date kept out of the event text', () => {
      const t = timeline(
        doc('All times in UTC.\n\n- 19 November 2025 - 23:50 reindex job started\n- Thursday, November 20, 2025 at 06:15: support saw stale results'),
      );
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-19T23:50:00Z', '2025-11-20T06:15:00Z'],
      );
      assert.equal(t.entries[0].text, 'reindex job started');
    });
  });

  describe('four-digit times written with their zone', () => {
    it('reads "1506 UTC" and "0117Z" as times, and a day before the first one as the day of the bare ones after it', () => {
      const text = doc(
        '- Nov 19 2210 UTC: queue paused\n- 2245 UTC: replay started\n- 2330 UTC: replay stalled\n- Nov 20 0117Z: replay done\n- 0140 UTC: queue resumed',
      );
      assert.deepEqual(
        timeline(text).entries.map((e) => e.time),
        ['2025-11-19T22:10:00Z', '2025-11-19T22:45:00Z', '2025-11-19T23:30:00Z', '2025-11-20T01:17:00Z', '2025-11-20T01:40:00Z'],
      );
      assert.deepEqual(findings(text, 'timeline-order'), []);
    });

    it('keeps them in order when nothing in the document gives the day a year', () => {
      const text = doc(
        '- Mar 3 2210 UTC: queue paused\n- 2245 UTC: replay started\n- Mar 4 0117 UTC: replay done\n- 0140 UTC: queue resumed',
        '# Replay stalled\n\n',
      );
      assert.equal(timeline(text).entries.filter((e) => e.time !== null).length, 4);
      assert.deepEqual(findings(text, 'timeline-order'), []);
      // A step back on the same day is still reported.
      const back = doc('- Mar 3 2210 UTC: queue paused\n- 2145 UTC: replay started', '# Replay stalled\n\n');
      assert.equal(findings(back, 'timeline-order').length, 1);
    });

    it('does not read four digits without a zone, or a year before a zone after a comma, as a time', () => {
      const years = doc('- 2024 UTC was the default zone\n- 1530 requests failed\n- In 2023 the job moved');
      assert.equal(analyzeDocument(years, 'postmortems/x.md', settings).model.timeline?.entries.some((e) => e.time !== null) ?? false, false);
      const comma = doc('- 09:10 queue paused\n- 09:40 replay started', '# Replay stalled on March 3, 2024 UTC\n\n');
      assert.deepEqual(
        timeline(comma).entries.map((e) => e.time),
        ['2024-03-03T09:10:00', '2024-03-03T09:40:00'],
      );
    });
  });

  describe('approximate times', () => {
    it('reads the day before a time marked approximate ("10-02 ~07:01", "Nov 20 around 06:15"), so no false order alarm', () => {
      const table = doc(
        '| Time | Event |\n|---|---|\n| 11-19 22:40 | Reindex started |\n| 11-19 ~23:55 | Stale results reported |\n| 11-20 ~06:15 | Support escalated |\n| 11-20 07:02 | Rolled back |',
      );
      assert.deepEqual(
        timeline(table).entries.map((e) => e.time),
        ['2025-11-19T22:40:00', '2025-11-19T23:55:00', '2025-11-20T06:15:00', '2025-11-20T07:02:00'],
      );
      assert.deepEqual(findings(table, 'timeline-order'), []);
      const list = doc('- Nov 19 ≈ 22:40: reindex started\n- Nov 20 around 06:15: support escalated\n- Nov 20 ca. 07:02: rolled back');
      assert.deepEqual(
        timeline(list).entries.map((e) => e.time),
        ['2025-11-19T22:40:00', '2025-11-20T06:15:00', '2025-11-20T07:02:00'],
      );
      // The mark does not hide a real step back.
      assert.equal(findings(doc('- Nov 20 07:40: alert\n- Nov 20 ~07:10: deploy'), 'timeline-order').length, 1);
    });

    it('reads a time cell that gives a day and a word for the time ("11-19 evening") as that day', () => {
      const table = doc(
        '| Time | Event |\n|---|---|\n| 11-19 22:40 | Reindex started |\n| 11-19 late evening | Stale results reported |\n| 11-20 06:15 | Rolled back |',
      );
      assert.deepEqual(
        timeline(table).entries.map((e) => e.time),
        ['2025-11-19T22:40:00', '2025-11-19', '2025-11-20T06:15:00'],
      );
      assert.deepEqual(findings(table, 'timeline-time-format'), []);
      // Outside a time column, a short date before words is not read as a date.
      assert.equal(timeline(doc('- 11-19 22:40 reindex\n- 3/4 of the shards failed\n- 11-20 06:15 rolled back')).entries[1].time, null);
    });
  });

  describe('entries that write only their day', () => {
    it('reads a list of dated events as a timeline, each entry at its day', () => {
      const text =
        '# Leaked token\n\n## What happened\n\n- 2025-11-10: a token was pushed to a public fork\n- November 14, 2025: a scanner reported the token\n- 2025-11-15 – the token was revoked\n\n## Lessons\n\nScan forks.\n';
      const t = timeline(text);
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-10', '2025-11-14', '2025-11-15'],
      );
      assert.deepEqual(findings(text, 'timeline-time-format'), []);
    });

    it('keeps the event written on the lines under a date, and reads its milestone there', () => {
      const t = timeline(
        doc(
          '- 2025-11-10:\n    A token was pushed to `acme/fork` by the release job.\n- 2025-11-14:\n    > A scanner alerted us to the token.\n- 2025-11-15 — the token was revoked',
        ),
      );
      assert.deepEqual(
        t.entries.map((e) => [e.time, e.text]),
        [
          ['2025-11-10', 'A token was pushed to acme/fork by the release job.'],
          ['2025-11-14', 'A scanner alerted us to the token.'],
          ['2025-11-15', 'the token was revoked'],
        ],
      );
      assert.equal(t.entries[1].milestone, 'detection');
    });

    it('reads a time cell that holds only a span of days as its first day', () => {
      const t = timeline(
        doc(
          '| Time (UTC) | Event |\n|---|---|\n| 2025-11-09 19:16 | Firewall left off after a reboot |\n| Between 2025-11-10 and 2025-11-16 | Unknown host writes to the cache |\n| 2025-11-16 10:45 | Read-only errors noticed |',
        ),
      );
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-09T19:16:00Z', '2025-11-10', '2025-11-16T10:45:00Z'],
      );
    });
  });

  describe('day-month-year dates', () => {
    it('reads numeric dates day first when another date of the timeline can only be day first', () => {
      const t = timeline(
        doc(
          'All times in UTC.\n\n### 28-10-2025\n\n- 16:40 cache size lowered\n\n### 02-11\n\n- 03:05 first timeouts\n\n### 03-11-2025\n\n- 09:30 cache size restored',
          '# Incident\n\n',
        ),
      );
      assert.deepEqual(
        t.entries.map((e) => e.date),
        ['2025-10-28', '2025-11-02', '2025-11-03'],
      );
      assert.deepEqual(
        findings(
          doc(
            'All times in UTC.\n\n### 28-10-2025\n\n- 16:40 cache size lowered\n\n### 02-11\n\n- 03:05 first timeouts\n\n### 03-11-2025\n\n- 09:30 cache size restored',
            '# Incident\n\n',
          ),
          'timeline-order',
        ),
        [],
      );
    });

    it('reads them month first when another date can only be month first', () => {
      const t = timeline(doc('All times in UTC.\n\n- 10/28/2025 16:40 cache size lowered\n- 11/02/2025 03:05 first timeouts', '# Incident\n\n'));
      assert.deepEqual(
        t.entries.map((e) => e.date),
        ['2025-10-28', '2025-11-02'],
      );
    });

    it('treats a date heading that also states the zone as a date and a zone, not as an entry', () => {
      const t = timeline(
        doc(
          '#### 02-11-2025 (all times CET)\n\n- 03:05 first timeouts\n- 03:20 on-call paged\n\n#### 28-11-2025 (all times CET)\n\n- 10:00 review held',
          '# Incident\n\n',
        ),
      );
      assert.equal(t.entries.length, 3);
      assert.equal(t.timezone, 'CET');
      assert.deepEqual(
        t.entries.map((e) => e.date),
        ['2025-11-02', '2025-11-02', '2025-11-28'],
      );
    });
  });

  describe('ranges, steps and lines joined with <br>', () => {
    it('places a range of times at its start, and never reads its end as a zone offset', () => {
      const text = doc('All times in UTC.\n\n- 02:00-04:30 planned maintenance, writes paused\n- 03:10 replica lag alert\n- 04:40 writes resumed');
      const t = timeline(text);
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-20T02:00:00Z', '2025-11-20T03:10:00Z', '2025-11-20T04:40:00Z'],
      );
      assert.equal(t.entries[0].stamp?.text, '02:00-04:30');
      assert.equal(t.entries[0].text, 'planned maintenance, writes paused');
      assert.deepEqual(findings(text, 'timeline-order'), []);
      assert.deepEqual(
        timeline(doc('- 02:00 to 4:30 pm UTC maintenance\n- 03:10 UTC – 03:20 UTC alert')).entries.map((e) => e.zone),
        ['UTC', 'UTC'],
      );
    });

    it('reads a range followed by the colon that opens the entry ("10:01-10:02: …") as a range, not a zone offset', () => {
      const text = doc('All times in UTC.\n\n- 09:50: pager fired\n- 10:01-10:02: two restarts, both failed\n- 10:05: traffic moved to the spare');
      const t = timeline(text);
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-20T09:50:00Z', '2025-11-20T10:01:00Z', '2025-11-20T10:05:00Z'],
      );
      assert.equal(t.entries[1].stamp?.text, '10:01-10:02');
      assert.equal(t.entries[1].text, 'two restarts, both failed');
      assert.deepEqual(findings(text, 'timeline-order'), []);
      // A time with seconds after the dash is still the end of the range; a colon and digits go on being read as before.
      assert.equal(timeline(doc('- 10:01-10:02:30: restarts')).entries[0].stamp?.text, '10:01-10:02:30');
    });

    it('still reads an offset written after a time with seconds or after an earlier time', () => {
      const t = timeline(doc('- 2025-11-20T14:05:00-07:00 alert fired\n- 14:30-07:00 rolled back'));
      assert.deepEqual(
        t.entries.map((e) => e.zone),
        ['-07:00', '-07:00'],
      );
    });

    it('leaves a range out of Normalise Timeline Times rather than rewrite only its start', () => {
      const text = doc('All times in UTC.\n\n- 2:00 AM-4:30 AM maintenance\n- 3:10 AM replica lag alert\n- 16:40 writes resumed');
      const result = runTimelineCommand(analyzeDocument(text, 'postmortems/x.md', settings), 'normaliseTimes', 0, new Date('2025-11-21T00:00:00Z'));
      assert.ok(result.edits.every((e) => text.slice(e.start, e.end) !== '2:00 AM-4:30 AM'));
      assert.match(result.message ?? '', /a range of times/);
    });

    it('reads numbered steps that give their time after the step number', () => {
      const t = timeline(
        doc('All times in UTC.\n\nStep 1 (06:15): support saw stale results\n\nStep 2 (06:40): reindex paused\n\n### Step 3 — 07:02 rolled back\n\nDone.'),
      );
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-20T06:15:00Z', '2025-11-20T06:40:00Z', '2025-11-20T07:02:00Z'],
      );
      assert.equal(t.entries[1].text, 'reindex paused');
    });

    it('reads entries joined on one line with <br>', () => {
      const t = timeline(doc('All times in UTC.\n\n06:15 support saw stale results<br>06:40 reindex paused<br/>07:02 rolled back'));
      assert.deepEqual(
        t.entries.map((e) => [e.time, e.text]),
        [
          ['2025-11-20T06:15:00Z', 'support saw stale results'],
          ['2025-11-20T06:40:00Z', 'reindex paused'],
          ['2025-11-20T07:02:00Z', 'rolled back'],
        ],
      );
    });

    it('reads the entries of a timeline paragraph wrapped by hand, where a time after a link or a sentence opens the next one', () => {
      const text = doc(
        'All times in UTC.\n\n2025-11-20 06:15 - support saw stale results\nhttps://example.com/tickets/88 06:20 -\nreindex paused. 06:40 - cause found\n\n2025-11-20 07:02 - rolled back. Done at 07:30 as planned.',
      );
      const t = timeline(text);
      assert.deepEqual(
        t.entries.map((e) => [e.time, e.text.slice(0, 14)]),
        [
          ['2025-11-20T06:15:00Z', 'support saw st'],
          ['2025-11-20T06:20:00Z', 'reindex paused'],
          ['2025-11-20T06:40:00Z', 'cause found'],
          ['2025-11-20T07:02:00Z', 'rolled back. D'],
        ],
      );
      // An entry out of place inside such a line is reported, and sorting moves it whole, every character kept.
      const back = doc('All times in UTC.\n\n06:15 - support saw stale results. 06:50 - cause found. 06:45 - paged\n06:40 - reindex paused.');
      assert.equal(findings(back, 'timeline-order').length, 2);
      const sorted = applyEdits(
        back,
        runTimelineCommand(analyzeDocument(back, 'postmortems/x.md', settings), 'sortTimeline', 0, new Date('2025-11-21T00:00:00Z')).edits,
      );
      assert.match(sorted, /06:15 - support saw stale results\. 06:40 - reindex paused\. 06:45 - paged\n06:50 - cause found\.\n/);
      assert.deepEqual([...sorted].sort(), [...back].sort());
    });

    it('reads the day of each row from a column of dates beside the time column, whatever its header', () => {
      const text = doc(
        '| Day | Time (UTC) | Event |\n|---|---|---|\n| 2025-11-19 | 22:40 | Reindex job started |\n| 2025-11-19 | 23:55 | Stale results reported |\n| 2025-11-20 | 00:20 | Reindex rolled back |',
      );
      assert.deepEqual(
        timeline(text).entries.map((e) => e.time),
        ['2025-11-19T22:40:00Z', '2025-11-19T23:55:00Z', '2025-11-20T00:20:00Z'],
      );
      assert.deepEqual(findings(text, 'timeline-order'), []);
      // A row that really goes back within its day is still reported.
      const back = doc('| | Time | Event |\n|---|---|---|\n| Nov 19 | 22:40 | started |\n| Nov 19 | 21:10 | reported |');
      assert.equal(findings(back, 'timeline-order').length, 1);
      // A column of words is no column of days.
      const words = doc('| Who | Time | Event |\n|---|---|---|\n| Ana | 22:40 | started |\n| Li | 21:10 | reported |');
      assert.equal(findings(words, 'timeline-order').length, 1);
    });

    it('reads bare times past noon on a 12-hour clock, after a stamp that writes PM or a turn from late morning', () => {
      const pm = doc(
        '### 10:40-11:58 AM: Triage\n\n- 10:41: alert seen\n- 11:57: cause found\n- 1:17: fix merged\n- 1:30: fix deployed\n\n### 2:00-3:10 PM: Rollout\n\n- 2:05: first region\n- 3:02: last region',
      );
      assert.deepEqual(findings(pm, 'timeline-order'), []);
      assert.deepEqual(
        timeline(pm)
          .entries.filter((e) => e.stamp?.text.length === 4)
          .map((e) => e.time),
        ['2025-11-20T13:17:00', '2025-11-20T13:30:00', '2025-11-20T14:05:00', '2025-11-20T15:02:00'],
      );
      // Hours without a leading zero, and none past 12: the clock turned past noon.
      assert.deepEqual(findings(doc('- 9:40 alert\n- 11:50 cause found\n- 12:20 fix merged\n- 2:10 fix deployed'), 'timeline-order'), []);
      // A step back of minutes is still out of order, and so is any step back on a 24-hour clock.
      assert.equal(findings(doc('- 9:40 alert\n- 11:50 cause found\n- 11:20 fix merged'), 'timeline-order').length, 1);
      assert.equal(findings(doc('- 09:40 alert\n- 11:50 cause found\n- 02:10 fix deployed'), 'timeline-order').length, 1);
      const mixed = findings(doc('- 9:40 alert\n- 16:50 cause found\n- 5:10 fix deployed'), 'timeline-order');
      assert.equal(mixed.length, 1);
      assert.match(mixed[0].message, /\(5:10\)/);
    });

    it('takes the timeline from the section whose entries carry times when several headings read as one', () => {
      const text =
        '# Checkout slowed twice\n\nDate: 2025-11-20\n\n## Load during the events\n\n| Measure | Value |\n|---|---|\n| Peak queue | 900 jobs |\n| Slowest page | 14 s |\n\n' +
        '## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 09:10 | Queue started to grow |\n| 09:40 | Worker pool doubled |\n\n## Root Cause\n\nA lock.\n';
      const t = timeline(text);
      assert.equal(t.heading?.text, 'Timeline');
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-20T09:10:00Z', '2025-11-20T09:40:00Z'],
      );
      // When none of them carries a time, the first one with content stays the timeline.
      const untimed = text.replace('09:10', 'Early').replace('09:40', 'Later');
      assert.equal(timeline(untimed).heading?.text, 'Load during the events');
    });

    it('ignores a kramdown attribute line under a table instead of reporting it as an entry without a time', () => {
      const text = doc('Time | Event\n--- | ---\n06:15 | support saw stale results\n07:02 | rolled back\n{: .table .striped }');
      assert.equal(timeline(text).entries.length, 2);
      assert.deepEqual(findings(text, 'timeline-time-format'), []);
    });
  });

  describe('status-page updates, newest first', () => {
    const updates = [
      '**Resolved** - Logins are back to their usual speed.',
      'Mar 9, 11:20 UTC',
      '',
      '**Monitoring** - The session store was scaled out and login times are falling.',
      'Mar 9, 10:48 UTC',
      '',
      '**Identified** - A connection pool that was halved in a config change.',
      'Mar 9, 10:31 UTC',
      '',
      '**Investigating** - We are looking into slow logins for some users.',
      'Mar 9, 10:02 UTC',
    ].join('\n');
    const statusPost = `# Slow logins on the web app\n\n${updates}\n\n## Summary\n\nLogins were slow for 78 minutes.\n\n## Root Cause\n\nA pool size.\n`;

    it('reads updates whose stamp closes the paragraph, opening the document before any section', () => {
      const t = timeline(statusPost);
      assert.deepEqual(
        t.entries.map((e) => [e.stamp?.text, e.text.split(' - ')[0], e.milestone]),
        [
          ['Mar 9, 11:20 UTC', 'Resolved', 'resolution'],
          ['Mar 9, 10:48 UTC', 'Monitoring', 'mitigation'],
          ['Mar 9, 10:31 UTC', 'Identified', null],
          ['Mar 9, 10:02 UTC', 'Investigating', 'detection'],
        ],
      );
      assert.equal(t.heading, null);
    });

    it('reports a timeline that runs newest first once, and sorting it moves whole updates byte for byte', () => {
      const found = findings(statusPost, 'timeline-order');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /runs newest first, from Mar 9, 11:20 UTC back to Mar 9, 10:02 UTC/);
      const fix = found[0].fixes.find((f) => f.title === 'Sort the timeline by time');
      assert.ok(fix, 'the sort is offered');
      const sorted = applyEdits(statusPost, fix.edits);
      const paragraphs = updates.split('\n\n');
      assert.equal(sorted, statusPost.replace(updates, [...paragraphs].reverse().join('\n\n')));
      assert.deepEqual(findings(sorted, 'timeline-order'), []);
    });

    it('reports once a table newest first whose runs share a time as often as they step back', () => {
      const rows = ['02:04:42', '02:04:42', '01:54:26', '01:25:15', '01:25:15'].map((t, i) => `| 2026-03-02T${t}Z | run ${i + 1} | failed on the runner |`);
      const text = doc(['| Time (UTC) | Run | Signature |', '|---|---|---|', ...rows].join('\n'));
      const found = findings(text, 'timeline-order');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /runs newest first, from 2026-03-02T02:04:42Z back to 2026-03-02T01:25:15Z/);
      // Mostly the same time, with two late steps back: the entries out of place are named one by one.
      const late = ['10:00', '10:00', '10:00', '10:00', '10:00', '09:58', '09:57'].map((t) => `- ${t} UTC Worker restarted`).join('\n');
      assert.deepEqual(
        findings(doc(late), 'timeline-order').map((f) => /earlier than the one before it/.test(f.message)),
        [true, true],
      );
    });

    it('reads a list newest first whose top entry is a day later with its day left out as newest first, once', () => {
      const list = [
        '07:10 UTC (Sun) Every bucket is restored',
        '22:40 UTC The copy job is still running',
        '19:05 UTC The copy job starts',
        '16:20 UTC The cause is found',
        '16:02 UTC Uploads fail',
      ]
        .map((e) => `- **${e.slice(0, e.indexOf('UTC') + 3)}** ${e.slice(e.indexOf('UTC') + 4)}`)
        .join('\n');
      const found = findings(doc(list), 'timeline-order');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /runs newest first.*Write the day on its first entry/);
      // Sorting by time would move the top entry among the earlier day's hours: no fix is offered.
      assert.deepEqual(
        found[0].fixes.map((f) => f.title).filter((t) => t.startsWith('Sort')),
        [],
      );
      // Oldest first with one late entry on top and only two steps back: each is named.
      const mixed = doc('- 10:30 UTC Rolled back\n- 11:00 UTC Errors began\n- 10:40 UTC Alert fired\n- 10:20 UTC Paged');
      assert.ok(findings(mixed, 'timeline-order').every((f) => /earlier than the one before it/.test(f.message)));
    });

    it('keeps one finding per entry out of place when the timeline is not wholly reversed', () => {
      const found = findings(doc('- 10:00 UTC Errors began\n- 10:20 UTC Alert fired\n- 10:05 UTC Queue grew\n- 10:30 UTC Rolled back'), 'timeline-order');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /earlier than the one before it/);
    });

    it('leaves a paragraph that only mentions a time, and a stamp with text of its own, as they were', () => {
      const t = timeline(
        doc('The first report came from support.\n10:02 UTC Support reported slow logins\n\n10:20 UTC Paged the on-call\n\n10:40 UTC Rolled back'),
      );
      assert.equal(t.entries[0].text, 'Support reported slow logins');
      assert.equal(t.entries.length, 3);
    });
  });

  describe('status-page updates closed by the time they were posted', () => {
    // Each update is its text, then a "Posted …" line; the page lists the newest first.
    const stream = [
      'The queue has drained and every job has run again.',
      'Posted Apr 2, 2025 - 16:05 UTC',
      '',
      'Workers are back and the backlog is shrinking.',
      '',
      'We will keep the extra workers until tomorrow (at 18:00 UTC we review them).',
      'Posted Apr 2, 2025 - 15:20 UTC',
      '',
      'Jobs are stuck in the export queue and we are looking into it.',
      'Posted 3 days ago. Apr 2, 2025 - 14:40 UTC',
    ].join('\n');
    const page = (body: string, eol = '\n') =>
      `# Export jobs stuck\n\nIncident report for Exporter\n\n${body}\n\nThis incident affected: Exports.\n`.replace(/\r?\n/g, eol);

    it('reads each update with all of its paragraphs up to its "Posted" line, and a time its prose mentions is no entry', () => {
      const t = timeline(page(stream));
      assert.deepEqual(
        t.entries.map((e) => [e.stamp?.text, e.text.slice(0, 24), e.time]),
        [
          ['Apr 2, 2025 - 16:05 UTC', 'The queue has drained an', '2025-04-02T16:05:00Z'],
          ['Apr 2, 2025 - 15:20 UTC', 'Workers are back and the', '2025-04-02T15:20:00Z'],
          ['Apr 2, 2025 - 14:40 UTC', 'Jobs are stuck in the ex', '2025-04-02T14:40:00Z'],
        ],
      );
      assert.match(t.entries[1].text, /until tomorrow/);
    });

    it('reports the stream once as newest first, and its fix reverses whole updates without losing a character, on ugly input too', () => {
      const cases = [
        page(stream),
        page(stream, '\r\n'),
        // Trailing spaces, emphasis around the word, and a first "Posted" line alone under its update.
        page(
          stream
            .replace('every job has run again.\n', 'every job has run again.  \n\n')
            .replace('Posted Apr 2, 2025 - 15:20 UTC', '*Posted* Apr 2, 2025 - 15:20 UTC   '),
        ),
        // No blank line between the updates: one paragraph holds them all.
        page(stream.replace(/\n\n/g, '\n')),
      ];
      for (const text of cases) {
        const found = findings(text, 'timeline-order');
        assert.equal(found.length, 1, text);
        assert.match(found[0].message, /runs newest first, from Apr 2, 2025 - 16:05 UTC back to Apr 2, 2025 - 14:40 UTC/);
        const fix = found[0].fixes.find((f) => f.title === 'Sort the timeline by time');
        assert.ok(fix, 'the sort is offered');
        const sorted = applyEdits(text, fix.edits);
        assert.equal([...sorted].sort().join(''), [...text].sort().join(''), 'no character is lost or added');
        assert.ok(sorted.indexOf('looking into it') < sorted.indexOf('backlog is shrinking'), 'oldest first');
        assert.ok(sorted.indexOf('until tomorrow') < sorted.indexOf('has run again'), 'an update keeps its paragraphs');
        assert.ok(sorted.startsWith(text.slice(0, text.indexOf('The queue'))) && sorted.endsWith(text.slice(text.indexOf('This incident affected'))));
        assert.deepEqual(findings(sorted, 'timeline-order'), []);
      }
    });

    it('reverses a stream whose first "Posted" line stands alone under the update above it', () => {
      const text = page(stream.replace('every job has run again.\n', 'every job has run again.\n\n'));
      const fix = findings(text, 'timeline-order')[0].fixes[0];
      const sorted = applyEdits(text, fix.edits);
      assert.ok(sorted.endsWith('every job has run again.\n\nPosted Apr 2, 2025 - 16:05 UTC\n\nThis incident affected: Exports.\n'), sorted);
    });

    it('reads no "Posted" line that is a byline or a sentence, and no stream of two updates by itself', () => {
      assert.equal(
        analyzeDocument(
          page('Posted by the on-call at 09:12 after the fix went out.\n\nPosted on Apr 2, 2025 at 10:00 by the editors.'),
          'postmortems/x.md',
          settings,
        ).model.timeline,
        null,
      );
      const two = page(stream.slice(stream.indexOf('Workers')));
      assert.equal(analyzeDocument(two, 'postmortems/x.md', settings).model.timeline, null);
      assert.deepEqual(findings(two, 'timeline-order'), []);
    });

    it('reads a "Posted" line under the title, with no update above it, as the byline of a post and no entry', () => {
      const post = [
        '# Mail delivery stopped',
        '',
        'Posted on: 2025-04-03 16:41:38+00:00',
        '',
        'At around 09:10 UTC on April 2 the mail relay stopped accepting connections.',
        '',
        'At approximately 14:40 UTC we moved delivery to the standby relay.',
        '',
        'At 17:30 UTC mail was flowing again, and the queue had drained by the evening.',
        '',
      ].join('\n');
      assert.deepEqual(
        timeline(post).entries.map((e) => e.time),
        ['2025-04-02T09:10:00Z', '2025-04-02T14:40:00Z', '2025-04-02T17:30:00Z'],
      );
      assert.deepEqual(findings(post, 'timeline-order'), []);
      // The same line under an update's text still closes it.
      assert.equal(findings(page(stream), 'timeline-order').length, 1);
    });

    it('keeps a stream posted oldest first quiet', () => {
      const paragraphs = stream.split('\n\n');
      const oldestFirst = page([paragraphs[3], paragraphs[1] + '\n\n' + paragraphs[2], paragraphs[0]].join('\n\n'));
      assert.equal(timeline(oldestFirst).entries.length, 3);
      assert.deepEqual(findings(oldestFirst, 'timeline-order'), []);
    });
  });

  describe('a timeline whose heading does not say so', () => {
    it('reads the section whose list opens each item with a time', () => {
      const text =
        '# Search outage\n\nDate: 2025-11-20\n\n## Background\n\nThe index is rebuilt nightly.\n\n## What happened\n\n- **06:15 UTC:** support saw stale results\n- **06:40 UTC:** reindex paused\n- **07:02 UTC:** rolled back\n\n## Follow-up\n\n- Add a freshness check\n';
      const t = timeline(text);
      assert.equal(t.heading?.text, 'What happened');
      assert.equal(t.entries.length, 3);
      assert.ok(t.entries.every((e) => e.time?.startsWith('2025-11-20T')));
    });

    it('prefers the labelled list with the most timed entries over a short "Key events" list', () => {
      const text =
        '# Search outage on 2025-11-20\n\n- **Key events**\n  - Detected 2025-11-20 06:15\n  - Resolved 2025-11-20 07:02\n\n- **Details**:\n  - 2025-11-20 06:15 support saw stale results\n  - 2025-11-20 06:40 reindex paused\n  - 2025-11-20 06:50 cause found\n  - 2025-11-20 07:02 rolled back\n';
      assert.equal(timeline(text).entries.length, 4);
    });

    it('reads a list of timed entries under a bold label in a section about something else', () => {
      const text =
        '# Search outage\n\nDate: 2025-11-20\n\n## Overview\n\n- Search served old results\n- Customers were not told\n\nThe index job failed silently.\n\n**Timeline**\n\n- 06:15 UTC support reported stale results\n- 06:40 UTC reindex paused\n- 07:02 UTC rolled back\n\n## Follow-up\n\n- Add a freshness check\n';
      const t = timeline(text);
      assert.deepEqual(
        t.entries.map((e) => e.time),
        ['2025-11-20T06:15:00Z', '2025-11-20T06:40:00Z', '2025-11-20T07:02:00Z'],
      );
    });

    it('finds no timeline in lists that mention times in passing', () => {
      const text =
        '# Search outage\n\nDate: 2025-11-20\n\n## Causes\n\n- The job that starts at 02:00 ran long\n- Caches expire at 06:00 and 18:00\n- Nobody watched the 03:00 alert\n';
      assert.equal(analyzeDocument(text, 'postmortems/x.md', settings).model.timeline, null);
    });
  });
});

describe('timeline metrics, order notes and zones (issue 20)', () => {
  it('reads a zone named with both its seasons ("PST/PDT") as the region, each entry in the season of its date', () => {
    const text = doc(
      '### 2025-11-01\n\n15:10 - rollout began<br>\n16:00 - rollback\n\n### 2025-11-03\n\n09:00 - fix shipped',
      '# Ranking rollback\n\n',
    ).replace('## Timeline', '## Timeline (all times in PST/PDT)');
    const t = timeline(text);
    assert.equal(t.zoneId, 'America/Los_Angeles');
    assert.deepEqual(
      t.entries.filter((e) => e.time?.includes('T')).map((e) => e.time),
      ['2025-11-01T15:10:00-07:00', '2025-11-01T16:00:00-07:00', '2025-11-03T09:00:00-08:00'],
    );
    assert.equal(timeline(doc('All times in EST / EDT.\n\n- 2025-07-01 10:00 alert')).zoneId, 'America/New_York');
  });

  it('reads a zone named as the tz database names it, or a US region with its country, so timeline-timezone is quiet', () => {
    const body = (note: string) => doc(`${note}\n\n- 2025-07-01 10:00 alert fired\n- 2025-11-20 10:00 fix shipped`);
    const pacific = timeline(body('All times US/Pacific'));
    assert.deepEqual([pacific.timezone, pacific.zoneId], ['US/Pacific', 'US/Pacific']);
    // The offset follows the season of each entry's day.
    assert.deepEqual(
      pacific.entries.map((e) => e.time),
      ['2025-07-01T10:00:00-07:00', '2025-11-20T10:00:00-08:00'],
    );
    assert.deepEqual(findings(body('All times US/Pacific'), 'timeline-timezone'), []);
    assert.equal(timeline(body('(all times Europe/Berlin)')).entries[0].time, '2025-07-01T10:00:00+02:00');
    const us = timeline(body('We acted as follows (all times US Pacific Time):'));
    assert.deepEqual([us.timezone, us.zoneId], ['US Pacific Time', 'America/Los_Angeles']);
    // A name the tz database does not know is no zone; nor is a US region after a time in an entry.
    assert.equal(findings(body('All times Ops/Infra'), 'timeline-timezone').length, 1);
    const entry = timeline(doc('All times in UTC.\n\n- 10:00 US Central replicas lagged')).entries[0];
    assert.deepEqual([entry.zoneWritten, entry.zone, entry.text], [false, 'UTC', 'US Central replicas lagged']);
    const named = timeline(doc('- 10:00 Europe/Berlin alert fired')).entries[0];
    assert.deepEqual([named.zone, named.text], ['Europe/Berlin', 'alert fired']);
  });

  it('reads a "Timezone:" field, a time column headed by a zone alone, and GST after each time', () => {
    const field = doc('**Date**: 2025-11-20  \n**Timezone**: CET\n\n| Time | Event |\n|---|---|\n| 06:15 | Support saw stale results |');
    assert.deepEqual([timeline(field).timezone, timeline(field).entries[0].time], ['CET', '2025-11-20T06:15:00+01:00']);
    assert.deepEqual(findings(field, 'timeline-timezone'), []);
    assert.equal(timeline(doc('Time zone is UTC.\n\n- 06:15 support saw stale results')).timezone, 'UTC');
    // A time column whose header is only a zone states it; "GST" after each time is Gulf Standard Time.
    const columns = doc('| NZST | UTC | Event |\n|---|---|---|\n| 09:00 | 21:00 | Backup job found empty |');
    assert.deepEqual([timeline(columns).zoneSource, timeline(columns).timezone], ['table-header', 'NZST']);
    assert.deepEqual(findings(columns, 'timeline-timezone'), []);
    const gulf = timeline(doc('16:42 GST: the chain halted\n16:48 GST: the team started looking')).entries[0];
    assert.deepEqual([gulf.zone, gulf.time], ['GST', '2025-11-20T16:42:00+04:00']);
    assert.equal(timeline(doc('| Event | Step |\n|---|---|\n| 09:00 | Backup job found empty |')).timezone, null);
  });

  const background =
    '| Time | Note |\n|---|---|\n| 2025-10-30 10:00 | Beta of the new ranking offered to teams |\n| 2025-11-06 09:00 | Release candidate on staging |\n| 2025-11-20 06:00 | Rollout of the new ranking begins |\n| 2025-11-20 06:15 | Support noticed stale results |\n| 2025-11-20 06:40 | Rollout rolled back |\n| 2025-11-20 07:30 | Resolved |';

  it('measures from the failure starting, not from a first row weeks earlier, and says which entry it took', () => {
    const t = timeline(doc(`All times in UTC.\n\n${background}`));
    assert.deepEqual(t.metrics, { timeToDetect: 15, timeToMitigate: 40, timeToResolve: 90 });
    const summary = metricsSummary(t);
    assert.match(
      summary,
      /^Detected after 15 min · mitigated after 40 min · resolved after 1 h 30 min · measured from line \d+ \(2025-11-20 06:00\), 2 earlier entries taken as context$/,
    );
    assert.match(metricsTooltip(t), /Start: line \d+, 2025-11-20 06:00 \(the earliest entry; no start is marked; the 2 entries long before it are context\)/);
    assert.match(entryHoverMarkdown(t, t.entries[0]), /Context: this entry comes long before the rest of the timeline/);
    assert.match(entryHoverMarkdown(t, t.entries[2]), /Taken as the start of the incident/);
  });

  it('keeps an entry days before the detection as the start when the timeline spans days throughout', () => {
    const t = timeline(
      doc(
        'All times in UTC.\n\n- 2025-11-17 10:00 nightly reindex began to lag\n- 2025-11-18 10:00 lag doubled\n- 2025-11-19 10:00 lag doubled again\n- 2025-11-20 06:15 support reported stale results',
      ),
    );
    assert.equal(t.metrics.timeToDetect, 3 * 24 * 60 - 3 * 60 - 45);
  });

  it('does not take a start word written after the detection as the start', () => {
    const t = timeline(
      doc(
        'All times in UTC.\n\n| Time | Event |\n|---|---|\n| 2025-11-20 09:00 | Vendor outage started, per their status page |\n| 2025-11-20 06:15 | Support reported stale results |\n| 2025-11-20 06:40 | Rolled back |',
      ),
    );
    assert.equal(t.metrics.timeToDetect, 0);
    assert.equal(t.metrics.timeToMitigate, 25);
  });

  it('is silent about an entry that a note in the timeline says is out of order on purpose', () => {
    const table =
      '| Time (UTC) | Event |\n|---|---|\n| 2025-11-20 09:00 | Vendor posted the incident on status.vendor.example |\n| 2025-11-20 06:15 | Support reported stale results |\n| 2025-11-20 06:40 | Rolled back |';
    const note =
      '> The vendor entry uses the time of their post on status.vendor.example; their outage began earlier, which is why it is out of chronological order.\n\n';
    assert.equal(findings(doc(table), 'timeline-order').length, 1, 'without the note the order is reported');
    assert.deepEqual(findings(doc(note + table), 'timeline-order'), []);
    const t = timeline(doc(note + table));
    assert.deepEqual(
      t.entries.map((e) => e.orderExplained),
      [true, false, false],
    );
  });

  it('still reports another break in the order that the note does not explain', () => {
    const list =
      'All times in UTC.\n\nThe first entry is out of order on purpose: the vendor posted it late.\n\n- 09:00 vendor posted on their status page\n- 06:15 support reported stale results\n- 06:40 rolled back\n- 06:20 cache flushed';
    const found = findings(doc(list), 'timeline-order');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /\(06:20\)/);
  });

  it('reads a stated zone wrapped in a Markdown link, so timeline-timezone is quiet', () => {
    const body = 'Every event below is recorded in [UTC](https://example.com/utc) time.\n\n- 06:15 support saw stale results\n- 07:02 rolled back';
    assert.equal(timeline(doc(body)).timezone, 'UTC');
    assert.deepEqual(findings(doc(body), 'timeline-timezone'), []);
    assert.equal(findings(doc('Every event below is recorded in local time.\n\n- 06:15 support saw stale results'), 'timeline-timezone').length, 1);
  });

  it('does not compare for order a time that cannot be trusted as written; timeline-time-format reports it', () => {
    const text = doc('All times in PST.\n\n- 9:10 PM PST job started\n- 22:40 PM PST alerts fired\n- 23:05 AM MST paged');
    assert.deepEqual(findings(text, 'timeline-order'), []);
    assert.equal(findings(text, 'timeline-time-format').filter((f) => /cannot be trusted/.test(f.message)).length, 2);
  });
  it('reads a table whose rows are wider than its header without a rule failing', () => {
    const text = doc('| Event |\n| --- |\n| Cache flushed | 06:20 |\n| Rolled back | 06:40 |');
    const failures = ['timeline-order', 'timeline-timezone', 'timeline-time-format', 'timeline-milestones']
      .flatMap((rule) => findings(text, rule))
      .filter((f) => /stopped with an error/.test(f.message));
    assert.deepEqual(failures, []);
    assert.deepEqual(
      timeline(text).entries.map((e) => e.time?.slice(-8, -3) ?? e.time),
      ['06:20', '06:40'],
    );
  });
});

describe("timeline: weekdays before times, under a heading in its author's words", () => {
  const text =
    '# Photo site down\n\n## When it happened\n\n- Fri 21:10 library upgraded\n- Sat 12:25 disk full, first errors\n- Mon 07:50 error page noticed\n- Mon 08:30 site back\n';

  it('reads "When it happened" over entries that open on a weekday and a time as the timeline', () => {
    const t = timeline(text);
    assert.equal(t.entries.filter((e) => e.time !== null).length, 4);
  });

  it('takes a change of weekday for a change of day: the entries are in order', () => {
    assert.deepEqual(findings(text, 'timeline-order'), []);
    const t = timeline(text);
    const days = t.entries.map((e) => Math.floor((e.instant! - t.entries[0].instant!) / 3_600_000));
    assert.deepEqual(days, [0, 15, 58, 59]);
  });

  it('still reports an entry that goes back on the same weekday', () => {
    const back = '# Photo site down\n\n## Timeline\n\n- Sat 12:25 disk full\n- Sat 11:00 library upgraded\n- Sat 13:00 site back\n';
    assert.equal(findings(back, 'timeline-order').length, 1);
  });
});

describe('timeline: clocks, day ranges and zone names written the European or the US way', () => {
  const times = (t: Timeline) => t.entries.map((e) => e.time);

  it('reads 14h02 and, where it opens the entry, 14.02 as times of day', () => {
    assert.deepEqual(times(timeline(doc('- 09h40 : Cache flushed\n- 09h55 : Hit rate back to normal'))), ['2025-11-20T09:40:00', '2025-11-20T09:55:00']);
    assert.deepEqual(times(timeline(doc('- 21.05 – Replica lag alert\n- **21.20** Failover done\n- 21.45 Writes resumed'))), [
      '2025-11-20T21:05:00',
      '2025-11-20T21:20:00',
      '2025-11-20T21:45:00',
    ]);
  });

  it('does not read versions, ratios, verses or durations as times, and so finds the timeline in order', () => {
    const text = doc(
      [
        '- 10:00 Release 4.2.1 rolled out',
        '- 3:1 split between new and old replicas',
        '- 10:20 Latency rose',
        '- 18.04 hosts were not affected',
        '- 12h30m of queued jobs built up',
        '- 2:15 of silence on the status page',
        '- 10:40 A chat joke quoted Psalm 23:4',
        '- 11:05 Rolled back',
      ].join('\n'),
    );
    assert.deepEqual(
      timeline(text)
        .entries.filter((e) => e.time !== null)
        .map((e) => e.time),
      ['2025-11-20T10:00:00', '2025-11-20T10:20:00', '2025-11-20T10:40:00', '2025-11-20T11:05:00'],
    );
    assert.deepEqual(findings(text, 'timeline-order'), []);
  });

  it('dates an entry written over a range of days on its first day', () => {
    const t = timeline(
      doc('- Nov 17 22:10 - Reindex started\n- 18-19th Nov - Support tickets piled up\n- Nov 20–21: Shards rebuilt\n- 22 Nov – 24 Nov: Cleanup'),
    );
    assert.deepEqual(
      t.entries.map((e) => e.date),
      ['2025-11-17', '2025-11-18', '2025-11-20', '2025-11-22'],
    );
    assert.deepEqual(
      t.entries.map((e) => e.text),
      ['Reindex started', 'Support tickets piled up', 'Shards rebuilt', 'Cleanup'],
    );
  });

  it('keeps a number after a spaced dash as the event’s own', () => {
    const t = timeline(doc('- Nov 19 - 5 engineers joined the call\n- Nov 20 - Fix shipped'));
    assert.equal(t.entries[0].date, '2025-11-19');
    assert.match(t.entries[0].text, /^5 engineers/);
  });

  it('reads a US region named after a time as the entry’s zone', () => {
    const text = doc('- 2025-11-20 7:09 AM Eastern: First report\n- 2025-11-20 7:26 AM Eastern Time - Token revoked');
    const t = timeline(text);
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2025-11-20T07:09:00-05:00', '2025-11-20T07:26:00-05:00'],
    );
    assert.deepEqual(
      t.entries.map((e) => e.text),
      ['First report', 'Token revoked'],
    );
    assert.deepEqual(findings(text, 'timeline-timezone'), []);
  });

  it('leaves a region word that starts the event text alone', () => {
    const t = timeline(doc('- 14:02 Central database failover began\n- 14:30 Failover done'));
    assert.equal(t.entries[0].zone, null);
    assert.match(t.entries[0].text, /^Central database/);
  });
});

describe('timeline: entries quoted from a chat log or pasted as a log', () => {
  it('reads a quoted list of entries, without the quote markers in their text', () => {
    const t = timeline(doc('> All times UTC.\n\n> - 08:15 Search nodes ran out of heap,\n>   one after the other.\n> - 08:40 Heap raised, nodes back'));
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.text]),
      [
        ['2025-11-20T08:15:00Z', 'Search nodes ran out of heap, one after the other.'],
        ['2025-11-20T08:40:00Z', 'Heap raised, nodes back'],
      ],
    );
    assert.equal(t.zoneSource, 'note');
  });

  it('reads quoted lines that each open on a time', () => {
    const t = timeline(doc('> 08:15 Search nodes ran out of heap\n> 08:40 Heap raised'));
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2025-11-20T08:15:00', '2025-11-20T08:40:00'],
    );
  });

  it('reads a timeline pasted as a log in a code block when nothing else in the section is timed', () => {
    const t = timeline(doc('Our chat log, tidied:\n\n```text\n08:15 Search nodes ran out of heap\n08:40 Heap raised\n09:05 Reindex done\n```'));
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.text]),
      [
        ['2025-11-20T08:15:00', 'Search nodes ran out of heap'],
        ['2025-11-20T08:40:00', 'Heap raised'],
        ['2025-11-20T09:05:00', 'Reindex done'],
      ],
    );
  });

  it('leaves a log excerpt among written entries out of the timeline and its order', () => {
    const text = doc(
      '- 08:15 Search nodes ran out of heap\n\n```\n2025-11-20T03:01:07Z java.lang.OutOfMemoryError\n2025-11-20T02:59:58Z GC overhead limit exceeded\n```\n\n- 08:40 Heap raised',
    );
    assert.deepEqual(
      timeline(text).entries.map((e) => e.time),
      ['2025-11-20T08:15:00', '2025-11-20T08:40:00'],
    );
    assert.deepEqual(findings(text, 'timeline-order'), []);
  });
});

describe('timeline: days numbered or named by the day before, and times of two precisions', () => {
  const days = (t: Timeline) => t.entries.map((e) => e.time?.slice(0, 16) ?? null);

  it('moves entries under "Day 2" (a sub-heading, a bold line or a list label) to the next day, without an order alarm', () => {
    for (const body of [
      '### Day 1\n\n- 09:30 Disk alert\n- 17:45 Volume grown\n\n### Day 2\n\n- 08:10 Alert again\n- 08:50 Old snapshots pruned',
      '**Day 1**\n\n- 09:30 Disk alert\n- 17:45 Volume grown\n\n**Day 2**\n\n- 08:10 Alert again\n- 08:50 Old snapshots pruned',
      '- Day 1\n  - 09:30 Disk alert\n  - 17:45 Volume grown\n- Day 2\n  - 08:10 Alert again\n  - 08:50 Old snapshots pruned',
    ]) {
      const text = doc(body);
      assert.deepEqual(days(timeline(text)), ['2025-11-20T09:30', '2025-11-20T17:45', '2025-11-21T08:10', '2025-11-21T08:50'], body);
      assert.deepEqual(findings(text, 'timeline-order'), [], body);
    }
  });

  it('reads "Day 2, 08:10" on an entry as the next day', () => {
    const text = doc('- Day 1, 09:30: Disk alert\n- Day 1, 17:45: Volume grown\n- Day 2, 08:10: Alert again');
    assert.deepEqual(days(timeline(text)), ['2025-11-20T09:30', '2025-11-20T17:45', '2025-11-21T08:10']);
    assert.deepEqual(findings(text, 'timeline-order'), []);
  });

  it('reads "next morning" and "the following day" before a time as the next day', () => {
    const text = doc(
      '- 21:30 Disk alert\n- 22:15 Volume grown\n- Next morning, 08:10: alert again\n- The following day at 07:00 the old snapshots were pruned',
    );
    assert.deepEqual(days(timeline(text)), ['2025-11-20T21:30', '2025-11-20T22:15', '2025-11-21T08:10', '2025-11-22T07:00']);
    assert.deepEqual(findings(text, 'timeline-order'), []);
  });

  it('still reports a step back within the same numbered day', () => {
    assert.equal(findings(doc('### Day 1\n\n- 09:30 Disk alert\n- 08:45 Volume grown'), 'timeline-order').length, 1);
  });

  it('compares a time written to the minute with one written to the second at the minute', () => {
    const text = doc('- 10:04:41 First 502 in the proxy log\n- 10:04 Pager fired\n- 10:05:02 On-call acknowledged');
    assert.deepEqual(findings(text, 'timeline-order'), []);
    assert.equal(findings(doc('- 10:04:41 First 502\n- 10:03 Pager fired'), 'timeline-order').length, 1);
  });

  it('compares a time written to the hour ("around 2pm") with the whole hour it names', () => {
    for (const body of [
      '- 14:02 UTC: error rate rises on the login service\n- Around 2pm the on-call engineer was paged\n- 14:20 UTC: rollback started',
      '- 09:58 Disk alert\n- 10 am: volume grown\n- 10:05 Alert cleared',
      '- 16:40:12 First timeout in the log\n- About 4 PM the queue was drained\n- 16:55 Workers restarted',
    ]) {
      assert.deepEqual(findings(doc(body), 'timeline-order'), [], body);
    }
    // A time wholly before the hour before it, or an hour wholly before the time before it, still steps back.
    assert.equal(findings(doc('- 14:02 Error rate rises\n- Around 1pm the on-call engineer was paged'), 'timeline-order').length, 1);
    assert.equal(findings(doc('- Around 3pm the on-call engineer was paged\n- 14:58 Rollback started'), 'timeline-order').length, 1);
    assert.deepEqual(
      timeline(doc('- 14:02 Error rate rises\n- Around 2pm paged\n- 14:20:05 Rollback')).entries.map((e) => e.precision),
      ['minute', 'hour', 'second'],
    );
  });
});

describe('timeline: one paragraph per event, opening on its time', () => {
  const told = [
    '**Tuesday 2025-11-18**',
    'At 22:05 UTC, a schema change began on the orders replica.',
    'Around 22:40 UTC, the replica stopped applying writes and lag alerts fired.',
    '**Wednesday 2025-11-19**',
    'At 01:15 UTC the on-call engineer paused the change and the lag began to fall.',
    'Shortly after 02:00 UTC, the replica caught up.',
  ].join('\n\n');

  it('reads "At 14:02 UTC, …" paragraphs as entries, the day from the date line above', () => {
    const t = timeline(doc(told));
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.text]),
      [
        ['2025-11-18T22:05:00Z', 'a schema change began on the orders replica.'],
        ['2025-11-18T22:40:00Z', 'the replica stopped applying writes and lag alerts fired.'],
        ['2025-11-19T01:15:00Z', 'the on-call engineer paused the change and the lag began to fall.'],
        ['2025-11-19T02:00:00Z', 'the replica caught up.'],
      ],
    );
    assert.deepEqual(findings(doc(told), 'timeline-order'), []);
  });

  it('finds such a timeline by its paragraphs in a section not named a timeline', () => {
    const text = `# Orders replica lag\n\nDate: 2025-11-18\n\n## What we saw\n\n${told}\n\n## Root Cause\n\nA lock.\n`;
    const t = timeline(text);
    assert.equal(t.heading?.text, 'What we saw');
    assert.equal(t.entries.length, 4);
  });

  it('reads "####2:39 PM" lines (no space after the hashes: paragraphs) each over what happened', () => {
    const body =
      'How the afternoon went:\n\n####2:39 PM\nNoticed the reply had gone to every customer\n\n####2:47 PM\nTold support in chat\n\n####3:05 PM\nSent the correction';
    const text = `---\ntitle: A message sent twice\ndate: 2024-05-06\n---\n\n${body}\n\n## What we changed\n\nA review step.\n`;
    const t = timeline(text);
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.text]),
      [
        ['2024-05-06T14:39:00', 'Noticed the reply had gone to every customer'],
        ['2024-05-06T14:47:00', 'Told support in chat'],
        ['2024-05-06T15:05:00', 'Sent the correction'],
      ],
    );
  });

  it('turns the day at a time told in prose between entries, so the next morning is not out of order', () => {
    const body = [
      'At 10:00 UTC, the import started.',
      'At 15:30 UTC the import stalled on a bad row.',
      'We let the team sleep; the retry ran overnight and at 23:40 UTC it reached the last batch.',
      'At 09:10 UTC, the data was checked and the import closed.',
    ].join('\n\n');
    const t = timeline(doc(body));
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2025-11-20T10:00:00Z', '2025-11-20T15:30:00Z', '2025-11-21T09:10:00Z'],
    );
    assert.deepEqual(findings(doc(body), 'timeline-order'), []);
  });

  it('does not read prose that merely mentions a time as entries', () => {
    // A wrapped line that goes on "at 14:02" is not an entry; neither is a time later in a sentence.
    const inTimeline = timeline(
      doc('At 14:00 UTC, the deploy began and the first hosts were drained\nat 14:02 UTC before any error showed.\n\nAt 14:20 UTC, errors rose.'),
    );
    assert.deepEqual(
      inTimeline.entries.map((e) => e.stamp?.text),
      ['14:00 UTC', '14:20 UTC'],
    );
    // Elsewhere, a paragraph or two opening on a time is prose, not a timeline.
    const prose =
      '# Slow search\n\nDate: 2025-11-20\n\n## Summary\n\nAt 14:02 UTC the deploy began. Search slowed for an hour.\n\nAt that point nobody had been paged.\n\n## Root Cause\n\nAt 09:00 the cache had been emptied by a job.\n';
    assert.equal(analyzeDocument(prose, 'postmortems/x.md', settings).model.timeline, null);
    assert.deepEqual(findings(prose, 'timeline-order'), []);
  });
});

describe('timeline reading: newest first with updates posted in the same minute, and day ranges in headings', () => {
  const page = (times: string[]) =>
    `# Queue delays\n\n## Timeline\n\n${times.map((t, i) => `- ${t} UTC - Update number ${i + 1} about the queue.`).join('\n')}\n`;

  it('says once that a timeline runs newest first when two updates share a minute', () => {
    const found = findings(page(['16:40', '16:10', '16:10', '15:55', '15:20']), 'timeline-order');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /runs newest first, from 16:40 UTC back to 15:20 UTC/);
  });

  it('keeps one finding per entry when a step goes forward, and says nothing of a run of equal times', () => {
    const forward = findings(page(['16:40', '16:10', '16:10', '16:25', '15:55']), 'timeline-order');
    assert.ok(forward.every((f) => !/newest first/.test(f.message)));
    assert.equal(forward.length, 2);
    const equal = findings(page(['09:00', '09:00', '09:00', '08:30']), 'timeline-order');
    assert.equal(equal.length, 1);
    assert.doesNotMatch(equal[0].message, /newest first/);
  });

  const days = (heading: string) =>
    `# Mail delays\n\n## Timeline\n\n### ${heading}\n\n(02:15 UTC) The relay stopped taking mail.\n\n(06:40 UTC) The relay took mail again.\n`;

  it('reads a day heading that spans two days, written with spaces round the dash, as its first day and no entry', () => {
    for (const heading of ['May 26 - 27th, 2018', 'May 26 – 27, 2018', '**May 26 - 27th, 2018**', 'Sat May 26 - 27th 2018']) {
      const t = timeline(days(heading));
      assert.deepEqual(
        t.entries.map((e) => [e.line, e.date]),
        [
          [6, '2018-05-26'],
          [8, '2018-05-26'],
        ],
        heading,
      );
    }
  });

  it('keeps a number after a spaced dash that is no day ("May 26 - 5 engineers …")', () => {
    const t = timeline(`# Mail delays\n\n## Timeline\n\n- May 26 - 5 engineers joined the call at 02:30 UTC.\n- May 26 02:40 UTC - The relay restarted.\n`);
    assert.ok(t.entries.every((e) => e.date === null || e.date.endsWith('-05-26')));
    assert.ok(!t.entries.some((e) => /^engineers/.test(e.text)));
  });
});

describe('timeline reading: a full stop after the stamp', () => {
  it('reads a paragraph led by its stamp and a full stop, without the stop in the text', () => {
    const t = timeline(
      `# Feed outage\n\n## Timeline\n\n2:05 pm PST. Pages stopped loading for every reader.\n\n2:40 pm PST, The cache was flushed and pages came back.\n`,
    );
    assert.deepEqual(
      t.entries.map((e) => e.text),
      ['Pages stopped loading for every reader.', 'The cache was flushed and pages came back.'],
    );
  });

  it('keeps a leading dot that starts a word (".NET") and ugly runs of marks', () => {
    const t = timeline(`# Build outage\n\n## Timeline\n\n- 09:10 UTC .NET builds began to fail.\n- 09:30 UTC . . , - the cache was cleared.\n`);
    assert.deepEqual(
      t.entries.map((e) => e.text),
      ['.NET builds began to fail.', 'the cache was cleared.'],
    );
  });
});

describe('timeline reading: day-numbered date headings ("Day 2 - March 4, 2026")', () => {
  const twoDays = (first: string, second: string) =>
    `# Storage node lost\n\n**Date:** March 5, 2026\n\n## Timeline\n\nAll times UTC.\n\n### ${first}\n\n| Time | Event |\n|---|---|\n| 22:10 | Node stops sending heartbeats |\n| 23:40 | Site goes down |\n\n### ${second}\n\n| Time | Event |\n|---|---|\n| 12:05 | Outage noticed by a developer |\n| 12:30 | Site restored |\n`;

  it('takes the date after the day number, so the second table is the next day and in order', () => {
    for (const [first, second] of [
      ['Day 1 - March 3, 2026', 'Day 2 - March 4, 2026'],
      ['Day 1: 3 March 2026', 'Day 2: 4 March 2026'],
      ['DAY 1 — 2026-03-03', 'DAY 2 — 2026-03-04'],
      ['Day 1 (March 3, 2026)', 'Day 2 (March 4, 2026)'],
    ]) {
      const text = twoDays(first, second);
      assert.deepEqual(
        timeline(text).entries.map((e) => e.date),
        ['2026-03-03', '2026-03-03', '2026-03-04', '2026-03-04'],
        first,
      );
      assert.deepEqual(findings(text, 'timeline-order'), [], first);
    }
  });

  it('reads no date where a number follows the day but no date does ("Day 2 - 4 engineers joined")', () => {
    const t = timeline(twoDays('Day 1 - 3 engineers on call', 'Day 2 - 4 engineers joined'));
    assert.ok(t.entries.every((e) => e.date === '2026-03-05'));
  });
});
