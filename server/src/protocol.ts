/**
 * The one contract between the client and the server: custom requests, notifications and the
 * shape of the data the server puts on its diagnostics. The client imports this file; nothing
 * here may import `vscode` or the server's internals.
 */
import type { ActionItemFields } from './analysis/model/action-item-fields';
import type { publicFacts } from './analysis/model/facts/index';
import type { ItemKind, ItemKindFact } from './analysis/model/facts/item-kind';
import type { SharedTerm } from './similarity/types';
import { NotificationType, RequestType, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver-protocol';

/** Insights across the archive (`postmortem insights --format json`, the dashboard): the report's shape, see `insights/types.ts`. */
export type * from './insights/types';
import type { InsightsReport, Ref as InsightsRef } from './insights/types';
import type { ChartSpec } from './shared/charts';

/** The diagnostic `source` of every finding. */
export const DIAGNOSTIC_SOURCE = 'postmortem';

/** One text edit of a fix, in LSP coordinates. */
export interface FixEdit {
  range: Range;
  newText: string;
}

/** A change to the workspace config file (`.postmortemrc.json`): add `append` to the list at `path`. */
export interface FixConfigEdit {
  path: string[];
  append: string;
}

/** A fix as carried in a diagnostic's `data`, so code actions need nothing else. */
export interface FixData {
  title: string;
  edits: FixEdit[];
  isPreferred?: boolean;
  kind?: 'quickfix' | 'suppress' | 'reading';
  /** Set when the fix edits the workspace config file; the server turns it into a workspace edit. */
  configEdit?: FixConfigEdit;
}

/** What the server stores in `Diagnostic.data`. */
export interface DiagnosticData {
  /** The document version the fixes were computed against; fixes for another version are not offered. */
  version: number;
  /**
   * The finding's own fixes. The "disable for this line / file" fixes are not here: the server
   * adds them when asked for code actions, for the same version.
   */
  fixes: FixData[];
}

/**
 * The public, JSON-friendly post-mortem model (lines are 1-based), as `postmortem model` prints
 * it and `postmortem/model` returns it; the README documents it. This is its one definition:
 * `analysis/model/public-model.ts` builds it, and a type test holds the two equal.
 */
/** What the model says about the system: services, severity, start, causes, the why chain, impact figures. */
export type PublicFacts = ReturnType<typeof publicFacts>;

export interface PublicModel extends PublicFacts {
  file: string;
  isPostmortem: boolean;
  isTemplate: boolean;
  kind: 'postmortem' | 'premortem';
  title: string | null;
  metadata: Record<string, string>;
  sections: {
    kind: string | null;
    heading: string;
    line: number;
    empty: boolean;
    /** Every section the heading counts as, `kind` first (two for "Recovery and lessons learned"). */
    kinds: string[];
    /** How the kind was decided: a configured name, the heading's words, or the section's content. */
    decidedBy: 'alias' | 'meaning' | 'body' | null;
    /** What decided: the name that matched, the words that scored, or what the content holds. */
    because: string[];
    /** A Markdown `heading`, a bold or italic `line`, or a bold `label` starting a paragraph or list item. */
    source: 'heading' | 'line' | 'label';
  }[];
  timeline: PublicTimeline | null;
  actionItems: PublicActionItem[];
}

/** The timeline of the public model. */
export interface PublicTimeline {
  timezone: string | null;
  zoneSource: 'heading' | 'note' | 'table-header' | 'document' | null;
  metrics: { timeToDetect: number | null; timeToMitigate: number | null; timeToResolve: number | null };
  stated: { kind: 'detect' | 'mitigate' | 'resolve' | 'repair'; label: string; minutes: number; approximate: boolean; line: number }[];
  entries: {
    line: number;
    text: string;
    time: string | null;
    coarse: string | null;
    milestone: 'start' | 'detection' | 'mitigation' | 'resolution' | null;
    zone: string | null;
  }[];
}

/** An action item of the public model. */
export interface PublicActionItem extends ActionItemFields {
  line: number;
  shape: 'table' | 'task' | 'bullet' | 'numbered' | 'heading' | 'sentence';
  /** How the item was found: the checker's `reading`, or a `directive` (`<!-- postmortem-action-items -->` before its list or table). */
  foundBy: 'reading' | 'directive';
  /** Detection, response, prevention or communication, as written or inferred with its evidence. */
  kind: ItemKindFact;
}

/**
 * The client (or a test) asks for the model of an open document, for views that show
 * what the server understood; the server answers from the same parse as its diagnostics.
 */
export namespace ModelRequest {
  export const method = 'postmortem/model';
  export interface Params {
    uri: string;
  }
  export const type = new RequestType<Params, PublicModel | null, void>(method);
}

/** One action item of the workspace, with the document it comes from (lines are zero-based). */
export interface ActionItemInfo extends ActionItemFields {
  uri: string;
  /** Absolute file-system path of the document. */
  path: string;
  /** The post-mortem's title, if it has one. */
  documentTitle: string | null;
  isTemplate: boolean;
  /** Why the post-mortem's items no longer count as overdue (it is closed, or past its follow-up window), or null. */
  archived: string | null;
  range: Range;
  /** What the item serves: detection, response, prevention or communication (its written label, else inferred from its words); null or absent when not known. */
  kind?: ItemKind | null;
}

/**
 * The Action Items view asks for the action items of every post-mortem in the workspace,
 * filtered; the server answers from its workspace index (open documents as they are in the
 * editor, the others as they are on disk).
 */
export namespace ActionItemsRequest {
  export const method = 'postmortem/actionItems';
  export interface Params {
    /** `open` (default), `overdue`, `done`, `dropped` (items the team decided not to do) or `all`. */
    status?: 'open' | 'overdue' | 'done' | 'dropped' | 'all';
    /** Only items whose owner names this person. */
    owner?: string;
    /** Only items of this document (URI). */
    document?: string;
    /** Also return closed items (done or dropped) when `status` is `open`. */
    includeDone?: boolean;
    /** Only items owned by one of these identities (names, handles, e-mails): "My items". */
    mine?: string[];
  }
  export interface Result {
    items: ActionItemInfo[];
    /** How many post-mortems the workspace holds (for the welcome view). */
    documents: number;
    /** Open items whose due date has passed, over the whole workspace. */
    overdue: number;
    /** The server's calendar day (yyyy-mm-dd) the overdue state was computed on. */
    today: string;
    /** True while the first scan of the workspace is still running. */
    scanning: boolean;
    /** Markdown files the last scan could not read (a file system that refused or did not answer); they are left out. */
    unreadable?: number;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** The server tells the client that the workspace's action items changed, so views ask again. */
export namespace ActionItemsChangedNotification {
  export const method = 'postmortem/actionItemsChanged';
  export interface Params {
    documents: number;
    items: number;
    overdue: number;
    scanning: boolean;
    /** Markdown files the last scan could not read (a file system that refused or did not answer); they are left out. */
    unreadable?: number;
  }
  export const type = new NotificationType<Params>(method);
}

/**
 * The client asks for the edit that marks an action item done or not done. The server reads
 * the document as it is now (the editor's unsaved text when open), finds the item again by its
 * line and text, and answers with an edit pinned to that version (or an explanation).
 */
export namespace SetActionItemDoneRequest {
  export const method = 'postmortem/setActionItemDone';
  export interface Params {
    uri: string;
    /** The item's line (zero-based) and text, as the client last saw them. */
    line: number;
    text: string;
    done: boolean;
  }
  export interface Result {
    /** The edit to apply, or null when there is nothing to change or it cannot be done. */
    edit: WorkspaceEdit | null;
    /** Why there is no edit, in a sentence for the user. */
    message?: string;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * The client's timeline commands (Format Table, Sort Timeline, Insert Timeline Row, Normalise
 * Timeline Times) ask the server for the edits of one document version; the server answers from
 * its cached parse of that version, or fails with `ContentModified` when the document has moved on.
 * The client applies the edits only while the document is still at `version`.
 */
export namespace TimelineEditsRequest {
  export const method = 'postmortem/timelineEdits';
  export type Command = 'formatTable' | 'sortTimeline' | 'insertRow' | 'normaliseTimes';
  export interface Params {
    uri: string;
    /** The document version the client sees; the edits are for this version only. */
    version: number;
    command: Command;
    /** The cursor: the table to format, the row to insert after. */
    position: Position;
  }
  export interface Result {
    version: number;
    edits: FixEdit[];
    /** What was done or why nothing was, to show the user; null when the edits say it all. */
    message: string | null;
    /** Where to put the cursor once the edits are applied (Insert Timeline Row), or null. */
    cursor: Position | null;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** What the client sends in `initializationOptions`. Every field is optional: other editors send nothing. */
export interface InitializationOptions {
  /** Where the server keeps its workspace index between sessions (the extension's workspace storage). */
  storagePath?: string;
  /** Where to keep it when no folder is open (the extension's global storage). */
  globalStoragePath?: string;
  /** False to leave closed post-mortems out of the Problems panel. */
  workspaceDiagnostics?: boolean;
  /**
   * False when VS Code has not trusted the workspace (restricted mode). The server then ignores
   * the workspace's `.postmortemrc.json`; the defaults and the user's settings apply.
   */
  workspaceTrusted?: boolean;
  /**
   * Set by the web client only: the server runs in a browser worker and reaches the workspace's
   * files through the `postmortem/files/*` requests below, answered by the client with
   * `vscode.workspace.fs`. `docsBase` is the URI of the extension's folder (for rule links).
   */
  web?: { docsBase: string };
}

/**
 * One chart of the insights as a definition (`insights/charts.ts`): the dashboard draws it with
 * the shared chart module (`shared/charts.ts`), as the CLI's HTML report does. `tableRefs` lists
 * the post-mortems behind each table row (the categories' `refs` when the rows are the categories).
 */
export type InsightsChart = ChartSpec & { tableRefs: InsightsRef[][] };

/**
 * The dashboard asks for the insights over the workspace index (or the part of it under
 * `folder`, a folder URI) and their charts' definitions. Answered from the index as it is,
 * also while it builds (`scanning`, `progress`): the figures then cover what is indexed so far.
 */
export namespace InsightsRequest {
  export const method = 'postmortem/insights';
  export interface Params {
    folder?: string | null;
  }
  export interface Result {
    report: InsightsReport;
    charts: InsightsChart[];
    /** True until the index's first scan has ended, and while a scan runs. */
    scanning: boolean;
    /** Files read of those listed, while a scan runs. */
    progress: { done: number; total: number } | null;
    /** Post-mortems only outlined so far (their facts and timeline not read yet): the figures leave them out of what needs those. */
    outlined: number;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** The server tells the client that the insights may have changed (debounced; it sends no report, the dashboard asks when shown). */
export namespace InsightsChangedNotification {
  export const method = 'postmortem/insightsChanged';
  export interface Params {
    scanning: boolean;
    progress: { done: number; total: number } | null;
  }
  export const type = new NotificationType<Params>(method);
}

/**
 * The client tells the server that the user granted (or, in editors that allow it, revoked)
 * trust to the workspace, so the server reads the workspace configuration file again, or stops.
 */
export namespace WorkspaceTrustNotification {
  export const method = 'postmortem/workspaceTrust';
  export interface Params {
    trusted: boolean;
  }
  export const type = new NotificationType<Params>(method);
}

/**
 * The workspace's files, for a server that cannot open them itself (the web build's worker).
 * The client answers with `vscode.workspace.fs` and `findFiles`; the Node server reads the disk
 * and never sends these. URIs are strings; times are milliseconds; a missing file is `null`.
 */
export namespace FilesFindRequest {
  export const method = 'postmortem/files/find';
  export interface Params {
    /** The folder to search, a URI. */
    base: string;
    /** A glob relative to `base`, as `vscode.RelativePattern` takes it. */
    include: string;
    /** A glob of files to leave out, or null. */
    exclude: string | null;
    maxResults: number;
  }
  /** The URIs found, each with its size and time (null when the stat failed). */
  export interface Result {
    files: { uri: string; size: number; mtimeMs: number }[];
  }
  export const type = new RequestType<Params, Result, void>(method);
}

export namespace FilesStatRequest {
  export const method = 'postmortem/files/stat';
  export interface Params {
    uri: string;
  }
  export type Result = { kind: 'file' | 'directory' | 'other'; size: number; mtimeMs: number } | null;
  export const type = new RequestType<Params, Result, void>(method);
}

export namespace FilesReadRequest {
  export const method = 'postmortem/files/read';
  export interface Params {
    uri: string;
  }
  /** The bytes as base64, or an error the server reports as a skipped file. */
  export type Result = { base64: string } | { error: string; missing: boolean };
  export const type = new RequestType<Params, Result, void>(method);
}

/** The saved workspace index, kept by the client in the extension's storage. */
export namespace CacheReadRequest {
  export const method = 'postmortem/cache/read';
  export interface Params {
    name: string;
  }
  export type Result = { text: string } | null;
  export const type = new RequestType<Params, Result, void>(method);
}

export namespace CacheWriteRequest {
  export const method = 'postmortem/cache/write';
  export interface Params {
    name: string;
    text: string;
  }
  export const type = new RequestType<Params, void, void>(method);
}

/** A post-mortem like the one asked about, with why (lines are zero-based). */
export interface RelatedInfo {
  uri: string;
  title: string | null;
  /** The incident's day (yyyy-mm-dd), or null when it has none. */
  date: string | null;
  /** How similar, from 0 to 1. */
  score: number;
  /** True when it happened before the document asked about (false when either has no date). */
  earlier: boolean;
  /** Why, in one line: the facts both give and the shared words with their fields. */
  why: string;
  /** The shared words and phrases that weighed most, with the fields of this post-mortem they occur in. */
  terms: SharedTerm[];
  services: string[];
  categories: string[];
  trigger: string | null;
  /** Its action items still open, and all of them. */
  openItems: number;
  totalItems: number;
  /** The line to open it at: its root-cause heading, else its first line. */
  line: number;
}

/**
 * The Related Post-Mortems view asks which post-mortems of the workspace are most like a
 * document (its text as it is in the editor); the server answers from its similarity index,
 * built from the workspace index, best first, with why.
 */
export namespace RelatedRequest {
  export const method = 'postmortem/related';
  export interface Params {
    uri: string;
    /** At most this many (default 10, at most 50). */
    limit?: number;
  }
  export interface Result {
    items: RelatedInfo[];
    /** False when the document is not a post-mortem (or not open): the view says so. */
    isPostmortem: boolean;
    /** Post-mortems the similarity index holds. */
    archiveSize: number;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** The server tells the client that the similarity index changed (a post-mortem was added, edited or removed), so the view asks again. */
export namespace RelatedChangedNotification {
  export const method = 'postmortem/relatedChanged';
  export interface Params {
    archiveSize: number;
  }
  export const type = new NotificationType<Params>(method);
}
