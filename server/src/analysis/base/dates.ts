import { boundedMemo } from './memo';
import { DateTime } from 'luxon';

/** What a piece of text says as a calendar date. */
export type DateReading =
  | { kind: 'date'; iso: string; start: number; end: number }
  | { kind: 'invalid'; reason: string; start: number; end: number }
  | { kind: 'ambiguous'; readings: [string, string]; start: number; end: number }
  | { kind: 'none' };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const ISO = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const YMD_SLASH = /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/;
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
/** A month's name between the year and the day, or between the day and the year, with hyphens or slashes: "2026-Mar-04", "04-Mar-2026". */
const YEAR_NAME_DAY = new RegExp(`(?<![\\d/-])(\\d{4})([/-])${MONTH}\\2(\\d{1,2})(?![\\d/-])`, 'i');
const DAY_NAME_YEAR = new RegExp(`(?<![\\d/-])(\\d{1,2})([/-])${MONTH}\\2(\\d{4})(?![\\d/-])`, 'i');

function build(year: number, month: number, day: number): DateTime {
  return DateTime.fromObject({ year, month, day }, { zone: 'utc' });
}

function checked(year: number, month: number, day: number, start: number, end: number): DateReading {
  const date = build(year, month, day);
  if (date.isValid) return { kind: 'date', iso: date.toISODate()!, start, end };
  let reason: string;
  if (month < 1 || month > 12) reason = `there is no month ${month}`;
  else {
    const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'utc' });
    reason = `${first.toFormat('LLLL yyyy')} has ${first.daysInMonth} days`;
  }
  return { kind: 'invalid', reason, start, end };
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/**
 * Finds the first calendar date in `text`. ISO dates, `2026/03/01`, `March 1, 2026`,
 * `1 March 2026`, `2026-Mar-01` and `01-Mar-2026` are read as written; a numeric `04/05/2026` where both parts could be the
 * month is reported as ambiguous rather than guessed. Offsets are into `text`.
 */
export function readDate(text: string): DateReading {
  let m = ISO.exec(text) ?? YMD_SLASH.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m.index + m[0].length);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return checked(Number(m[3]), MONTHS[m[1].toLowerCase().replace('.', '')], Number(m[2]), m.index, m.index + m[0].length);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return checked(Number(m[3]), MONTHS[m[2].toLowerCase().replace('.', '')], Number(m[1]), m.index, m.index + m[0].length);
  m = YEAR_NAME_DAY.exec(text);
  if (m) return checked(Number(m[1]), MONTHS[m[3].toLowerCase().replace('.', '')], Number(m[4]), m.index, m.index + m[0].length);
  m = DAY_NAME_YEAR.exec(text);
  if (m) return checked(Number(m[4]), MONTHS[m[3].toLowerCase().replace('.', '')], Number(m[1]), m.index, m.index + m[0].length);
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]);
    const start = m.index;
    const end = m.index + m[0].length;
    if (a > 12 && b <= 12) return checked(year, b, a, start, end);
    if (b > 12 && a <= 12) return checked(year, a, b, start, end);
    if (a === b) return checked(year, a, b, start, end);
    if (a > 12 && b > 12) return { kind: 'invalid', reason: `neither ${a} nor ${b} is a month`, start, end };
    const monthFirst = build(year, a, b);
    const dayFirst = build(year, b, a);
    return { kind: 'ambiguous', readings: [monthFirst.toISODate()!, dayFirst.toISODate()!], start, end };
  }
  return { kind: 'none' };
}

/**
 * Today, as an ISO date: the one definition of "today" in the product. It is the UTC calendar
 * day of `now`, whatever the machine's time zone, so the rules, the hovers, the CLI in CI and
 * the Action Items view (which is told this day by the server) agree on what is due today and
 * what is overdue. Post-mortem timelines are conventionally in UTC too.
 */
export function isoDay(now: Date): string {
  return DateTime.fromJSDate(now, { zone: 'utc' }).toISODate()!;
}

const dayNumbers = boundedMemo<number>();

/** Days since 1970-01-01 of an ISO date (NaN when it is not one). */
function dayNumber(iso: string): number {
  return dayNumbers(iso, () => DateTime.fromISO(iso, { zone: 'utc' }).toMillis() / 86_400_000);
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  // UTC days are all 24 hours long, so the difference of day numbers is the calendar difference.
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** A span of time: minutes, hours, days, weeks or months (one of them). */
export interface Period {
  minutes?: number;
  hours?: number;
  days?: number;
  weeks?: number;
  months?: number;
}

/** `iso` plus a period, in calendar terms (a month from 31 January is the last day of February). */
export function addPeriod(iso: string, period: Period): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).plus(period).toISODate()!;
}

/** A clock time placed on a day: its instant, its ISO day and its ISO date-time. */
export interface PlacedTime {
  instant: number;
  date: string;
  iso: string;
}

const placedTimes = boundedMemo<PlacedTime | null>();

/**
 * A clock time on an ISO day in a time zone, `days` days later: its instant, its day and its ISO
 * text (with the zone's offset when `offset`); null when it is no real time. Timelines place every
 * entry so on every check, mostly the same few days and zones.
 */
export function timeOnDay(
  day: string,
  zone: string,
  clock: { hour: number; minute: number; second: number },
  days: number,
  offset: boolean,
): PlacedTime | null {
  const { hour, minute, second } = clock;
  return placedTimes(`${day}|${zone}|${hour}:${minute}:${second}|${days}|${offset ? 1 : 0}`, () => {
    let dt = DateTime.fromISO(day, { zone }).set({ hour, minute, second, millisecond: 0 });
    if (days) dt = dt.plus({ days });
    if (!dt.isValid) return null;
    return { instant: dt.toMillis(), date: dt.toISODate(), iso: dt.toISO({ suppressMilliseconds: true, includeOffset: offset }) };
  });
}

const sums = boundedMemo<string>();

/** `iso` plus `days` days. */
export function addDays(iso: string, days: number): string {
  return sums(`${iso}+${days}`, () => DateTime.fromISO(iso, { zone: 'utc' }).plus({ days }).toISODate()!);
}
