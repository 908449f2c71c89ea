/**
 * Writes a time stamp in the style of another one: `14:05`, `2:05 pm`, `2026-03-01 14:05 UTC`,
 * `Mar 1, 14:05:30`. The example is read with the same stamp reader as the timeline, and only its
 * date, time and zone are replaced; everything between them (spaces, `T`, commas) is kept.
 */
import { isoDateParts, monthName as nameOfMonth, weekdayName, type ZonedTime } from '../../base/dates';
import { readStamp, type Stamp } from './stamps';

/** A stamp as written, taken apart so that another date and time can be written the same way. */
export interface StampTemplate {
  text: string;
  stamp: Stamp;
  /** The ISO day the example stands for, used to tell month from day in numeric dates. */
  exampleDate: string | null;
}

/** Reads an example stamp; null when the reader does not take the whole text as one readable stamp. */
export function stampTemplate(text: string, exampleDate: string | null): StampTemplate | null {
  const stamp = readStamp(text, false);
  // A range (`02:00-04:30`) is not imitated: rewriting its start alone would leave its end behind.
  if (!stamp || !stamp.time || stamp.problem || stamp.range || stamp.start !== 0 || stamp.end !== text.length) return null;
  return { text, stamp, exampleDate };
}

const TWELVE = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\.\d+)?(\s?)([ap])(\.?)(\s?)(m)(\.?)$/i;
const TWENTY_FOUR = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/** Writes the clock time of `dt` like `example` (`14:05`, `9:05:00`, `2:05 pm`, `02:05 P.M.`, `2pm`). */
export function formatTimeLike(example: string, dt: ZonedTime): string {
  const twelve = TWELVE.exec(example);
  if (twelve) {
    const [, h, m, s, space1, a, dot1, space2, mm, dot2] = twelve;
    const hour12 = dt.hour % 12 === 0 ? 12 : dt.hour % 12;
    const hour = h.length === 2 && h.startsWith('0') ? String(hour12).padStart(2, '0') : String(hour12);
    // `2pm` has no minutes; a time that is not on the hour needs them all the same.
    const minutes = m !== undefined || dt.minute || (s !== undefined && dt.second) ? `:${String(dt.minute).padStart(2, '0')}` : '';
    const seconds = s !== undefined ? `:${String(dt.second).padStart(2, '0')}` : '';
    const upper = a === a.toUpperCase();
    const letter = dt.hour < 12 ? 'a' : 'p';
    return `${hour}${minutes}${seconds}${space1}${upper ? letter.toUpperCase() : letter}${dot1}${space2}${mm}${dot2}`;
  }
  // "1506" (with its zone after it) stays four digits.
  if (/^\d{4}$/.test(example)) return `${String(dt.hour).padStart(2, '0')}${String(dt.minute).padStart(2, '0')}`;
  const m = TWENTY_FOUR.exec(example);
  const pad = !m || m[1].length === 2;
  const seconds = m?.[3] !== undefined ? `:${String(dt.second).padStart(2, '0')}` : '';
  return `${pad ? String(dt.hour).padStart(2, '0') : String(dt.hour)}:${String(dt.minute).padStart(2, '0')}${seconds}`;
}

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/;
const ISO_LIKE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const WEEKDAY = /^((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)(\.?,?\s+)/i;
const MONTH_FIRST = /^([a-z]+)(\.?\s+)(\d{1,2})(st|nd|rd|th)?(,?\s+)?(\d{4})?$/i;
const DAY_FIRST = /^(\d{1,2})(st|nd|rd|th)?(\s+)([a-z]+)(\.?)(,?\s+)?(\d{4})?$/i;

function ordinal(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function monthName(example: string, dt: ZonedTime): string {
  const name = nameOfMonth(dt.month, example.length > 3 && !/^sept$/i.test(example));
  if (example === example.toUpperCase()) return name.toUpperCase();
  if (example === example.toLowerCase()) return name.toLowerCase();
  return name;
}

/** Pads to two digits when the example does (`03`); `12` or `30` says nothing, so those are not padded. */
function pad2(n: number, like: string): string {
  return like.length === 2 && like.startsWith('0') ? String(n).padStart(2, '0') : String(n);
}

/**
 * Writes the day of `dt` like `example` (`2026-03-01`, `2026/3/1`, `03/01/2026`, `12-05`,
 * `Mar 1`, `Saturday Oct 30th`, `1 March 2026`). `exampleIso` tells which number of a numeric
 * example is the month. Returns null for an example it cannot imitate.
 */
export function formatDateLike(example: string, exampleIso: string | null, dt: ZonedTime): string | null {
  const iso = ISO_LIKE.exec(example);
  if (iso) {
    // `2026-12-15` is padded as ISO dates are; `2026/3/1` is not.
    const padded = iso[3].length === 2 || iso[4].length === 2;
    const p = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
    return `${dt.year}${iso[2]}${p(dt.month)}${iso[2]}${p(dt.day)}`;
  }
  const numeric = NUMERIC.exec(example);
  if (numeric) {
    const [, a, sep, b, year] = numeric;
    const ref = exampleIso ? isoDateParts(exampleIso) : null;
    // Month first unless the example's own day says otherwise.
    const dayFirst = ref ? Number(a) === ref.day && Number(b) === ref.month && ref.day !== ref.month : false;
    // `03/01` pads both numbers; `12/15` says nothing, so it is taken as unpadded.
    const padded = a.startsWith('0') || b.startsWith('0');
    const p = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
    const first = dayFirst ? p(dt.day) : p(dt.month);
    const second = dayFirst ? p(dt.month) : p(dt.day);
    const y = year === undefined ? '' : `${sep}${year.length === 2 ? String(dt.year % 100).padStart(2, '0') : dt.year}`;
    return `${first}${sep}${second}${y}`;
  }
  let rest = example;
  let weekday = '';
  const w = WEEKDAY.exec(rest);
  if (w) {
    const name = weekdayName(dt, w[1].length > 3);
    weekday = (w[1] === w[1].toLowerCase() ? name.toLowerCase() : name) + w[2];
    rest = rest.slice(w[0].length);
  }
  const mf = MONTH_FIRST.exec(rest);
  if (mf) {
    const [, month, gap, day, suffix, yearGap, year] = mf;
    return `${weekday}${monthName(month, dt)}${gap}${pad2(dt.day, day)}${suffix ? ordinal(dt.day) : ''}${year ? `${yearGap ?? ' '}${dt.year}` : ''}`;
  }
  const df = DAY_FIRST.exec(rest);
  if (df) {
    const [, day, suffix, gap, month, dot, yearGap, year] = df;
    return `${weekday}${pad2(dt.day, day)}${suffix ? ordinal(dt.day) : ''}${gap}${monthName(month, dt)}${dot}${year ? `${yearGap ?? ' '}${dt.year}` : ''}`;
  }
  return null;
}

/**
 * Writes `dt` in the style of the template. `zone` replaces the template's zone text when given
 * (`null` keeps it; the template's zone is written only where it wrote one). Returns null when a
 * date must be written and the template's date cannot be imitated, or when `withDate` is false
 * and the template writes a date.
 */
export function renderStamp(template: StampTemplate, dt: ZonedTime, zone: string | null, withDate = true): string | null {
  const { text, stamp } = template;
  const parts: { start: number; end: number; value: string }[] = [];
  const time = stamp.time!;
  parts.push({ start: time.start, end: time.end, value: formatTimeLike(text.slice(time.start, time.end), dt) });
  if (stamp.zone && zone !== null) parts.push({ start: stamp.zone.start, end: stamp.zone.end, value: zone });
  if (stamp.date) {
    if (!withDate) return null;
    const value = formatDateLike(text.slice(stamp.date.start, stamp.date.end), template.exampleDate, dt);
    if (value === null) return null;
    parts.push({ start: stamp.date.start, end: stamp.date.end, value });
  }
  parts.sort((a, b) => b.start - a.start);
  let out = text;
  for (const p of parts) out = out.slice(0, p.start) + p.value + out.slice(p.end);
  return out;
}
