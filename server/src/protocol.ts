/**
 * The one contract between the client and the server: custom requests, notifications and the
 * shape of the data the server puts on its diagnostics. The client imports this file; nothing
 * here may import `vscode` or the server's internals.
 */
import { NotificationType, RequestType, type Range } from 'vscode-languageserver-protocol';

/** The diagnostic `source` of every finding. */
export const DIAGNOSTIC_SOURCE = 'postmortem';

/** One text edit of a fix, in LSP coordinates. */
export interface FixEdit {
  range: Range;
  newText: string;
}

/** A fix as carried in a diagnostic's `data`, so code actions need nothing else. */
export interface FixData {
  title: string;
  edits: FixEdit[];
  isPreferred?: boolean;
  kind?: 'quickfix' | 'suppress';
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

/** What the client sends in `initializationOptions`. Every field is optional: other editors send nothing. */
export interface InitializationOptions {
  /**
   * False when VS Code has not trusted the workspace (restricted mode). The server then ignores
   * the workspace's `.postmortemrc.json`; the defaults and the user's settings apply.
   */
  workspaceTrusted?: boolean;
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
