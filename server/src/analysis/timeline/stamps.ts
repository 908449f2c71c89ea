/**
 * Reads the time stamp of a timeline entry: `14:05`, `14:05:30`, `2:05 pm`, `2026-03-01 14:05 UTC`,
 * `2026-03-01T14:05:00+02:00`, `[12-05 16:21]`, `12:45 PM PST Saturday Oct 30th`, and dates alone
 * (`2019-01-22`, `Oct 30th`) that set the day of the entries below them.
 */
import { DateTime } from 'luxon';
import { readZoneAt, type ZoneReading } from './zones';

/** A calendar date as written: complete, without its year, or readable two ways. */
export type DatePart =
  | { kind: 'full'; iso: string }
  | { kind: 'month-day'; month: number; day: number }
  | { kind: 'ambiguous'; readings: [string, string] }
  | { kind: 'invalid'; reason: string };

/** A time stamp found in a line. Offsets are into the line. */
export interface Stamp {
  /** The whole stamp: date, time and zone as written. */
  start: number;
  end: number;
  /** The clock time alone, or null for a date without a time. */
  time: { hour: number; minute: number; second: number | null; start: number; end: number } | null;
  /** `24h` for `14:05`, `12h` for `2:05 pm`. */
  clock: '24h' | '12h' | null;
  date: (DatePart & { start: number; end: number }) | null;
  zone: ZoneReading | null;
  /** Why the time cannot be trusted as written (`13:55 PM`, `25:10`), or null. */
  problem: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';

const TIME = /(?<![\d:.])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?!\d)(?:\s?([ap])\.?\s?m\.?(?![\p{L}]))?|(?<![\d:.\p{L}])(\d{1,2})\s?([ap])\.?m\.?(?![\p{L}\d])/giu;

/** Dates that end right before a time (`2026-03-01 `, `2026-03-01T`, `12-05 `, `Oct 30, `). */
const DATE_BEFORE: { re: RegExp; read: (m: RegExpExecArray) => DatePart }[] = [
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s,]+|\s*@\s*|\s+at\s+)$/i, read: (m) => full(+m[1], +m[2], +m[3]) },
  { re: /(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[\s,]+|\s+at\s+)$/i, read: (m) => full(+m[1], +m[2], +m[3]) },
  { re: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[\s,]+|\s+at\s+)$/i, read: (m) => numeric(+m[1], +m[3], +m[4] < 100 ? 2000 + +m[4] : +m[4]) },
  { re: /(?<![\d/.-])(\d{1,2})[-/](\d{1,2})\s+$/, read: (m) => monthDay(+m[1], +m[2]) },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?:[\\s,]+|\\s+at\\s+)$`, 'i'), read: (m) => (m[3] ? full(+m[3], monthOf(m[1]), +m[2]) : monthDay(monthOf(m[1]), +m[2])) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?:[\\s,]+|\\s+at\\s+)$`, 'i'), read: (m) => (m[3] ? full(+m[3], monthOf(m[2]), +m[1]) : monthDay(monthOf(m[2]), +m[1])) },
];

/** Dates at a given position (after a time, or alone on a line). */
const DATE_AT: { re: RegExp; read: (m: RegExpExecArray) => DatePart }[] = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, read: (m) => full(+m[1], +m[2], +m[3]) },
  { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/, read: (m) => full(+m[1], +m[2], +m[3]) },
  { re: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/, read: (m) => numeric(+m[1], +m[3], +m[4] < 100 ? 2000 + +m[4] : +m[4]) },
  { re: new RegExp(`^(?:${WEEKDAY}\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d)`, 'i'), read: (m) => (m[3] ? full(+m[3], monthOf(m[1]), +m[2]) : monthDay(monthOf(m[1]), +m[2])) },
  { re: new RegExp(`^(?:${WEEKDAY}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'iu'), read: (m) => (m[3] ? full(+m[3], monthOf(m[2]), +m[1]) : monthDay(monthOf(m[2]), +m[1])) },
];

function monthOf(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

function full(year: number, month: number, day: number): DatePart {
  const date = DateTime.fromObject({ year, month, day }, { zone: 'utc' });
  if (date.isValid) return { kind: 'full', iso: date.toISODate()! };
  return { kind: 'invalid', reason: month < 1 || month > 12 ? `there is no month ${month}` : `${year}-${month} has no day ${day}` };
}

function monthDay(month: number, day: number): DatePart {
  if (month < 1 || month > 12) return { kind: 'invalid', reason: `there is no month ${month}` };
  if (day < 1 || day > 31) return { kind: 'invalid', reason: `there is no day ${day}` };
  return { kind: 'month-day', month, day };
}

/** `04/05/2026`: read as written when only one reading is possible, otherwise kept ambiguous. */
function numeric(a: number, b: number, year: number): DatePart {
  if (a > 12 && b <= 12) return full(year, b, a);
  if (b > 12 && a <= 12) return full(year, a, b);
  if (a === b) return full(year, a, b);
  if (a > 12 && b > 12) return { kind: 'invalid', reason: `neither ${a} nor ${b} is a month` };
  const first = full(year, a, b);
  const second = full(year, b, a);
  if (first.kind !== 'full') return second;
  if (second.kind !== 'full') return first;
  return { kind: 'ambiguous', readings: [first.iso, second.iso] };
}

/** Characters that may come before a stamp that starts an entry: emphasis, brackets, list bullets. */
const LEAD = new RegExp(`^[\\s*_\`[(>~•·-]*(?:${WEEKDAY}\\s+)?`, 'i');

function dateAt(text: string, from: number): (DatePart & { start: number; end: number }) | null {
  const rest = text.slice(from, from + 60);
  for (const { re, read } of DATE_AT) {
    const m = re.exec(rest);
    if (m) return { ...read(m), start: from, end: from + m[0].length };
  }
  return null;
}

/**
 * Finds the first time stamp in `line`. With `leading`, the stamp (a date or a time) must open the
 * line, after emphasis, brackets or a weekday; otherwise it may stand anywhere on the line.
 */
export function readStamp(line: string, leading: boolean): Stamp | null {
  const lead = leading ? LEAD.exec(line)![0].length : 0;
  TIME.lastIndex = lead;
  let m: RegExpExecArray | null;
  while ((m = TIME.exec(line))) {
    const timeStart = m.index;
    const timeEnd = m.index + m[0].length;
    let date: Stamp['date'] = null;
    const before = line.slice(Math.max(0, timeStart - 40), timeStart);
    for (const { re, read } of DATE_BEFORE) {
      const d = re.exec(before);
      if (d) {
        const start = timeStart - before.length + d.index;
        date = { ...read(d), start, end: start + d[0].replace(/[\s,T@]+$|\s+at\s+$/i, '').length };
        break;
      }
    }
    const start = date ? date.start : timeStart;
    // A leading stamp opens the line; the first time further on belongs to the event's text.
    if (leading && start !== lead) return null;
    let hour = Number(m[1] ?? m[5]);
    const minute = m[2] !== undefined ? Number(m[2]) : 0;
    const second = m[3] !== undefined ? Number(m[3]) : null;
    const meridiem = (m[4] ?? m[6])?.toLowerCase() ?? null;
    let problem: string | null = null;
    if (meridiem) {
      if (hour > 12 || hour === 0) problem = `${hour} ${meridiem.toUpperCase()}M mixes the 24-hour and the 12-hour clock`;
      else hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || (second !== null && second > 59)) problem = `${m[0].trim()} is not a time of day`;
    let end = timeEnd;
    const zone = readZoneAt(line, end);
    if (zone) end = zone.end;
    if (!date) {
      // `12:45 PM PST Saturday Oct 30th`: a date after the time.
      const gap = /^[\s,]*(?:on\s+)?/i.exec(line.slice(end))![0].length;
      const after = dateAt(line, end + gap);
      if (after) {
        date = after;
        end = after.end;
      }
    }
    if (date?.kind === 'invalid' && !problem) problem = `the date ${line.slice(date.start, date.end)} does not exist: ${date.reason}`;
    return {
      start,
      end,
      time: { hour, minute, second, start: timeStart, end: timeEnd },
      clock: meridiem ? '12h' : '24h',
      date,
      zone,
      problem,
    };
  }
  return null;
}

/**
 * A date that opens the line with no time after it, as in `2019-01-22`, `### 2023-07-19` or
 * `01-31-2024 - The fix shipped`. `rest` is what follows the date, separators stripped.
 */
export function readLeadingDate(line: string): { date: DatePart & { start: number; end: number }; rest: string } | null {
  const lead = LEAD.exec(line)![0].length;
  const date = dateAt(line, lead);
  if (!date) return null;
  const rest = line.slice(date.end).replace(/^[\s*_\])]*(?:[-–—:|]+\s*)?/, '').trim();
  return { date, rest };
}

/** The ISO date a date part stands for, choosing the year (or reading) closest to `reference`. */
export function resolveDate(part: DatePart, reference: string | null): string | null {
  switch (part.kind) {
    case 'full':
      return part.iso;
    case 'invalid':
      return null;
    case 'ambiguous': {
      if (!reference) return null;
      const ref = DateTime.fromISO(reference, { zone: 'utc' });
      const [a, b] = part.readings.map((r) => Math.abs(DateTime.fromISO(r, { zone: 'utc' }).diff(ref, 'days').days));
      return a <= b ? part.readings[0] : part.readings[1];
    }
    case 'month-day': {
      if (!reference) return null;
      const ref = DateTime.fromISO(reference, { zone: 'utc' });
      let best: DateTime | null = null;
      for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
        const candidate = DateTime.fromObject({ year, month: part.month, day: part.day }, { zone: 'utc' });
        if (!candidate.isValid) continue;
        if (!best || Math.abs(candidate.diff(ref).as('days')) < Math.abs(best.diff(ref).as('days'))) best = candidate;
      }
      return best?.toISODate() ?? null;
    }
  }
}
