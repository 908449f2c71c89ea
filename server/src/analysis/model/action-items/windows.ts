/**
 * Due windows that a plan writes relative to the post-mortem instead of as dates: headings such
 * as "Immediate actions (0-7 days)", "Short-term (8–30 days)", "Next steps: within 2 weeks", and
 * the stretches of the calendar around the review that a checklist is split by ("### Today",
 * "### This week", "### Next month"). Review templates use them so that every item under the
 * heading is due that long after the review; counted from the document's own date they are
 * calendar dates that can be followed up.
 */
import { addPeriod, dayInPath, endOfCalendar, readDate, type CalendarUnit, type Period } from '../../base/dates';
import type { AnalysedDocument, PostmortemModel } from '../model';

/** "0-7 days", "8–30 days", "1 to 2 weeks", "within 30 days", "next 3 months", "≤ 7d". Open ends ("30+ days") do not match. */
const WINDOW =
  /^(?:(?:within|in|next|up to|≤|<=?)\s*(?:the\s+)?(?:next\s+)?)?(?:(\d{1,3})\s*(?:-|–|—|to)\s*)?(\d{1,3})\s*(days?|d|weeks?|wks?|w|months?|mos?)$/i;

/**
 * "Next 30min", "within 4 hours", "in the next 2-6h": a window of hours or minutes, counted from the
 * incident's day. Only after "next", "within" or "in": a bare "(2h)" beside a task is an estimate of effort.
 */
const CLOCK_WINDOW = /^(?:within|in|next|up to|≤|<=?)\s*(?:the\s+)?(?:next\s+)?(?:(\d{1,3})\s*(?:-|–|—|to)\s*)?(\d{1,3})\s*(hours?|hrs?|h|minutes?|mins?)$/i;

/** The far end of a due window, or null when the words are not one (or its ends are the wrong way round). */
export function readWindow(value: string): Period | null {
  const words = value.trim().replace(/[*_`]+/g, '');
  const match = WINDOW.exec(words) ?? CLOCK_WINDOW.exec(words);
  if (!match) return null;
  const count = Number(match[2]);
  if (match[1] !== undefined && Number(match[1]) > count) return null;
  const unit = match[3].toLowerCase();
  const period: Period = unit.startsWith('mi')
    ? { minutes: count }
    : unit.startsWith('h')
      ? { hours: count }
      : unit.startsWith('d')
        ? { days: count }
        : unit.startsWith('w')
          ? { weeks: count }
          : { months: count };
  // Longer than about two years is not a follow-up window.
  return (period.days ?? 0) + (period.weeks ?? 0) * 7 + (period.months ?? 0) * 31 > 750 ? null : period;
}

/** "30+ days", "> 90 days", "over 3 months": a window with no far end, a due in words. */
const OPEN_WINDOW = /^(?:(?:>|≥|>=|over|more than|after)\s*\d{1,3}|\d{1,3}\s*\+)\s*(?:days?|d|weeks?|wks?|w|months?|mos?)\+?$/i;

/** True for a window with no far end ("30+ days"): it stands where a due date goes, but gives none. */
export function isOpenWindow(value: string): boolean {
  return OPEN_WINDOW.test(value.trim().replace(/[*_`]+/g, ''));
}

/** The date the document writes for itself: its `date` metadata, else a date in its title; null when it writes neither. */
export function writtenDay(model: PostmortemModel): string | null {
  for (const field of model.metadata) {
    if (field.canonical !== 'date') continue;
    const reading = readDate(field.value);
    if (reading.kind === 'date') return reading.iso;
  }
  const reading = model.title ? readDate(model.title.text) : null;
  return reading?.kind === 'date' ? reading.iso : null;
}

/** A document read with the path it was read from. */
export type DatedDocument = Pick<AnalysedDocument, 'model' | 'path'>;

/**
 * The document's own date: the one it writes for itself, else the day its file is named by
 * ("2026-03-11-queue-stall.md", "incidents/2026/03/11.md"), as archives of dated posts are kept.
 */
export function documentDay(doc: DatedDocument): string | null {
  return writtenDay(doc.model) ?? dayInPath(doc.path);
}

/** The calendar date a window gives, counted from the document's date, or null when the document has none. */
export function windowDue(doc: DatedDocument, period: Period): string | null {
  const from = documentDay(doc);
  return from ? addPeriod(from, period) : null;
}

/** A stretch of the calendar named from the review's day: `ahead` units after the one that holds it. */
export interface CalendarWords {
  unit: CalendarUnit;
  ahead: number;
}

/** "Today", "tomorrow", "this week", "next month", "end of the quarter", "EOW", "by end of day", "do this week". */
const CALENDAR_WORDS =
  /^(?:do\s+)?(?:(?:by|before|until|due)\s+)?(?:(today|tonight|eod|(?:the\s+)?end\s+of\s+(?:the\s+)?day)|(tomorrow)|(this|next)\s+(week|month|quarter|year)|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(week|month|quarter|year)|eo([wmqy]))$/i;

const EO_UNITS: Record<string, CalendarUnit> = { w: 'week', m: 'month', q: 'quarter', y: 'year' };

/** The stretch of the calendar that words written where a due goes name, or null when they name none. */
export function readCalendarWords(value: string): CalendarWords | null {
  const words = value
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:!]+$/, '');
  if (words.length > 40) return null;
  const m = CALENDAR_WORDS.exec(words);
  if (!m) return null;
  if (m[1]) return { unit: 'day', ahead: 0 };
  if (m[2]) return { unit: 'day', ahead: 1 };
  if (m[3]) return { unit: m[4].toLowerCase() as CalendarUnit, ahead: m[3].toLowerCase() === 'next' ? 1 : 0 };
  if (m[5]) return { unit: m[5].toLowerCase() as CalendarUnit, ahead: 0 };
  return { unit: EO_UNITS[m[6].toLowerCase()], ahead: 0 };
}

/** The last day of the stretch of the calendar, counted from the document's date, or null when the document has none. */
export function calendarDue(doc: DatedDocument, words: CalendarWords): string | null {
  const from = documentDay(doc);
  return from ? endOfCalendar(from, words.unit, words.ahead) : null;
}
