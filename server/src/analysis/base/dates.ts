/**
 * Every date and time operation of the product: calendar dates, the clock in a time zone, ISO text.
 * The rest of the code calls these and never the date library (date-fns with @date-fns/tz, whose
 * zones come from `Intl`), so that the rules below hold everywhere: an impossible date (30 February)
 * is rejected, not rolled over; a zone is named as the model writes it (`UTC`, `UTC-8`, `UTC+5:30`,
 * `America/Los_Angeles`); a clock time that a change of clocks skips or repeats is placed where
 * Luxon, the library before, placed it.
 */
import { TZDate, tzName, tzOffset } from '@date-fns/tz';
import { add, endOfMonth, endOfQuarter, endOfWeek, endOfYear, getDaysInMonth, type Duration } from 'date-fns';
import { boundedMemo } from './memo';

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
/** The names of the months, whole or cut short (`Mar`, `March`, `Sep`, `Sept`, `September`), as a pattern's text. */
export const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A weekday's name, whole or cut short, with a dot or a comma after it (`Tue`, `Tuesday,`), as a pattern's text. */
export const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';
const MONTH = `(${MONTH_NAMES})\\.?`;
/** A month's name that is a word of its own ("Mar", "March", "Sept."; not "marketing" or "decided"), without a group. */
const MONTH_WORD = `(?:${MONTH_NAMES})(?![a-z])\\.?`;

/**
 * A calendar date as people write it: `2026-03-01`, `01/03/2026`, `1.3.26`, `March 1`, `Mar. 1st`,
 * `1st March`. The one description of a written date that the readers of headings and paragraphs
 * use (`writesDate`, `opensOnDateAndTime`); `readDate` here and the timeline's stamp reader build on
 * the same month names and weekdays, with groups for the parts they read.
 */
const WRITTEN_DATE = `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD})`;
const DATE_ANYWHERE = new RegExp(`\\b${WRITTEN_DATE}`, 'i');
/** A date, then the time of day: a year and "at" may stand between ("Sunday Nov 17th, 11:08am", "Tue 2024-03-05 09:40"). */
const DATE_AND_TIME_FIRST = new RegExp(`^\\W{0,3}(?:${WEEKDAY}\\s+)?${WRITTEN_DATE}(?:,?\\s+\\d{4})?,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}`, 'i');

/** True when a date is written anywhere in `text` ("Outage of June 25, 2020", "Database failover 2018-08-14"). */
export function writesDate(text: string): boolean {
  return DATE_ANYWHERE.test(text);
}

/**
 * True when `text` opens on a date and the time of day after it, behind at most three marks and a
 * weekday ("Sunday Nov 17th, 11:08am PST.", "**Tue 2024-03-05 09:40 UTC**"). A date alone or a
 * time alone is not enough: prose often opens on a date.
 */
export function opensOnDateAndTime(text: string): boolean {
  return DATE_AND_TIME_FIRST.test(text);
}

const ISO = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const YMD_SLASH = /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/;
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
/** A month's name between the year and the day, or between the day and the year, with hyphens or slashes: "2026-Mar-04", "04-Mar-2026". */
const YEAR_NAME_DAY = new RegExp(`(?<![\\d/-])(\\d{4})([/-])${MONTH}\\2(\\d{1,2})(?![\\d/-])`, 'i');
const DAY_NAME_YEAR = new RegExp(`(?<![\\d/-])(\\d{1,2})([/-])${MONTH}\\2(\\d{4})(?![\\d/-])`, 'i');

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
    return { kind: 'ambiguous', readings: [calendarDate(year, a, b)!, calendarDate(year, b, a)!], start, end };
  }
  return { kind: 'none' };
}

// ---------------------------------------------------------------------------------------------
// Calendar days. The library knows the calendar (month lengths, a month added to 31 January), and
// its English locale the names of months and days (taken from the locale, not through `format`,
// whose patterns would add 12 KB to the web worker); what it answers about a month or a name is
// remembered, as documents ask the same few. The arithmetic of a UTC day is that of `Date.UTC`,
// as it is inside the library: a UTC day needs no zone data.

const DAY_MS = 86_400_000;

/** Midnight UTC of a calendar day, for the library; fields out of range roll over. */
function utcDay(year: number, month: number, day: number): TZDate {
  const date = new TZDate(0, 'UTC');
  date.setFullYear(year, month - 1, day);
  return date;
}

/** Milliseconds of a day and clock time read in UTC (fields out of range roll over; years below 100 are not 19xx). */
function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year < 0 || year > 99) return ms;
  // `Date.UTC` reads a year below 100 as 19xx: set it again, with the month and day (1900 was no leap year).
  const date = new Date(ms);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** The UTC calendar fields of an instant. */
function utcFields(ms: number): { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number } {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay() || 7,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO text of a day: `2026-03-01`; a year past 9999 or before 0 with its sign and six digits, as ISO 8601 extends it. */
function isoText(year: number, month: number, day: number): string {
  const y = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

const monthLengths = boundedMemo<number>(512);

/** The number of days in a month (1-12) of a year. */
function daysInMonth(year: number, month: number): number {
  return monthLengths(`${year}-${month}`, () => getDaysInMonth(utcDay(year, month, 1)));
}

/** The ISO date of a day, or null when there is no such day (month 13, 30 February, 29 February 2026). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoText(year, month, day);
}

function checked(year: number, month: number, day: number, start: number, end: number): DateReading {
  const iso = calendarDate(year, month, day);
  if (iso !== null) return { kind: 'date', iso, start, end };
  let reason: string;
  if (month < 1 || month > 12) reason = `there is no month ${month}`;
  else reason = `${monthName(month, true)} ${pad(year, 4)} has ${daysInMonth(year, month)} days`;
  return { kind: 'invalid', reason, start, end };
}

/** A day written in a file's name: "2021-09-20-", "_2025-10-08", "20210305", the same separator twice or none. */
const NAME_DAY = /(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)/g;

/** A day written as folders, the name closing it: "2022/03/23.md", "2022/03/23-queue-stall.md". */
const FOLDER_DAY = /(?:^|\/)((?:19|20)\d\d)\/(\d\d)\/(\d\d)(?=$|[-_.\s])/;

/**
 * The day a file's name gives, or its last folders: "_posts/2021-09-20-decoy-bugs.md",
 * "INCIDENT_REPORT_2025-10-08.md", "elan_20210305.md", "incidents/2022/10/27.md". Null when it
 * gives none, or two different days ("2024-01-05-to-2024-01-09.md" says which one is the review's
 * no more than no date does).
 */
export function dayInPath(path: string | undefined): string | null {
  if (!path) return null;
  const parts = path.replace(/\\/g, '/').split('/').slice(-4);
  const name = parts[parts.length - 1].replace(/\.[^.]*$/, '').slice(0, 200);
  const days = new Set<string>();
  for (const m of name.matchAll(NAME_DAY)) {
    const iso = calendarDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (iso) days.add(iso);
  }
  if (days.size === 1) return [...days][0];
  if (days.size > 1) return null;
  parts[parts.length - 1] = name;
  const folders = FOLDER_DAY.exec(parts.join('/'));
  return folders ? calendarDate(Number(folders[1]), Number(folders[2]), Number(folders[3])) : null;
}

/** The year, month and day of an ISO date (`2026-03-01`), or null when the text is no real day. */
export function isoDateParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return calendarDate(year, month, day) === null ? null : { year, month, day };
}

const names = boundedMemo<string>(64);

/**
 * The months' and the weekdays' English names, as date-fns's `en-US` locale writes them (whose
 * whole locale, with its parsing and its relative phrases, is some 7 KB of the web worker); each
 * short name is the first three letters of the long one (test/unit/dates.test.ts compares them).
 */
const MONTH_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Sunday first, as `Date.getDay()` counts. */
const WEEKDAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The whole name, or its first three letters when not `long`. */
const cut = (name: string | undefined, long: boolean): string => (long ? name : name?.slice(0, 3)) as string;

/** The English name of a month (1-12): `March`, or `Mar` when not `long`. */
export function monthName(month: number, long: boolean): string {
  return names(`m${month}${long}`, () => cut(MONTH_LONG[month - 1], long));
}

/**
 * Today, as an ISO date: the one definition of "today" in the product. It is the UTC calendar
 * day of `now`, whatever the machine's time zone, so the rules, the hovers, the CLI in CI and
 * the Action Items view (which is told this day by the server) agree on what is due today and
 * what is overdue. Post-mortem timelines are conventionally in UTC too.
 */
export function isoDay(now: Date): string {
  const { year, month, day } = utcFields(now.getTime());
  return isoText(year, month, day);
}

const dayNumbers = boundedMemo<number>();

/** Days since 1970-01-01 of an ISO date (NaN when it is not one). */
function dayNumber(iso: string): number {
  return dayNumbers(iso, () => {
    const parts = isoDateParts(iso);
    return parts ? utcMillis(parts.year, parts.month, parts.day) / DAY_MS : NaN;
  });
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier, NaN when either is no date. */
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

/**
 * `iso` plus a period, in calendar terms (a month from 31 January is the last day of February);
 * `iso` as it is when it is no ISO date.
 */
export function addPeriod(iso: string, period: Period): string {
  const parts = isoDateParts(iso);
  if (!parts) return iso;
  const date = add(utcDay(parts.year, parts.month, parts.day), period);
  return isoText(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A stretch of the calendar that a due can name: a day, a week (Monday to Sunday), a month, a quarter or a year. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** How far `ahead` units of the calendar move a day. */
function unitsAhead(unit: CalendarUnit, ahead: number): Duration {
  if (unit === 'day') return { days: ahead };
  if (unit === 'week') return { weeks: ahead };
  if (unit === 'month') return { months: ahead };
  return unit === 'quarter' ? { months: 3 * ahead } : { years: ahead };
}

/**
 * The last day of the `unit` that holds `iso`, `ahead` units later ("next week": the Sunday of the
 * week after `iso`'s); `iso` as it is when it is no ISO date. Weeks run Monday to Sunday, as ISO
 * 8601's do.
 */
export function endOfCalendar(iso: string, unit: CalendarUnit, ahead = 0): string {
  const parts = isoDateParts(iso);
  if (!parts) return iso;
  const date = add(utcDay(parts.year, parts.month, parts.day), unitsAhead(unit, ahead));
  const end =
    unit === 'week'
      ? endOfWeek(date, { weekStartsOn: 1 })
      : unit === 'month'
        ? endOfMonth(date)
        : unit === 'quarter'
          ? endOfQuarter(date)
          : unit === 'year'
            ? endOfYear(date)
            : date;
  return isoText(end.getFullYear(), end.getMonth() + 1, end.getDate());
}

const sums = boundedMemo<string>();

/** `iso` plus `days` days (`iso` as it is when it is no ISO date). */
export function addDays(iso: string, days: number): string {
  return sums(`${iso}+${days}`, () => {
    const parts = isoDateParts(iso);
    if (!parts) return iso;
    const { year, month, day } = utcFields(utcMillis(parts.year, parts.month, parts.day + days));
    return isoText(year, month, day);
  });
}

// ---------------------------------------------------------------------------------------------
// Time zones and clock times. The zones' offsets come from the library (`tzOffset`, from `Intl`).

/** A zone as the library takes it: an IANA name, or an offset (`+05:30`) for a fixed zone. */
interface Zone {
  name: string;
  /** The offset of a fixed zone (`UTC`, `UTC-8`), in minutes; null for a named zone. */
  fixed: number | null;
}

const zones = boundedMemo<Zone | null>(200);

/** True when `Intl` (and so the library) knows a zone name: `Europe/Berlin`, `US/Pacific`, `Etc/GMT+5`. */
export function isZoneName(name: string): boolean {
  if (!name) return false;
  try {
    tzName(name, new Date(0));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a zone as the model names it: `UTC` (or `GMT`), `UTC-8`, `UTC+5:30` (a fixed offset, which
 * `Intl` does not take by that name), or an IANA name. Null when it is none of them.
 */
function zoneOf(zone: string): Zone | null {
  return zones(zone, () => {
    const lowered = zone.toLowerCase();
    if (lowered === 'utc' || lowered === 'gmt') return { name: 'UTC', fixed: 0 };
    const m = /^utc([+-])(\d{1,2})(?::(\d{2}))?$/i.exec(zone);
    if (m) {
      // `UTC-0:30` is half an hour behind: the sign is the hours', as Luxon read it.
      const name = `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
      return { name, fixed: tzOffset(name, new Date(0)) };
    }
    return isZoneName(zone) ? { name: zone, fixed: null } : null;
  });
}

/** The zone's offset from UTC, in minutes, at an instant. */
function offsetAt(zone: Zone, instant: number): number {
  return zone.fixed ?? tzOffset(zone.name, new Date(instant));
}

/**
 * The instant of a wall-clock time (`local`: its milliseconds read as if in UTC) in a zone, with its
 * offset. `guess` is the offset tried first; it decides a time that the zone's clocks show twice
 * (the hour repeated when they go back), and a time they skip is moved on by the gap, as Luxon did.
 */
function resolve(local: number, guess: number, zone: Zone): [number, number] {
  let instant = local - guess * 60_000;
  const o2 = offsetAt(zone, instant);
  if (o2 === guess) return [instant, guess];
  instant -= (o2 - guess) * 60_000;
  const o3 = offsetAt(zone, instant);
  if (o2 === o3) return [instant, o2];
  return [local - Math.min(o2, o3) * 60_000, Math.max(o2, o3)];
}

/** A clock time: hours (0-23), minutes and seconds. */
export interface Clock {
  hour: number;
  minute: number;
  second: number;
}

/** A moment as the clock in one zone shows it. */
export interface ZonedTime extends Clock {
  year: number;
  month: number;
  day: number;
  /** 1 is Monday, 7 is Sunday. */
  weekday: number;
  /** Milliseconds since 1970 UTC. */
  instant: number;
  /** The zone's offset from UTC then, in minutes. */
  offset: number;
  /** The zone as the model names it (`UTC`, `UTC-8`, `America/Los_Angeles`). */
  zone: string;
}

function zoned(instant: number, zone: string, z: Zone): ZonedTime {
  const offset = offsetAt(z, instant);
  return { ...utcFields(instant + offset * 60_000), instant, offset, zone };
}

/** An instant as the clock in `zone` shows it; null when the zone is unknown or the instant is none. */
export function zonedAt(instant: number, zone: string): ZonedTime | null {
  const z = zoneOf(zone);
  return z && Number.isFinite(instant) ? zoned(instant, zone, z) : null;
}

/** A clock time Luxon accepted: 0-23 hours (or exactly 24:00:00), 0-59 minutes and seconds. */
function realClock({ hour, minute, second }: Clock): boolean {
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || !Number.isInteger(second)) return false;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  return (hour >= 0 && hour <= 23) || (hour === 24 && minute === 0 && second === 0);
}

/**
 * A wall-clock time on a day in a zone, `days` days later (on the calendar, the clock kept). The
 * day's midnight is placed first and its offset is tried first for the time, then the time's for
 * the later day: so a time the clocks show twice is the first of the two. `clock` rolls over when
 * out of range. Null when the zone is unknown.
 */
function place(year: number, month: number, day: number, zone: string, clock: Clock, days: number): ZonedTime | null {
  const z = zoneOf(zone);
  if (!z) return null;
  const midnight = utcMillis(year, month, day);
  const [, midnightOffset] = resolve(midnight, offsetAt(z, midnight), z);
  const [instant, offset] = resolve(utcMillis(year, month, day, clock.hour, clock.minute, clock.second), midnightOffset, z);
  const time = zoned(instant, zone, z);
  if (!days) return time;
  // Days are added to the clock as it reads (a time the clocks skipped was moved on by the gap).
  const later = utcMillis(time.year, time.month, time.day + days, time.hour, time.minute, time.second);
  return zoned(resolve(later, offset, z)[0], zone, z);
}

/** A date and clock time in a zone, `days` days later; null when there is no such day or time, or no such zone. */
export function zonedTime(year: number, month: number, day: number, clock: Clock, zone: string, days = 0): ZonedTime | null {
  if (calendarDate(year, month, day) === null || !realClock(clock)) return null;
  return place(year, month, day, zone, clock, days);
}

/** The ISO date of a zoned time (`2026-03-01`). */
export function isoDateOf(time: ZonedTime): string {
  return isoText(time.year, time.month, time.day);
}

/** `+05:30`, `-08:00`, or `Z` for UTC itself (a fixed zone of no offset; Europe/London in winter is `+00:00`). */
function offsetText(offset: number, fixed: boolean): string {
  if (fixed && offset === 0) return 'Z';
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.trunc(abs / 60))}:${pad(Math.trunc(abs % 60))}`;
}

/** ISO date and time of a zoned time, seconds always written: `2026-03-01T14:05:00`, with `Z` or `-08:00` when `withOffset`. */
export function isoDateTime(time: ZonedTime, withOffset: boolean): string {
  const ms = ((time.instant % 1000) + 1000) % 1000;
  const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${ms ? `.${pad(ms, 3)}` : ''}`;
  return `${isoDateOf(time)}T${clock}${withOffset ? offsetText(time.offset, zoneOf(time.zone)!.fixed !== null) : ''}`;
}

/**
 * ISO text of a clock time with no day (`14:05:00`), with the offset (`Z`, `+05:30`) when
 * `withOffset` and the zone is a fixed one (a named zone's offset depends on the day). Null when
 * the time or the zone is not real.
 */
export function isoClock(clock: Clock, zone: string, withOffset: boolean): string | null {
  const z = zoneOf(zone);
  if (!z || !realClock(clock)) return null;
  const text = `${pad(clock.hour % 24)}:${pad(clock.minute)}:${pad(clock.second)}`;
  return withOffset && z.fixed !== null ? text + offsetText(z.fixed, true) : text;
}

/** The English name of the weekday of a zoned time: `Saturday`, or `Sat` when not `long`. */
export function weekdayName(time: ZonedTime, long: boolean): string {
  return names(`w${time.weekday}${long}`, () => cut(WEEKDAY_LONG[time.weekday % 7], long));
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
 * text (with the zone's offset when `offset`); null when it is no real day or zone. Timelines
 * place every entry so on every check, mostly the same few days and zones.
 */
export function timeOnDay(day: string, zone: string, clock: Clock, days: number, offset: boolean): PlacedTime | null {
  const { hour, minute, second } = clock;
  return placedTimes(`${day}|${zone}|${hour}:${minute}:${second}|${days}|${offset ? 1 : 0}`, () => {
    const parts = isoDateParts(day);
    const time = parts ? place(parts.year, parts.month, parts.day, zone, clock, days) : null;
    if (!time) return null;
    return { instant: time.instant, date: isoDateOf(time), iso: isoDateTime(time, offset) };
  });
}
