/**
 * What a feature (completion, hover, code lens, formatting, the workspace index …) may use.
 * Features live in `features/<name>.ts`, export a `Feature`, and are listed in `features/index.ts`.
 * The types live here, not in `server.ts`, so that features and the server do not import each other.
 */
import { CodeActionKind, type Connection, type FileEvent, type InitializeParams, type ServerCapabilities, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../analysis/engine/engine';
import type { Fix } from '../analysis/base/findings';
import type { AnalyzedDocument } from '../analysis/model/model';
import type { Settings } from '../analysis/base/settings';
import type { Analysed } from '../document-checks';
import type { SettingsProvider } from '../settings-provider';

/**
 * What a feature (completion, hover, code lens, formatting, the workspace index …) may use.
 * Features live in `features/<name>.ts`, export a `Feature`, and are listed in `features/index.ts`.
 */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
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
  /** The open workspace folders, as file-system paths. */
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
}

/** Notifications the server handles and passes on to features. */
export interface ServerEvents {
  onInitialized(listener: () => void): void;
  onWatchedFilesChanged(listener: (changes: FileEvent[]) => void): void;
  onConfigurationChanged(listener: () => void): void;
  onFoldersChanged(listener: () => void): void;
}

/** Offers fixes for a range of an analysed document, whatever its findings. */
export type CodeActionProvider = (doc: AnalyzedDocument, start: number, end: number) => Fix[];

/** The code action kind of fixes that are not tied to a finding. */
export const REWRITE_KIND = `${CodeActionKind.RefactorRewrite}.postmortem`;

/** A unit of server functionality beyond diagnostics and fixes. */
export interface Feature {
  /** Capabilities to merge into the initialize result. */
  capabilities?(params: InitializeParams): ServerCapabilities;
  /** Binds the feature's handlers; called once, before the connection listens. */
  register(context: ServerContext): void;
}
