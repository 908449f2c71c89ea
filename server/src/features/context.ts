/**
 * What a feature (completion, hover, code lens, formatting, the workspace index …) may use.
 * Features live in `features/<name>.ts`, export a `Feature`, and are listed in `features/index.ts`.
 * The types live here, not in `server.ts`, so that features and the server do not import each other.
 */
import { CodeActionKind, type Connection, type FileEvent, type InitializeParams, type ServerCapabilities, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../analysis/engine/engine';
import type { Fix } from '../analysis/base/findings';
import type { AnalysedDocument } from '../analysis/model/model';
import type { Settings } from '../analysis/base/settings';
import type { Analysed } from '../document-checks';
import type { SettingsProvider } from '../settings-provider';
import type { WorkspaceFiles } from '../workspace/files';
import type { ArchiveContext } from '../similarity/types';
import type { WorkspaceIndex } from '../workspace/index-core';

/**
 * What a feature (completion, hover, code lens, formatting, the workspace index …) may use.
 * Features live in `features/<name>.ts`, export a `Feature`, and are listed in `features/index.ts`.
 */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The workspace's files (find, stat, read, the saved index): the disk on Node, the editor's file system in the web. */
  files: WorkspaceFiles;
  /** Settings for a document, from editor settings and the nearest config file; cached per URI. */
  settingsFor(uri: string): Promise<Settings>;
  /** The one source of settings (Workspace Trust included), for open documents and the index. */
  settings: SettingsProvider;
  /**
   * The analysed document for a URI, the version-safe way: its settings, then its newest version
   * (or null when `version` is given and the document has moved on, or it is not open), then
   * that version's check. Prefer this to `settingsFor` + `checkDocument`.
   */
  analysed(uri: string, version?: number): Promise<Analysed | null>;
  /** The check of a document's current version (parsed once per version and cached). */
  checkDocument(document: TextDocument, settings: Settings): CheckResult;
  /** Workspace-relative path of a document (undefined for untitled buffers). */
  pathFor(uri: string): string | undefined;
  /** The open workspace folders, as paths of `files`. */
  folders(): string[];
  /** The clock rules and features use. */
  now(): Date;
  /** Asks the client to pull diagnostics again (after configuration or index changes). */
  refreshDiagnostics(): void;
  /**
   * Adds code actions that are not tied to a finding (for example "Mark this action item as
   * done" on the item under the cursor). Providers get the analysed current version and the
   * requested range as offsets, and return fixes; the server sends them as versioned edits.
   */
  addCodeActions(provider: CodeActionProvider): void;
  /** The client's initialize parameters (set once the client has sent them). */
  initializeParams(): InitializeParams | undefined;
  /** LSP allows one handler per notification, and the server owns these: features listen here. */
  events: ServerEvents;
  /** The workspace index (one summary per post-mortem), which the workspace-index feature fills and other features read. */
  workspaceIndex: WorkspaceIndex;
  /**
   * Gives the checks of open documents the archive (the other post-mortems of the workspace),
   * for the rules that read it; see CONTRIBUTING.md, "Archive context". One provider at a time.
   */
  setArchive(provider: (uri: string) => ArchiveContext | undefined): void;
}

/** Notifications the server handles and passes on to features. */
export interface ServerEvents {
  onInitialized(listener: () => void): void;
  onWatchedFilesChanged(listener: (changes: FileEvent[]) => void): void;
  onConfigurationChanged(listener: () => void): void;
  onFoldersChanged(listener: () => void): void;
}

/** Offers fixes for a range of an analysed document, whatever its findings. */
export type CodeActionProvider = (doc: AnalysedDocument, start: number, end: number) => Fix[];

/** The code action kind of fixes that are not tied to a finding. */
export const REWRITE_KIND = `${CodeActionKind.RefactorRewrite}.postmortem`;

/** A unit of server functionality beyond diagnostics and fixes. */
export interface Feature {
  /** Capabilities to merge into the initialize result. */
  capabilities?(params: InitializeParams): ServerCapabilities;
  /** Binds the feature's handlers; called once, before the connection listens. */
  register(context: ServerContext): void;
}
