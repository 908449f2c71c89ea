/**
 * Reads the time stamp of a timeline entry: `14:05`, `14:05:30`, `2:05 pm`, `2026-03-01 14:05 UTC`,
 * `2026-03-01T14:05:00+02:00`, `[12-05 16:21]`, `12:45 PM PST Saturday Oct 30th`, and dates alone
 * (`2019-01-22`, `Oct 30th`) that set the day of the entries below them.
 */
import { calendarDate, daysBetween, isoDateParts, MONTH_NAMES, WEEKDAY } from '../../base/dates';
import type { TimePrecision } from '../model';
import { readZoneAt, type ZoneReading } from './zones';

/**
 * A calendar date as written: complete, without its year, or readable two ways. `order` says which
 * way round a numeric date was written when only one reading is possible (`29/09/2021` is
 * day-month), so that the other numeric dates of the same timeline can be read the same way.
 */
export type DatePart =
  | { kind: 'full'; iso: string; order?: NumericOrder }
  | { kind: 'month-day'; month: number; day: number; order?: NumericOrder }
  | { kind: 'ambiguous'; readings: [string, string] }
  | { kind: 'numeric-month-day'; first: number; second: number }
  | { kind: 'invalid'; reason: string }
  /** A draft's stand-in for a day not looked up yet (`2023-MM-DD`, `YYYY-MM-DD`): its year when written. */
  | { kind: 'placeholder'; year: number | null; written: string };

/** How a document writes numeric dates: month first (`03/26`) or day first (`26/03`). */
export type NumericOrder = 'month-first' | 'day-first';

/** A time stamp found in a line. Offsets are into the line. */
export interface Stamp {
  /** The whole stamp: date, time and zone as written. */
  start: number;
  end: number;
  /** The clock time alone, or null for a date without a time. */
  /** `precision`: how finely the time is written (`2 pm` to the hour, `14:05` to the minute, `14:05:09` to the second). */
  time: { hour: number; minute: number; second: number | null; precision: TimePrecision; start: number; end: number } | null;
  /** `24h` for `14:05`, `12h` for `2:05 pm`. */
  clock: '24h' | '12h' | null;
  date: (DatePart & { start: number; end: number }) | null;
  zone: ZoneReading | null;
  /** Why the time cannot be trusted as written (`13:55 PM`, `25:10`), or null. */
  problem: string | null;
  /** The end of a range such as `02:00-04:30` (the entry is placed at its start), or null. */
  range: { start: number; end: number } | null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** The month names long enough that a slip of one letter in them still reads as the month. */
const LONG_MONTHS: readonly [string, number][] = [
  ['january', 1],
  ['february', 2],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
];

/**
 * A long month's name with one slip of the keyboard in it, to its number: two letters swapped
 * ("Janaury"), one letter left out after the first ("Febuary"), or one of its own letters typed
 * once more ("Setptember", "Janurary"). Shorter names are left as they are: a slip in "June" or
 * "March" makes other words ("Jane", "match").
 */
const MISSPELT_MONTHS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  for (const [name, month] of LONG_MONTHS) {
    const letters = [...new Set(name)];
    for (let i = 1; i < name.length; i++) {
      out.set(name.slice(0, i) + name.slice(i + 1), month);
      if (i + 1 < name.length) out.set(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2), month);
      for (const letter of letters) out.set(name.slice(0, i) + letter + name.slice(i), month);
    }
    out.set(name + name[name.length - 1], month);
  }
  // What the month patterns already read stays theirs ("novembe" is no slip of a longer name).
  for (const word of out.keys()) if (new RegExp(`^(?:${MONTH_NAMES})$`, 'i').test(word)) out.delete(word);
  return out;
})();

/** A pattern matching exactly the given words, factored by their first letters so it fails fast. */
function wordsPattern(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    if (!word) continue;
    const rest = byFirst.get(word[0]) ?? [];
    rest.push(word.slice(1));
    byFirst.set(word[0], rest);
  }
  const branches = [...byFirst].map(([first, rests]) => {
    const ends = rests.includes('');
    const longer = rests.filter((r) => r);
    if (!longer.length) return first;
    const inner = wordsPattern(longer);
    return `${first}(?:${inner})${ends ? '?' : ''}`;
  });
  return branches.join('|');
}

/** A month's name in group 1, with the dot of a short one, or a long one with a slip in it (see MISSPELT_MONTHS). */
const MONTH = `(${MONTH_NAMES}|${wordsPattern([...MISSPELT_MONTHS.keys()].sort((a, b) => b.length - a.length))})\\.?`;

/**
 * `14:05`, `14:05:30`, `2:05 pm`, `2 pm`, and a four-digit 24-hour time written with its zone
 * (`1506 UTC`, `0117Z`, as military and aviation logs write them); without a zone four digits
 * are more likely a year or a number, and are not read.
 */
const TIME =
  /(?<![\d:.])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?!\d)(?:\s?([ap])\.?\s?m\.?(?![\p{L}]))?|(?<![\d:.\p{L}])(\d{1,2})\s?([ap])\.?m\.?(?![\p{L}\d])|(?<![\d:.,/\p{L}-])([01]\d|2[0-3])([0-5]\d)(?=\s?[A-Z]{1,4}(?![\p{L}\d]))/giu;

/**
 * What may stand between a date and the time after it: spaces, a comma, `@`, "at", a spaced dash,
 * or a line break written as `<br>` (as in a table cell holding `Jan 16<br>5:44 AM`).
 */
/** A mark that the time after it is approximate: `~07:01`, `≈ 15:00`, `ca. 9:40`, `around 10:15`. */
export const APPROX = String.raw`(?:[~≈]|\b(?:approx\.?|ca\.|circa|around|about)(?=\s))\s*`;

const JOIN = String.raw`(?:\s*(?:,|@|<br\s*\/?>|\bat\b|(?<=\s)[-–—])\s*|\s+)(?:${APPROX})?`;

/** A date right before a time: the date in group 1, its parts from group 2 on. */
function before(core: string, join = JOIN): RegExp {
  return new RegExp(`(${core})${join}$`, 'iu');
}

/** Dates that end right before a time (`2026-03-01 `, `2026-03-01T`, `12-05 `, `Oct 30, `, `Jan 16<br>`). */
const DATE_BEFORE: { re: RegExp; read: (m: RegExpExecArray) => DatePart }[] = [
  // `2026-03-01T14:05`, and `2026-03-01/14:05` with a slash between the day and the time.
  { re: before(String.raw`(\d{4})-(\d{1,2})-(\d{1,2})`, `(?:T|\\/|${JOIN})`), read: (m) => full(+m[2], +m[3], +m[4]) },
  { re: before(String.raw`(\d{4})\/(\d{1,2})\/(\d{1,2})`), read: (m) => full(+m[2], +m[3], +m[4]) },
  { re: before(String.raw`(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\3(\d{4}|\d{2})`), read: (m) => numeric(+m[2], +m[4], fullYear(m[5])) },
  { re: before(String.raw`(?<![\d/.-])(\d{1,2})[-/](\d{1,2})`, String.raw`\s+(?:${APPROX})?`), read: (m) => numericMonthDay(+m[2], +m[3]) },
  {
    re: before(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`),
    read: (m) => (m[4] ? full(+m[4], monthOf(m[2]), +m[3]) : monthDay(monthOf(m[2]), +m[3])),
  },
  {
    re: before(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?`),
    read: (m) => (m[4] ? full(+m[4], monthOf(m[3]), +m[2]) : monthDay(monthOf(m[3]), +m[2])),
  },
];

/** "onward" after a day that opens an entry ("Mar 9 onward: …"): the entry starts on that day. */
const ONWARD = String.raw`(?:\s+onwards?(?=[*_]*\s*[:–—-]))?`;

/** A day's ordinal ending: `7th`, `2nd`. */
const ORD = '(?:st|nd|rd|th)?';

/**
 * Dates at a given position (after a time, or alone on a line). A range of days (`7-13th Nov`,
 * `Sep 30 – Oct 2`, `Oct 3–5`) stands for its first day, as a range of times stands for its start;
 * a bare day after the dash must touch it (`Oct 3–5`), so that `Oct 3 - 5 engineers …` keeps its number,
 * unless an ordinal or the year marks it a day (`May 26 - 27th, 2018`, `May 26 - 27, 2018`).
 */
const DATE_AT: { re: RegExp; read: (m: RegExpExecArray) => DatePart }[] = [
  {
    // `7-13th Nov`, `30 Sep – 2 Oct 2026`: day first.
    re: new RegExp(
      `^(?:${WEEKDAY}\\s+)?(\\d{1,2})${ORD}(?:[-–—]\\d{1,2}${ORD}\\s+${MONTH}|\\s+${MONTH}\\s*[-–—]\\s*\\d{1,2}${ORD}\\s+${MONTH})(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      'iu',
    ),
    read: (m) => {
      const month = monthOf(m[2] ?? m[3]);
      return m[5] ? full(+m[5], month, +m[1]) : monthDay(month, +m[1]);
    },
  },
  {
    // `Oct 3–5`, `Sep 30 - Oct 2, 2026`: month first.
    re: new RegExp(
      `^(?:${WEEKDAY}\\s+)?${MONTH}\\s+(\\d{1,2})${ORD}(?:[-–—]\\d{1,2}${ORD}|\\s*[-–—]\\s*${MONTH}\\s+\\d{1,2}${ORD}|\\s[-–—]\\s\\d{1,2}(?:${ORD}(?=[*_]*:(?!\\d))|(?:st|nd|rd|th)(?![\\p{L}\\d])|(?=,?\\s+(?:19|20)\\d{2}(?!\\d))))(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d]|:\\d)`,
      'iu',
    ),
    read: (m) => (m[4] ? full(+m[4], monthOf(m[1]), +m[2]) : monthDay(monthOf(m[1]), +m[2])),
  },
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, read: (m) => full(+m[1], +m[2], +m[3]) },
  // `2023-MM-DD`, `YYYY-MM-DD`, `2024-XX-XX`: a day left to fill in, in the letters a template writes.
  {
    re: /^(\d{4}|YYYY)-(?:\d{2}|MM|XX|\?\?)-(?:DD|XX|\?\?)(?![\p{L}\d])|^(\d{4}|YYYY)-(?:MM|XX|\?\?)-\d{2}(?![\p{L}\d])/iu,
    read: (m) => {
      const year = m[1] ?? m[2];
      return { kind: 'placeholder', year: /\d/.test(year) ? +year : null, written: m[0] };
    },
  },
  { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/, read: (m) => full(+m[1], +m[2], +m[3]) },
  { re: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/, read: (m) => numeric(+m[1], +m[3], fullYear(m[4])) },
  {
    re: new RegExp(`^(?:${WEEKDAY}\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d)${ONWARD}`, 'i'),
    read: (m) => (m[3] ? full(+m[3], monthOf(m[1]), +m[2]) : monthDay(monthOf(m[1]), +m[2])),
  },
  {
    re: new RegExp(`^(?:${WEEKDAY}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'iu'),
    read: (m) => (m[3] ? full(+m[3], monthOf(m[2]), +m[1]) : monthDay(monthOf(m[2]), +m[1])),
  },
];

function fullYear(written: string): number {
  return written.length <= 2 ? 2000 + Number(written) : Number(written);
}

function monthOf(name: string): number {
  const lower = name.toLowerCase();
  return MISSPELT_MONTHS.get(lower) ?? MONTHS[lower.slice(0, 3)];
}

function full(year: number, month: number, day: number): DatePart {
  const iso = calendarDate(year, month, day);
  if (iso !== null) return { kind: 'full', iso };
  return { kind: 'invalid', reason: month < 1 || month > 12 ? `there is no month ${month}` : `${year}-${month} has no day ${day}` };
}

function monthDay(month: number, day: number): DatePart {
  if (month < 1 || month > 12) return { kind: 'invalid', reason: `there is no month ${month}` };
  if (day < 1 || day > 31) return { kind: 'invalid', reason: `there is no day ${day}` };
  return { kind: 'month-day', month, day };
}

/** `04/05/2026`: read as written when only one reading is possible, otherwise kept ambiguous. */
function numeric(a: number, b: number, year: number): DatePart {
  if (a > 12 && b <= 12) return ordered(full(year, b, a), 'day-first');
  if (b > 12 && a <= 12) return ordered(full(year, a, b), 'month-first');
  if (a === b) return full(year, a, b);
  if (a > 12 && b > 12) return { kind: 'invalid', reason: `neither ${a} nor ${b} is a month` };
  const first = full(year, a, b);
  const second = full(year, b, a);
  if (first.kind !== 'full') return second;
  if (second.kind !== 'full') return first;
  return { kind: 'ambiguous', readings: [first.iso, second.iso] };
}

/** `03-26` or `26-03` without a year: read as written when only one reading is possible. */
function numericMonthDay(first: number, second: number): DatePart {
  if (first > 12 && second <= 12) return ordered(monthDay(second, first), 'day-first');
  if (second > 12 && first <= 12) return ordered(monthDay(first, second), 'month-first');
  if (first === second || first > 12) return monthDay(first, second);
  return { kind: 'numeric-month-day', first, second };
}

function ordered(part: DatePart, order: NumericOrder): DatePart {
  return part.kind === 'full' || part.kind === 'month-day' ? { ...part, order } : part;
}

/** The order a numeric date proves (`29/09` is day first), or null when it proves none. */
export function numericOrderOf(part: DatePart): NumericOrder | null {
  return (part.kind === 'full' || part.kind === 'month-day') && part.order ? part.order : null;
}

// After a month name, only a year of this era; four digits with a zone after them and no comma
// before them are a time ("Feb 9 1924 UTC").
const FULL_DATE = new RegExp(
  String.raw`(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)|\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)|(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d{2})(?!\d)`,
  'gi',
);

/** The first complete date written anywhere in `text` (`2026-03-01`, `March 1, 2026`, `1 March 2026`), as ISO, or null. */
export function firstFullDate(text: string): string | null {
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    const part = m[1] ? full(+m[1], +m[2], +m[3]) : m[4] ? full(+m[6], monthOf(m[4]), +m[5]) : full(+m[9], monthOf(m[8]), +m[7]);
    const time = !m[1] && !m[0].includes(',') && /^[A-Z]/.test(readZoneAt(text, m.index + m[0].length)?.label ?? '');
    if (part.kind === 'full' && !time) return part.iso;
  }
  return null;
}

/** Characters that may come before a stamp that starts an entry: emphasis, brackets, list bullets, a step number ("Step 2 —"), a weekday. */
const LEAD = new RegExp(`^[\\s*_\`[(>~•·-]*(?:(?:step|stage|phase)\\s*#?\\d{1,3}[\\s*_]*[.:)–—-]?[\\s*_([]*)?(?:${WEEKDAY}\\s+)?`, 'i');

function dateAt(text: string, from: number): (DatePart & { start: number; end: number }) | null {
  const rest = text.slice(from, from + 60);
  for (const { re, read } of DATE_AT) {
    const m = re.exec(rest);
    if (m) return { ...read(m), start: from, end: from + m[0].length };
  }
  return null;
}

/** "T = 08:05", "T0 = 14:10", "(T is 08:05 PST)": the clock time a timeline of relative times counts from. */
const RELATIVE_BASE = /\bT\s*0?\s*(?:=|is)\s*(\d{1,2}):(\d{2})\b/;
/** "T+12m", "T+1h05m", "T+90 min", "T-5m", "T+0": an entry's time after (or before) the base. */
const RELATIVE = /^[\s*_`[(>~•·-]*T\s*([+\-−])\s*(?:(\d{1,3})\s*h(?:ours?|rs?)?\s*)?(?:(\d{1,4})\s*m(?:in(?:utes?|s)?)?)?(?![\p{L}\d])/u;

/** The base of a timeline of relative times stated in a note, as minutes of the day, or null. */
export function relativeBase(text: string): number | null {
  const m = RELATIVE_BASE.exec(text.slice(0, 2000));
  if (!m || +m[1] > 23 || +m[2] > 59) return null;
  return +m[1] * 60 + +m[2];
}

/**
 * A stamp for an entry that opens on a time relative to `base` ("T+12m" after "T = 08:05" is 08:17),
 * or null. The clock time is the base plus the offset, within the day; a later entry that goes back
 * past midnight is placed on the next day as any other.
 */
export function readRelativeStamp(line: string, base: number): Stamp | null {
  const m = RELATIVE.exec(line.slice(0, 200));
  if (!m || (m[2] === undefined && m[3] === undefined && !/^[\s*_`[(>~•·-]*T\s*[+\-−]\s*0(?![\p{L}\d])/u.test(line))) return null;
  const offset = (m[2] !== undefined ? +m[2] * 60 : 0) + (m[3] !== undefined ? +m[3] : 0);
  const minutes = (((base + (m[1] === '+' ? offset : -offset)) % 1440) + 1440) % 1440;
  const start = m[0].indexOf('T');
  const end = m[0].trimEnd().length;
  return {
    start,
    end,
    time: { hour: Math.floor(minutes / 60), minute: minutes % 60, second: null, precision: 'minute', start, end },
    clock: '24h',
    date: null,
    zone: null,
    problem: null,
    range: null,
  };
}

/** A part of the day, as a coarse time: "morning", "late evening", "overnight", "noon". */
const PART_OF_DAY = String.raw`(?:(?:early|late|mid)[\s-]?)?(?:morning|afternoon|evening|night|overnight|midday|noon|midnight|dawn|daytime|lunchtime)`;
/** A unit of time: "s", "min", "hours", "d". */
const UNIT = String.raw`(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)`;
/** A count of time units: "3 min", "1h 05m", "90s", "2 days". */
const OFFSET = String.raw`\d{1,4}(?:\.\d+)?\s*${UNIT}(?:\s*\d{1,2}\s*(?:m|mins?|minutes?|s|secs?|seconds?))?`;
/**
 * An offset from the start, of a count or a count left to fill in ("T+5m", "T+?", "T+N minutes"),
 * and a further step after it ("T+?+restart").
 */
const T_OFFSET = String.raw`t\s*[+\-−]\s*(?:0|${OFFSET}|(?:\?+|n|x)(?:\s*${UNIT})?)(?:\s*\+\s*(?:${OFFSET}|\?+|\p{L}{2,20}))?`;
/**
 * A cell of a timeline's time column that tells a time coarsely or against another entry rather
 * than on a clock: a part of the day ("Morning", "Day 2 evening", "next morning"), an offset from
 * the entry before or from the start ("+3 min", "~+50 min", "T+0", "T-5m", "10 min later"), the
 * incident's day ("Day 2", "D+1"), or the same span again ("Same session", "Same day", "later that
 * day"). Planning words ("Q3", "next sprint", "this week") are not times of events.
 */
const COARSE_TIME = new RegExp(
  String.raw`^(?:(?:approx\.?|about|around|circa|ca\.?|~|≈)\s*)?(?:` +
    [
      String.raw`(?:day\s*\d{1,2}|d\s*[+]\s*\d{1,2})(?:\s*[,:–—-]?\s*${PART_OF_DAY})?`,
      String.raw`(?:(?:the\s+)?(?:next|following|same|that|this)\s+)?${PART_OF_DAY}(?:\s+of\s+day\s*\d{1,2})?`,
      String.raw`t\s*0|${T_OFFSET}`,
      String.raw`[+]\s*~?\s*${OFFSET}(?:\s+later)?`,
      String.raw`~?\s*${OFFSET}\s+(?:later|after(?:wards?)?)`,
      String.raw`(?:the\s+)?(?:same|next|following)\s+(?:day|session|shift|hour|minute)`,
      String.raw`(?:shortly|soon|minutes|hours|moments)\s+(?:after(?:wards?)?|later)|later(?:\s+(?:that|the\s+same)\s+(?:day|${PART_OF_DAY}))?`,
    ].join('|') +
    String.raw`)$`,
  'iu',
);

/** A time its author says nobody knows, written where the time goes: "Unknown", "?", "unclear", "unknown time". */
const UNKNOWN_TIME = /^(?:unknown|not known|unclear|uncertain|\?+)(?:\s+(?:time|date))?$/i;

/** A cell or label without its emphasis and a closing "(approx.)". */
function bare(cell: string): string {
  return cell
    .replace(/[*_`]+/g, '')
    .replace(/\s*\((?:approx(?:imately|\.)?|est(?:imated|\.)?|roughly)\)\s*$/i, '')
    .trim();
}

/** True when a time column's cell tells its time coarsely or relatively (see COARSE_TIME), or says it is unknown. Exported for tests. */
export function coarseTime(cell: string): boolean {
  const text = bare(cell);
  return text.length > 0 && text.length <= 40 && (COARSE_TIME.test(text) || UNKNOWN_TIME.test(text));
}

/** True when a cell or an entry's label says its time is unknown ("Unknown", "?", "**unknown time**"). */
export function unknownTime(cell: string): boolean {
  return UNKNOWN_TIME.test(bare(cell));
}

/** Words after a clock reading that make it a duration. */
const DURATION_AFTER = /^\s+(?:of|hours?|hrs?|minutes?|mins?)(?![\p{L}\d])/iu;

/**
 * `14h02` (as French and other European timelines write the time) and, where a stamp opens an
 * entry, `14.02`: two-digit hours and minutes before what ends a stamp (a dash, a colon, a bar, a
 * bracket, a zone or the capital of the event's first word), not `12h30m` or `12h30 of backlog`
 * (durations), `14.02.2026` (a date), `20.04 hosts` (a version), `v10.15` or `99.95%`.
 */
const LOCAL_CLOCK = /(?<![\d:.,\p{L}])([01]\d|2[0-3])([h.])([0-5]\d)(?=\s*[-–—:|)\]*]|\s+\p{Lu}|\s*$)/gu;

/**
 * The line with such times written with a colon, each the same length as before, so offsets
 * hold. The dotted form is read only at `lead`, where it opens the entry.
 */
function withColons(line: string, lead: number): string {
  if (!/\d[h.]\d/.test(line)) return line;
  return line.replace(LOCAL_CLOCK, (whole: string, hour: string, mark: string, minute: string, at: number) =>
    mark === 'h' || at === lead ? `${hour}:${minute}` : whole,
  );
}

/**
 * Finds the first time stamp in `line`. With `leading`, the stamp (a date or a time) must open the
 * line, after emphasis, brackets or a weekday; otherwise it may stand anywhere on the line.
 */
export function readStamp(written: string, leading: boolean): Stamp | null {
  const opening = LEAD.exec(written)![0].length;
  const lead = leading ? opening : 0;
  const line = withColons(written, opening);
  TIME.lastIndex = lead;
  let m: RegExpExecArray | null;
  while ((m = TIME.exec(line))) {
    const timeStart = m.index;
    const timeEnd = m.index + m[0].length;
    // "1:30 of waiting", "2:15 hours": a duration written as a clock, not a time of day.
    if (DURATION_AFTER.test(line.slice(timeEnd, timeEnd + 12))) continue;
    let date: Stamp['date'] = null;
    const before = line.slice(Math.max(0, timeStart - 40), timeStart);
    for (const { re, read } of DATE_BEFORE) {
      const d = re.exec(before);
      if (d) {
        const start = timeStart - before.length + d.index;
        date = { ...read(d), start, end: start + d[1].length };
        break;
      }
    }
    const start = date ? date.start : timeStart;
    // A leading stamp opens the line; the first time further on belongs to the event's text.
    if (leading && start !== lead) return null;
    // Four digits are a time only with a zone after them that ends the stamp ("1506 UTC: …",
    // "0117Z -"), not "2025 Q3" or "2024 UTC was the default".
    if (m[7] !== undefined) {
      const zoneAfter = readZoneAt(line, timeEnd);
      if (!zoneAfter || !/^[A-Z]/.test(zoneAfter.label) || !/^\s*(?:[:|)\]([,–—-]|\*|_|$)/.test(line.slice(zoneAfter.end, zoneAfter.end + 4))) continue;
    }
    let hour = Number(m[1] ?? m[5] ?? m[7]);
    const minute = m[2] !== undefined ? Number(m[2]) : m[8] !== undefined ? Number(m[8]) : 0;
    const second = m[3] !== undefined ? Number(m[3]) : null;
    const meridiem = (m[4] ?? m[6])?.toLowerCase() ?? null;
    let problem: string | null = null;
    if (meridiem) {
      if (hour > 12 || hour === 0) problem = `${hour} ${meridiem.toUpperCase()}M mixes the 24-hour and the 12-hour clock`;
      else hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || (second !== null && second > 59)) problem = `${m[0].trim()} is not a time of day`;
    let end = timeEnd;
    let zone = readZoneAt(line, end);
    // `02:00-04:30`: a range is placed at its start; a bare `-07:00` after a later time is an offset.
    const isoLike = second !== null || (date !== null && line[date.end] === 'T');
    let range = rangeEnd(line, timeEnd, hour * 60 + minute, isoLike);
    if (range && zone && !zone.label.startsWith('-')) range = null;
    if (range) {
      zone = readZoneAt(line, range.end);
    } else if (zone) {
      range = rangeEnd(line, zone.end, hour * 60 + minute, true);
      const endZone = range && readZoneAt(line, range.end);
      if (range && endZone) range = { start: range.start, end: endZone.end };
    }
    if (zone && (!range || zone.end > range.end)) end = zone.end;
    else if (range) end = range.end;
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
      time: { hour, minute, second, precision: second !== null ? 'second' : m[5] !== undefined ? 'hour' : 'minute', start: timeStart, end: timeEnd },
      clock: meridiem ? '12h' : '24h',
      date,
      zone,
      problem,
      range,
    };
  }
  return null;
}

/** The end of a range: `-04:30`, ` to 4:30 pm`; a colon after it that no digit follows (`10:01-10:02: …`) ends the stamp. */
const RANGE_END = /^(\s*(?:[-–—]|to\b|until\b|till\b)\s*)(\d{1,2}):(\d{2})(?::\d{2})?(?!\d|:\d)(?:\s?([ap])\.?m\.?(?![\p{L}]))?/iu;

/**
 * The end of a time range starting at `from` (`-04:30`, ` – 4:30 pm`, ` to 04:30`), or null. A dash
 * written without spaces right after a time is a range only when the time after it is later and
 * the stamp is not an ISO one with seconds or a full date, where `-07:00` is the zone's offset.
 */
function rangeEnd(line: string, from: number, startMinute: number, isoLike: boolean): { start: number; end: number } | null {
  const m = RANGE_END.exec(line.slice(from, from + 40));
  if (!m) return null;
  const bare = m[1] === '-';
  if (bare) {
    if (isoLike) return null;
    let hour = Number(m[2]);
    if (m[4]) hour = (hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
    if (hour * 60 + Number(m[3]) <= startMinute) return null;
  }
  return { start: from + m[1].length, end: from + m[0].length };
}

/** The day number a dated heading or line may open on, with its separator: "Day 2 - ", "Day 3: ", "Day 1 (". */
const DAY_NUMBER = /^day\s+\d{1,2}\s*[-–—:,(|]\s*/i;

/**
 * A date that opens the line with no time after it, as in `2019-01-22`, `### 2023-07-19`,
 * `Day 2 - March 4, 2026` or `01-31-2024 - The fix shipped`. `rest` is what follows the date,
 * separators (and a footnote reference, `2023-MM-DD[^1]:`) stripped.
 */
export function readLeadingDate(line: string, timeCell = false): { date: DatePart & { start: number; end: number }; rest: string } | null {
  let lead = LEAD.exec(line)![0].length;
  const day = DAY_NUMBER.exec(line.slice(lead));
  if (day) lead += day[0].length + LEAD.exec(line.slice(lead + day[0].length))![0].length;
  // `03-10` or `26/03` without a year is a date only on a line of its own (or before a note in
  // parentheses), or in a table's time column, where a word may stand for the time ("10-01 evening").
  const short = (timeCell ? /^(\d{1,2})[-/](\d{1,2})(?=[\s*_]*(?:\(|$)|\s+\p{L})/u : /^(\d{1,2})[-/](\d{1,2})(?=[\s*_]*(?:\(|$))/).exec(line.slice(lead));
  const date = dateAt(line, lead) ?? (short ? { ...numericMonthDay(+short[1], +short[2]), start: lead, end: lead + short[0].length } : null);
  if (!date) return null;
  const rest = line
    .slice(date.end)
    .replace(/^(?:\[\^[^\]\s]{1,32}\])?[\s*_\])]*(?:[-–—:|]+\s*)?/, '')
    .trim();
  // Only marks and stops after the date ("**March 4, 2024:**", "_4 March 2024._"): the line holds the date alone.
  return { date, rest: /^[\s*_.,:;)\]–—-]*$/.test(rest) ? '' : rest };
}

/**
 * The ISO date a date part stands for, choosing the year (or reading) closest to `reference`. A
 * numeric date that reads two ways is read in `order` when the timeline's other dates prove one.
 */
export function resolveDate(part: DatePart, reference: string | null, order: NumericOrder | null = null): string | null {
  switch (part.kind) {
    case 'full':
      return part.iso;
    case 'invalid':
    case 'placeholder':
      return null;
    case 'ambiguous': {
      if (order) return part.readings[order === 'month-first' ? 0 : 1];
      if (!reference) return null;
      // NaN when the reference is no date: the second reading, as before.
      const [a, b] = part.readings.map((r) => Math.abs(daysBetween(reference, r)));
      return a <= b ? part.readings[0] : part.readings[1];
    }
    case 'numeric-month-day': {
      const dayFirst = order === 'day-first';
      return resolveDate(monthDay(dayFirst ? part.second : part.first, dayFirst ? part.first : part.second), reference);
    }
    case 'month-day': {
      if (!reference) return null;
      const ref = isoDateParts(reference);
      if (!ref) return null;
      let best: string | null = null;
      for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
        const candidate = calendarDate(year, part.month, part.day);
        if (candidate === null) continue;
        if (best === null || Math.abs(daysBetween(reference, candidate)) < Math.abs(daysBetween(reference, best))) best = candidate;
      }
      return best;
    }
  }
}

/**
 * What a status page writes before the time an update was posted, on the line that closes the
 * update ("Posted Mar 3, 2024 - 09:12 UTC", "Posted 3 days ago. Mar 3, 2024 - 09:12 UTC", "Posted
 * on Mar 3 at 09:12"). Only the word and an age in whole units may stand there; the stamp must
 * follow and end the line (see `closingStamp`).
 */
const POSTED =
  /^[ \t]*[*_]{0,2}posted[*_]{0,2}(?:[ \t]+(?:(?:about|over|almost|nearly|less[ \t]+than)[ \t]+)?(?:an?|\d{1,3})[ \t]+(?:second|minute|hour|day|week|month|year)s?[ \t]+ago[.,]?)?(?:[ \t]+on)?[ \t]*[:–—-]?[ \t]*(?=[\p{L}\d])/iu;

/**
 * The stamp of a line that tells when the update above it was posted ("Posted Mar 3, 2024 - 09:12
 * UTC"), with the length of what stands before it, or null: the stamp must carry a time and end
 * the line, so "Posted by the on-call at 09:12 after the fix" is no such line.
 */
export function closingStamp(line: string): { stamp: Stamp; skip: number } | null {
  const posted = POSTED.exec(line.length > 200 ? line.slice(0, 200) : line);
  if (!posted) return null;
  const skip = posted[0].length;
  const stamp = readStamp(line.slice(skip), true);
  if (!stamp?.time || line.slice(skip + stamp.end).replace(/[\s*_.]+/g, '') !== '') return null;
  return { stamp, skip };
}
