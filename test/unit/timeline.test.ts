import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings, mergeSettings, normaliseLayer } from '../../server/src/analysis/base/settings';
import { RULE_CONFIG } from '../../server/src/config-file';

function timeline(text: string, settings = defaultSettings()): Timeline {
  const t = analyzeDocument(text, 'postmortems/x.md', settings).model.timeline;
  assert.ok(t, 'a timeline is found');
  return t;
}

const doc = (body: string, head = '# Incident: checkout errors\n\nDate: 2026-03-01\n\n') => `${head}## Timeline\n\n${body}\n\n## Root Cause\n\nA cache.\n`;

describe('timeline parser', () => {
  it('reads a table with a Time (UTC) column, carrying the date from the metadata', () => {
    const t = timeline(
      doc(
        '| Time (UTC) | Event |\n|---|---|\n| 14:02 | Deploy started the change |\n| 14:05 | Alert fired for checkout |\n| 14:40 | Rolled back |\n| 14:47 | Resolved, all clear |',
      ),
    );
    assert.equal(t.timezone, 'UTC');
    assert.equal(t.zoneSource, 'table-header');
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2026-03-01T14:02:00Z', '2026-03-01T14:05:00Z', '2026-03-01T14:40:00Z', '2026-03-01T14:47:00Z'],
    );
    assert.deepEqual(
      t.entries.map((e) => e.milestone),
      ['start', 'detection', 'mitigation', 'resolution'],
    );
    assert.deepEqual(t.metrics, { timeToDetect: 3, timeToMitigate: 38, timeToResolve: 45 });
    assert.equal(t.entries[1].text, 'Alert fired for checkout');
  });

  it('reads separate Date and Time columns', () => {
    const t = timeline(doc('| Date | Time | What |\n|---|---|---|\n| 2026-03-02 | 23:50 | Errors began |\n| 2026-03-03 | 00:10 | Paged |', '# Incident\n\n'));
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2026-03-02T23:50:00', '2026-03-03T00:10:00'],
    );
    assert.equal(t.metrics.timeToDetect, 20);
  });

  it('reads lists with dashes, bold times, 12-hour clocks and zones per entry', () => {
    const t = timeline(doc('- **2:05 pm PST** — Errors began\n- 2:09 PM PST: on-call paged\n- 3:15 pm PST: rolled back the release'));
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2026-03-01T14:05:00-08:00', '2026-03-01T14:09:00-08:00', '2026-03-01T15:15:00-08:00'],
    );
    assert.ok(t.entries.every((e) => e.zoneWritten && e.zone === 'PST' && e.clock === '12h'));
    assert.equal(t.metrics.timeToMitigate, 70);
  });

  it('reads paragraph lines and a note giving the zone, and rolls over at midnight', () => {
    const t = timeline(
      doc('All times in CET.\n\n23:40 - Disk filled up, writes started failing\n23:55 - Alert fired\n00:20 - Failed over to the replica\n01:02 - Recovered'),
    );
    assert.equal(t.timezone, 'CET');
    assert.equal(t.zoneSource, 'note');
    assert.deepEqual(
      t.entries.map((e) => e.date),
      ['2026-03-01', '2026-03-01', '2026-03-02', '2026-03-02'],
    );
    assert.deepEqual(t.metrics, { timeToDetect: 15, timeToMitigate: 40, timeToResolve: 82 });
  });

  it('reads one heading per time, with the date on the first heading, as some teams write it', () => {
    const t = timeline(
      doc(
        'All times in PST\n\n### 2018-01-18 4:19\n\nNoticed high load on the dashboard.\n\n### 4:27\n\nFound the cause.\n\n### 5:10 - Rolled back\n\nDone.',
        '# Hug of death\n\n',
      ),
    );
    assert.deepEqual(
      t.entries.map((e) => [e.shape, e.time]),
      [
        ['heading', '2018-01-18T04:19:00-08:00'],
        ['heading', '2018-01-18T04:27:00-08:00'],
        ['heading', '2018-01-18T05:10:00-08:00'],
      ],
    );
    assert.equal(t.entries[0].milestone, 'detection');
    assert.equal(t.entries[2].milestone, 'mitigation');
  });

  it('carries dates from date lines and date headings', () => {
    const t = timeline(doc('### 2026-04-01\n\n- 22:00 UTC – change deployed\n\n### 2026-04-02\n\n- 01:00 UTC – users reported errors', '# Incident\n\n'));
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2026-04-01T22:00:00Z', '2026-04-02T01:00:00Z'],
    );
  });

  it('reads the bullets under a date line that write no time as events of that day', () => {
    const t = timeline(
      doc(
        'All times in UTC\n\n2026-04-01:\n* The bug report arrived by mail.\n* A first patch was drafted,\n  then reviewed in private.\n\n2026-04-03:\n* 09:30 The release went out.\n* The advisory was published.',
        '# Incident\n\n',
      ),
    );
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.date]),
      [
        ['2026-04-01', '2026-04-01'],
        ['2026-04-01', '2026-04-01'],
        ['2026-04-03T09:30:00Z', '2026-04-03'],
        ['2026-04-03', '2026-04-03'],
      ],
    );
    // The day is carried, not written, and gives no clock time to order or measure by.
    assert.ok(t.entries.every((e) => !e.dateWritten && (e.clock === null) === (e.instant === null)));
    assert.equal(t.entries[1].text, 'A first patch was drafted, then reviewed in private.');
  });

  it('reads a bullet holding a date over untimed sub-bullets as that day, and keeps an untimed list without a date line out', () => {
    const dated = timeline(doc('- 2026-04-01\n  - The report arrived.\n  - Triage began.\n- 2026-04-02\n  - The fix shipped.', '# Incident\n\n'));
    assert.deepEqual(
      dated.entries.map((e) => e.time),
      ['2026-04-01', '2026-04-01', '2026-04-02'],
    );
    // Without a date line, a list with no time or date in it is prose, as before.
    const prose = timeline(doc('All times in UTC\n\n- 09:00 Errors began\n\nNotes:\n\n- the cache was cold\n- nobody was paged', '# Incident\n\n'));
    assert.equal(prose.entries.length, 1);
  });

  it('reads a bullet that holds only a day as the day of the timed bullets after it, not as an event', () => {
    const t = timeline(
      doc(
        '* **Friday, April 3, 2026**\n* 22:10: Queue depth alert fired.\n* 23:05: Consumers restarted.\n* **Saturday, April 4, 2026**\n* 00:20: Backlog cleared.',
        '# Incident\n\n',
      ),
    );
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.text]),
      [
        ['2026-04-03T22:10:00', 'Queue depth alert fired.'],
        ['2026-04-03T23:05:00', 'Consumers restarted.'],
        ['2026-04-04T00:20:00', 'Backlog cleared.'],
      ],
    );
    // A day bullet with words after it is still an event of that day.
    assert.equal(timeline(doc('- 2026-04-03 – cache rebuilt\n- 2026-04-04 10:00 alert', '# Incident\n\n')).entries.length, 2);
  });

  it('reads ISO stamps with offsets and Z', () => {
    const t = timeline(doc('- 2026-03-01T14:05:00Z alert fired\n- 2026-03-01 16:10+02:00 mitigated by a workaround'));
    assert.deepEqual(
      t.entries.map((e) => e.instant),
      [Date.UTC(2026, 2, 1, 14, 5), Date.UTC(2026, 2, 1, 14, 10)],
    );
    assert.deepEqual(
      t.entries.map((e) => e.zone),
      ['UTC', '+02:00'],
    );
  });

  it('reads the zone from the heading, and times without any date', () => {
    const t = timeline(doc('- 10:00 Started\n- 10:30 Detected', '# Incident\n\n').replace('## Timeline', '## Timeline (all times PDT)'));
    assert.equal(t.timezone, 'PDT');
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['10:00:00-07:00', '10:30:00-07:00'],
    );
    assert.equal(t.metrics.timeToDetect, 30);
  });

  it('records entries whose time cannot be read, and stamps that mix clocks', () => {
    const t = timeline(doc('- 14:05 Alert fired\n- Around lunch: someone looked\n- 13:55 PM: rolled back'));
    assert.equal(t.entries.length, 3);
    assert.equal(t.entries[1].time, null);
    assert.match(t.entries[2].problem ?? '', /24-hour and the 12-hour/);
  });

  it('keeps offsets of the stamp as written', () => {
    const text = doc('- **14:05 UTC** — Alert fired');
    const t = timeline(text);
    const stamp = t.entries[0].stamp!;
    assert.equal(text.slice(stamp.start, stamp.end), '14:05 UTC');
    assert.equal(stamp.start, text.indexOf('14:05 UTC'));
  });

  it('uses explicit tags over keywords', () => {
    const t = timeline(doc('- 09:00 Config pushed [start]\n- 09:20 Customer email arrived [detected]\n- 09:30 Rolled back'));
    assert.deepEqual(
      t.entries.map((e) => [e.milestone, e.milestoneSource]),
      [
        ['start', 'tag'],
        ['detection', 'tag'],
        ['mitigation', 'keyword'],
      ],
    );
    assert.equal(t.metrics.timeToDetect, 20);
  });

  it('takes milestone keywords from settings, replacing the defaults per milestone', () => {
    const { layer, problems } = normaliseLayer({ timeline: { milestones: { detection: ['pager went off'] } } }, 'test', RULE_CONFIG);
    assert.deepEqual(problems, []);
    const settings = mergeSettings([layer]);
    const t = timeline(doc('- 09:00 Errors began\n- 09:04 Alert fired\n- 09:07 Pager went off'), settings);
    assert.deepEqual(
      t.entries.map((e) => e.milestone),
      ['start', null, 'detection'],
    );
    const bad = normaliseLayer({ timeline: { milestones: { detect: ['x'], start: 'y' } } }, 'test', RULE_CONFIG);
    assert.deepEqual(
      bad.problems.map((p) => p.key),
      ['timeline.milestones.detect', 'timeline.milestones.start'],
    );
  });

  it('finds stated figures anywhere in the document', () => {
    const t = timeline(
      doc(
        '- 09:00 Errors began\n- 09:20 Alert fired',
        '# Incident\n\n- **Time to detection**: 20 min\n- MTTR: 1h 5m\n- Time to mitigate (TTM) | ~45 minutes\n\n',
      ),
    );
    assert.deepEqual(
      t.stated.map((s) => [s.kind, s.minutes, s.approximate]),
      [
        ['detect', 20, false],
        ['repair', 65, false],
        ['mitigate', 45, true],
      ],
    );
  });

  it('reads a "Key events" list when there is no timeline section', () => {
    const text =
      '# Incident on 2026-02-12\n\n- **Key events**\n  - Fault occurs 2026-02-12 11:45\n  - Incident declared 2026-02-12 11:51\n  - Resolved 2026-02-12 12:07\n\n- **Time to resolve**: 0h 22m\n';
    const t = timeline(text);
    assert.deepEqual(
      t.entries.map((e) => e.milestone),
      ['start', 'detection', 'resolution'],
    );
    assert.equal(t.metrics.timeToResolve, 22);
  });

  it('marks an entry that says someone notices the trouble as the detection', () => {
    const t = timeline(
      doc('- 08:40 Nightly import stalls on a lock\n- 08:52 A support engineer notices the backlog and opens a ticket\n- 09:30 Lock cleared by hand'),
    );
    assert.deepEqual(
      t.entries.map((e) => e.milestone),
      [null, 'detection', null],
    );
    assert.equal(t.metrics.timeToDetect, 12);
  });

  it('survives ugly input: CRLF, BOM, unclosed fences, HTML and empty sections', () => {
    const ugly =
      '\ufeff# Incident\r\n\r\n## Timeline\r\n\r\n- 14:05 Alert fired\r\n- 14:09 Rolled back\r\n\r\n```\r\n14:00 inside a fence\r\n\r\n<div>14:30</div>\r\n';
    const t = timeline(ugly);
    assert.equal(t.entries.length, 2);
    assert.equal(t.entries[1].text, 'Rolled back');
    assert.equal(timeline('# Incident\n\n## Timeline\n\n## Impact\n').entries.length, 0);
  });
});

describe('timeline parser on the shared corpus', () => {
  const dir = process.env.POSTMORTEM_CORPUS ?? join(__dirname, '..', '..', '..', 'shared', 'corpus');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md') : [];
  before(function () {
    if (!files.length) {
      console.log(`    (skipped: no corpus at ${dir})`);
      this.skip();
    }
  });
  const read = (prefix: string) => {
    const file = files.find((f) => f.startsWith(prefix));
    if (!file) return null;
    return analyzeDocument(readFileSync(join(dir, file), 'utf8'), `postmortems/${file}`, defaultSettings()).model.timeline;
  };

  // One test per file, each with the usual time allowed: one loop over every file could pass its
  // allowance on a busy machine, and a throw now names its file.
  for (const file of files) {
    it(`reads ${file.replace(/\.md$/, '')} without throwing`, () => {
      const doc = analyzeDocument(readFileSync(join(dir, file), 'utf8'), `postmortems/${file}`, defaultSettings());
      assert.ok(doc.model, file);
    });
  }

  it('reads one heading per time with the zone from a note (08)', function () {
    const t = read('08');
    if (!t) return this.skip();
    assert.equal(t.timezone, 'PST');
    assert.ok(t.entries.length > 20);
    assert.ok(t.entries.every((e) => e.shape === 'heading' && e.time?.startsWith('2018-01-18T')));
  });

  it('reads 12-hour paragraph lines and the zone in the heading (13)', function () {
    const t = read('13');
    if (!t) return this.skip();
    assert.equal(t.timezone, 'PST');
    // Three timed entries, and two that write only their day (read as that day).
    assert.deepEqual(
      t.entries.map((e) => e.time?.length),
      [25, 25, 25, 10, 10],
    );
    const timed = t.entries.filter((e) => e.clock);
    assert.equal(timed.length, 3);
    // The date line 01-10-2024 reads month first, as 01-31-2024 further down proves.
    assert.equal(timed[0].time, '2024-01-10T19:32:00-08:00');
    assert.equal(t.metrics.timeToDetect, 6);
  });

  it('reads a "Key events" list and its stated figures (14)', function () {
    const t = read('14');
    if (!t) return this.skip();
    assert.equal(t.entries.length, 3);
    assert.deepEqual(t.metrics, { timeToDetect: 6, timeToMitigate: null, timeToResolve: 22 });
    assert.deepEqual(
      t.stated.map((s) => s.minutes),
      [16, 22],
    );
  });

  it('reads 12-hour list items under date lines (22)', function () {
    const t = read('22');
    if (!t) return this.skip();
    assert.ok(t.entries.length >= 10);
    assert.equal(t.entries[0].time, '2019-01-22T14:54:00-08:00');
    assert.ok(t.entries.slice(2).every((e) => e.date === '2019-01-23'));
    assert.ok(t.metrics.timeToResolve !== null);
  });

  it('has no timeline section in 17, and says so with null', function () {
    const file = files.find((f) => f.startsWith('17'));
    if (!file) return this.skip();
    assert.equal(read('17'), null);
  });
});
