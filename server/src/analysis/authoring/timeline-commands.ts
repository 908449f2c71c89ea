/**
 * The timeline commands as pure computations over an analysed document: Format Table, Sort
 * Timeline, Insert Timeline Row and Normalise Timeline Times. Each answers with text edits
 * (string offsets) that touch only what the command must change, and a sentence for the user.
 */
import { isoDateOf, isoDateParts, zonedAt, zonedTime, type ZonedTime } from '../base/dates';
import type { TextEdit } from '../base/findings';
import type { AnalysedDocument, Timeline, TimelineEntry } from '../model/model';
import { cellPipes, displayWidth, formatTable, tableAt } from './table-format';
import { entryAtOffset } from '../model/timeline/present';
import { renderStamp, stampTemplate, type StampTemplate } from '../model/timeline/render';
import { APPROX, readStamp } from '../model/timeline/stamps';
import { readZoneAt } from '../model/timeline/zones';

/** The commands the editor offers on a timeline. */
export type TimelineCommand = 'formatTable' | 'sortTimeline' | 'insertRow' | 'normaliseTimes';

export const TIMELINE_COMMANDS: readonly TimelineCommand[] = ['formatTable', 'sortTimeline', 'insertRow', 'normaliseTimes'];

/** What a command does to a document. */
export interface CommandResult {
  /** Non-overlapping edits of the document; empty when there is nothing to do. */
  edits: TextEdit[];
  /** What was done, or why nothing was, in a sentence for the user; null when the edits say it all. */
  message: string | null;
  /** Where the cursor belongs after the edits, as an offset into the edited text, or null. */
  cursor: number | null;
}

const nothing = (message: string): CommandResult => ({ edits: [], message, cursor: null });

/** Runs one command at `offset` (the cursor). `now` is the clock Insert Timeline Row reads. */
export function runTimelineCommand(doc: AnalysedDocument, command: TimelineCommand, offset: number, now: Date): CommandResult {
  if (command === 'formatTable') return formatTableAt(doc, offset);
  const timeline = doc.model.timeline;
  if (!timeline) return nothing('This post-mortem has no timeline section.');
  if (!timeline.entries.length) return nothing('The timeline has no entries yet.');
  switch (command) {
    case 'sortTimeline':
      return sortTimeline(doc, timeline);
    case 'insertRow':
      return insertRow(doc, timeline, offset, now);
    case 'normaliseTimes':
      return normaliseTimes(timeline);
  }
}

/** Formats the table under the cursor. */
export function formatTableAt(doc: AnalysedDocument, offset: number): CommandResult {
  const table = tableAt(doc.root, offset);
  if (!table) return nothing('Put the cursor in a table to format it.');
  const edits = formatTable(doc.text, table);
  return edits.length ? { edits, message: null, cursor: null } : nothing('The table is already formatted.');
}

// ---------------------------------------------------------------------------------------------
// Sort Timeline

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/** Where the movable part of an entry starts: after a list marker, which stays where it is. */
function contentStart(text: string, entry: TimelineEntry): number {
  if (entry.shape !== 'list-item') return entry.start;
  return entry.start + (LIST_MARKER.exec(text.slice(entry.start, entry.start + 16))?.[0].length ?? 0);
}

function columnOf(doc: AnalysedDocument, offset: number): number {
  return offset - doc.lines.lineStart(doc.lines.positionAt(offset).line);
}

/** The offset of the first character of the line holding `offset`, after indentation and quote marks. */
function lineContentStart(doc: AnalysedDocument, offset: number): number {
  const start = doc.lines.lineStart(doc.lines.positionAt(offset).line);
  return start + (/^[ \t>]*/.exec(doc.text.slice(start, Math.min(offset, start + 200)))?.[0].length ?? 0);
}

/** True when two entries sit next to each other in the same table, list, paragraph or run of headings. */
function adjacent(doc: AnalysedDocument, a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.shape !== b.shape || b.start < a.end) return false;
  const gap = doc.text.slice(a.end, b.start);
  if (a.shape === 'table-row') {
    if (!/^[ \t]*\r?\n[ \t>]*$/.test(gap)) return false;
  } else if (a.shape === 'paragraph') {
    // Two entries on one line of a paragraph wrapped by hand ("… regressions. 15:56 - After …") sit side by side.
    if (/^[ \t]*$/.test(gap)) return true;
    // Lines of one paragraph, or paragraphs one blank line apart (status updates, one per paragraph).
    if (!/^[ \t]*\r?\n(?:[ \t>]*\r?\n)?[ \t>]*$/.test(gap)) return false;
  } else if (!/^\s*$/.test(gap)) return false;
  // After such a line, the next line's entry lines up with the line's first entry, not its last.
  const from = a.shape === 'paragraph' ? lineContentStart(doc, a.start) : a.start;
  if (columnOf(doc, from) !== columnOf(doc, b.start)) return false;
  if (a.shape === 'heading') return /^#+/.exec(doc.text.slice(a.start))![0] === /^#+/.exec(doc.text.slice(b.start))![0];
  return true;
}

/** A stretch of entries that moves as one: a timed entry and the untimed entries after it. */
interface Unit {
  start: number;
  end: number;
  instant: number | null;
  /** Width of the list marker before the unit (0 outside lists). */
  marker: number;
}

/** The edits that put one run of entries in time order, or why they cannot be sorted. */
function sortGroup(doc: AnalysedDocument, group: TimelineEntry[]): { edits: TextEdit[]; problem: string | null; attached: number } {
  const { text } = doc;
  const timed = group.filter((e) => e.instant !== null);
  if (timed.length < 2) return { edits: [], problem: null, attached: 0 };
  if (timed.some((e) => (e.date === null) !== (timed[0].date === null))) {
    return {
      edits: [],
      problem: `the entries from line ${group[0].line + 1} mix times with a known day and times without one, so their order is unclear`,
      attached: 0,
    };
  }
  // Days of undated times are inferred from their order (a time far earlier is the next day) in
  // each entry's own zone; moving entries of several zones would change the day they are read on.
  if (timed.some((e) => !e.dateWritten) && new Set(timed.map((e) => e.zone)).size > 1) {
    return {
      edits: [],
      problem: `the entries from line ${group[0].line + 1} are in several zones and do not all write their date, so moving them would change the day they are read on (Normalise Timeline Times first)`,
      attached: 0,
    };
  }
  const pinned: Unit[] = [];
  const units: Unit[] = [];
  let attached = 0;
  for (const entry of group) {
    const start = contentStart(text, entry);
    if (entry.instant !== null) units.push({ start, end: entry.end, instant: entry.instant, marker: start - entry.start });
    else if (units.length) {
      // A row without a readable time stays with the row above it (often it continues that event).
      units[units.length - 1].end = entry.end;
      attached++;
    } else pinned.push({ start, end: entry.end, instant: null, marker: start - entry.start });
  }
  const sorted = [...units].sort((a, b) => a.instant! - b.instant!);
  if (sorted.every((u, i) => u === units[i])) return { edits: [], problem: null, attached: 0 };
  const edits: TextEdit[] = [];
  for (let i = 0; i < units.length; i++) {
    const slot = units[i];
    const moved = sorted[i];
    if (moved === slot) continue;
    const body = text.slice(moved.start, moved.end);
    // Continuation lines are indented to the marker's width; a wider or narrower marker would change them.
    if (moved.marker !== slot.marker && /\n/.test(body)) {
      return {
        edits: [],
        problem: `the list from line ${group[0].line + 1} has items of several lines under markers of different widths, which moving would re-indent`,
        attached: 0,
      };
    }
    edits.push({ start: slot.start, end: slot.end, newText: body });
  }
  return { edits, problem: null, attached };
}

/** Sorts each table, list, paragraph or run of headings of the timeline by time; stable. */
export function sortTimeline(doc: AnalysedDocument, timeline: Timeline): CommandResult {
  const groups: TimelineEntry[][] = [];
  for (const entry of timeline.entries) {
    const last = groups[groups.length - 1];
    if (last && adjacent(doc, last[last.length - 1], entry)) last.push(entry);
    else groups.push([entry]);
  }
  const edits: TextEdit[] = [];
  const problems: string[] = [];
  let attached = 0;
  for (const group of groups) {
    const result = sortGroup(doc, group);
    edits.push(...result.edits);
    attached += result.attached;
    if (result.problem) problems.push(result.problem);
  }
  const notes: string[] = [];
  if (problems.length) notes.push(`Not sorted: ${problems.join('; ')}.`);
  if (!edits.length && !problems.length) notes.push('The timeline is already in order.');
  if (edits.length && attached) notes.push(`${attached === 1 ? 'One entry' : `${attached} entries`} without a readable time moved with the entry above.`);
  return { edits, message: notes.join(' ') || null, cursor: null };
}

// ---------------------------------------------------------------------------------------------
// Insert Timeline Row and Normalise Timeline Times share the stamp templates.

function templateOf(entry: TimelineEntry): StampTemplate | null {
  if (!entry.stamp || entry.problem) return null;
  return stampTemplate(entry.stamp.text, entry.date);
}

/** The zone (as the model names it) that applies to an entry, from its own stamp or the zone label the parser gave it. */
function zoneIdOf(entry: TimelineEntry, template: StampTemplate | null): string | null {
  if (entry.zoneWritten && template?.stamp.zone) return template.stamp.zone.zone;
  return entry.zone ? (readZoneAt(entry.zone, 0, true)?.zone ?? null) : null;
}

function lineEndAt(doc: AnalysedDocument, offset: number): number {
  return doc.lines.lineEnd(doc.lines.positionAt(offset).line);
}

/** A new table row shaped like `row`: the stamp in the time cell, other cells blank at the same widths. */
function tableRowLike(row: string, stampStart: number, stampEnd: number, stamp: string): { text: string; cursor: number } {
  const pipes = cellPipes(row);
  const bounds = [-1, ...pipes, row.length];
  let out = '';
  let cursor = -1;
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (i > 0) out += '|';
    const from = bounds[i] + 1;
    const to = bounds[i + 1];
    const cell = row.slice(from, to);
    // Outside the outer pipes (usually nothing, or trailing spaces) is kept as it is.
    if ((i === 0 && pipes[0] === 0 && !cell.trim()) || (i === bounds.length - 2 && !cell.trim())) {
      out += cell;
      continue;
    }
    const width = displayWidth(cell);
    if (stampStart >= from && stampEnd <= to) {
      const before = cell.slice(0, stampStart - from);
      const after = /^[*_`\])]*/.exec(cell.slice(stampEnd - from))![0];
      let value = before + stamp + after;
      const short = width - displayWidth(value);
      value += ' '.repeat(Math.max(short, cell.endsWith(' ') ? 1 : 0));
      out += value;
    } else {
      if (cursor === -1 && stampEnd <= from) cursor = out.length + Math.min(1, width);
      out += ' '.repeat(Math.max(width, 1));
    }
  }
  return { text: out, cursor: cursor === -1 ? out.length : cursor };
}

/** Inserts a row with the current time after the entry under the cursor, or at the end of the timeline. */
export function insertRow(doc: AnalysedDocument, timeline: Timeline, offset: number, now: Date): CommandResult {
  const { text, lines } = doc;
  const anchor = entryAtOffset(doc, timeline, offset) ?? timeline.entries[timeline.entries.length - 1];
  // The format comes from the anchor, or from the nearest entry that has a readable time.
  const index = timeline.entries.indexOf(anchor);
  const order = [
    index,
    ...timeline.entries
      .map((_, i) => i)
      .filter((i) => i !== index)
      .sort((a, b) => Math.abs(a - index) - Math.abs(b - index) || a - b),
  ];
  let model: TimelineEntry | null = null;
  let template: StampTemplate | null = null;
  for (const i of order) {
    const candidate = timeline.entries[i];
    if (candidate.shape !== anchor.shape) continue;
    template = templateOf(candidate);
    if (template) {
      model = candidate;
      break;
    }
  }
  if (!template || !model) return nothing('No entry of this kind in the timeline has a readable time to copy the format from.');
  const zone = zoneIdOf(model, template) ?? timeline.zoneId ?? 'UTC';
  const dt = zonedAt(now.getTime(), zone);
  if (!dt) return nothing(`The zone ${zone} cannot be used to write the current time.`);
  const stamp = renderStamp(template, dt, null);
  if (stamp === null) return nothing(`The date in ${template.text} is written in a way this command cannot imitate.`);
  const eol = lines.eol;
  const anchorLine = lines.positionAt(anchor.start).line;
  const prefix = text.slice(lines.lineStart(anchorLine), anchor.start);
  const at = lineEndAt(doc, anchor.end);
  const stampIn = (entry: TimelineEntry) => entry.stamp!.start;
  const separator = text.slice(model.stamp!.end, lineEndAt(doc, model.stamp!.end)).match(/^[*_`\])]*\s*(?:[-–—:|]+\s*)?/)![0];
  const lead = text.slice(contentStart(text, model), stampIn(model));
  let row: string;
  let cursorInRow: number;
  switch (anchor.shape) {
    case 'table-row': {
      const rowStart = model.start;
      const modelRow = text.slice(rowStart, lineEndAt(doc, rowStart));
      const built = tableRowLike(modelRow, model.stamp!.start - rowStart, model.stamp!.end - rowStart, stamp);
      row = prefix + built.text;
      cursorInRow = prefix.length + built.cursor;
      break;
    }
    case 'list-item': {
      let marker = text.slice(anchor.start, contentStart(text, anchor));
      marker = marker.replace(/^(\d+)/, (n) => String(Number(n) + 1));
      row = prefix + marker + lead + stamp + separator;
      cursorInRow = row.length;
      break;
    }
    case 'paragraph':
      row = prefix + lead + stamp + separator;
      cursorInRow = row.length;
      break;
    case 'heading': {
      const hashes = /^#+[ \t]*/.exec(text.slice(anchor.start))![0];
      row =
        eol +
        prefix +
        hashes +
        text.slice(model.start + /^#+[ \t]*/.exec(text.slice(model.start))![0].length, model.stamp!.start) +
        stamp +
        separator.trimEnd();
      cursorInRow = row.length;
      break;
    }
  }
  const newText = eol + row;
  return { edits: [{ start: at, end: at, newText }], message: null, cursor: at + eol.length + cursorInRow };
}

/** A fixed moment for comparing stamp styles: two stamps with one style render it identically. */
const STYLE_PROBE = zonedTime(2001, 2, 3, { hour: 4, minute: 5, second: 6 }, 'UTC')!;

const APPROXIMATE = new RegExp(APPROX, 'i');

/** Rewrites every readable time in one format (the one most entries use) and in the timeline's stated zone. */
export function normaliseTimes(timeline: Timeline): CommandResult {
  const readable: { entry: TimelineEntry; template: StampTemplate; style: string | null }[] = [];
  const ranges: string[] = [];
  let unreadable = 0;
  for (const entry of timeline.entries) {
    if (!entry.stamp) continue;
    if (entry.instant !== null && readStamp(entry.stamp.text, false)?.range) {
      ranges.push(`line ${entry.line + 1} (a range of times)`);
      continue;
    }
    // "10-02 ~07:01": rewriting the stamp in another entry's style would drop the mark that the time is approximate.
    if (entry.instant !== null && APPROXIMATE.test(entry.stamp.text)) {
      ranges.push(`line ${entry.line + 1} (an approximate time)`);
      continue;
    }
    const template = templateOf(entry);
    if (!template || entry.instant === null) {
      unreadable++;
      continue;
    }
    readable.push({ entry, template, style: renderStamp(template, STYLE_PROBE, 'ZONE') });
  }
  if (!readable.length) return nothing('No entry of the timeline has a readable time.');

  // The target zone: the one the timeline states, else the one most entries write.
  let targetZone = timeline.zoneId;
  let targetLabel = timeline.timezone;
  if (!targetZone) {
    const counts = new Map<string, { n: number; id: string }>();
    for (const { entry, template } of readable) {
      if (!entry.zoneWritten || !entry.zone) continue;
      const id = zoneIdOf(entry, template);
      if (!id) continue;
      const c = counts.get(entry.zone) ?? { n: 0, id };
      c.n++;
      counts.set(entry.zone, c);
    }
    let best: [string, { n: number; id: string }] | null = null;
    for (const pair of counts) if (!best || pair[1].n > best[1].n) best = pair;
    if (best) [targetLabel, targetZone] = [best[0], best[1].id];
  }

  // The target format: the style most entries use (the first of them on a tie).
  // Without a stated zone, the zone must stay on every entry: only formats that write one qualify.
  const needsZone = !timeline.zoneId && readable.some((r) => r.entry.zoneWritten);
  const styles = new Map<string, number>();
  for (const r of readable) if (r.style !== null && (!needsZone || r.template.stamp.zone)) styles.set(r.style, (styles.get(r.style) ?? 0) + 1);
  let bestStyle: string | null = null;
  for (const [style, n] of styles) if (bestStyle === null || n > styles.get(bestStyle)!) bestStyle = style;
  const model = readable.find((r) => r.style === bestStyle);
  if (!model) return nothing('The times of this timeline are written in ways this command cannot imitate.');
  const writesZone = !!model.template.stamp.zone;

  const edits: TextEdit[] = [];
  const skipped: string[] = [...ranges];
  let converted = 0;
  for (const { entry, template } of readable) {
    const time = template.stamp.time!;
    const sourceZone = zoneIdOf(entry, template) ?? targetZone ?? 'UTC';
    const day = entry.date ? isoDateParts(entry.date) : null;
    const fixedOffset = (z: string) => z === 'UTC' || /^UTC[+-]/.test(z);
    const convert = targetZone !== null && sourceZone !== targetZone;
    if (convert && !entry.date && !(fixedOffset(sourceZone) && fixedOffset(targetZone!))) {
      skipped.push(`line ${entry.line + 1} (its day is unknown, so its offset from ${targetLabel} is not)`);
      continue;
    }
    let dt: ZonedTime | null =
      entry.date && !day
        ? null
        : zonedTime(day?.year ?? 2000, day?.month ?? 1, day?.day ?? 1, { hour: time.hour, minute: time.minute, second: time.second ?? 0 }, sourceZone);
    if (dt && convert) dt = zonedAt(dt.instant, targetZone!);
    if (!dt) {
      skipped.push(`line ${entry.line + 1}`);
      continue;
    }
    // A time converted across midnight needs its new day written; where the format writes no date
    // (or a date column or heading holds it), the day would be read wrong, so the entry is left.
    if (convert && !model.template.stamp.date && isoDateOf(dt) !== (entry.date ?? '2000-01-01')) {
      skipped.push(`line ${entry.line + 1} (in ${targetLabel} it falls on another day${entry.dateWritten ? ', written elsewhere' : ''})`);
      continue;
    }
    const stamp = renderStamp(model.template, dt, writesZone ? targetLabel : null, !!entry.date);
    if (stamp === null) {
      skipped.push(`line ${entry.line + 1} (its day is unknown)`);
      continue;
    }
    if (convert) converted++;
    if (stamp !== entry.stamp!.text) edits.push({ start: entry.stamp!.start, end: entry.stamp!.end, newText: stamp });
  }
  const notes: string[] = [];
  if (!edits.length) notes.push('Every time is already written the same way.');
  else
    notes.push(
      `${edits.length === 1 ? 'One time' : `${edits.length} times`} rewritten like ${model.template.text}${converted ? `, ${converted} of them converted to ${targetLabel}` : ''}.`,
    );
  if (!timeline.zoneId && targetLabel) notes.push(`The timeline states no zone, so ${targetLabel}, which most entries write, was used.`);
  if (skipped.length) notes.push(`Left as written: ${skipped.join('; ')}.`);
  if (unreadable)
    notes.push(`${unreadable === 1 ? 'One time cannot' : `${unreadable} times cannot`} be read and ${unreadable === 1 ? 'was' : 'were'} left alone.`);
  return { edits, message: notes.join(' '), cursor: null };
}
