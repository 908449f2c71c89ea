import type { Root } from 'mdast';
import type { ActionItemFields } from './action-item-fields';
import type { SectionSpec } from '../base/settings';
import type { LineIndex } from '../base/text';

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
  /** The section this heading names (a required section's id such as `summary`, or `detection`, `resolution`), or null. */
  kind: string | null;
  /** Every section the heading counts as, `kind` first: a compound heading ("Recovery and lessons learned") counts as two. */
  kinds: string[];
  /** How the kind was decided: a configured name (`alias`), the heading's words (`meaning`) or the section's content (`body`). */
  decidedBy: 'alias' | 'meaning' | 'body' | null;
  /** What decided: the configured name, the heading's words that scored, or what the content holds. */
  because: string[];
  /**
   * How the heading is written: a Markdown `heading`, a `line` that is only bold or italic text,
   * or a bold `label` that starts a paragraph or list item ("**Impact**: …"). A label's section
   * is the rest of its paragraph or item, so it has no blocks of its own.
   */
  source: 'heading' | 'line' | 'label';
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
  /**
   * True for a title written as a plain line in a report that lost its heading markers ("What
   * next?" alone on its line): its parts are titled by plain lines too.
   */
  plain?: boolean;
  /**
   * True when the section counts as the action items besides its own kind (the lessons, the
   * response) only because its prose tells changes made or promised against a repeat: the
   * action-item reader reads that prose as it reads the lessons or the response.
   */
  planInProse?: boolean;
  /**
   * True for a timeline that is a log of incidents, one named and dated sub-heading each (a status
   * page's history): the work an entry promises is follow-up work, as it is outside a timeline.
   */
  incidentLog?: boolean;
  /**
   * True for a heading that holds one incident's own report, beside a sibling that holds another's
   * (a document reporting several incidents): no part itself, its parts are the sections under it.
   */
  holdsReport?: boolean;
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

/**
 * An inline control comment such as `<!-- postmortem-disable-next-line rule-id -->`, or a reading
 * directive that corrects what is read as an action item (`<!-- postmortem-not-action-item -->`).
 */
export interface ControlComment {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file' | 'not-action-item' | 'no-action-items' | 'action-items';
  /** Rule ids named in the comment; empty means every rule. For a reading directive, the words after it (a note). */
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
export interface ActionItem extends ActionItemFields {
  start: number;
  end: number;
  /**
   * How the item is written: a table row, a task, a bullet, a numbered item, a numbered heading
   * in an action-items section, or a sentence of prose ("Action item: …", "We will …").
   */
  shape: 'table' | 'task' | 'bullet' | 'numbered' | 'heading' | 'sentence';
  /**
   * How `dueText` reads: a calendar date, two possible dates, an impossible date, words, or a
   * window counted from the document's date ("0-7 days", "This week" in a plan heading), whose end is `due`.
   */
  dueKind: 'date' | 'window' | 'ambiguous' | 'invalid' | 'words' | null;
  /** Both readings of an ambiguous due date. */
  dueReadings: [string, string] | null;
  /** Where the item's own words are (the first paragraph, or the item cell). */
  textSpan: Span;
  ownerSpan: Span | null;
  /** A word written where the owner belongs that names no one ("Backlog", "Pending"): no owner, but one to report. */
  ownerStandIn?: (Span & { value: string }) | null;
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
  /** True for an item of a list or table that a `postmortem-action-items` comment marks as action items. */
  byDirective?: boolean;
}

/** A milestone of an incident, as the timeline marks it. */
export type Milestone = 'start' | 'detection' | 'mitigation' | 'resolution';

/** How finely a time is written: `2 pm` to the hour, `14:05` to the minute, `14:05:09` to the second. */
export type TimePrecision = 'hour' | 'minute' | 'second';

/** One event of the timeline. */
export interface TimelineEntry {
  line: number;
  start: number;
  end: number;
  text: string;
  /** ISO date-time, or null when the entry's time cannot be read. Without a known day it is a time alone (`14:05:00`). */
  time: string | null;
  /**
   * A time a table's time column tells coarsely or against another entry ("Morning", "+3 min",
   * "T+0"), as written, or null. Such an entry is read, but it is on no clock: its `time` and
   * `instant` are null, so it neither orders nor measures.
   */
  coarse: string | null;
  /** `start`, `detection`, `mitigation`, `resolution`, or null. */
  milestone: Milestone | null;
  /** How the entry is written: a table row, a list item, a paragraph line or a heading. */
  shape: 'table-row' | 'list-item' | 'paragraph' | 'heading';
  /** The stamp (date, time, zone) as written, with its offsets into the document; null when there is none. */
  stamp: { start: number; end: number; text: string } | null;
  /** The ISO day the entry falls on (written, carried from an earlier entry or from the metadata), or null. */
  date: string | null;
  /** True when the entry writes its own date. */
  dateWritten: boolean;
  /** The zone that applies to the entry (its own, the column's or the timeline's), as written, or null. */
  zone: string | null;
  /** True when the entry writes its own zone. */
  zoneWritten: boolean;
  /** `24h` for `14:05`, `12h` for `2:05 pm`, null without a time. */
  clock: '24h' | '12h' | null;
  /** How finely the time is written, or null without a time. Entries are ordered to the precision both write. */
  precision: TimePrecision | null;
  /** Milliseconds on a common scale for ordering and durations (epoch time when the day is known), or null. */
  instant: number | null;
  /** Why the stamp cannot be trusted as written, or null. */
  problem: string | null;
  /** How the milestone was found: an explicit tag such as `[detected]`, or a keyword. */
  milestoneSource: 'tag' | 'keyword' | null;
  /** True when a note in the timeline explains that this entry is out of order on purpose. */
  orderExplained: boolean;
}

/** Durations computed from the timeline's milestones, in minutes. */
export interface TimelineMetrics {
  timeToDetect: number | null;
  timeToMitigate: number | null;
  timeToResolve: number | null;
}

/** Which duration a figure written in the document speaks of. */
export type StatedMetricKind = 'detect' | 'mitigate' | 'resolve' | 'repair';

/** A duration the document states itself, such as "Time to detection: 20 min" or "MTTR: 45 minutes". */
export interface StatedMetric {
  kind: StatedMetricKind;
  /** The label as written. */
  label: string;
  minutes: number;
  /** True for figures written as approximate ("~20 min", "about an hour"). */
  approximate: boolean;
  line: number;
  /** Offsets of the figure (the duration) in the document. */
  start: number;
  end: number;
}

/** The parsed timeline. */
export interface Timeline {
  entries: TimelineEntry[];
  timezone: string | null;
  metrics: TimelineMetrics;
  /** The zone the timezone stands for: `UTC`, a fixed offset (`UTC-8`, `UTC+5:30`) or an IANA name (`America/Los_Angeles`); or null. */
  zoneId: string | null;
  /** Where the timeline's zone is stated: its heading, a note, a table header, or a note elsewhere in the document. */
  zoneSource: 'heading' | 'note' | 'table-header' | 'document' | null;
  /** The heading of the timeline section, or null for a timeline found as a "Key events" list. */
  heading: HeadingInfo | null;
  /** Offsets of the timeline's body. */
  start: number;
  end: number;
  /** Figures the document states itself, from anywhere in the document. */
  stated: StatedMetric[];
}

/** What a checked document is. */
export type DocumentKind = 'postmortem' | 'premortem';

/** Why a document was taken for a post-mortem, or why not. */
export type Detection = 'front-matter' | 'path' | 'title' | 'content' | 'excluded' | 'not-a-postmortem';

/** Everything the rules know about one version of a post-mortem. It holds no syntax tree. */
export interface PostmortemModel {
  isPostmortem: boolean;
  detection: Detection;
  /** Templates are checked leniently: content still to be written is not reported. */
  isTemplate: boolean;
  /** A post-mortem, or a pre-mortem (checked against the pre-mortem sections). */
  kind: DocumentKind;
  title: HeadingInfo | null;
  /** The front matter read as data; `format` is `toml` for `+++` front matter, else YAML. */
  frontMatter: { data: Record<string, unknown>; start: number; end: number; error: string | null; format?: 'yaml' | 'toml' } | null;
  metadata: MetadataField[];
  headings: HeadingInfo[];
  sections: Section[];
  controls: ControlComment[];
  timeline: Timeline | null;
  actionItems: ActionItem[];
  /** The sections a document of this kind must have (the post-mortem or the pre-mortem list), in their order. */
  required: readonly SectionSpec[];
  /**
   * Where the last block starts when the document ends inside it, so that text appended at the
   * end would become part of it (a code fence or HTML comment left open); null otherwise.
   */
  openEnd: number | null;
}

/** A document after its single parse: the text, its line index, the tree and the model. */
export interface AnalysedDocument {
  text: string;
  lines: LineIndex;
  root: Root;
  model: PostmortemModel;
  /** Path used to decide whether the document is a post-mortem, if it has one. */
  path: string | undefined;
}
