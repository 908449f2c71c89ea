import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import type { Finding } from '../../server/src/analysis/base/findings';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const settings = defaultSettings();

function timelineOf(text: string): Timeline | null {
  return analyzeDocument(text, 'postmortems/x.md', settings).model.timeline;
}

function timeline(text: string): Timeline {
  const t = timelineOf(text);
  assert.ok(t, 'a timeline is found');
  return t;
}

function findings(text: string, ruleId: string): Finding[] {
  return check(text, { path: 'postmortems/x.md', settings }).findings.filter((f) => f.ruleId === ruleId);
}

const doc = (body: string, head = '# Incident: the mirror served old files\n\n') => `${head}## Timeline\n\n${body}\n\n## Root Cause\n\nA stale cache.\n`;

describe('timeline: entries that open on a weekday before the date and the time', () => {
  const updates =
    '# Slow builds\n\nBuilds were queued for hours.\n\nUpdates:\n\n' +
    '- Mon Mar 02 08:15:00 UTC: The backlog is shrinking, builds start again.\n' +
    '- Mon Mar 02 09:40:10 UTC: The backlog is gone and builds start at once.\n' +
    '  A worker had stopped pulling jobs.\n' +
    '- Tue Mar 03 06:05:00 UTC: Nothing queued overnight.\n';

  it('reads a list of such bullets after a plain line as the timeline, the weekday kept out of the text', () => {
    const t = timeline(updates);
    assert.deepEqual(
      t.entries.map((e) => [e.stamp?.text, e.text]),
      [
        ['Mar 02 08:15:00 UTC', 'The backlog is shrinking, builds start again.'],
        ['Mar 02 09:40:10 UTC', 'The backlog is gone and builds start at once. A worker had stopped pulling jobs.'],
        ['Mar 03 06:05:00 UTC', 'Nothing queued overnight.'],
      ],
    );
    assert.ok(t.entries.every((e) => e.time !== null && e.instant !== null));
    assert.deepEqual(findings(updates, 'timeline-order'), []);
  });

  it('reads a full weekday name and emphasis before the stamp the same way', () => {
    const t = timeline(doc('- **Monday,** Mar 2 08:15 UTC: backlog shrinking\n- **Monday,** Mar 2 09:40 UTC: backlog gone'));
    assert.deepEqual(
      t.entries.map((e) => e.text),
      ['backlog shrinking', 'backlog gone'],
    );
  });

  it('does not take a word that starts like a weekday, or a plural, for one', () => {
    const notes =
      '# Slow builds\n\nWhat we saw:\n\n' +
      '- Monitoring 12:00 to 13:00 showed nothing odd.\n' +
      '- Mondays 09:00 is when the batch runs.\n' +
      '- Saturation 10:00 onwards stayed low.\n\n## Follow-up\n\nNone.\n';
    assert.equal(timelineOf(notes), null);
  });
});

describe('timeline: entries that write a day or a span of days without a year and without a time', () => {
  const plan =
    '* Mar 3 - 5: Old disks drained and replaced\n' +
    '\t* Each shelf was emptied in turn.\n' +
    '* Mar 3 - Mar 20: Copying the archive back\n' +
    '* Mar 9 onward: Restoring the mail folders\n' +
    '* Apr 2: Old shelves switched off';

  it('reads each at its first day, written without a year when nothing gives one', () => {
    const t = timeline(doc(plan));
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.text]),
      [
        ['--03-03', 'Old disks drained and replaced Each shelf was emptied in turn.'],
        ['--03-03', 'Copying the archive back'],
        ['--03-09', 'Restoring the mail folders'],
        ['--04-02', 'Old shelves switched off'],
      ],
    );
    // A day is read: no entry is reported as having no time, and none is out of order.
    assert.deepEqual(findings(doc(`${plan}\n* 10:05 Shelves checked`), 'timeline-time-format'), []);
    assert.deepEqual(findings(doc(plan), 'timeline-order'), []);
  });

  it('takes the year from the document when it writes one', () => {
    const t = timeline(doc(plan, '# Incident: the mirror served old files\n\nDate: 2026-02-20\n\n'));
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2026-03-03', '2026-03-03', '2026-03-09', '2026-04-02'],
    );
  });

  it('takes the year from the day the file is named by when the document writes no full date, and the written one first', () => {
    const named = (path: string, text: string) => analyzeDocument(text, path, settings).model.timeline?.entries.map((e) => e.time);
    assert.deepEqual(named('postmortems/2026-04-05-mirror.md', doc(plan)), ['2026-03-03', '2026-03-03', '2026-03-09', '2026-04-02']);
    assert.deepEqual(named('postmortems/2026/04/05.md', doc(plan)), ['2026-03-03', '2026-03-03', '2026-03-09', '2026-04-02']);
    const dated = doc(plan, '# Incident: the mirror served old files\n\nDate: 2025-02-20\n\n');
    assert.deepEqual(named('postmortems/2026-04-05-mirror.md', dated), ['2025-03-03', '2025-03-03', '2025-03-09', '2025-04-02']);
    assert.deepEqual(named('postmortems/mirror.md', doc(plan)), ['--03-03', '--03-03', '--03-09', '--04-02']);
  });

  it('keeps a number after a spaced dash, or "onward" in a sentence, in the event when no colon ends the day', () => {
    const t = timeline(doc('* Mar 3 - 5 engineers joined the call\n* Mar 9 onward we paged the vendor daily'));
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.text]),
      [
        ['--03-03', '5 engineers joined the call'],
        ['--03-09', 'onward we paged the vendor daily'],
      ],
    );
  });
});

describe('timeline-order: entries that write only their day', () => {
  const table = (rows: string[]) => doc(`| Date | Event |\n|---|---|\n${rows.map((r) => `| ${r} |`).join('\n')}`);

  it('reports a day before the day of the entry above it, once', () => {
    const text = table(['2024-11-02 | fix merged', '2024-11-30 | release published', '2024-02-03 | second report', '2024-12-05 | issue closed']);
    const [found, ...more] = findings(text, 'timeline-order');
    assert.deepEqual(more, []);
    assert.match(found.message, /\(2024-02-03\) is on a day before the entry above it \(2024-11-30\)/);
    assert.equal(text.slice(found.start, found.end), '| 2024-02-03 | second report |');
  });

  it('reports nothing for days in order, the same day twice, or a day beside the times of that day', () => {
    assert.deepEqual(findings(table(['2024-11-02 | fix merged', '2024-11-02 | backport merged', '2024-11-30 | release']), 'timeline-order'), []);
    const mixed = doc(
      '- 2024-11-02: the fix was merged\n- 2024-11-02 14:00 UTC: the release was cut\n- 2024-11-02 16:30 UTC: the release was published\n- 2024-11-03: reports stopped',
    );
    assert.deepEqual(findings(mixed, 'timeline-order'), []);
  });

  it('reports a timed entry on a day before a day written alone above it', () => {
    const text = doc('- 2024-11-05: the fix was merged\n- 2024-11-02 14:00 UTC: the release was cut\n- 2024-11-06 09:00 UTC: reports stopped');
    const found = findings(text, 'timeline-order');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /\(2024-11-02 14:00 UTC\) is on a day before the entry above it \(2024-11-05\)/);
  });

  it('says once that a list of days runs newest first', () => {
    const found = findings(table(['2024-12-05 | issue closed', '2024-11-30 | release published', '2024-11-02 | fix merged']), 'timeline-order');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /runs newest first, from 2024-12-05 back to 2024-11-02/);
  });
});

describe('timeline: placeholder dates left in a draft', () => {
  const draft =
    '- 2024-MM-DD[^1]:\n    A deploy key was added to the mirror job.\n' +
    '- YYYY-MM-DD: The key was copied into a build image.\n' +
    '- 2024-06-28 07:09 UTC: A researcher wrote to the security address.\n' +
    '- 2024-06-28 07:40 UTC: The key was revoked.\n\n[^1]: The day is in the old CI logs.';

  it('reads the entries, at their year when the draft writes one', () => {
    const t = timeline(doc(draft));
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.text]),
      [
        ['2024', 'A deploy key was added to the mirror job.'],
        [null, 'The key was copied into a build image.'],
        ['2024-06-28T07:09:00Z', 'A researcher wrote to the security address.'],
        ['2024-06-28T07:40:00Z', 'The key was revoked.'],
      ],
    );
    assert.ok(t.entries.slice(0, 2).every((e) => e.problem !== null && e.instant === null));
  });

  it('says the date is still a placeholder to fill in, not that no time can be read', () => {
    const text = doc(draft);
    const found = findings(text, 'timeline-time-format');
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      ['2024-MM-DD', 'YYYY-MM-DD'],
    );
    assert.match(found[0].message, /"2024-MM-DD" is still a placeholder\. Fill in the day/);
    assert.ok(found.every((f) => !/No time can be read/.test(f.message)));
    assert.deepEqual(findings(text, 'timeline-order'), []);
  });

  it('reads real dates and other words with capitals as before', () => {
    const t = timeline(doc('- 2024-06-27: the key was found\n- 2024-06-28 07:09 UTC: YYYY and MM columns were renamed'));
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.problem]),
      [
        ['2024-06-27', null],
        ['2024-06-28T07:09:00Z', null],
      ],
    );
  });
});

describe('timeline: a line that holds only a day sets the day of the entries after it', () => {
  const times = (body: string) => timeline(doc(body, '# Incident: the mirror served old files\n\nDate: 2024-03-04\n\n')).entries.map((e) => e.time);
  const twoDays = ['2024-03-04T23:10:00', '2024-03-06T01:00:00'];
  const shapes: [string, string][] = [
    ['a bold date with a colon inside the emphasis', '**March 4, 2024:**\n\n23:10 - disk alarm\n\n**March 6, 2024:**\n\n01:00 - volume grown'],
    ['an italic date with a full stop', '_4 March 2024._\n\n23:10 - disk alarm\n\n_6 March 2024._\n\n01:00 - volume grown'],
    ['a heading with the weekday and no year', '### Monday 4 March\n\n23:10 - disk alarm\n\n### Wednesday 6 March\n\n01:00 - volume grown'],
    ['a plain ISO date with a colon', '2024-03-04:\n\n23:10 - disk alarm\n\n2024-03-06:\n\n01:00 - volume grown'],
    ['day numbers', 'Day 1\n\n23:10 - disk alarm\n\nDay 3\n\n01:00 - volume grown'],
    ['bold dates in the lines of one paragraph', '**March 4, 2024:**\n23:10 - disk alarm\n**March 6, 2024:**\n01:00 - volume grown'],
    ['bold dates over list items', '**March 4, 2024:**\n\n- 23:10 disk alarm\n\n**March 6, 2024:**\n\n- 01:00 volume grown'],
    ['weekday lines after a dated one', '**Monday 4 March 2024**\n\n23:10 - disk alarm\n\n**Wednesday**\n\n01:00 - volume grown'],
    ['weekday headings over lists', '### Monday\n\n- 23:10 disk alarm\n\n### Wednesday\n\n- 01:00 volume grown'],
    [
      'date rows in the event column of a table',
      '| Time | Event |\n| --- | --- |\n| | **Monday 4 March** |\n| 23:10 | disk alarm |\n| | **Wednesday 6 March** |\n| 01:00 | volume grown |',
    ],
    [
      'day rows in the time column of a table',
      '| Time | Event |\n| --- | --- |\n| **Day 1** | |\n| 23:10 | disk alarm |\n| **Day 3** | |\n| 01:00 | volume grown |',
    ],
  ];
  for (const [name, body] of shapes) {
    it(`reads ${name}`, () => {
      assert.deepEqual(times(body), twoDays);
      assert.deepEqual(findings(doc(body), 'timeline-order'), []);
    });
  }

  it('keeps a later morning after an earlier day in order, across a dated line with no time under it', () => {
    const body =
      '**January 10, 2022**\n\n11:26 - a proxy setting changed\n\n**March 17, 2022:**\n\nAn outside team noticed the dangling names.\n\n' +
      '**March 21, 2022:**\n\n10:36 - the report reached the help desk';
    assert.deepEqual(findings(doc(body), 'timeline-order'), []);
    assert.equal(timeline(doc(body)).entries[1].time?.slice(0, 10), '2022-03-21');
  });

  it('does not take a date or a weekday inside an entry or a sentence for a day line', () => {
    const inEntry = '23:10 - disk alarm; the volume was last grown on March 1, 2024.\n\n23:40 - volume grown';
    assert.deepEqual(times(inEntry), ['2024-03-04T23:10:00', '2024-03-04T23:40:00']);
    const prose = '23:10 - disk alarm\n\nMonday was a holiday, so few people were around.\n\n23:40 - volume grown';
    assert.deepEqual(times(prose), ['2024-03-04T23:10:00', '2024-03-04T23:40:00']);
    const row = '| Time | Event |\n| --- | --- |\n| 23:10 | disk alarm |\n| | The vendor renewed it on 2024-03-01 |\n| 23:40 | volume grown |';
    assert.deepEqual(times(row), ['2024-03-04T23:10:00', null, '2024-03-04T23:40:00']);
  });

  it('still reads a date followed by words as an entry of that day', () => {
    const t = timeline(doc('2024-03-05: the volume was grown by hand\n\n2024-03-06 - the alarm stayed quiet.'));
    assert.deepEqual(
      t.entries.map((e) => [e.date, e.text]),
      [
        ['2024-03-05', 'the volume was grown by hand'],
        ['2024-03-06', 'the alarm stayed quiet.'],
      ],
    );
  });
});

describe('timeline-time-format: a time its author says is unknown', () => {
  it('leaves an entry whose time is written as unknown alone, and still reports one that writes no time', () => {
    const body = [
      '| Time | Event |',
      '|------|-------|',
      '| Unknown | The cleanup script ran against the zone |',
      '| **unknown time** | The records were overwritten |',
      '| ? | A cache kept the old records |',
      '| 05:10Z | The on-call saw the site down |',
      '| 05:12Z | The records were restored |',
      '| Later that day | The zone was locked |',
    ].join('\n');
    const text = doc(body);
    assert.deepEqual(
      findings(text, 'timeline-time-format').map((f) =>
        text
          .slice(f.start, f.end)
          .replace(/^\|\s*/, '')
          .split('|')[0]
          .trim(),
      ),
      ['Later that day'],
    );
    const list = doc(
      '- Unknown: the script ran\n- ?? - records overwritten\n- 05:10Z the on-call saw the site down\n- 05:12Z records restored\n- The zone was locked',
    );
    assert.deepEqual(
      findings(list, 'timeline-time-format').map((f) => list.slice(f.start, f.end)),
      ['- The zone was locked'],
    );
  });

  it('reads a time said to be unknown as the coarse time of the entry, for every reader of the timeline', () => {
    const table = timeline(
      doc(
        '| Event | Time |\n|---|---|\n| The cleanup script ran | `Unknown` |\n| A cache kept the old records | ??? |\n| Site seen down | 05:10Z |\n| Records restored | 05:12Z |',
      ),
    );
    assert.deepEqual(
      table.entries.map((e) => [e.time, e.coarse, e.text]),
      [
        [null, 'Unknown', 'The cleanup script ran'],
        [null, '???', 'A cache kept the old records'],
        ['05:10:00Z', null, 'Site seen down'],
        ['05:12:00Z', null, 'Records restored'],
      ],
    );
    const list = timeline(
      doc('1. **Unknown time:** the script ran\n2. ?? - records overwritten\n3. 05:10Z the on-call saw the site down\n4. Unclear: when the cache filled'),
    );
    assert.deepEqual(
      list.entries.map((e) => [e.coarse, e.text]),
      [
        ['Unknown time', 'the script ran'],
        ['??', 'records overwritten'],
        [null, 'the on-call saw the site down'],
        ['Unclear', 'when the cache filled'],
      ],
    );
  });

  it('reads no unknown time in a word that only starts like one, a question, or a sentence with a colon', () => {
    const list = timeline(
      doc(
        '- 05:10Z the site was down\n- Unknowns remained: two hosts\n- Why? - nobody knew\n- The cause is unknown: see below\n- ' +
          '?'.repeat(300) +
          ' -\n- 05:20Z restored',
      ),
    );
    assert.deepEqual(
      list.entries.map((e) => e.coarse),
      [null, null, null, null, null, null],
    );
  });
});
