import { strict as assert } from 'node:assert';
import { enUS } from 'date-fns/locale/en-US';
import { addDays, dayInPath, daysBetween, monthName, readDate, timeOnDay, weekdayName, zonedTime } from '../../server/src/analysis/base/dates';

describe('readDate', () => {
  const cases: [string, string][] = [
    ['2026-03-04', '2026-03-04'],
    ['on 2026-3-4 at noon', '2026-03-04'],
    ['2026/03/04', '2026-03-04'],
    ['March 4, 2026', '2026-03-04'],
    ['Mar. 4th 2026', '2026-03-04'],
    ['Wednesday, 4 March 2026', '2026-03-04'],
    ['4th of March, 2026', '2026-03-04'],
    ['25/12/2026', '2026-12-25'],
    ['12/25/2026', '2026-12-25'],
    ['07.07.2026', '2026-07-07'],
    ['Date: 2026-Feb-07', '2026-02-07'],
    ['2026/sept/9', '2026-09-09'],
    ['released 04-Mar-2026 at 10:00', '2026-03-04'],
    ['9-december-2026', '2026-12-09'],
  ];
  for (const [text, iso] of cases) {
    it(`reads "${text}" as ${iso}`, () => {
      const reading = readDate(text);
      assert.equal(reading.kind, 'date');
      assert.equal(reading.kind === 'date' && reading.iso, iso);
    });
  }

  it('reports a day that does not exist, naming the month length', () => {
    const reading = readDate('2026-02-30');
    assert.equal(reading.kind, 'invalid');
    assert.match(reading.kind === 'invalid' ? reading.reason : '', /February 2026 has 28 days/);
  });

  it('reports a month that does not exist', () => {
    const reading = readDate('2026-13-01');
    assert.equal(reading.kind === 'invalid' && reading.reason, 'there is no month 13');
  });

  it('reports 04/05/2026 as ambiguous instead of guessing', () => {
    const reading = readDate('04/05/2026');
    assert.equal(reading.kind, 'ambiguous');
    assert.deepEqual(reading.kind === 'ambiguous' && reading.readings, ['2026-04-05', '2026-05-04']);
  });

  it('finds nothing in text without a date', () => {
    assert.equal(readDate('soon, next sprint').kind, 'none');
    assert.equal(readDate('version 1.2.3').kind, 'none');
    // A month's name between numbers with mixed marks, or inside longer runs of figures, is no date.
    assert.equal(readDate('2026-Feb/07').kind, 'none');
    assert.equal(readDate('build 12-2026-Mar-04-7').kind, 'none');
  });

  it('reports a month-name date whose day the month lacks', () => {
    const reading = readDate('2026-Feb-30');
    assert.equal(reading.kind, 'invalid');
    assert.match(reading.kind === 'invalid' ? reading.reason : '', /February 2026 has 28 days/);
  });

  it('gives offsets of the date inside the text', () => {
    const text = 'due by 2026-04-01 at the latest';
    const reading = readDate(text);
    assert.equal(reading.kind === 'date' && text.slice(reading.start, reading.end), '2026-04-01');
  });

  it('counts and adds days across month and year ends', () => {
    assert.equal(daysBetween('2026-12-30', '2027-01-02'), 3);
    assert.equal(daysBetween('2026-03-10', '2026-03-01'), -9);
    assert.equal(addDays('2026-02-25', 7), '2026-03-04');
  });

  it('counts leap days, and gives the same answers once the remembered dates overflow', () => {
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysBetween('2027-02-28', '2027-03-01'), 1);
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    // More distinct dates than the memo keeps: every answer is still computed, not stale.
    for (let i = 0; i < 5000; i++) assert.equal(daysBetween('2020-01-01', addDays('2020-01-01', i)), i);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(addDays('2026-12-31', -365), '2025-12-31');
  });

  it('gives no number of days for a text that is not a date', () => {
    assert.ok(Number.isNaN(daysBetween('soon', '2026-03-01')));
    assert.ok(Number.isNaN(daysBetween('2026-02-30', '2026-03-01')));
  });
});

describe('timeOnDay', () => {
  it('places a clock time on a day in a zone, with or without its offset, days later', () => {
    assert.deepEqual(timeOnDay('2026-03-07', 'UTC', { hour: 23, minute: 50, second: 0 }, 0, false), {
      instant: Date.UTC(2026, 2, 7, 23, 50),
      date: '2026-03-07',
      iso: '2026-03-07T23:50:00',
    });
    // Across the start of daylight saving time in New York (8 March 2026): the offset follows the day.
    assert.equal(timeOnDay('2026-03-07', 'America/New_York', { hour: 9, minute: 5, second: 30 }, 2, true)?.iso, '2026-03-09T09:05:30-04:00');
    assert.equal(timeOnDay('2026-03-07', 'America/New_York', { hour: 9, minute: 5, second: 30 }, 0, true)?.iso, '2026-03-07T09:05:30-05:00');
  });

  it('says null for no real time, and gives the same answer for the same question', () => {
    assert.equal(timeOnDay('2026-02-30', 'UTC', { hour: 10, minute: 0, second: 0 }, 0, true), null);
    assert.equal(timeOnDay('2026-02-03', 'Nowhere/Atlantis', { hour: 10, minute: 0, second: 0 }, 0, true), null);
    const first = timeOnDay('2026-02-03', 'UTC', { hour: 10, minute: 0, second: 0 }, 1, true);
    assert.equal(first?.date, '2026-02-04');
    assert.equal(timeOnDay('2026-02-03', 'UTC', { hour: 10, minute: 0, second: 0 }, 1, true), first, 'remembered');
    assert.notEqual(timeOnDay('2026-02-03', 'UTC', { hour: 10, minute: 0, second: 0 }, 1, false)?.iso, first?.iso);
  });
});

describe('monthName and weekdayName', () => {
  it("name every month and weekday, whole and cut short, as date-fns's en-US locale does", () => {
    for (let month = 1; month <= 12; month++) {
      const index = (month - 1) as Parameters<typeof enUS.localize.month>[0];
      assert.equal(monthName(month, true), enUS.localize.month(index, { width: 'wide' }));
      assert.equal(monthName(month, false), enUS.localize.month(index, { width: 'abbreviated' }));
    }
    // 1 to 7 March 2026: Sunday to Saturday.
    for (let day = 1; day <= 7; day++) {
      const time = zonedTime(2026, 3, day, { hour: 12, minute: 0, second: 0 }, 'UTC');
      assert.ok(time);
      const index = new Date(Date.UTC(2026, 2, day)).getUTCDay() as Parameters<typeof enUS.localize.day>[0];
      assert.equal(weekdayName(time, true), enUS.localize.day(index, { width: 'wide' }));
      assert.equal(weekdayName(time, false), enUS.localize.day(index, { width: 'abbreviated' }));
    }
    assert.equal(monthName(3, false), 'Mar');
  });
});

describe('dayInPath', () => {
  it('reads the day a file is named by, or its last folders, with any separator written twice or none', () => {
    const cases: [string, string | null][] = [
      ['_posts/2021-09-20-decoy-selection.md', '2021-09-20'],
      ['docs/incidents/INCIDENT_REPORT_2025-10-08.md', '2025-10-08'],
      ['postmortems/queue_20210305.md', '2021-03-05'],
      ['notes/2024.02.29-leap-day.markdown', '2024-02-29'],
      ['incidents/2022/10/27.md', '2022-10-27'],
      ['incidents/2022/10/27-queue-stall.mdx', '2022-10-27'],
      ['C:\\team\\postmortems\\2026-03-11-queue.md', '2026-03-11'],
      ['2026-03-11.md', '2026-03-11'],
    ];
    for (const [path, day] of cases) assert.equal(dayInPath(path), day, path);
  });

  it('gives no day for names without one, for days that do not exist, and for two different days', () => {
    const cases: (string | undefined)[] = [
      undefined,
      '',
      'postmortems/queue-stall.md',
      'postmortems/post_mortem_mar16.md',
      'incidents/2023-02-30-outage.md',
      'incidents/2023-13-01-outage.md',
      'incidents/2024-01-05-to-2024-01-09.md',
      'logs/20210305123000.md',
      'incidents/2021-0305.md',
      'build/1234-05-06-old.md',
      'v2022/10/27x.md',
    ];
    for (const path of cases) assert.equal(dayInPath(path), null, String(path));
    assert.equal(dayInPath('incidents/2024-01-05-2024-01-05-again.md'), '2024-01-05');
  });

  it('reads a long name at once', () => {
    const name = `incidents/${'2026-'.repeat(20_000)}x.md`;
    const started = performance.now();
    assert.equal(dayInPath(name), null);
    assert.ok(performance.now() - started < 1000);
  });
});
