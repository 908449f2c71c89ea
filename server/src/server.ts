/**
 * Wires the language server together: documents, settings, checks, diagnostics, code actions
 * and the features. No checking logic lives here (see `analysis/` and `rules/`), and no LSP
 * feature either (see `diagnostics.ts`, `code-actions.ts` and `features/`).
 */
import { relative } from 'node:path';
import {
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CODE_ACTION_KINDS, registerCodeActions } from './code-actions';
import { registerDiagnostics } from './diagnostics';
import { DocumentChecks } from './document-checks';
import type { CodeActionProvider, ServerContext } from './features/context';
import { FEATURES } from './features/index';
import { setDocsBase } from './lsp-convert';
import { WorkspaceTrustNotification, type InitializationOptions } from './protocol';
import { isConfigFileChange, SettingsProvider } from './settings-provider';
import type { WorkspaceFiles } from './workspace/files';
import { WorkspaceIndex } from './workspace/index-core';

export { FIX_ALL_KIND } from './code-actions';
export type { CodeActionProvider, Feature, ServerContext, ServerEvents } from './features/context';

export interface ServerOptions {
  /** The clock the rules see; tests fix it. */
  now?: () => Date;
}

/** Starts serving on `connection`; `files` are the workspace's files (the disk on Node, the editor's in the web). */
export function startServer(connection: Connection, files: WorkspaceFiles, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const now = options.now ?? (() => new Date());
  let folders: WorkspaceFolder[] = [];
  let canPullConfiguration = false;
  let canRefreshDiagnostics = false;
  let supportsFolders = false;
  let initializeParams: InitializeParams | undefined;
  const folderPaths = () => folders.map((f) => files.pathOf(f.uri) ?? URI.parse(f.uri).path);
  const settings = new SettingsProvider({ connection, canPullConfiguration: () => canPullConfiguration, folders: folderPaths, files });
  const setFolders = (list: WorkspaceFolder[]) => {
    folders = list;
    files.setFolders?.(folders.map((f) => f.uri));
  };

  /** The path rules use to decide whether a document is a post-mortem: workspace-relative where possible. */
  function pathFor(uriString: string): string | undefined {
    const uri = URI.parse(uriString);
    const path = files.pathOf(uriString);
    if (path === null) return uri.scheme === 'untitled' ? undefined : uri.path;
    const folder = settings.folderOf(path);
    return folder ? relative(folder, path).replace(/\\/g, '/') : path;
  }

  const checks = new DocumentChecks(documents, settings, pathFor, now);
  const codeActionProviders: CodeActionProvider[] = [];
  const listeners = {
    initialized: [] as (() => void)[],
    watched: [] as ((changes: FileEvent[]) => void)[],
    configuration: [] as (() => void)[],
    folders: [] as (() => void)[],
  };
  const refreshDiagnostics = () => {
    if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
  };

  /** Settings may have changed: read them again, check again, and have the client pull again. */
  function refresh(): void {
    settings.clear();
    checks.clear();
    refreshDiagnostics();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initializeParams = params;
    setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canRefreshDiagnostics = !!params.capabilities.workspace?.diagnostics?.refreshSupport;
    // A client that pulls again when asked gets a typed document's archive findings once typing pauses.
    if (canRefreshDiagnostics) checks.carryArchiveWhileTyping(() => refreshDiagnostics());
    supportsFolders = !!params.capabilities.workspace?.workspaceFolders;
    const init = params.initializationOptions as InitializationOptions | null | undefined;
    settings.setTrusted(init?.workspaceTrusted !== false);
    files.setStorage?.(init?.storagePath, init?.globalStoragePath);
    if (init?.web?.docsBase) setDocsBase(init.web.docsBase);
    let capabilities: ServerCapabilities = {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      diagnosticProvider: { identifier: 'postmortem', interFileDependencies: false, workspaceDiagnostics: false },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    for (const feature of FEATURES) if (feature.capabilities) capabilities = { ...capabilities, ...feature.capabilities(params) };
    return { capabilities, serverInfo: { name: 'postmortem-language-server' } };
  });

  connection.onInitialized(() => {
    for (const listener of listeners.initialized) listener();
    if (!supportsFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      setFolders(folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)).concat(event.added));
      refresh();
      for (const listener of listeners.folders) listener();
    });
  });

  connection.onDidChangeConfiguration(() => {
    refresh();
    for (const listener of listeners.configuration) listener();
  });
  connection.onNotification(WorkspaceTrustNotification.type, (params) => {
    if (!settings.setTrusted(params?.trusted !== false)) return;
    // Trust decides whether config files count: for open documents and the index alike.
    refresh();
    for (const listener of listeners.configuration) listener();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    // Markdown files are watched too (for the workspace index); only configuration files change settings.
    if (changes.some((c) => isConfigFileChange(c.uri))) refresh();
    for (const listener of listeners.watched) listener(changes);
  });

  documents.onDidClose((event) => {
    checks.forget(event.document.uri);
    settings.forget(event.document.uri);
  });

  registerDiagnostics(connection, documents, checks, settings);
  registerCodeActions(connection, documents, checks, settings, codeActionProviders, files);

  const context: ServerContext = {
    connection,
    documents,
    settings,
    files,
    settingsFor: (uri) => settings.forDocument(uri),
    checkDocument: (document, documentSettings) => checks.check(document, documentSettings),
    analysed: (uri, version) => checks.analysed(uri, version),
    pathFor,
    folders: folderPaths,
    now,
    refreshDiagnostics,
    addCodeActions: (provider) => {
      codeActionProviders.push(provider);
    },
    initializeParams: () => initializeParams,
    events: {
      onInitialized: (listener) => listeners.initialized.push(listener),
      onWatchedFilesChanged: (listener) => listeners.watched.push(listener),
      onConfigurationChanged: (listener) => listeners.configuration.push(listener),
      onFoldersChanged: (listener) => listeners.folders.push(listener),
    },
    workspaceIndex: new WorkspaceIndex(),
    setArchive: (provider) => checks.setArchive(provider),
  };
  for (const feature of FEATURES) feature.register(context);

  documents.listen(connection);
  connection.listen();
}
