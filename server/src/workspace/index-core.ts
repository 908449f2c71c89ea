/**
 * The workspace index: one small summary per post-mortem (title, metadata, action items and
 * findings with positions), never a syntax tree. Pure: no file system, no LSP. The edge that
 * walks folders and watches files is `indexer.ts`; the per-file analysis is injectable so the
 * index can be tested with any extractor.
 */
import { documentTitle } from '../analysis/model/build';
import { check, type CheckResult } from '../analysis/engine/engine';
import type { ActionItem } from '../analysis/model/model';
import type { Settings } from '../analysis/base/settings';
import { LineIndex, type Position } from '../analysis/base/text';
import { actionItemFields, isClosed, type ActionItemFields } from '../analysis/model/action-item-fields';
import { isFactSummary, summariseFacts, type FactSummary } from '../analysis/model/facts/summary';
import { classifyItem, itemKindsOf, ITEM_KINDS, type ItemKind } from '../analysis/model/facts/item-kind';
import { archivedReason, followUpOf, type FollowUp } from '../analysis/model/action-items/follow-up';
import { splitOwners } from '../analysis/model/action-items/owners';
import { incidentText, isIncidentText } from '../similarity/text';
import type { ActionItemInfo } from '../protocol';
import type { IncidentText } from '../similarity/types';
import { isInsightSummary, summariseInsight, type InsightSummary } from '../insights/summary';

/** A zero-based range, counted in UTF-16 code units (the LSP shape). */
export interface Range {
  start: Position;
  end: Position;
}

/** The action item fields the index keeps, with a range instead of offsets. */
export interface IndexedItem extends ActionItemFields {
  range: Range;
  /** Detection, response, prevention or communication (written, else inferred); absent in summaries made before it was kept. */
  kind?: ItemKind;
}

/** A finding as the index keeps it for workspace diagnostics: positions, no fixes. */
export interface IndexedFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  range: Range;
}

/** What the per-file analysis yields for the index. */
export interface FileAnalysis {
  isPostmortem: boolean;
  isTemplate: boolean;
  title: string | null;
  /** Canonical metadata (`date`, `severity`, `status`, `owner` …), first value of each key. */
  metadata: Record<string, string>;
  actionItems: IndexedItem[];
  /** How long the post-mortem's open items are followed up (closed, or until a day); see `follow-up.ts`. */
  followUp: FollowUp;
  /** The rules' findings; null while only the outline of a post-mortem was analysed. */
  findings: IndexedFinding[] | null;
  /** Why the file could not be checked (too large, binary), if so. */
  notice: string | null;
  /** What the post-mortem says about the system (services, severity, start, causes, kinds of items); read with the findings, absent in an outline. */
  facts?: FactSummary | null;
  /** The words similarity reads (title, summary, root cause, impact), bounded; null when not a post-mortem. */
  incident?: IncidentText | null;
  /** What insights across the archive need beyond the facts: the lines facts come from, the timeline's milestones, missing sections, root-cause words; absent in an outline. */
  insight?: InsightSummary | null;
}

/** One indexed file. `size` and `mtimeMs` say which version of the file the summary is of. */
export interface FileSummary extends FileAnalysis {
  /** Absolute file-system path; the key of the index. */
  path: string;
  uri: string;
  size: number;
  mtimeMs: number;
  /** Hash of the settings the file was analysed with. */
  settingsKey: string;
  /** The day (`isoDay`, the UTC calendar day) the findings were computed on: some depend on today. */
  day: string;
  /** Bumped on every change of this entry; used as the workspace diagnostic result id. */
  generation: number;
}

/**
 * How much of a file to analyse: its `outline` (what the tree needs: kind, title, metadata and
 * action items; the rules do not run) or `full` (the outline and the rules' findings). A scan
 * builds every outline first, so the tree is complete early; findings follow in a second pass.
 */
export type Depth = 'outline' | 'full';

/** Analyses one file's text. `path` is workspace-relative; the clock is passed in. */
export type Analyse = (text: string, path: string, settings: Settings, now: Date, depth: Depth) => FileAnalysis;

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 represents a
 * substring (and a concatenation holding one) as a view on its parent, so a title or message
 * kept in the index would otherwise keep the whole document's text alive.
 */
export function detach<T extends string | null>(value: T): T {
  // Strings this short are always copied by V8 rather than sliced or concatenated lazily.
  if (value === null || value.length < 13) return value;
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Picks the contract fields of an action item and turns its offsets into a range; `kind` as the facts read it. */
export function indexItem(item: ActionItem, lines: LineIndex, kind: ItemKind = classifyItem(item).kind): IndexedItem {
  const { line, text, title, owner, owners, due, dueText, done, dropped, ticket, priority, category, implicit } = actionItemFields(item);
  const kept = detach(text);
  return {
    line,
    text: kept,
    title: title === text ? kept : detach(title),
    owner: detach(owner),
    owners: owners.map(detach),
    due: detach(due),
    dueText: detach(dueText),
    done,
    dropped: detach(dropped),
    ticket: detach(ticket),
    priority: detach(priority),
    category: detach(category),
    implicit,
    range: { start: lines.positionAt(item.start), end: lines.positionAt(item.end) },
    kind,
  };
}

/**
 * The default analysis: the same check the editor runs on open documents (without the rules for
 * an outline, and without the disable fixes, which the index does not keep).
 */
export const analyseText: Analyse = (text, path, settings, now, depth) =>
  fromCheck(check(text, { path, settings, now, rules: depth === 'outline' ? [] : undefined, disableFixes: false }), depth, settings);

/** The summary of a file with nothing to read in it: not Markdown the engine could model, or a check that failed. */
export function emptyAnalysis(isPostmortem: boolean, notice: string | null): FileAnalysis {
  return { isPostmortem, isTemplate: false, title: null, metadata: {}, actionItems: [], followUp: { closed: false, until: null }, findings: [], notice };
}

/**
 * Turns a check result (the server's cached one for open documents, or a fresh one) into the
 * index's summary. For an `outline`, the check ran no rules and the findings are left unknown.
 * `settings` (those of the check) give the follow-up window; without them there is none.
 */
export function fromCheck(
  result: CheckResult,
  depth: Depth = 'full',
  settings?: Pick<Settings, 'followUpWindowDays'> & Partial<Pick<Settings, 'facts'>>,
): FileAnalysis {
  const doc = result.doc;
  if (!doc) {
    return emptyAnalysis(!!result.notice, result.notice?.message ?? null);
  }
  const { model, lines } = doc;
  const metadata: Record<string, string> = {};
  for (const field of model.metadata) if (field.canonical) metadata[field.canonical] ??= detach(field.value);
  const range = (start: number, end: number): Range => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  let findings: IndexedFinding[] | null = [];
  if (model.isPostmortem) {
    findings =
      depth === 'outline'
        ? null
        : result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: detach(f.message), range: range(f.start, f.end) }));
  }
  return {
    isPostmortem: model.isPostmortem,
    isTemplate: model.isTemplate,
    title: detach(documentTitle(model)),
    metadata,
    actionItems: model.isPostmortem ? model.actionItems.map((item, i) => indexItem(item, lines, itemKindsOf(doc)[i].kind)) : [],
    followUp: followUpOf(model, settings ?? { followUpWindowDays: 0 }),
    findings,
    notice: null,
    facts: model.isPostmortem && depth === 'full' && settings?.facts ? summariseFacts(doc, settings as Settings) : null,
    incident: model.isPostmortem ? incidentText(doc) : null,
    insight: model.isPostmortem && depth === 'full' && settings?.facts ? summariseInsight(doc, settings as Settings) : null,
  };
}

/** Whole days from `from` to `to` (both yyyy-mm-dd); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  return Math.round(ms / 86_400_000);
}

/** True when an open item's due date is before today (and its post-mortem, if given, is not archived). A dropped item is never overdue. */
export function isOverdue(item: Pick<IndexedItem, 'done' | 'dropped' | 'due'>, today: string, followUp?: FollowUp): boolean {
  return !isClosed(item) && item.due !== null && item.due < today && !(followUp && archivedReason(followUp, today));
}

/** Folds a name, handle or e-mail for comparison: lower case, no leading `@`, single spaces. */
function fold(value: string): string {
  return value.trim().replace(/^@/, '').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * True when an owner (as written: "Ana Lima", "@ana", "ana@example.com", "Ana Lima, Omar")
 * names one of the identities. An e-mail identity also matches its local part as a handle.
 */
export function ownerMatches(owner: string | null, identities: readonly string[]): boolean {
  if (!owner) return false;
  const wanted = new Set<string>();
  for (const identity of identities) {
    const f = fold(identity);
    if (!f) continue;
    wanted.add(f);
    const at = f.indexOf('@');
    if (at > 0) wanted.add(f.slice(0, at));
  }
  if (!wanted.size) return false;
  for (const part of [owner, ...splitOwners(owner)]) {
    const f = fold(part.replace(/\s*\([^)]*\)\s*$/, ''));
    if (f && wanted.has(f)) return true;
    // "Ana Lima <ana@example.com>"
    const email = /<([^>]+)>/.exec(part);
    if (email && wanted.has(fold(email[1]))) return true;
  }
  return false;
}

/** Which items a query wants. Every field is optional; an empty filter takes every open item. */
export interface ItemFilter {
  /** `open` (default), `overdue`, `done`, `dropped` or `all`. */
  status?: 'open' | 'overdue' | 'done' | 'dropped' | 'all';
  /** Only items whose owner names this person (same matching as `mine`). */
  owner?: string;
  /** Only items of this document (URI). */
  document?: string;
  /** Also take closed items (done or dropped) when `status` is `open` (the default). */
  includeDone?: boolean;
  /** Only items owned by one of these identities (names, handles, e-mails). */
  mine?: string[];
}

/** An item with the document it comes from. */
export interface ListedItem extends IndexedItem {
  uri: string;
  path: string;
  documentTitle: string | null;
  isTemplate: boolean;
  /** Why the post-mortem's items no longer count as overdue (closed, or past its follow-up window), or null. */
  archived: string | null;
}

/** Applies a filter to the items of a set of summaries, in document then line order. */
export function filterItems(summaries: Iterable<FileSummary>, filter: ItemFilter, today: string): ListedItem[] {
  const out: ListedItem[] = [];
  const status = filter.status ?? 'open';
  const sorted = [...summaries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const summary of sorted) {
    if (!summary.isPostmortem) continue;
    if (filter.document && summary.uri !== filter.document) continue;
    const archived = archivedReason(summary.followUp, today);
    for (const item of summary.actionItems) {
      if (status === 'open' && isClosed(item) && !filter.includeDone) continue;
      if (status === 'done' && !item.done) continue;
      if (status === 'dropped' && item.dropped === null) continue;
      if (status === 'overdue' && !isOverdue(item, today, summary.followUp)) continue;
      if (filter.owner && !ownerMatches(item.owner, [filter.owner])) continue;
      if (filter.mine && !ownerMatches(item.owner, filter.mine)) continue;
      out.push({ ...item, uri: summary.uri, path: summary.path, documentTitle: summary.title, isTemplate: summary.isTemplate, archived });
    }
  }
  return out;
}

/** A listed item as the server sends it to the Action Items view: the public fields and where it stands. */
export function actionItemInfo(item: ListedItem): ActionItemInfo {
  return {
    uri: item.uri,
    path: item.path,
    documentTitle: item.documentTitle,
    isTemplate: item.isTemplate,
    archived: item.archived,
    range: item.range,
    kind: item.kind ?? null,
    ...actionItemFields(item),
  };
}

/** Counts for the badge, the status bar and the welcome view. */
export interface IndexStats {
  documents: number;
  items: number;
  open: number;
  overdue: number;
}

/** A change of the index: which paths were added, updated or removed. */
export interface IndexChange {
  changed: string[];
  removed: string[];
  /** True when only findings changed: the outline (kind, title, metadata, items) of every changed file is as it was. */
  findingsOnly?: boolean;
}

/** True when two summaries show the same outline: what the tree and the item queries read. */
function sameOutline(a: FileAnalysis, b: FileAnalysis): boolean {
  return (
    a.isPostmortem === b.isPostmortem &&
    a.isTemplate === b.isTemplate &&
    a.title === b.title &&
    a.notice === b.notice &&
    a.followUp.closed === b.followUp.closed &&
    a.followUp.until === b.followUp.until &&
    JSON.stringify(a.metadata) === JSON.stringify(b.metadata) &&
    JSON.stringify(a.actionItems) === JSON.stringify(b.actionItems)
  );
}

/** The start of the paths under folder `path`, with the separator its paths use. */
function childPrefix(path: string): string {
  return path.endsWith('/') || path.endsWith('\\') ? path : `${path}${path.includes('\\') && !path.includes('/') ? '\\' : '/'}`;
}

/** The in-memory index: summaries by path, with change listeners. */
export class WorkspaceIndex {
  private readonly entries = new Map<string, FileSummary>();
  private readonly listeners: ((change: IndexChange) => void)[] = [];
  private generation = 0;

  get size(): number {
    return this.entries.size;
  }

  get(path: string): FileSummary | undefined {
    return this.entries.get(path);
  }

  values(): IterableIterator<FileSummary> {
    return this.entries.values();
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  onChange(listener: (change: IndexChange) => void): void {
    this.listeners.push(listener);
  }

  /** Adds or replaces a summary (its generation is assigned here). */
  set(summary: Omit<FileSummary, 'generation'>, quiet = false): FileSummary {
    const previous = this.entries.get(summary.path);
    const entry: FileSummary = { ...summary, generation: ++this.generation };
    this.entries.set(summary.path, entry);
    if (!quiet) this.emit({ changed: [summary.path], removed: [], findingsOnly: !!previous && sameOutline(previous, entry) });
    return entry;
  }

  /** Adds many summaries with one change event. */
  setAll(summaries: Omit<FileSummary, 'generation'>[]): void {
    for (const summary of summaries) this.entries.set(summary.path, { ...summary, generation: ++this.generation });
    if (summaries.length) this.emit({ changed: summaries.map((s) => s.path), removed: [] });
  }

  /** True when `path` is indexed or is a folder holding an indexed file. */
  holds(path: string): boolean {
    if (this.entries.has(path)) return true;
    const prefix = childPrefix(path);
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) return true;
    return false;
  }

  /** Removes a file, or every file under a folder (a deleted or renamed folder arrives as one event). */
  delete(path: string): string[] {
    const removed: string[] = [];
    if (this.entries.delete(path)) removed.push(path);
    const prefix = childPrefix(path);
    for (const key of this.entries.keys()) {
      if (key.startsWith(prefix)) {
        this.entries.delete(key);
        removed.push(key);
      }
    }
    if (removed.length) this.emit({ changed: [], removed });
    return removed;
  }

  /** Removes every entry for which `keep` is false, with one change event. */
  retain(keep: (summary: FileSummary) => boolean): string[] {
    const removed: string[] = [];
    for (const [key, summary] of this.entries) {
      if (!keep(summary)) {
        this.entries.delete(key);
        removed.push(key);
      }
    }
    if (removed.length) this.emit({ changed: [], removed });
    return removed;
  }

  stats(today: string): IndexStats {
    const stats: IndexStats = { documents: 0, items: 0, open: 0, overdue: 0 };
    for (const summary of this.entries.values()) {
      if (!summary.isPostmortem) continue;
      stats.documents++;
      for (const item of summary.actionItems) {
        stats.items++;
        if (!isClosed(item)) stats.open++;
        if (isOverdue(item, today, summary.followUp)) stats.overdue++;
      }
    }
    return stats;
  }

  private emit(change: IndexChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** The persisted form of the index. */
export interface PersistedIndex {
  format: number;
  /** Identifies the engine that built the summaries; another engine's cache is not reused. */
  engine: string;
  entries: Omit<FileSummary, 'generation'>[];
}

export const INDEX_FORMAT = 5;

/** Serialises the index for the storage folder. */
export function serializeIndex(index: WorkspaceIndex, engine: string): string {
  const entries = [...index.values()].map(({ generation: _generation, ...rest }) => rest);
  const persisted: PersistedIndex = { format: INDEX_FORMAT, engine, entries };
  return JSON.stringify(persisted);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isRange = (v: unknown): boolean => {
  const r = v as Range | null;
  return (
    !!r &&
    typeof r === 'object' &&
    !!r.start &&
    !!r.end &&
    [r.start.line, r.start.character, r.end.line, r.end.character].every((n) => Number.isInteger(n) && n >= 0)
  );
};

function validItem(v: unknown): v is IndexedItem {
  const i = v as IndexedItem;
  return (
    !!i &&
    typeof i === 'object' &&
    Number.isInteger(i.line) &&
    isRange(i.range) &&
    isString(i.text) &&
    isString(i.title) &&
    isNullableString(i.owner) &&
    Array.isArray(i.owners) &&
    i.owners.every(isString) &&
    isNullableString(i.due) &&
    isNullableString(i.dueText) &&
    typeof i.done === 'boolean' &&
    isNullableString(i.dropped) &&
    isNullableString(i.ticket) &&
    isNullableString(i.priority) &&
    isNullableString(i.category) &&
    (i.kind === undefined || ITEM_KINDS.includes(i.kind))
  );
}

function validFinding(v: unknown): v is IndexedFinding {
  const f = v as IndexedFinding;
  return (
    !!f && typeof f === 'object' && isString(f.ruleId) && ['error', 'warning', 'info', 'hint'].includes(f.severity) && isString(f.message) && isRange(f.range)
  );
}

function validEntry(v: unknown): v is Omit<FileSummary, 'generation'> {
  const e = v as FileSummary;
  if (!e || typeof e !== 'object') return false;
  if (!isString(e.path) || !isString(e.uri) || !Number.isFinite(e.size) || !Number.isFinite(e.mtimeMs) || !isString(e.settingsKey) || !isString(e.day))
    return false;
  if (typeof e.isPostmortem !== 'boolean' || typeof e.isTemplate !== 'boolean' || !isNullableString(e.title) || !isNullableString(e.notice)) return false;
  if (!e.metadata || typeof e.metadata !== 'object' || !Object.values(e.metadata).every(isString)) return false;
  if (e.facts !== undefined && e.facts !== null && !isFactSummary(e.facts)) return false;
  if (e.incident !== undefined && e.incident !== null && !isIncidentText(e.incident)) return false;
  if (e.insight !== undefined && e.insight !== null && !isInsightSummary(e.insight)) return false;
  if (!e.followUp || typeof e.followUp.closed !== 'boolean' || !isNullableString(e.followUp.until)) return false;
  return (
    Array.isArray(e.actionItems) && e.actionItems.every(validItem) && (e.findings === null || (Array.isArray(e.findings) && e.findings.every(validFinding)))
  );
}

/**
 * Reads a persisted index. Anything unusable (bad JSON, another format or engine, a malformed
 * entry) yields no entries or drops that entry: a broken cache costs a rescan, never a failure.
 */
export function parsePersistedIndex(text: string, engine: string): Omit<FileSummary, 'generation'>[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const persisted = data as PersistedIndex;
  if (!persisted || typeof persisted !== 'object' || persisted.format !== INDEX_FORMAT || persisted.engine !== engine || !Array.isArray(persisted.entries))
    return [];
  return persisted.entries.filter(validEntry);
}

/** True when a cached summary still describes the file as it is on disk, under the same settings, today. */
export function isFresh(summary: Pick<FileSummary, 'size' | 'mtimeMs' | 'settingsKey'>, stat: { size: number; mtimeMs: number }, settingsKey: string): boolean {
  return summary.size === stat.size && summary.mtimeMs === stat.mtimeMs && summary.settingsKey === settingsKey;
}
