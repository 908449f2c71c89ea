/**
 * Reads the timeline section into entries: tables (the time column found by its header), lists,
 * paragraph lines and one heading per time. Dates carry from earlier entries, from date lines or
 * headings, or from the document's date; times that go back by more than twelve hours roll over
 * to the next day; zones come from the entry, the time column, a note or the heading.
 */
import { writtenDay } from '../action-items/windows';
import type { Blockquote, List, ListItem, Nodes, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { compiled } from '../compiled';
import { endOf, startOf } from '../../parse/blocks';
import { calendarDate, dayInPath, daysBetween, isoClock, readDate, timeOnDay, zonedTime } from '../../base/dates';
import type { AnalysedDocument, HeadingInfo, Milestone, Section, Timeline, TimelineEntry, TimelineMetrics } from '../model';
import { normaliseHeading } from '../../base/normalise';
import type { Settings } from '../../base/settings';
import { MilestoneMatcher, statusMilestone } from './milestones';
import {
  firstFullDate,
  numericOrderOf,
  readLeadingDate,
  closingStamp,
  coarseTime,
  unknownTime,
  readRelativeStamp,
  readStamp,
  relativeBase,
  resolveDate,
  type DatePart,
  type NumericOrder,
  type Stamp,
} from './stamps';
import { readStatedMetrics } from './stated';
import { postedUpdates, UPDATE_WORD, updateStream } from '../status-log';
import { findZoneNote, readZoneAt, type ZoneReading } from './zones';

/** An entry as found, before dates, zones and milestones are worked out. */
interface Draft {
  shape: TimelineEntry['shape'];
  start: number;
  end: number;
  /** The stamp with offsets into the document. */
  stamp: Stamp | null;
  /** A day written in a separate column or before the time, when the stamp has none. */
  date: DatePart | null;
  /** The zone of the table column the entry sits in. */
  columnZone: ZoneReading | null;
  text: string;
  /** False for a list item whose time stands further on in its first line rather than opening it. */
  leading?: boolean;
  /** A time written coarsely or against another entry ("Morning", "+3 min", "T+0"), as written, when no clock reading is. */
  coarse?: string;
}

/**
 * A "clock" item is the last time that a paragraph of prose between entries says something happened
 * at ("… and at 03:26 UTC a backup completed."): it is no entry, but it tells that the day turned
 * before the next entry.
 */
type Item =
  | { kind: 'date'; part: DatePart }
  | { kind: 'day'; index: number }
  | { kind: 'weekday'; index: number }
  | { kind: 'entry'; draft: Draft }
  | { kind: 'clock'; minute: number };

/** "at 03:26" in prose: a time something happened at. Linear: a fixed word, then a lookahead of fixed length. */
const AT_TIME = /\bat[ \t]+(?=\d{1,2}:\d{2})/gi;

/** A line that only numbers the day of the incident: "### Day 2", "**Day 3**", "Day 1:". */
const DAY_LINE = /^[\s*_]*day\s+(\d{1,2})[\s*_]*[:.]?[\s*_]*$/i;

/** A line that only names a day of the week: "**Tuesday**", "### Wednesday", "Thursday:". */
const WEEKDAY_LINE = /^[\s*_]*(mon|tues|wednes|thurs|fri|satur|sun)day[\s*_]*[:.]?[\s*_]*$/i;

/** The day item a line that holds only a day number or a weekday stands for, or null. */
function dayMark(line: string): Extract<Item, { kind: 'day' | 'weekday' }> | null {
  const day = DAY_LINE.exec(line);
  if (day) return { kind: 'day', index: Number(day[1]) };
  const weekday = WEEKDAY_LINE.exec(line);
  return weekday ? { kind: 'weekday', index: ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'].indexOf(weekday[1].toLowerCase()) } : null;
}

/** The day number written just before a time ("Day 2, 11:00", "day 3 - 09:15"), or null. */
function dayNumberBefore(lead: string): number | null {
  const m = /\bday\s+(\d{1,2})[\s*_,:–—-]*$/i.exec(lead);
  return m ? Number(m[1]) : null;
}

const matchers = new WeakMap<Settings, MilestoneMatcher>();
/** The day of the week (0 for Monday) written just before a time ("Sat 12:25", "Monday, 09:00"), or null. */
function weekdayBefore(lead: string): number | null {
  const m = /\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?[\s*_]*$/i.exec(lead);
  return m ? ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(m[1].toLowerCase()) : null;
}

/** "Next morning, 09:00", "the following day at 10:00", "the day after, 08:30": a time on the day after the entry before. */
function nextDayBefore(lead: string): boolean {
  return /\b(?:(?:next|following)\s+(?:day|morning)|day\s+after)\b[^\d\n]{0,8}$/i.test(lead);
}

function matcherFor(settings: Settings): MilestoneMatcher {
  let m = matchers.get(settings);
  if (!m) {
    m = new MilestoneMatcher(settings.timeline.milestones);
    matchers.set(settings, m);
  }
  return m;
}

function shift(stamp: Stamp, by: number): Stamp {
  return {
    ...stamp,
    start: stamp.start + by,
    end: stamp.end + by,
    time: stamp.time && { ...stamp.time, start: stamp.time.start + by, end: stamp.time.end + by },
    date: stamp.date && { ...stamp.date, start: stamp.date.start + by, end: stamp.date.end + by },
    zone: stamp.zone && { ...stamp.zone, start: stamp.zone.start + by, end: stamp.zone.end + by },
  };
}

/**
 * `source` with each inline link or image (`[text](url)`, `![text](url)`) replaced by its text,
 * as `source.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')` does, in one pass: that pattern tries
 * again from every `[`, so a line of unclosed brackets costs the square of its length. Exported
 * for tests.
 */
export function linkText(source: string): string {
  let out = '';
  let done = 0;
  let open = source.indexOf('[');
  while (open !== -1) {
    // The pattern's text runs to the first `]` after the `[`; an earlier `[` would stop there too.
    const close = source.indexOf(']', open + 1);
    if (close === -1) break;
    if (source.charCodeAt(close + 1) !== 40) {
      open = source.indexOf('[', close + 1);
      continue;
    }
    const end = source.indexOf(')', close + 2);
    if (end === -1) break;
    const start = open > done && source.charCodeAt(open - 1) === 33 ? open - 1 : open;
    out += source.slice(done, start) + source.slice(open + 1, close);
    done = end + 1;
    open = source.indexOf('[', done);
  }
  return done ? out + source.slice(done) : source;
}

/** Plain text of a piece of Markdown source, for showing and for keyword search. Exported for tests. */
export function plain(source: string): string {
  let linked = linkText(source);
  // No autolink runs past the last `>`: the pattern is not tried from every `<` after it to the end.
  const last = linked.lastIndexOf('>');
  if (last !== -1) linked = linked.slice(0, last + 1).replace(/<(https?:[^>]+)>/g, '$1') + linked.slice(last + 1);
  // Leading marks are what ended the stamp: a dash, a colon, a bar, or a full stop or comma before
  // the event ("2:05 pm PST. The site is down").
  return linked
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/[*_`]+/g, '')
    .replace(/^(?:[\s\-–—:|)\]]|[.,](?=\s))+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const BR = /<br\s*\/?>/gi;

/** The parts of a line between `<br>` tags (a line break written in HTML), as [start, end) offsets. */
function brSegments(text: string, start: number, end: number): [number, number][] {
  const line = text.slice(start, end);
  BR.lastIndex = 0;
  if (!BR.test(line)) return [[start, end]];
  const parts: [number, number][] = [];
  let from = 0;
  BR.lastIndex = 0;
  for (let m = BR.exec(line); m; m = BR.exec(line)) {
    parts.push([start + from, start + m.index]);
    from = m.index + m[0].length;
  }
  parts.push([start + from, end]);
  return parts.filter(([a, b]) => text.slice(a, b).trim() !== '');
}

/**
 * A time that opens another entry inside a line of a timeline paragraph wrapped by hand: after a
 * link or the end of a sentence, followed by a dash or a colon, or by the end of the line ("…
 * first frame regressions. 15:56 - After seven attempts …", "…/issues/12 00:01 -").
 */
const INLINE_STAMP = /(?:\S+:\/\/\S+|[.!?"”)\]])[ \t]+(\d{1,2}:\d{2})(?=[ \t]*(?:[-–—:][ \t]|[-–—:]?[ \t]*$))/g;

/** The parts of a segment of a timeline paragraph, cut before each time that opens an entry inside it. */
function inlineEntries(text: string, start: number, end: number): [number, number][] {
  const segment = text.slice(start, end);
  if (segment.length > 2000 || !/\d:\d\d/.test(segment)) return [[start, end]];
  const parts: [number, number][] = [];
  let from = start;
  INLINE_STAMP.lastIndex = 0;
  for (let m = INLINE_STAMP.exec(segment); m; m = INLINE_STAMP.exec(segment)) {
    const at = start + m.index + m[0].length - m[1].length;
    // The spaces before the time stay between the two entries, so that moving either keeps them.
    let cut = at;
    while (cut > from && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut--;
    parts.push([from, cut]);
    from = at;
  }
  parts.push([from, end]);
  return parts;
}

/** The zone of a note in parentheses that says nothing else, such as "(All times CEST)" or "(UTC)". */
function zoneOnly(rest: string): ZoneReading | null {
  if (!/^\([^()]{1,40}\)$/.test(rest.trim())) return null;
  return findZoneNote(rest);
}

/** The zone a column header states: "Time (UTC)", or a header that is only a zone ("NZST", "Pacific Time"). */
function headerZone(name: string): ZoneReading | null {
  const zone = findZoneNote(name);
  if (zone) return zone;
  const only = readZoneAt(name.trim(), 0, true);
  return only && only.end === name.trim().length ? only : null;
}

/** Words of a note that explains the order of the timeline: "out of chronological order", "not in order". */
const ORDER_NOTE =
  /\bout\s+of\s+(?:[a-z]+\s+)?(?:order|sequence)\b|\bnot\s+in\s+(?:[a-z]+\s+)?order\b|\bnon-?chronological|\b(?:listed|placed|put|kept)\s+(?:first|here|above|out\s+of\s+place)\s+(?:on\s+purpose|deliberately|intentionally)/i;

/** Words of four letters or more (with dots, slashes and dashes inside, as in host names and links), lower case. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}./_-]{2,}[\p{L}\p{N}]/gu) ?? []);
}

/** Entries the order check compares: a readable time it can trust. */
function comparable(entry: TimelineEntry): boolean {
  return entry.instant !== null && entry.stamp !== null && entry.problem === null;
}

/**
 * The entries that a note explains as out of order. The note is matched to a place where the
 * order breaks: the break whose entries it quotes the time of, or shares the most telling words
 * with (words few other entries use weigh most), or the only break there is. Of the two entries at
 * that break, the one out of place is the one without which the order holds.
 */
function explainedEntries(notes: readonly string[], entries: readonly TimelineEntry[]): Set<TimelineEntry> {
  const out = new Set<TimelineEntry>();
  if (!notes.length) return out;
  const timed = entries.filter(comparable);
  const breaks: number[] = [];
  for (let i = 0; i + 1 < timed.length; i++) {
    if ((timed[i].date === null) === (timed[i + 1].date === null) && timed[i + 1].instant! < timed[i].instant!) breaks.push(i);
  }
  if (!breaks.length) return out;
  const entryWords = new Map(entries.map((e) => [e, words(e.text)]));
  const frequency = new Map<string, number>();
  for (const set of entryWords.values()) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const scoreOf = (note: string, noteWords: Set<string>, entry: TimelineEntry): number => {
    if (entry.stamp && note.includes(entry.stamp.text)) return Infinity;
    let score = 0;
    for (const w of entryWords.get(entry)!) if (noteWords.has(w)) score += 1 / frequency.get(w)!;
    return score;
  };
  for (const note of notes) {
    const noteWords = words(note);
    let best = breaks.length === 1 ? breaks[0] : -1;
    let bestScore = 0;
    for (const i of breaks) {
      const score = Math.max(scoreOf(note, noteWords, timed[i]), scoreOf(note, noteWords, timed[i + 1]));
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    if (best === -1) continue;
    const before = timed[best - 1];
    const laterFits = !before || before.instant! <= timed[best + 1].instant!;
    out.add(laterFits ? timed[best] : timed[best + 1]);
  }
  return out;
}

/** A kramdown attribute list such as `{: .table}`, which some sites write on the line after a table. */
/**
 * What may stand before the time of a line that opens an entry in a paragraph: the hashes of a
 * heading written without its space ("####2:39 PM", a paragraph to CommonMark), or a sentence that
 * opens on its time ("At 14:02 UTC, …", "Around 09:40, …"; capitalised, so a wrapped line that goes
 * on "at 14:02" is not an entry). Only a digit may follow, so the time must come next.
 */
const OPENING_BEFORE_TIME =
  /^[ \t]*(?:#{1,6}|[*_]{0,2}(?:At|Around|About|Approximately|Shortly (?:after|before)|Just (?:after|before))(?:[ \t]+(?:about|around|approximately|roughly))?[ \t]+)(?=\d)/;

/**
 * The label that opens a list item, before a colon, a dash or a bar, emphasis and all: "**T0:**",
 * "Unknown –", "?? -". Short, so that only a label is read, not a sentence with a colon in it.
 */
const TIME_LABEL = /^[\s*_]*([^*_:–—|\n]{1,40}?)[\s*_]*(?:[:–—|]|-(?=\s))[\s*_]*/;

const ATTRIBUTE_LIST = /^\s*\{:[^{}]*\}\s*$/;

/**
 * What may stand before a stamp that opens a list item: emphasis, brackets, and the day of the
 * week written before the date ("Wed Mar 4 08:15:10 UTC:", "**Monday,** Mar 2 09:15"). Only the
 * names of days are read, not any word that starts like one ("Monitoring 12:00"). The marks after
 * the weekday are read only after one, so the pattern cannot try a long run of spaces two ways.
 */
const OPENS_ITEM = /^[\s*_`[(>~•·-]*(?:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[\s*_,]*)?$/i;

/** The words of a sentence that opens on its stamp, before it: "On ", "At about ", "Shortly after ". Capitalised, as a sentence opens. */
const ITEM_LEAD =
  /^[\s*_]*(?:On|At|Around|About|By|Shortly (?:after|before)|Just (?:after|before))(?:[ \t]+(?:about|around|approximately|roughly|the))?[ \t]+$/;

const TIME_HEADERS = new Set([
  'time',
  'timestamp',
  'time stamp',
  'date',
  'when',
  'date time',
  'datetime',
  'date and time',
  'time and date',
  'start',
  'start time',
  'hour',
  'clock',
  'local time',
]);

/** Reads a timeline from the section blocks it was given. */
class Walker {
  readonly items: Item[] = [];
  /** Zone notes found among the blocks ("All times in UTC"). */
  note: ZoneReading | null = null;
  /** Notes that explain the order of the entries ("this event seems out of order because …"). */
  readonly orderNotes: string[] = [];
  tableZone: ZoneReading | null = null;
  /** The clock time (minutes of the day) that relative entries ("T+12m") count from, once a note states it. */
  private base: number | null = null;
  private heading: Draft | null = null;
  private paragraph: Draft | null = null;
  /** Code blocks met outside an entry: a timeline pasted as a log is read from them when nothing else is timed. */
  private readonly code: Nodes[] = [];

  constructor(
    private readonly doc: AnalysedDocument,
    private readonly settings: Settings,
  ) {}

  private orderNote(text: string): void {
    // A few notes are enough; the bound keeps matching notes to entries linear in the entries.
    if (this.orderNotes.length < 8 && ORDER_NOTE.test(text)) this.orderNotes.push(text.slice(0, 2000));
  }

  /** How many entries open with a readable time or a complete date, and how many entries there are. */
  score(): { timed: number; entries: number } {
    let timed = 0;
    let entries = 0;
    for (const item of this.items) {
      if (item.kind !== 'entry') continue;
      entries++;
      const draft = item.draft;
      // A time, or a complete date ("2025-01-16", "Jan 16, 2025"), opening the entry.
      if ((draft.stamp?.time && draft.leading !== false) || (!draft.stamp && draft.date?.kind === 'full')) timed++;
    }
    return { timed, entries };
  }

  /** Whether an entry has been read yet: prose before the first entry tells no turn of the day. */
  private entrySeen = false;

  /**
   * Paragraphs of prose read since the last entry (none of them an entry, a date or a day), with
   * the number of items before each: an update that closes on its stamp may have several.
   */
  private prose: { start: number; text: string; items: number }[] = [];

  /** Whether the last entry closed its update, its stamp under its text ("Posted …" under the update). */
  private closed = false;

  private push(draft: Draft, closing = false): void {
    this.entrySeen = true;
    this.prose = [];
    this.closed = closing;
    this.items.push({ kind: 'entry', draft });
  }

  /**
   * Gives an entry whose stamp closes its update the paragraphs of the update before the one that
   * holds the stamp: after an update that closed the same way, all the prose since it (status
   * pages post updates of several paragraphs, each closed by the time it was posted); otherwise,
   * for a stamp line standing alone, the paragraph just above it. The times those paragraphs
   * mention in passing are the update's words, not clock readings between entries.
   */
  private takeProse(draft: Draft, standsAlone: boolean): void {
    const taken = this.closed ? this.prose : standsAlone ? this.prose.slice(-1) : [];
    if (!taken.length) return;
    const texts = taken.map((p) => p.text).filter(Boolean);
    if (draft.text) texts.push(draft.text);
    draft.start = taken[0].start;
    draft.text = texts.join(' ').slice(0, 4000);
    this.items.length = taken[0].items;
  }

  private closeHeading(): void {
    this.heading = null;
  }

  /**
   * The heading of one update of a stream in heading form ("## Update 2031-04-09", "## 2031-04-09
   * update"): an entry on the day it writes, the update's prose below it its text. A heading that
   * writes no day (only the update's number) is no entry.
   */
  updateHeading(heading: HeadingInfo): void {
    this.closeHeading();
    this.prose = [];
    const lineText = this.doc.text.slice(heading.start, heading.end);
    const skip = UPDATE_WORD.exec(lineText)?.[0].length ?? /^[ \t]*#{1,6}[ \t]*/.exec(lineText)?.[0].length ?? 0;
    const dated = readLeadingDate(lineText.slice(skip));
    if (!dated) return;
    const at = heading.start + skip;
    const date = { ...dated.date, start: dated.date.start + at, end: dated.date.end + at };
    const rest = dated.rest.replace(/^(?:(?:status|progress)\s+)?update\b[\s*_:.]*/i, '');
    const draft: Draft = { shape: 'heading', start: heading.start, end: heading.end, stamp: null, date, columnZone: null, text: plain(rest) };
    this.push(draft);
    this.heading = draft;
  }

  private appendBody(draft: Draft, node: Nodes): void {
    draft.end = Math.max(draft.end, endOf(node));
    const body = plain(this.doc.text.slice(startOf(node), endOf(node)));
    if (body) draft.text = draft.text ? `${draft.text} ${body}` : body;
  }

  block(node: RootContent, sectionDepth: number): void {
    // Only paragraphs of prose make an update's body; anything else stands between updates.
    if (node.type !== 'paragraph') this.prose = [];
    switch (node.type) {
      case 'heading': {
        if (node.depth <= sectionDepth) return;
        this.closeHeading();
        const start = startOf(node);
        const lineText = this.doc.text.slice(start, endOf(node));
        const hashes = /^#{1,6}[ \t]*/.exec(lineText)?.[0].length ?? 0;
        const stamp = readStamp(lineText.slice(hashes), true);
        if (stamp) {
          const draft: Draft = {
            shape: 'heading',
            start,
            end: endOf(node),
            stamp: shift(stamp, start + hashes),
            date: null,
            columnZone: null,
            text: plain(lineText.slice(hashes + stamp.end).replace(/^[\s\])*_]+/, '')),
          };
          this.push(draft);
          this.heading = draft;
          return;
        }
        const dayLine = dayMark(lineText.slice(hashes));
        if (dayLine) {
          this.items.push(dayLine);
          return;
        }
        const dateLine = readLeadingDate(lineText.slice(hashes));
        if (dateLine) {
          // "### 03-10-2021 (All times CEST)": a date heading that also states the zone.
          const zoneNote = dateLine.rest ? zoneOnly(dateLine.rest) : null;
          if (zoneNote) this.note ??= zoneNote;
          if (dateLine.rest && !zoneNote) {
            const draft: Draft = { shape: 'heading', start, end: endOf(node), stamp: null, date: dateLine.date, columnZone: null, text: plain(dateLine.rest) };
            this.push(draft);
            this.heading = draft;
          } else this.items.push({ kind: 'date', part: dateLine.date });
        }
        return;
      }
      case 'paragraph':
        this.paragraphLines(node.position ? startOf(node) : 0, endOf(node), node);
        return;
      case 'list':
        this.list(node);
        return;
      case 'table':
        if (this.heading) this.appendBody(this.heading, node);
        this.table(node);
        return;
      case 'blockquote':
        if (this.heading) this.appendBody(this.heading, node);
        else if (quotesEntries(node)) {
          // "> - 14:02 Deploy started": entries quoted from a chat log or a status page are read as written.
          for (const child of node.children) this.block(child, sectionDepth);
        } else {
          this.note ??= findZoneNote(toString(node));
          this.orderNote(toString(node));
        }
        return;
      case 'code':
        if (this.heading) this.appendBody(this.heading, node);
        else if (this.code.length < 8) this.code.push(node);
        return;
      default:
        if (this.heading) this.appendBody(this.heading, node);
    }
  }

  /**
   * A timeline written as a log in a code block ("14:02 deploy started" line after line): its lines
   * are read as entries when no other block of the section gave a timed one, so that a log excerpt
   * quoted among written entries never adds entries of its own.
   */
  readCodeIfUntimed(): void {
    if (!this.code.length || this.score().timed) return;
    const { lines, text } = this.doc;
    for (const node of this.code) {
      const start = startOf(node);
      const end = endOf(node);
      const first = lines.positionAt(start).line;
      const last = lines.positionAt(end).line;
      const fence = /^[ \t]*(?:`{3,}|~{3,})/;
      const innerStart = fence.test(text.slice(start, lines.lineEnd(first))) ? lines.lineStart(first + 1) : start;
      const innerEnd = last > first && fence.test(text.slice(lines.lineStart(last), end)) ? lines.lineStart(last) : end;
      if (innerEnd > innerStart) this.paragraphLines(innerStart, innerEnd, node);
    }
  }

  private paragraphLines(start: number, end: number, node: Nodes): void {
    const { lines, text } = this.doc;
    const first = lines.positionAt(start).line;
    const last = lines.positionAt(end).line;
    this.paragraph = null;
    let sawEntry = false;
    // Whether the last entry of this paragraph closed its update: the lines after it open the next.
    let closedHere = false;
    const itemsBefore = this.items.length;
    // Text before the paragraph's first stamp, kept for a stamp that closes its update rather than
    // opening it, as status pages write them ("**Resolved** - The fix holds." over "Jun 3, 16:42 UTC").
    let lead: { start: number; text: string } | null = null;
    for (let line = first; line <= last; line++) {
      const physicalStart = Math.max(lines.lineStart(line), line === first ? start : 0);
      const physicalEnd = Math.min(lines.lineEnd(line), end);
      // In a paragraph of entries, a time after a link or a sentence opens the next entry on the same line.
      const segments = brSegments(text, physicalStart, physicalEnd).flatMap(([a, b]) =>
        sawEntry || readStamp(text.slice(a, b), true) ? inlineEntries(text, a, b) : [[a, b] as [number, number]],
      );
      for (const [lineStart, lineEnd] of segments) {
        const lineText = text.slice(lineStart, lineEnd);
        let skip = 0;
        let stamp = readStamp(lineText, true) ?? (this.base !== null ? readRelativeStamp(lineText, this.base) : null);
        let posted = false;
        if (!stamp) {
          // "####2:39 PM" (no space: a paragraph line) or "At 14:02 UTC, the on-call …": an entry opening on its time.
          skip = OPENING_BEFORE_TIME.exec(lineText)?.[0].length ?? 0;
          stamp = skip ? readStamp(lineText.slice(skip), true) : null;
        }
        if (!stamp) {
          // "Posted Mar 3, 2024 - 09:12 UTC" under a status page's update: the stamp closes it.
          const closing = closingStamp(lineText);
          // It closes the text above it: with none since the title, a heading or the last entry, it is
          // the byline heading a post ("Posted on: 2024-03-04 10:00" under the title), no entry.
          const closesText = lead !== null || (!sawEntry && this.prose.length > 0);
          if (closing && closesText) [stamp, skip, posted] = [closing.stamp, closing.skip, true];
        }
        if (stamp) {
          const draft: Draft = {
            shape: 'paragraph',
            start: lineStart + (/^\s*/.exec(lineText)?.[0].length ?? 0),
            end: lineEnd,
            stamp: shift(stamp, lineStart + skip),
            date: null,
            columnZone: null,
            text: plain(lineText.slice(skip + stamp.end).replace(skip ? /^[\s\])*_,]+/ : /^[\s\])*_]+/, '')),
          };
          // A stamp under the update's text closes it: a time alone under text, or a "Posted …" line.
          const closing: boolean = !draft.text && ((lead !== null && (!sawEntry || closedHere)) || posted);
          if (closing) {
            if (lead) [draft.start, draft.text] = [lead.start, lead.text];
            if (!sawEntry) this.takeProse(draft, !lead);
          }
          // A note on the line above the first entry, in the same paragraph ("Timeline UTC:" over them).
          if (lead && !closing && !this.heading) this.note ??= findZoneNote(lead.text);
          lead = null;
          this.push(draft, closing);
          this.paragraph = closing ? null : draft;
          sawEntry = true;
          closedHere = closing;
          continue;
        }
        const dayLine = dayMark(lineText);
        if (dayLine && !this.heading) {
          this.items.push(dayLine);
          this.paragraph = null;
          continue;
        }
        const dateLine = readLeadingDate(lineText);
        if (dateLine && !dateLine.rest) {
          this.items.push({ kind: 'date', part: dateLine.date });
          this.paragraph = null;
          continue;
        }
        if (dateLine && /^[\s*_[(]*\d/.test(lineText)) {
          const draft: Draft = {
            shape: 'paragraph',
            start: lineStart + (/^\s*/.exec(lineText)?.[0].length ?? 0),
            end: lineEnd,
            stamp: null,
            date: dateLine.date,
            columnZone: null,
            text: plain(dateLine.rest),
          };
          this.push(draft);
          this.paragraph = draft;
          sawEntry = true;
          continue;
        }
        if (this.paragraph) {
          this.paragraph.end = lineEnd;
          const more = plain(lineText);
          // Both parts are trimmed already: trimming the whole again would copy it for every line.
          if (more) this.paragraph.text = this.paragraph.text ? `${this.paragraph.text} ${more}` : more;
        } else if (this.heading) {
          this.heading.end = Math.max(this.heading.end, lineEnd);
          const more = plain(lineText);
          if (more) this.heading.text = this.heading.text ? `${this.heading.text} ${more}` : more;
        } else if (!sawEntry || closedHere) {
          const more = plain(lineText);
          if (more) lead = lead ? { start: lead.start, text: `${lead.text} ${more}`.slice(0, 2000) } : { start: lineStart, text: more };
        }
      }
    }
    // A paragraph of prose alone (no entry, date or day in it) may be part of an update that a later stamp closes.
    if (!sawEntry && !this.heading && node.type === 'paragraph' && this.items.length === itemsBefore) {
      if (this.prose.length < 50) this.prose.push({ start, text: plain(text.slice(start, end).slice(0, 2000)), items: itemsBefore });
    } else if (!sawEntry) this.prose = [];
    if (!sawEntry && !this.heading) this.note ??= findZoneNote(toString(node));
    if (!sawEntry) this.base ??= relativeBase(toString(node));
    if (!sawEntry) this.orderNote(toString(node));
    if (!sawEntry && node.type === 'paragraph') this.clockMention(start, end);
    this.paragraph = null;
  }

  /** Records the last time a paragraph of prose between entries says something happened at, so a turn of the day is seen. */
  private clockMention(start: number, end: number): void {
    if (!this.entrySeen) return;
    const text = this.doc.text.slice(start, end);
    let last = -1;
    AT_TIME.lastIndex = 0;
    for (let m = AT_TIME.exec(text); m; m = AT_TIME.exec(text)) last = m.index + m[0].length;
    if (last < 0) return;
    const stamp = readStamp(text.slice(last, last + 80), true);
    if (!stamp?.time || stamp.problem || stamp.date) return;
    this.items.push({ kind: 'clock', minute: stamp.time.hour * 60 + stamp.time.minute });
  }

  /** Whether the list being read labels most of its items with a coarse or relative time ("- **T0:** …", "- T+5m – …"). */
  private coarseList = false;

  private list(list: List): void {
    const from = this.items.length;
    const outer = this.coarseList;
    // As a table's column of such times: two items at least, and most of the list's.
    const labelled = list.children.filter((item) => coarseTime(TIME_LABEL.exec(this.firstLine(item))?.[1] ?? '')).length;
    const coarseList = labelled >= 2 && labelled * 2 > list.children.length;
    this.coarseList = coarseList;
    for (const item of list.children) this.listItem(item);
    this.coarseList = outer;
    // A list with no time or date in any item is prose (causes, notes), not a list of events,
    // unless it stands under a date line ("2026-02-18:" over the day's events).
    const added = this.items.slice(from);
    const events = added.filter((i): i is Extract<Item, { kind: 'entry' }> => i.kind === 'entry');
    const kindBefore = this.items[from - 1]?.kind;
    const underDate = kindBefore === 'date' || kindBefore === 'day' || kindBefore === 'weekday';
    if (!underDate && !coarseList && events.length && events.every((i) => !i.draft.stamp && !i.draft.date) && added.every((i) => i.kind === 'entry')) {
      this.items.length = from;
      return;
    }
    // Items are entries when their stamp (or day) leads them, or when most items of their list
    // lead with one. A list where most do not ("- The retry limit went up at 07:40, …") tells
    // what was done, and mentions a time in passing: its items are no entries, unless nothing else
    // in the timeline opens with a time (see `dropPassing`).
    const leads = events.filter((i) => (i.draft.stamp?.time && i.draft.leading !== false) || (!i.draft.stamp && i.draft.date)).length;
    if (events.some((i) => i.draft.stamp) && leads * 2 <= events.length) for (const i of events) this.passing.add(i);
  }

  /** Entries of lists that mention times only in passing (see `list`). */
  private readonly passing = new Set<Item>();

  /** Drops the entries of lists that mention times only in passing, when other entries of the timeline open with a time. */
  dropPassing(): void {
    if (!this.passing.size) return;
    const opens = (i: Item) => i.kind === 'entry' && !this.passing.has(i) && !!i.draft.stamp?.time && i.draft.leading !== false;
    if (!this.items.some(opens)) return;
    let kept = 0;
    for (const item of this.items) if (!this.passing.has(item)) this.items[kept++] = item;
    this.items.length = kept;
  }

  /** Where a list item's content starts, after its marker and a task box, and where its first line ends. */
  private contentOf(item: ListItem): { contentStart: number; firstLineEnd: number } {
    const start = startOf(item);
    const firstLineEnd = this.doc.lines.lineEnd(this.doc.lines.positionAt(start).line);
    const markerLength = /^(?:[-*+]|\d{1,9}[.)])[ \t]*(?:\[[ xX]\][ \t]*)?/.exec(this.doc.text.slice(start, firstLineEnd))?.[0].length ?? 0;
    return { contentStart: start + markerLength, firstLineEnd };
  }

  private firstLine(item: ListItem): string {
    const { contentStart, firstLineEnd } = this.contentOf(item);
    return this.doc.text.slice(contentStart, firstLineEnd);
  }

  private listItem(item: ListItem): void {
    const { text } = this.doc;
    const start = startOf(item);
    const end = endOf(item);
    const { contentStart, firstLineEnd } = this.contentOf(item);
    const firstLine = text.slice(contentStart, firstLineEnd);
    const nested = item.children.find((c): c is List => c.type === 'list');
    const inHeading = this.heading !== null;
    const stamp = readStamp(firstLine, inHeading) ?? (this.base !== null ? readRelativeStamp(firstLine, this.base) : null);
    if (stamp) {
      const opening = firstLine.slice(0, stamp.start);
      // "On Sep 29 at 14:00, …", "Around 09:40 the …": a sentence that opens on its stamp opens the entry too.
      const told = ITEM_LEAD.test(opening);
      const leading = told || OPENS_ITEM.test(opening);
      // Marks and a weekday before a stamp that opens the item are no part of the event.
      const before = leading ? '' : opening.replace(/[\s[(*_]+$/, '');
      const after = firstLine.slice(stamp.end).replace(told ? /^[\s\])*_,]+/ : /^[\s\])*_]+/, '');
      // The item's further lines, without the markers of a blockquote the list may stand in.
      const more = text.slice(firstLineEnd, end).replace(/\n[ \t]*(?:>[ \t]?)+/g, '\n');
      this.push({
        shape: 'list-item',
        start,
        end,
        stamp: shift(stamp, contentStart),
        date: null,
        columnZone: null,
        text: plain(`${before} ${after}${more}`),
        leading,
      });
      return;
    }
    const dayLine = dayMark(firstLine);
    if (dayLine && nested) {
      this.items.push(dayLine);
      this.list(nested);
      return;
    }
    const dateLine = readLeadingDate(firstLine);
    if (dateLine && !dateLine.rest && nested) {
      this.items.push({ kind: 'date', part: dateLine.date });
      this.list(nested);
      return;
    }
    // "- **Sunday, April 2**" alone among timed bullets: a day line for the bullets after it, not an event.
    if (dateLine && !dateLine.rest && !inHeading && item.children.length === 1 && !text.slice(firstLineEnd, end).trim()) {
      this.items.push({ kind: 'date', part: dateLine.date });
      return;
    }
    const label = plain(firstLine).replace(/:$/, '');
    if (nested && compiled(this.settings).sections.match(label) === 'timeline') {
      this.list(nested);
      return;
    }
    if (inHeading) {
      this.appendBody(this.heading!, item);
      return;
    }
    if (dateLine) {
      // "- 2026-02-18:" with the event on the item's further lines: they are the entry's text, as
      // they are after a time (above).
      const more = text.slice(firstLineEnd, end).replace(/\n[ \t]*(?:>[ \t]?)+/g, '\n');
      this.push({ shape: 'list-item', start, end, stamp: null, date: dateLine.date, columnZone: null, text: plain(`${dateLine.rest}${more}`) });
      return;
    }
    // "- Unknown: the script ran", "- **?** – records lost": an item labelled with a time said to be
    // unknown; in a list that labels most items so ("- **T0:** …", "- **T+N minutes:** …"), a time told coarsely.
    const lead = TIME_LABEL.exec(firstLine);
    const told = lead && (unknownTime(lead[1]) || (this.coarseList && coarseTime(lead[1]))) ? lead : null;
    this.push({
      shape: 'list-item',
      start,
      end,
      stamp: null,
      date: null,
      columnZone: null,
      text: plain(text.slice(told ? contentStart + told[0].length : contentStart, end)),
      ...(told ? { coarse: plain(told[1]) } : {}),
    });
  }

  private cellSource(cell: TableCell): { text: string; start: number } {
    const source = this.doc.text.slice(startOf(cell), endOf(cell));
    const lead = /^\|?/.exec(source)![0].length;
    const inner = source.slice(lead).replace(/\|$/, '');
    return { text: inner, start: startOf(cell) + lead };
  }

  /**
   * A row that only names a day ("| | **Tuesday 5 March** |", "| Day 2 | |") among timed rows: it
   * sets the day of the rows after it, as a date line does between paragraphs. A date alone in the
   * time or date column stays the entry it has always been read as; a day number or a date elsewhere is
   * read here. Returns whether the row was one.
   */
  private dayRow(cells: readonly TableCell[], timeColumn: number, dateColumn: number): boolean {
    const filled = cells.filter((c) => toString(c).trim());
    if (filled.length !== 1) return false;
    const line = toString(filled[0]).slice(0, 80);
    const dayLine = dayMark(line);
    if (dayLine) {
      this.items.push(dayLine);
      return true;
    }
    if (filled[0] === cells[timeColumn] || filled[0] === cells[dateColumn]) return false;
    const dateLine = readLeadingDate(line);
    if (!dateLine || dateLine.rest || readStamp(line, false)) return false;
    this.items.push({ kind: 'date', part: dateLine.date });
    return true;
  }

  private table(table: Table): void {
    const [header, ...rows] = table.children;
    if (!header) return;
    const names = header.children.map((c) => toString(c));
    const keys = names.map((n) => normaliseHeading(n.replace(/\([^)]*\)/g, ' ')));
    let timeColumn = keys.findIndex((k) => TIME_HEADERS.has(k) && k !== 'date');
    let dateColumn = keys.findIndex((k) => k === 'date');
    if (timeColumn === -1 && dateColumn !== -1) {
      timeColumn = dateColumn;
      dateColumn = -1;
    }
    if (timeColumn === -1) {
      // No header says "time": take the first column where most rows hold a time.
      const width = Math.max(...rows.map((r) => r.children.length), 0);
      for (let c = 0; c < width && timeColumn === -1; c++) {
        const timed = rows.filter((r) => r.children[c] && readStamp(toString(r.children[c]), false)).length;
        if (rows.length && timed * 2 >= rows.length) timeColumn = c;
      }
    }
    // A column of coarse or relative times ("Morning", "+3 min", "T+0", "Same session"): the one
    // the header names as the time, or else a column whose header speaks of time or offsets.
    const coarseColumn = coarseTimeColumn(names, rows, timeColumn);
    if (timeColumn === -1) timeColumn = coarseColumn;
    if (timeColumn === -1) return;
    // "| Day | Time (UTC) | Event |": another column whose cells are only dates gives each row its day.
    if (dateColumn === -1 && rows.length) {
      // The first rows are enough to tell: the cost stays bounded on a table of any length.
      const sample = rows.slice(0, 50);
      const width = Math.min(Math.max(...sample.map((r) => r.children.length)), 20);
      for (let c = 0; c < width && dateColumn === -1; c++) {
        if (c === timeColumn) continue;
        const dated = sample.filter((r) => {
          const cell = r.children[c];
          const line = cell ? toString(cell).slice(0, 60) : '';
          const read = readLeadingDate(line);
          return !!read && !read.rest && !readStamp(line, false);
        }).length;
        if (dated * 2 > sample.length) dateColumn = c;
      }
    }
    // Rows can be wider than the header; a time column beyond it has no header to state a zone.
    const columnZone = headerZone(names[timeColumn] ?? '') ?? (dateColumn !== -1 ? headerZone(names[dateColumn] ?? '') : null);
    if (columnZone) this.tableZone ??= columnZone;
    for (const row of rows) {
      const cells = row.children;
      if (cells.every((c) => !toString(c).trim())) continue;
      if (ATTRIBUTE_LIST.test(cells.map((c) => toString(c)).join('|'))) continue;
      const timeCell = cells[timeColumn];
      const source = timeCell ? this.cellSource(timeCell) : null;
      const stamp = source ? readStamp(source.text, false) : null;
      if (!stamp && this.dayRow(cells, timeColumn, dateColumn)) continue;
      let date: DatePart | null = null;
      if (dateColumn !== -1 && cells[dateColumn]) date = readLeadingDate(toString(cells[dateColumn]))?.date ?? null;
      // A time cell that holds only a day, or a span of days ("Between 2025-11-10 and 2025-11-16"), gives the entry its first day.
      if (!stamp && !date && source) {
        const iso = readLeadingDate(source.text, true)?.date ?? firstFullDate(source.text.slice(0, 200));
        date = typeof iso === 'string' ? { kind: 'full', iso } : iso;
      }
      const rest = cells
        .filter((_, i) => i !== timeColumn && i !== dateColumn)
        .map((c) => plain(toString(c)))
        .filter(Boolean);
      const written = timeCell ? plain(toString(timeCell)) : '';
      this.push({
        shape: 'table-row',
        start: startOf(row),
        end: endOf(row),
        stamp: stamp && source ? shift(stamp, source.start) : null,
        date,
        columnZone,
        text: rest.join(' — '),
        // A time told coarsely in a column of such times, or a time said to be unknown in any time column.
        ...(!stamp && !date && ((timeColumn === coarseColumn && coarseTime(written)) || unknownTime(written)) ? { coarse: written } : {}),
      });
    }
  }
}

/** Header words of a column that may hold times told against one another ("Offset", "Elapsed", "T+"). */
const OFFSET_HEADER = /\b(?:time|when|offset|elapsed|day|t\s*[+±])(?![\p{L}\d])/iu;

/**
 * The column of a table whose cells tell times coarsely or relatively ("Morning", "+3 min", "T+0"),
 * or -1: the time column the header names (`named`), or else the first column whose header speaks
 * of time or offsets, when at least two rows and most of those with a cell there read that way and
 * none holds a clock time. A column of durations ("30 min"), owners or due dates is no such column.
 */
function coarseTimeColumn(names: readonly string[], rows: readonly Table['children'][number][], named: number): number {
  const sample = rows.slice(0, 50);
  const fits = (c: number): boolean => {
    let coarse = 0;
    let filled = 0;
    for (const row of sample) {
      const cell = row.children[c] ? toString(row.children[c]).trim() : '';
      if (!cell) continue;
      filled++;
      if (readStamp(cell, false)) return false;
      if (coarseTime(cell)) coarse++;
    }
    return coarse >= 2 && coarse * 2 > filled;
  };
  if (named !== -1) return fits(named) ? named : -1;
  for (let c = 0; c < Math.min(names.length, 20); c++) if (OFFSET_HEADER.test(names[c]) && fits(c)) return c;
  return -1;
}

/** True when a blockquote opens on a timed entry (its first list item or line starts with a stamp), not on a note. */
function quotesEntries(node: Blockquote): boolean {
  const first = node.children[0];
  const opening = first?.type === 'list' ? first.children[0] : first?.type === 'paragraph' ? first : null;
  if (!opening) return false;
  const line = toString(opening).split('\n', 1)[0];
  return readStamp(line, true) !== null;
}

/** The lists nested under a label item ("- **Key events**" with a list below it), in document order. */
function labelledLists(doc: AnalysedDocument): { label: string; list: List }[] {
  const out: { label: string; list: List }[] = [];
  // An explicit stack rather than recursion: lists may nest as deep as the text allows.
  const stack: Nodes[] = [...doc.root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'listItem') {
      const first = node.children[0];
      const nested = node.children.find((c): c is List => c.type === 'list');
      if (first?.type === 'paragraph' && nested) out.push({ label: plain(toString(first).slice(0, 200)).replace(/:$/, ''), list: nested });
    }
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** A timeline found by what it holds, in a document whose headings name none. */
interface FoundByBody {
  walker: Walker;
  heading: HeadingInfo | null;
  start: number;
  end: number;
}

/**
 * Without a timeline heading, the timeline is the list, table or run of entries that most reads as
 * one: a "Key events" list, or any section or labelled list where at least three entries, and most
 * of them, open with a time ("Leadup" over a list of `**00:27 UTC:**` items).
 */
function timelineByBody(doc: AnalysedDocument, settings: Settings): FoundByBody | null {
  const matcher = compiled(settings).sections;
  let best: (FoundByBody & { timed: number; named: boolean }) | null = null;
  const consider = (found: FoundByBody, named: boolean): void => {
    const { timed, entries } = found.walker.score();
    const qualifies = named ? entries > 0 : timed >= 3 && timed * 5 >= entries * 3;
    // On a tie a section, with its heading, wins over the bare list it holds; a "Key events" list keeps its place.
    if (qualifies && (!best || timed > best.timed || (timed === best.timed && !best.named))) best = { ...found, timed, named };
  };
  for (const { label, list } of labelledLists(doc)) {
    const walker = new Walker(doc, settings);
    walker.block(list, 0);
    consider({ walker, heading: null, start: startOf(list), end: endOf(list) }, matcher.match(label) === 'timeline');
  }
  // A single list or table, as under a bold "**Timeline**" line in a section about something else.
  for (const block of doc.root.children) {
    if (block.type !== 'list' && block.type !== 'table') continue;
    const walker = new Walker(doc, settings);
    walker.block(block, 0);
    consider({ walker, heading: null, start: startOf(block), end: endOf(block) }, false);
  }
  // A status page's posted updates ("… / Posted Mar 3, 2031 - 09:12 UTC"), newest first, are its log of
  // the incident, not the timeline the report tells: blocks beside them that read as a timeline of
  // their own are it. With none, the stream is the only timeline there is.
  const updates = new Set(Array.from(postedUpdates(doc.root.children), (i) => doc.root.children[i]));
  const considerBlocks = (blocks: readonly RootContent[], depth: number, heading: HeadingInfo | null, start: number, end: number): void => {
    if (updates.size && blocks.some((b) => updates.has(b))) {
      const own = new Walker(doc, settings);
      for (const block of blocks) if (!updates.has(block)) own.block(block, depth);
      const { timed, entries } = own.score();
      if (timed >= 3 && timed * 5 >= entries * 3) return consider({ walker: own, heading, start, end }, false);
    }
    const walker = new Walker(doc, settings);
    for (const block of blocks) walker.block(block, depth);
    consider({ walker, heading, start, end }, false);
  };
  // A stream of updates in heading form that is the whole document ("## Update 2031-04-09" over
  // what was done that day, one heading a day): each heading is an entry on its day, as a status
  // page's posted updates are when nothing beside them reads as a timeline.
  const stream = updateStream(doc.model.sections);
  if (stream.length) {
    const walker = new Walker(doc, settings);
    for (const section of stream) {
      walker.updateHeading(section.heading);
      for (const block of doc.root.children.slice(section.blocks[0], section.blocks[1])) walker.block(block, section.heading.depth);
    }
    consider({ walker, heading: null, start: stream[0].heading.start, end: stream[stream.length - 1].end }, false);
  }
  // The blocks before the first heading after the title: status-page posts open with their updates.
  const opening = openingBlocks(doc);
  if (opening.length) considerBlocks(opening, 0, null, startOf(opening[0]), endOf(opening[opening.length - 1]));
  for (const section of doc.model.sections) {
    if (section.empty) continue;
    considerBlocks(doc.root.children.slice(section.blocks[0], section.blocks[1]), section.heading.depth, section.heading, section.bodyStart, section.end);
  }
  return best;
}

/**
 * The top-level blocks after the front matter and the title, up to the next heading. A line or two
 * a page prints above its title ("Back to overview", a breadcrumb) does not end the opening at the
 * title: the blocks under the title are read with them, as when the title comes first.
 */
function openingBlocks(doc: AnalysedDocument): RootContent[] {
  const out: RootContent[] = [];
  let i = 0;
  const children = doc.root.children;
  while (i < children.length && (children[i].type === 'yaml' || children[i].type === 'html')) i++;
  const titled = children[i]?.type === 'heading' && (children[i] as { depth: number }).depth === 1;
  if (titled) i++;
  for (; i < children.length && children[i].type !== 'heading'; i++) out.push(children[i]);
  // Above the title, only a few short paragraphs: more, or anything else, and the title is no title.
  const above = !titled && out.length > 0 && out.length <= MAX_ABOVE_TITLE && out.every((b) => b.type === 'paragraph' && endOf(b) - startOf(b) <= 80);
  if (above && (children[i] as { depth?: number } | undefined)?.depth === 1) {
    for (i++; i < children.length && children[i].type !== 'heading'; i++) out.push(children[i]);
  }
  return out;
}

/** Paragraphs a page may print above its title (see `openingBlocks`). */
const MAX_ABOVE_TITLE = 2;

/** The document's own date: metadata first, then a date in the title (or the front matter's title). */
function documentDate(doc: AnalysedDocument): string | null {
  const own = writtenDay(doc.model);
  if (own) return own;
  const title = doc.model.title ? '' : typeof doc.model.frontMatter?.data.title === 'string' ? doc.model.frontMatter.data.title : '';
  const reading = readDate(title);
  if (reading.kind === 'date') return reading.iso;
  // Otherwise the first complete date the document writes gives dates such as "Jan 16" their year; a post
  // is often named by the day it was published, after the incident, so the file's name comes last.
  return firstFullDate(doc.text) ?? dayInPath(doc.path);
}

/** Which way round the timeline writes numeric dates, when its dates that read one way only agree. */
function numericOrder(items: readonly Item[]): NumericOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const item of items) {
    if (item.kind === 'day' || item.kind === 'weekday' || item.kind === 'clock') continue;
    const part = item.kind === 'date' ? item.part : (item.draft.stamp?.date ?? item.draft.date);
    const order = part && numericOrderOf(part);
    if (order === 'day-first') dayFirst++;
    else if (order === 'month-first') monthFirst++;
  }
  if (dayFirst && !monthFirst) return 'day-first';
  if (monthFirst && !dayFirst) return 'month-first';
  return null;
}

/**
 * True when the timeline's bare times are on a 12-hour clock: none is past 12 or written with a
 * leading zero ("00:40", "09:05", "17:20" are the 24-hour clock), and an hour is written in one
 * digit ("9:44", "1:17"), as the 12-hour clock writes them.
 */
function twelveHourClock(text: string, items: readonly Item[]): boolean {
  let short = false;
  for (const item of items) {
    const stamp = item.kind === 'entry' ? item.draft.stamp : null;
    if (!stamp?.time || stamp.clock === '12h') continue;
    const hour = text.slice(stamp.time.start, stamp.time.end).split(':')[0];
    if (stamp.time.hour > 12 || hour.startsWith('0')) return false;
    if (hour.length === 1) short = true;
  }
  return short;
}

/** A sentence elsewhere in the document saying which zone all times are in ("All times in PDT"). */
function documentZone(doc: AnalysedDocument): ZoneReading | null {
  const re = /all\s+times/gi;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const line = doc.lines.positionAt(m.index).line;
    const zone = findZoneNote(doc.lines.lineText(line));
    if (zone) return zone;
  }
  return null;
}

const DAY = 86_400_000;

/**
 * The instant of a time on no written day: the clock on a day of an arbitrary year (2000, or the
 * next when a day without its year goes back), moved a century back so that it never compares
 * with an entry on a written day. Enough for order and durations among such entries.
 */
function noDayInstant(
  year: number,
  month: number,
  day: number,
  clock: { hour: number; minute: number; second: number },
  zoneId: string,
  shift: number,
): number {
  return (zonedTime(year, month, day, clock, zoneId, shift)?.instant ?? NaN) - 100 * 365 * DAY;
}

/** Reads the document's timeline section, or null when it has none. */
export function extractTimeline(doc: AnalysedDocument, settings: Settings): Timeline | null {
  const { model, root } = doc;
  // A bold label ("- **Key events**") heads no blocks of its own: the list that holds it is read below.
  const candidates = model.sections.filter((s) => s.kind === 'timeline' && s.source !== 'label');
  let section = candidates.find((s) => !s.empty) ?? candidates[0];
  let walker = new Walker(doc, settings);
  let heading: HeadingInfo | null;
  let bodyStart: number;
  let bodyEnd: number;
  if (section) {
    let walked = false;
    // Of several sections read as timelines ("Events during the outage" over a table of figures,
    // then "Timeline"), the first whose entries carry times is the timeline.
    for (const candidate of candidates.length > 1 ? candidates.slice(0, 8) : []) {
      if (candidate.empty) continue;
      const tried = new Walker(doc, settings);
      for (const block of root.children.slice(candidate.blocks[0], candidate.blocks[1])) tried.block(block, candidate.heading.depth);
      if (tried.score().timed) {
        [section, walker, walked] = [candidate, tried, true];
        break;
      }
    }
    heading = section.heading;
    bodyStart = section.bodyStart;
    bodyEnd = section.end;
    if (!walked) for (const block of root.children.slice(section.blocks[0], section.blocks[1])) walker.block(block, section.heading.depth);
    walker.readCodeIfUntimed();
    const parts = continuingParts(
      doc,
      settings,
      section,
      model.sections.filter((s) => s.kinds.includes('timeline') && s.source !== 'label'),
    );
    if (parts.length > 1) {
      walker = walkParts(doc, settings, parts);
      bodyEnd = parts[parts.length - 1].end;
    }
  } else {
    const found = timelineByBody(doc, settings);
    if (!found) return null;
    ({ walker, heading, start: bodyStart, end: bodyEnd } = found);
  }
  return readEntries(doc, settings, walker, heading, bodyStart, bodyEnd);
}

/** Reads the sections' blocks into one walker, in document order. */
function walkParts(doc: AnalysedDocument, settings: Settings, parts: readonly Section[]): Walker {
  const walker = new Walker(doc, settings);
  for (const part of parts) for (const block of doc.root.children.slice(part.blocks[0], part.blocks[1])) walker.block(block, part.heading.depth);
  walker.readCodeIfUntimed();
  return walker;
}

/**
 * A timeline told in parts ("## Timeline", then "## Follow-up timeline" for the evening after, or a
 * "Timeline:" line under each part of the incident): a later section read as a timeline, though it
 * may be read as something else too, is read with the parts before it when its times go on from
 * where they end, both read alone (on the same scale: both with a day or both without) and read
 * together, and its heading names no other zone. A later part that goes back (a detailed timeline
 * after a summary of key events, another incident, or a part whose day is unclear) is not: parts
 * whose order is in doubt stay apart. At most eight later sections are tried, each read alone and
 * with the parts before it.
 */
function continuingParts(doc: AnalysedDocument, settings: Settings, first: Section, candidates: readonly Section[]): Section[] {
  const parts = [first];
  if (candidates.length < 2) return parts;
  const timed = (list: readonly Section[]) =>
    readEntries(doc, settings, walkParts(doc, settings, list), list[0].heading, list[0].bodyStart, list[list.length - 1].end).entries.filter(
      (e) => e.instant !== null && !e.problem,
    );
  const goesOn = (before: TimelineEntry | undefined, after: TimelineEntry | undefined) =>
    !!before && !!after && (before.date === null) === (after.date === null) && after.instant! >= before.instant!;
  let last = timed(parts).pop();
  for (const next of candidates.slice(0, 8)) {
    if (next.empty || next.blocks[0] < parts[parts.length - 1].blocks[1]) continue;
    // A part whose heading names another zone than the first's is read in its own zone: left apart.
    if (findZoneNote(next.heading.text)?.zone !== findZoneNote(first.heading.text)?.zone) break;
    const alone = timed([next]);
    const joined = timed([...parts, next]);
    const at = joined.findIndex((e) => e.start >= next.bodyStart);
    if (!goesOn(last, alone[0]) || !goesOn(joined[at - 1], joined[at])) break;
    parts.push(next);
    last = alone.pop();
  }
  return parts;
}

/** Reads the entries a walker found: their days, zones, instants and milestones. */
function readEntries(doc: AnalysedDocument, settings: Settings, walker: Walker, heading: HeadingInfo | null, bodyStart: number, bodyEnd: number): Timeline {
  walker.dropPassing();
  // The timeline's zone: its heading, a note in it, its table's time column, or a note in the document.
  let zone: ZoneReading | null = null;
  let zoneSource: Timeline['zoneSource'] = null;
  const headingZone = heading ? findZoneNote(heading.text) : null;
  if (headingZone) [zone, zoneSource] = [headingZone, 'heading'];
  else if (walker.note) [zone, zoneSource] = [walker.note, 'note'];
  else if (walker.tableZone) [zone, zoneSource] = [walker.tableZone, 'table-header'];
  else {
    const fromDocument = documentZone(doc);
    if (fromDocument) [zone, zoneSource] = [fromDocument, 'document'];
  }

  const entries: TimelineEntry[] = [];
  const matcher = matcherFor(settings);
  let reference = documentDate(doc);
  const order = numericOrder(walker.items);
  let carried: string | null = reference;
  let previousMinute: number | null = null;
  let dayShift = 0;
  let previousWeekday: number | null = null;
  let laterMilestoneSeen = false;
  // The arbitrary year of times whose written day has no year and no reference to take one from.
  let nominalYear = 2000;
  let nominalDay: string | null = null;
  // A day heading or date line without a year ("### March 2") that no reference could place: the
  // entries under it are on that day of the arbitrary year, so a new day keeps the order.
  let carriedDay: DatePart | null = null;
  // On a 12-hour clock written without "am"/"pm" ("11:57", then "1:17"), the afternoon of the last
  // stamp that wrote it ("### 1:42-1:59 PM") or a turn past noon carries to the bare times after it.
  const halfDay = twelveHourClock(doc.text, walker.items);
  let afternoon = false;
  // The day of the last date line and of the entries after it: an entry under a date line that
  // writes no time of its own ("2026-02-18:" over "- The report came in") happened on that day.
  let lineDay: string | null = null;
  // The incident's day number ("Day 2") last written, which moves the entries after it by whole days.
  let dayNumber: number | null = null;
  const toDay = (n: number) => {
    if (dayNumber !== null && n > dayNumber) dayShift += n - dayNumber;
    dayNumber = n;
  };
  // The weekday (0 for Monday) of the last date or weekday line, and the shift of days it stood at:
  // a weekday line ("**Wednesday**") moves the entries after it to that day of the week after it.
  let lineWeekday: number | null = null;
  let lineShift = 0;
  // The zone the last paragraph entry wrote with its time, for a paragraph right after it that writes none.
  let proseZone: ZoneReading | null = null;
  // Entries placed on the document's date alone, before any day is written: a date line after them
  // that they are not before ("Monday 18th" under a post dated the 18th) starts a new day, so they
  // were on an earlier day the timeline does not write (see `unplace`).
  const assumed: Assumed[] = [];
  let dayGiven = false;
  for (const item of doc.text ? walker.items : []) {
    if (item.kind === 'weekday') {
      if (lineWeekday !== null) dayShift = lineShift + ((item.index - lineWeekday + 7) % 7);
      [lineWeekday, lineShift] = [item.index, dayShift];
      afternoon = false;
      previousMinute = null;
      previousWeekday = null;
      continue;
    }
    if (item.kind === 'clock') {
      // A time told in prose between entries: the clock going back by more than twelve hours turns the day.
      // On a 12-hour clock written without "am"/"pm" a bare time says too little to tell.
      if (halfDay) continue;
      if (previousMinute !== null && previousMinute - item.minute > 720) dayShift++;
      if (previousMinute !== null) previousMinute = item.minute;
      continue;
    }
    if (item.kind === 'day') {
      toDay(item.index);
      afternoon = false;
      previousMinute = null;
      previousWeekday = null;
      continue;
    }
    if (item.kind === 'date') {
      afternoon = false;
      const iso = resolveDate(item.part, carried ?? reference, order);
      if (iso) {
        if (!dayGiven && assumed.length && assumed[0].entry.date! >= iso) unplace(assumed);
        dayGiven = true;
        carried = iso;
        reference ??= iso;
      }
      lineDay = iso;
      carriedDay = !iso && item.part.kind === 'month-day' ? item.part : null;
      previousMinute = null;
      dayShift = 0;
      // 2024-01-01 was a Monday.
      lineWeekday = iso ? ((daysBetween('2024-01-01', iso) % 7) + 7) % 7 : null;
      lineShift = 0;
      previousWeekday = null;
      continue;
    }
    const draft = item.draft;
    const stamp = draft.stamp;
    const ownDate = stamp?.date ?? draft.date;
    const datePart = ownDate ?? (carried ? null : carriedDay);
    let date: string | null = null;
    let dateWritten = false;
    if (datePart) {
      date = resolveDate(datePart, carried ?? reference, order);
      if (date) {
        dateWritten = true;
        dayGiven = true;
        carried = date;
        reference ??= date;
        dayShift = 0;
      }
    }
    // "Feb 7 1506 UTC" then "1936 UTC": with no year anywhere, the entries after a day without its
    // year are on that day, as under a day heading.
    if (!date && ownDate?.kind === 'month-day') {
      carriedDay = ownDate;
      dayShift = 0;
    }
    let pending: Omit<Assumed, 'entry'> | null = null;
    const entryZone = stamp?.zone ?? null;
    // Told in prose, "At 3:28 PM UTC …" then "At 3:43 PM, …": a time without its zone is in the zone
    // the paragraph before it wrote, over a note about the timeline as a whole.
    const toldZone: ZoneReading | null = draft.shape === 'paragraph' ? proseZone : null;
    const effectiveZone: ZoneReading | null = entryZone ?? draft.columnZone ?? toldZone ?? zone;
    proseZone = draft.shape === 'paragraph' && stamp?.time ? (entryZone ?? toldZone) : null;
    let instant: number | null = null;
    let iso: string | null = null;
    let coarse: string | null = null;
    if (stamp?.time && !stamp.problem?.includes('not a time')) {
      const { minute, second } = stamp.time;
      let { hour } = stamp.time;
      if (stamp.clock === '12h') afternoon = hour >= 12;
      else if (halfDay && hour >= 1 && hour <= 11 && !stamp.problem) {
        // Back by six hours or more, yet less than a day: the clock went past noon ("11:57" → "1:17").
        const back = previousMinute === null ? 0 : previousMinute - (hour * 60 + minute);
        if (!afternoon && back >= 360 && back < 720) afternoon = true;
        if (afternoon) hour += 12;
      }
      const minuteOfDay = hour * 60 + minute + (second ?? 0) / 60;
      // "Fri 21:10 … Sat 12:25": without a written date, a weekday before the time says which day it is.
      // A day written without a year that could not be placed still says which day it is.
      const dayOnly = !dateWritten && ownDate?.kind === 'month-day';
      if (dayOnly) dayShift = 0;
      const weekday = dateWritten || dayOnly ? null : weekdayBefore(doc.text.slice(Math.max(draft.start, stamp.start - 20), stamp.start));
      const dayWritten = dateWritten || dayOnly ? null : dayNumberBefore(doc.text.slice(Math.max(draft.start, stamp.start - 20), stamp.start));
      if (weekday !== null && previousWeekday !== null) dayShift += (weekday - previousWeekday + 7) % 7;
      else if (dayWritten !== null) toDay(dayWritten);
      else if (!dateWritten && !dayOnly && previousMinute !== null && nextDayBefore(doc.text.slice(Math.max(draft.start, stamp.start - 40), stamp.start)))
        dayShift++;
      // Without a written date or weekday, a time that goes back by more than twelve hours is on the next day.
      else if (!dateWritten && !dayOnly && previousMinute !== null && previousMinute - minuteOfDay > 720) dayShift++;
      previousWeekday = weekday;
      previousMinute = minuteOfDay;
      const day = date ?? carried;
      const zoneId = effectiveZone?.zone ?? 'UTC';
      if (day) {
        const placed = timeOnDay(day, zoneId, { hour, minute, second: second ?? 0 }, dateWritten ? 0 : dayShift, !!effectiveZone);
        if (placed) ({ instant, date, iso } = placed);
        if (placed && !dayGiven)
          pending = { clock: { hour, minute, second: second ?? 0 }, zoneId, shift: dayShift, offset: !!effectiveZone && !effectiveZone.zone.includes('/') };
      } else {
        // No day anywhere: times count from an arbitrary day, which is enough for order and durations.
        // A day and month written without a year ("Oct 2, 15:10") place the time on that day of an
        // arbitrary year, so entries over several days keep their order; going back by more than
        // half a year is the next year ("Dec 31" then "Jan 1").
        let month = 1;
        let dayOfMonth = 1;
        if (datePart?.kind === 'month-day') {
          const nominal = calendarDate(nominalYear, datePart.month, datePart.day);
          if (nominalDay !== null && nominal !== null && daysBetween(nominal, nominalDay) > 183) nominalYear++;
          month = datePart.month;
          dayOfMonth = datePart.day;
          const placed = calendarDate(nominalYear, month, dayOfMonth);
          if (placed !== null) nominalDay = placed;
          else [month, dayOfMonth] = [1, 1];
        }
        const clock = { hour, minute, second: second ?? 0 };
        instant = noDayInstant(nominalYear, month, dayOfMonth, clock, zoneId, dayShift);
        iso = isoClock(clock, zoneId, !!effectiveZone && !effectiveZone.zone.includes('/'));
      }
    } else if (date && !stamp) {
      previousMinute = null;
      // An entry that writes only its day ("2025-01-16 – keys rotated") is read as that day.
      if (dateWritten) iso = date;
    } else if (!stamp && ownDate?.kind === 'placeholder') {
      previousMinute = null;
      // "2023-MM-DD": the entry is read, at its year when the draft wrote one; its day is still to find.
      if (ownDate.year !== null) iso = String(ownDate.year);
    } else if (!stamp && ownDate?.kind === 'month-day') {
      previousMinute = null;
      // A day without its year that nothing gives a year to ("Mar 3: disks replaced") is read as
      // that day of no particular year, written as ISO 8601 writes it (`--03-03`).
      iso = `--${String(ownDate.month).padStart(2, '0')}-${String(ownDate.day).padStart(2, '0')}`;
    } else if (!stamp && !ownDate && draft.coarse) {
      // "Morning", "+3 min": read as written. It is on no clock, so it neither orders nor measures.
      coarse = draft.coarse;
    } else if (!stamp && !ownDate && lineDay) {
      date = lineDay;
      iso = lineDay;
    }
    if (lineDay && date) lineDay = date;

    const tag = matcher.tag(draft.text) ?? (stamp ? matcher.tag(doc.text.slice(draft.start, draft.end)) : null);
    let milestone: Milestone | null = tag;
    let milestoneSource: TimelineEntry['milestoneSource'] = tag ? 'tag' : null;
    if (!tag) {
      // "Started investigating" after the detection is not the start of the incident.
      const found = matcher.candidates(draft.text).filter((m) => !(m === 'start' && laterMilestoneSeen));
      milestone = statusMilestone(draft.text) ?? found[0] ?? null;
      if (milestone) milestoneSource = 'keyword';
    }
    if (milestone && milestone !== 'start') laterMilestoneSeen = true;

    const line = doc.lines.positionAt(draft.start).line;
    const entry: TimelineEntry = {
      line,
      start: draft.start,
      end: draft.end,
      text: draft.text,
      time: iso,
      coarse,
      milestone,
      shape: draft.shape,
      stamp: stamp ? { start: stamp.start, end: stamp.end, text: doc.text.slice(stamp.start, stamp.end) } : null,
      date,
      dateWritten,
      zone: effectiveZone?.label ?? null,
      zoneWritten: !!entryZone,
      clock: stamp?.clock ?? null,
      precision: stamp?.time?.precision ?? null,
      instant,
      problem: stamp?.problem ?? (!stamp && ownDate?.kind === 'placeholder' ? `the date ${ownDate.written} is a placeholder` : null),
      milestoneSource,
      orderExplained: false,
    };
    entries.push(entry);
    if (pending) assumed.push({ entry, ...pending });
  }
  for (const entry of explainedEntries(walker.orderNotes, entries)) entry.orderExplained = true;

  return {
    entries,
    timezone: zone?.label ?? null,
    zoneId: zone?.zone ?? null,
    zoneSource,
    metrics: computeMetrics(entries),
    heading,
    start: bodyStart,
    end: bodyEnd,
    stated: readStatedMetrics(doc.text, doc.lines),
  };
}

/** An entry placed on the document's date alone, with what it takes to read it again on no day. */
interface Assumed {
  entry: TimelineEntry;
  clock: { hour: number; minute: number; second: number };
  zoneId: string;
  /** The days it was moved on by (a time going back by more than twelve hours). */
  shift: number;
  /** Whether its time is written with the zone's offset. */
  offset: boolean;
}

/**
 * Reads entries that were placed on the document's date alone as entries on no day: a date line
 * after them says the day that follows, and they were before it (a post dated by the incident's last
 * day, "Friday" entries above "Monday 18th"). Their times keep their order among themselves, on the
 * scale of entries without a day, which the order check and the durations do not compare with dated ones.
 */
function unplace(assumed: readonly Assumed[]): void {
  for (const { entry, clock, zoneId, shift, offset } of assumed) {
    entry.date = null;
    entry.instant = noDayInstant(2000, 1, 1, clock, zoneId, shift);
    entry.time = isoClock(clock, zoneId, offset);
  }
}

/** How the start of the incident was chosen, for the editor to say. */
export interface StartChoice {
  entry: TimelineEntry | null;
  /** `tagged` ([start]), `keyword` (a start word), or `earliest` (no start marked: the earliest entry that is not context). */
  how: 'tagged' | 'keyword' | 'earliest' | null;
  /** Entries long before the rest of the timeline (background such as a change made weeks earlier), not the start. */
  context: TimelineEntry[];
}

/**
 * Entries far before the others: those before a gap of more than a day that is longer than
 * everything after it (a beta released weeks before an outage of one morning). They are context;
 * the incident starts after them. The first detection, mitigation or resolution is never context.
 */
export function contextEntries(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const dated = entries.filter((e) => e.instant !== null && e.date !== null).sort((a, b) => a.instant! - b.instant!);
  if (dated.length < 3) return [];
  const anchor = dated.find((e) => e.milestone !== null && e.milestone !== 'start') ?? dated[dated.length - 1];
  const last = dated[dated.length - 1].instant!;
  let cut = -1;
  for (let i = 0; i + 1 < dated.length && dated[i + 1].instant! <= anchor.instant!; i++) {
    const gap = dated[i + 1].instant! - dated[i].instant!;
    if (gap > DAY && gap > last - dated[i + 1].instant!) cut = i;
  }
  return dated.slice(0, cut + 1);
}

/** The start of the incident: a tagged start, else the start word nearest before the detection, else the earliest entry that is not context. */
export function chooseStart(entries: readonly TimelineEntry[]): StartChoice {
  const context = contextEntries(entries);
  const isContext = new Set(context);
  const detection = entries.find((e) => e.milestone === 'detection' && e.instant !== null) ?? null;
  const starts = entries.filter((e) => e.milestone === 'start' && e.instant !== null);
  const tagged = starts.find((e) => e.milestoneSource === 'tag');
  if (tagged) return { entry: tagged, how: 'tagged', context };
  // The last start before the detection: when both "bug introduced" and "outage starts" are marked,
  // the outage is what detection is measured from. A start word on context, or after the detection, is not the start.
  const usable = starts.filter((e) => !isContext.has(e) && (!detection || minutesBetween(e, detection) !== null));
  let start: TimelineEntry | null = null;
  for (const e of usable) start = e;
  if (start) return { entry: start, how: 'keyword', context };
  for (const e of entries) if (e.instant !== null && !isContext.has(e) && (!start || (sameScale(e, start) && e.instant < start.instant!))) start = e;
  return { entry: start, how: start ? 'earliest' : null, context };
}

function sameScale(a: TimelineEntry, b: TimelineEntry): boolean {
  return (a.date === null) === (b.date === null);
}

/** The entries that anchor each milestone: the first of each kind, and the start (see `chooseStart`). */
export function milestoneEntries(entries: readonly TimelineEntry[]): Record<Milestone, TimelineEntry | null> {
  const first = (m: Milestone) => entries.find((e) => e.milestone === m && e.instant !== null) ?? null;
  return { start: chooseStart(entries).entry, detection: first('detection'), mitigation: first('mitigation'), resolution: first('resolution') };
}

/** Minutes between two entries, or null when either has no time or they are on different scales. */
export function minutesBetween(from: TimelineEntry | null, to: TimelineEntry | null): number | null {
  if (!from || !to || from.instant === null || to.instant === null) return null;
  if ((from.date === null) !== (to.date === null)) return null;
  const minutes = Math.round((to.instant - from.instant) / 60_000);
  return minutes < 0 ? null : minutes;
}

/** Time to detect, mitigate and resolve, in minutes from the start. */
export function computeMetrics(entries: readonly TimelineEntry[]): TimelineMetrics {
  const m = milestoneEntries(entries);
  return {
    timeToDetect: minutesBetween(m.start, m.detection),
    timeToMitigate: minutesBetween(m.start, m.mitigation),
    timeToResolve: minutesBetween(m.start, m.resolution),
  };
}
