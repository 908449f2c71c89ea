/**
 * Reads the timeline section into entries: tables (the time column found by its header), lists,
 * paragraph lines and one heading per time. Dates carry from earlier entries, from date lines or
 * headings, or from the document's date; times that go back by more than twelve hours roll over
 * to the next day; zones come from the entry, the time column, a note or the heading.
 */
import type { List, ListItem, Nodes, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { DateTime } from 'luxon';
import { compiled } from '../compiled';
import { readDate } from '../dates';
import type { AnalyzedDocument, HeadingInfo, Milestone, Timeline, TimelineEntry, TimelineMetrics } from '../model';
import { normaliseHeading } from '../normalise';
import type { Settings } from '../settings';
import { MilestoneMatcher } from './milestones';
import { readLeadingDate, readStamp, resolveDate, type DatePart, type Stamp } from './stamps';
import { readStatedMetrics } from './stated';
import { findZoneNote, type ZoneReading } from './zones';

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
}

type Item = { kind: 'date'; part: DatePart } | { kind: 'entry'; draft: Draft };

const matchers = new WeakMap<Settings, MilestoneMatcher>();
function matcherFor(settings: Settings): MilestoneMatcher {
  let m = matchers.get(settings);
  if (!m) {
    m = new MilestoneMatcher(settings.timeline.milestones);
    matchers.set(settings, m);
  }
  return m;
}

function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
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

/** Plain text of a piece of Markdown source, for showing and for keyword search. */
function plain(source: string): string {
  return source
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^[\s\-–—:|)\]]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const TIME_HEADERS = new Set(['time', 'timestamp', 'time stamp', 'date', 'when', 'date time', 'datetime', 'date and time', 'time and date', 'start', 'start time', 'hour', 'clock', 'local time']);

/** Reads a timeline from the section blocks it was given. */
class Walker {
  readonly items: Item[] = [];
  /** Zone notes found among the blocks ("All times in UTC"). */
  note: ZoneReading | null = null;
  tableZone: ZoneReading | null = null;
  private heading: Draft | null = null;
  private paragraph: Draft | null = null;

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly settings: Settings,
  ) {}

  private push(draft: Draft): void {
    this.items.push({ kind: 'entry', draft });
  }

  private closeHeading(): void {
    this.heading = null;
  }

  private appendBody(draft: Draft, node: Nodes): void {
    draft.end = Math.max(draft.end, endOf(node));
    const body = plain(this.doc.text.slice(startOf(node), endOf(node)));
    if (body) draft.text = draft.text ? `${draft.text} ${body}` : body;
  }

  block(node: RootContent, sectionDepth: number): void {
    switch (node.type) {
      case 'heading': {
        if (node.depth <= sectionDepth) return;
        this.closeHeading();
        const start = startOf(node);
        const lineText = this.doc.text.slice(start, endOf(node));
        const hashes = /^#{1,6}[ \t]*/.exec(lineText)?.[0].length ?? 0;
        const stamp = readStamp(lineText.slice(hashes), true);
        if (stamp) {
          const draft: Draft = { shape: 'heading', start, end: endOf(node), stamp: shift(stamp, start + hashes), date: null, columnZone: null, text: plain(lineText.slice(hashes + stamp.end).replace(/^[\s\])*_]+/, '')) };
          this.push(draft);
          this.heading = draft;
          return;
        }
        const dateLine = readLeadingDate(lineText.slice(hashes));
        if (dateLine) {
          if (dateLine.rest) {
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
        else this.note ??= findZoneNote(toString(node));
        return;
      default:
        if (this.heading) this.appendBody(this.heading, node as Nodes);
    }
  }

  private paragraphLines(start: number, end: number, node: Nodes): void {
    const { lines, text } = this.doc;
    const first = lines.positionAt(start).line;
    const last = lines.positionAt(end).line;
    this.paragraph = null;
    let sawEntry = false;
    for (let line = first; line <= last; line++) {
      const lineStart = Math.max(lines.lineStart(line), line === first ? start : 0);
      const lineEnd = Math.min(lines.lineEnd(line), end);
      const lineText = text.slice(lineStart, lineEnd);
      const stamp = readStamp(lineText, true);
      if (stamp) {
        const draft: Draft = { shape: 'paragraph', start: lineStart + (/^\s*/.exec(lineText)?.[0].length ?? 0), end: lineEnd, stamp: shift(stamp, lineStart), date: null, columnZone: null, text: plain(lineText.slice(stamp.end).replace(/^[\s\])*_]+/, '')) };
        this.push(draft);
        this.paragraph = draft;
        sawEntry = true;
        continue;
      }
      const dateLine = readLeadingDate(lineText);
      if (dateLine && !dateLine.rest) {
        this.items.push({ kind: 'date', part: dateLine.date });
        this.paragraph = null;
        continue;
      }
      if (dateLine && /^[\s*_[(]*\d/.test(lineText)) {
        const draft: Draft = { shape: 'paragraph', start: lineStart + (/^\s*/.exec(lineText)?.[0].length ?? 0), end: lineEnd, stamp: null, date: dateLine.date, columnZone: null, text: plain(dateLine.rest) };
        this.push(draft);
        this.paragraph = draft;
        sawEntry = true;
        continue;
      }
      if (this.paragraph) {
        this.paragraph.end = lineEnd;
        const more = plain(lineText);
        if (more) this.paragraph.text = `${this.paragraph.text} ${more}`.trim();
      } else if (this.heading) {
        this.heading.end = Math.max(this.heading.end, lineEnd);
        const more = plain(lineText);
        if (more) this.heading.text = this.heading.text ? `${this.heading.text} ${more}` : more;
      }
    }
    if (!sawEntry && !this.heading) this.note ??= findZoneNote(toString(node));
    this.paragraph = null;
  }

  private list(list: List): void {
    const from = this.items.length;
    for (const item of list.children) this.listItem(item);
    // A list with no time or date in any item is prose (causes, notes), not a list of events.
    const added = this.items.slice(from);
    const events = added.filter((i): i is Extract<Item, { kind: 'entry' }> => i.kind === 'entry');
    if (events.length && events.every((i) => !i.draft.stamp && !i.draft.date) && added.every((i) => i.kind === 'entry')) this.items.length = from;
  }

  private listItem(item: ListItem): void {
    const { text } = this.doc;
    const start = startOf(item);
    const end = endOf(item);
    const firstLineEnd = this.doc.lines.lineEnd(this.doc.lines.positionAt(start).line);
    const markerLength = /^(?:[-*+]|\d{1,9}[.)])[ \t]*(?:\[[ xX]\][ \t]*)?/.exec(text.slice(start, firstLineEnd))?.[0].length ?? 0;
    const contentStart = start + markerLength;
    const firstLine = text.slice(contentStart, firstLineEnd);
    const nested = item.children.find((c): c is List => c.type === 'list');
    const inHeading = this.heading !== null;
    const stamp = readStamp(firstLine, inHeading);
    if (stamp) {
      const before = firstLine.slice(0, stamp.start).replace(/[\s[(*_]+$/, '');
      const after = firstLine.slice(stamp.end).replace(/^[\s\])*_]+/, '');
      const more = text.slice(firstLineEnd, end);
      this.push({ shape: 'list-item', start, end, stamp: shift(stamp, contentStart), date: null, columnZone: null, text: plain(`${before} ${after}${more}`) });
      return;
    }
    const dateLine = readLeadingDate(firstLine);
    if (dateLine && !dateLine.rest && nested) {
      this.items.push({ kind: 'date', part: dateLine.date });
      this.list(nested);
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
      this.push({ shape: 'list-item', start, end, stamp: null, date: dateLine.date, columnZone: null, text: plain(dateLine.rest) });
      return;
    }
    this.push({ shape: 'list-item', start, end, stamp: null, date: null, columnZone: null, text: plain(text.slice(contentStart, end)) });
  }

  private cellSource(cell: TableCell): { text: string; start: number } {
    const source = this.doc.text.slice(startOf(cell), endOf(cell));
    const lead = /^\|?/.exec(source)![0].length;
    const inner = source.slice(lead).replace(/\|$/, '');
    return { text: inner, start: startOf(cell) + lead };
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
      if (timeColumn === -1) return;
    }
    const columnZone = findZoneNote(names[timeColumn]) ?? (dateColumn !== -1 ? findZoneNote(names[dateColumn]) : null);
    if (columnZone) this.tableZone ??= columnZone;
    for (const row of rows) {
      const cells = row.children;
      if (cells.every((c) => !toString(c).trim())) continue;
      const timeCell = cells[timeColumn];
      const source = timeCell ? this.cellSource(timeCell) : null;
      const stamp = source ? readStamp(source.text, false) : null;
      let date: DatePart | null = null;
      if (dateColumn !== -1 && cells[dateColumn]) date = readLeadingDate(toString(cells[dateColumn]))?.date ?? null;
      const rest = cells.filter((_, i) => i !== timeColumn && i !== dateColumn).map((c) => plain(toString(c))).filter(Boolean);
      this.push({ shape: 'table-row', start: startOf(row), end: endOf(row), stamp: stamp && source ? shift(stamp, source.start) : null, date, columnZone, text: rest.join(' — ') });
    }
  }
}

/** Finds a "Key events" list item (a label naming the timeline, with a nested list), as some templates write it. */
function keyEventsList(doc: AnalyzedDocument, settings: Settings): List | null {
  const matcher = compiled(settings).sections;
  const visit = (nodes: readonly Nodes[]): List | null => {
    for (const node of nodes) {
      if (node.type === 'listItem') {
        const first = node.children[0];
        const nested = node.children.find((c): c is List => c.type === 'list');
        if (first?.type === 'paragraph' && nested && matcher.match(plain(toString(first)).replace(/:$/, '')) === 'timeline') return nested;
      }
      if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
        const found = visit(node.children as Nodes[]);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(doc.root.children as Nodes[]);
}

/** The document's own date: metadata first, then a date in the title. */
function documentDate(doc: AnalyzedDocument): string | null {
  for (const field of doc.model.metadata) {
    if (field.canonical !== 'date') continue;
    const reading = readDate(field.value);
    if (reading.kind === 'date') return reading.iso;
  }
  const title = doc.model.title?.text ?? (typeof doc.model.frontMatter?.data.title === 'string' ? doc.model.frontMatter.data.title : '');
  const reading = readDate(title);
  return reading.kind === 'date' ? reading.iso : null;
}

/** A sentence elsewhere in the document saying which zone all times are in ("All times in PDT"). */
function documentZone(doc: AnalyzedDocument): ZoneReading | null {
  const re = /all\s+times/gi;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const line = doc.lines.positionAt(m.index).line;
    const zone = findZoneNote(doc.lines.lineText(line));
    if (zone) return zone;
  }
  return null;
}

const DAY = 86_400_000;

/** Reads the document's timeline section, or null when it has none. */
export function extractTimeline(doc: AnalyzedDocument, settings: Settings): Timeline | null {
  const { model, root } = doc;
  const candidates = model.sections.filter((s) => s.kind === 'timeline');
  const section = candidates.find((s) => !s.empty) ?? candidates[0];
  const walker = new Walker(doc, settings);
  let heading: HeadingInfo | null = null;
  let bodyStart: number;
  let bodyEnd: number;
  if (section) {
    heading = section.heading;
    bodyStart = section.bodyStart;
    bodyEnd = section.end;
    for (const block of root.children.slice(section.blocks[0], section.blocks[1])) walker.block(block, section.heading.depth);
  } else {
    const list = keyEventsList(doc, settings);
    if (!list) return null;
    bodyStart = startOf(list);
    bodyEnd = endOf(list);
    walker.block(list, 0);
  }

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
  let carried: string | null = reference;
  let previousMinute: number | null = null;
  let dayShift = 0;
  let laterMilestoneSeen = false;
  for (const item of doc.text ? walker.items : []) {
    if (item.kind === 'date') {
      const iso = resolveDate(item.part, carried ?? reference);
      if (iso) {
        carried = iso;
        reference ??= iso;
      }
      previousMinute = null;
      dayShift = 0;
      continue;
    }
    const draft = item.draft;
    const stamp = draft.stamp;
    const datePart = stamp?.date ?? draft.date;
    let date: string | null = null;
    let dateWritten = false;
    if (datePart) {
      date = resolveDate(datePart, carried ?? reference);
      if (date) {
        dateWritten = true;
        carried = date;
        reference ??= date;
        dayShift = 0;
      }
    }
    const entryZone = stamp?.zone ?? null;
    const effectiveZone = entryZone ?? draft.columnZone ?? zone;
    let instant: number | null = null;
    let iso: string | null = null;
    if (stamp?.time && !stamp.problem?.includes('not a time')) {
      const { hour, minute, second } = stamp.time;
      const minuteOfDay = hour * 60 + minute + (second ?? 0) / 60;
      // Without a written date, a time that goes back by more than twelve hours is on the next day.
      if (!dateWritten && previousMinute !== null && previousMinute - minuteOfDay > 720) dayShift++;
      previousMinute = minuteOfDay;
      const day = date ?? carried;
      const zoneId = effectiveZone?.zone ?? 'UTC';
      if (day) {
        let dt = DateTime.fromISO(day, { zone: zoneId }).set({ hour, minute, second: second ?? 0, millisecond: 0 });
        if (!dateWritten && dayShift) dt = dt.plus({ days: dayShift });
        if (dt.isValid) {
          instant = dt.toMillis();
          date = dt.toISODate();
          iso = effectiveZone ? dt.toISO({ suppressMilliseconds: true }) : dt.toISO({ suppressMilliseconds: true, includeOffset: false });
        }
      } else {
        // No day anywhere: times count from an arbitrary day, which is enough for order and durations.
        const dt = DateTime.fromObject({ year: 2000, month: 1, day: 1, hour, minute, second: second ?? 0 }, { zone: zoneId }).plus({ days: dayShift });
        instant = dt.toMillis() - 100 * 365 * DAY;
        const time = DateTime.fromObject({ hour, minute, second: second ?? 0 }, { zone: zoneId });
        iso = effectiveZone && !effectiveZone.zone.includes('/') ? time.toISOTime({ suppressMilliseconds: true }) : time.toISOTime({ suppressMilliseconds: true, includeOffset: false });
      }
    } else if (date && !stamp) {
      previousMinute = null;
    }

    const tag = matcher.tag(draft.text) ?? (stamp ? matcher.tag(doc.text.slice(draft.start, draft.end)) : null);
    let milestone: Milestone | null = tag;
    let milestoneSource: TimelineEntry['milestoneSource'] = tag ? 'tag' : null;
    if (!tag) {
      // "Started investigating" after the detection is not the start of the incident.
      const found = matcher.candidates(draft.text).filter((m) => !(m === 'start' && laterMilestoneSeen));
      milestone = found[0] ?? null;
      if (milestone) milestoneSource = 'keyword';
    }
    if (milestone && milestone !== 'start') laterMilestoneSeen = true;

    const line = doc.lines.positionAt(draft.start).line;
    entries.push({
      line,
      start: draft.start,
      end: draft.end,
      text: draft.text,
      time: iso,
      milestone,
      shape: draft.shape,
      stamp: stamp ? { start: stamp.start, end: stamp.end, text: doc.text.slice(stamp.start, stamp.end) } : null,
      date,
      dateWritten,
      zone: effectiveZone?.label ?? null,
      zoneWritten: !!entryZone,
      clock: stamp?.clock ?? null,
      seconds: stamp?.time?.second !== null && stamp?.time?.second !== undefined,
      instant,
      problem: stamp?.problem ?? null,
      milestoneSource,
    });
  }

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

/** The entries that anchor each milestone: the first of each kind, and the start (or the earliest entry). */
export function milestoneEntries(entries: readonly TimelineEntry[]): Record<Milestone, TimelineEntry | null> {
  const first = (m: Milestone) => entries.find((e) => e.milestone === m && e.instant !== null) ?? null;
  const detection = first('detection');
  // A tagged start wins. Otherwise the last start before the detection: when both "bug introduced"
  // and "outage starts" are marked, the outage is what detection is measured from.
  const starts = entries.filter((e) => e.milestone === 'start' && e.instant !== null);
  const tagged = starts.find((e) => e.milestoneSource === 'tag');
  let start: TimelineEntry | null = tagged ?? null;
  if (!start) {
    for (const e of starts) if (!detection || e.instant! <= detection.instant!) start = e;
    start ??= starts[0] ?? null;
  }
  if (!start) {
    for (const e of entries) if (e.instant !== null && (!start || e.instant < start.instant!)) start = e;
  }
  return { start, detection, mitigation: first('mitigation'), resolution: first('resolution') };
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
