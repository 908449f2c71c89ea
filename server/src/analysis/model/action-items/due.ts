/**
 * Reads due dates for action items: the fields an item gets from the due date as written (a date,
 * an ambiguous one, words), and the due date a heading of the plan gives the items under it that
 * write none ("### Long-term (Q3 2027)", "### Immediate actions (0-7 days)"), and a heading outside
 * the plan the checkboxes under it ("### This week" in a recovery checklist).
 */
import { type Period, readDate } from '../../base/dates';
import type { ActionItem, AnalysedDocument, Span } from '../model';
import { endOf, startOf } from '../../parse/blocks';
import { isVagueTime, nearTimeOnly, scanTokens } from './tokens';
import { calendarDue, isOpenWindow, readCalendarWords, readWindow, windowDue, type CalendarWords } from './windows';

/** The due fields of an item, from the due date as written. */
export function dueFields(written: Span & { text: string }): Pick<ActionItem, 'due' | 'dueKind' | 'dueReadings' | 'dueText' | 'dueSpan'> {
  const reading = readDate(written.text);
  const span = { dueText: written.text, dueSpan: { start: written.start, end: written.end } };
  if (reading.kind === 'date') return { due: reading.iso, dueKind: 'date', dueReadings: null, ...span };
  if (reading.kind === 'ambiguous') return { due: null, dueKind: 'ambiguous', dueReadings: reading.readings, ...span };
  return { due: null, dueKind: reading.kind === 'invalid' ? 'invalid' : 'words', dueReadings: null, ...span };
}

/** At most this many headings of a plan give their due date to the items under them. */
const MAX_DUE_HEADINGS = 200;

/**
 * Gives the due date written in a heading of the plan ("### Long-term (Q3–Q4 2027)", "### Fixes
 * (target: 2027-06-30)") to the items under it that write none of their own: the innermost such
 * heading wins. The due span stays on the heading, where the date is written. A window counted
 * from the review ("### Immediate actions (0-7 days)") gives the date that far after the
 * document's own date, and a stretch of the calendar around it ("### This week", "### Today")
 * the last day of that stretch; without a document date they stay words, which the due rule
 * reports once.
 */
export function inheritHeadingDue(doc: AnalysedDocument, items: ActionItem[], inSection: Uint8Array): void {
  const ranges: { start: number; end: number; plan: boolean; fields: ReturnType<typeof dueFields> }[] = [];
  const children = doc.root.children;
  // Outside the plan ("Recovery checklist" → "### This week"), only checkboxes take a heading's date:
  // a heading there is read only when a box without a date of its own stands under it.
  const boxes = items
    .filter((item) => item.shape === 'task' && item.dueText === null && !item.implicit)
    .map((item) => item.start)
    .sort((a, b) => a - b);
  /** True when a box starts in [start, end): the first box at or after `start`, found by halving. */
  const boxIn = (start: number, end: number) => {
    let lo = 0;
    let hi = boxes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (boxes[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < boxes.length && boxes[lo] < end;
  };
  for (const section of doc.model.sections) {
    if (ranges.length >= MAX_DUE_HEADINGS) break;
    const [from, to] = section.blocks;
    const heading = children[from - 1];
    const plan = inSection[from] === 1 || inSection[from] === 3;
    if (from >= to || inSection[from] === 2 || heading?.type !== 'heading') continue;
    if (!plan && !boxIn(endOf(heading), endOf(children[to - 1]))) continue;
    const due = headingDue(doc.text.slice(startOf(heading), endOf(heading)));
    if (!due) continue;
    const written = { ...due, start: due.start + startOf(heading), end: due.end + startOf(heading) };
    const counted = due.window ? windowDue(doc, due.window) : due.calendar ? calendarDue(doc, due.calendar) : null;
    ranges.push({
      start: endOf(heading),
      end: endOf(children[to - 1]),
      plan,
      fields: counted
        ? { due: counted, dueKind: 'window', dueReadings: null, dueText: written.text, dueSpan: { start: written.start, end: written.end } }
        : dueFields(written),
    });
  }
  if (!ranges.length) return;
  for (const item of items) {
    if (item.dueText !== null || item.implicit) continue;
    let best: (typeof ranges)[number] | null = null;
    for (const range of ranges)
      if (range.start <= item.start && item.start < range.end && (range.plan || item.shape === 'task') && (!best || range.start > best.start)) best = range;
    if (best) Object.assign(item, best.fields);
  }
}

/** True for a value that is a date, a time phrase ("Q3 2027", "mid-May") or a range of two ("Q3–Q4 2027", "Q4 2027 - Q1 2028"). */
function timeBound(value: string): boolean {
  const v = value.trim();
  if (!v || v.length > 60) return false;
  const whole = (part: string) => {
    const reading = readDate(part);
    return (reading.kind !== 'none' && reading.start === 0 && reading.end === part.length) || isVagueTime(part);
  };
  if (whole(v)) return true;
  const range = /^(.{2,25}?)\s*(?:-|–|—|to|through|until)\s*(.{2,25})$/i.exec(v);
  return !!range && whole(range[1].trim()) && whole(range[2].trim());
}

/**
 * The due date a heading's words give, in offsets into the heading's source: the whole heading, in a
 * due key, in parentheses, or after a colon; `window` is set when the words are a window counted
 * from the review, `calendar` when they name a stretch of the calendar around it ("This week").
 */
function headingDue(raw: string): (Span & { text: string; window?: Period; calendar?: CalendarWords }) | null {
  if (raw.length > 300) return null;
  // "### Today", "### This week": the heading is the due, as a checklist split by days is.
  const whole = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(raw.replace(/\r?\n$/, ''));
  const calendar = whole ? readCalendarWords(whole[1]) : null;
  if (whole && calendar) {
    const start = raw.indexOf(whole[1]);
    return { start, end: start + whole[1].length, text: whole[1], calendar };
  }
  const due = scanTokens(raw).due;
  // "Next quarter: Q3 2027": the date written after the colon beats the time named in words.
  if (due && !nearTimeOnly(due)) return due;
  for (const group of raw.matchAll(/\(([^()\n]{2,60})\)|[:：]\s*([^:：()\n]{2,60}?)\s*#*\s*$/g)) {
    const value = group[1] ?? group[2];
    const at = group.index + group[0].indexOf(value);
    const span = { start: at, end: at + value.length, text: value.trim() };
    const named = readCalendarWords(value);
    if (named) return { ...span, calendar: named };
    if (timeBound(value) || isOpenWindow(value)) return span;
    const window = readWindow(value);
    if (window) return { ...span, window };
  }
  return due;
}
