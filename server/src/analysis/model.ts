import type { Root } from 'mdast';
import type { LineIndex } from './text';

/** A heading of the document. Offsets are into the checked text; lines are zero-based. */
export interface HeadingInfo {
  text: string;
  depth: number;
  line: number;
  start: number;
  end: number;
}

/** One section: a heading and everything up to the next heading of the same or a higher level. */
export interface Section {
  /** The required section this heading names (`summary`, `timeline` …), or null. */
  kind: string | null;
  heading: HeadingInfo;
  /** Offset just after the heading line's text. */
  bodyStart: number;
  /** Offset where the next heading of the same or a higher level starts. */
  end: number;
  /** Indexes into `root.children` of the section's body blocks: [first, last). */
  blocks: [number, number];
  /** True when the body has no content, or only placeholders such as TBD or `[Date]`. */
  empty: boolean;
  /** True when the body has text but all of it is placeholders. */
  placeholderOnly: boolean;
}

/** A metadata value, from front matter or from `Key: value` lines near the top. */
export interface MetadataField {
  /** The key folded to lower case words, for example `incident id`. */
  key: string;
  /** The key as written. */
  label: string;
  /** A well-known name for the key (`date`, `incidentId`, `owner`, `authors`, `severity`, `status`), or null. */
  canonical: string | null;
  value: string;
  line: number;
  start: number;
  end: number;
  source: 'front-matter' | 'inline' | 'heading';
}

/** An inline control comment such as `<!-- postmortem-disable-next-line rule-id -->`. */
export interface ControlComment {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Rule ids named in the comment; empty means every rule. */
  rules: string[];
  line: number;
  endLine: number;
  start: number;
  end: number;
}

/** A stretch of the checked text, as string offsets. */
export interface Span {
  start: number;
  end: number;
}

/** The roles a column of an action-item table can play, recognised by its header. */
export type ActionColumn = 'item' | 'owner' | 'due' | 'status' | 'ticket' | 'priority' | 'category';

/** One row of an action-item table as written: its span and the span of each cell (pipes included). */
export interface TableRowLayout {
  start: number;
  end: number;
  cells: Span[];
}

/** An action-item table, kept so that fixes can fill a cell or add a column to every row. */
export interface ActionTable {
  start: number;
  end: number;
  /** The column index of each recognised role; absent when the table has no such column. */
  columns: Partial<Record<ActionColumn, number>>;
  /** Every row, the header first. The delimiter row (`| --- |`) is not among them. */
  rows: TableRowLayout[];
  /** The zero-based line of the delimiter row. */
  delimiterLine: number;
}

/** An action item, in any of the shapes documents use (table row, task, bullet). */
export interface ActionItem {
  line: number;
  start: number;
  end: number;
  text: string;
  owner: string | null;
  /** ISO date (yyyy-mm-dd), or null when there is none or it cannot be read. */
  due: string | null;
  /** The due date as written. */
  dueText: string | null;
  done: boolean;
  ticket: string | null;
  priority: string | null;
  category: string | null;
  /** How the item is written. */
  shape: 'table' | 'task' | 'bullet' | 'numbered';
  /** How `dueText` reads: a calendar date, two possible dates, an impossible date, or words. */
  dueKind: 'date' | 'ambiguous' | 'invalid' | 'words' | null;
  /** Both readings of an ambiguous due date. */
  dueReadings: [string, string] | null;
  /** Where the item's own words are (the first paragraph, or the item cell). */
  textSpan: Span;
  ownerSpan: Span | null;
  dueSpan: Span | null;
  /** The written status (a table's status cell, or `Status: …` in the text). */
  statusSpan: Span | null;
  /** The offset of the character between a task's brackets (` ` or `x`), or null. */
  checkbox: number | null;
  /** Where an inline token such as `(owner: …)` is appended: the end of the item's first line of words. */
  insertAt: number;
  /** The table and row index the item comes from, for table rows. */
  table: ActionTable | null;
  row: number;
}

/** One event of the timeline. */
export interface TimelineEntry {
  line: number;
  start: number;
  end: number;
  text: string;
  /** ISO date-time, or null when the entry's time cannot be read. */
  time: string | null;
  /** `start`, `detection`, `mitigation`, `resolution`, or null. */
  milestone: string | null;
}

/** Durations computed from the timeline's milestones, in minutes. */
export interface TimelineMetrics {
  timeToDetect: number | null;
  timeToMitigate: number | null;
  timeToResolve: number | null;
}

/** The parsed timeline. */
export interface Timeline {
  entries: TimelineEntry[];
  timezone: string | null;
  metrics: TimelineMetrics;
}

/** Why a document was taken for a post-mortem, or why not. */
export type Detection =
  | 'front-matter'
  | 'path'
  | 'title'
  | 'excluded'
  | 'not-a-postmortem';

/** Everything the rules know about one version of a post-mortem. It holds no syntax tree. */
export interface PostmortemModel {
  isPostmortem: boolean;
  detection: Detection;
  /** Templates are checked leniently: content still to be written is not reported. */
  isTemplate: boolean;
  title: HeadingInfo | null;
  frontMatter: { data: Record<string, unknown>; start: number; end: number; error: string | null } | null;
  metadata: MetadataField[];
  headings: HeadingInfo[];
  sections: Section[];
  controls: ControlComment[];
  timeline: Timeline | null;
  actionItems: ActionItem[];
}

/** A document after its single parse: the text, its line index, the tree and the model. */
export interface AnalyzedDocument {
  text: string;
  lines: LineIndex;
  root: Root;
  model: PostmortemModel;
  /** Path used to decide whether the document is a post-mortem, if it has one. */
  path: string | undefined;
}
