/**
 * The one contract between the client and the server: custom requests, notifications and the
 * shape of the data the server puts on its diagnostics. The client imports this file; nothing
 * here may import `vscode` or the server's internals.
 */
import { RequestType, type Position, type Range } from 'vscode-languageserver-protocol';

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
  kind?: 'quickfix' | 'suppress';
  /** Set when the fix edits the workspace config file; the server turns it into a workspace edit. */
  configEdit?: FixConfigEdit;
}

/** What the server stores in `Diagnostic.data`. */
export interface DiagnosticData {
  /** The document version the fixes were computed against; fixes for another version are not offered. */
  version: number;
  fixes: FixData[];
}

/** The public, JSON-friendly post-mortem model (lines are 1-based), as `postmortem model` prints it. */
export interface PublicModel {
  file: string;
  isPostmortem: boolean;
  isTemplate: boolean;
  title: string | null;
  metadata: Record<string, string>;
  sections: { kind: string | null; heading: string; line: number; empty: boolean }[];
  timeline: unknown;
  actionItems: unknown[];
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
