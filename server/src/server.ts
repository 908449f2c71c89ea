/**
 * Wires the analysis core to the protocol: documents, settings, diagnostics and code actions.
 * No checking logic lives here; see `analysis/` and `rules/`.
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
  type FileEvent,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { check, disableFixes, fixAllEdits, type CheckResult } from './analysis/engine';
import { IncrementalParser } from './analysis/incremental';
import type { AnalyzedDocument } from './analysis/model';
import type { Settings } from './analysis/settings';
import { LineIndex } from './analysis/text';
import { readConfigText } from './config-file';
import { isConfigFileChange, SettingsProvider } from './settings-provider';
import { configWorkspaceEdit } from './config-edit';
import { DIAGNOSTIC_SOURCE, WorkspaceTrustNotification, type DiagnosticData, type FixData, type InitializationOptions } from './protocol';
import { RULES_BY_ID } from './rules/index';
import { FEATURES } from './features/index';
import { REWRITE_KIND, type CodeActionProvider, type ServerContext } from './features/context';
import { findingToDiagnostic, toFixData } from './lsp-convert';

export { extensionRoot } from './lsp-convert';
export type { CodeActionProvider, Feature, ServerContext, ServerEvents } from './features/context';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

interface CachedCheck {
  version: number;
  /** The text checked: a client that sends versions out of order can reuse a version number. */
  text: string;
  settings: Settings;
  result: CheckResult;
}

export interface ServerOptions {
  /** The clock the rules see; tests fix it. */
  now?: () => Date;
}

/** Starts serving on `connection`. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const now = options.now ?? (() => new Date());
  let folders: WorkspaceFolder[] = [];
  let canPullConfiguration = false;
  let canRefreshDiagnostics = false;
  let supportsFolders = false;
  const settingsProvider = new SettingsProvider({ connection, canPullConfiguration: () => canPullConfiguration, folders: () => folders.map((f) => URI.parse(f.uri).fsPath) });
  const checks = new Map<string, CachedCheck>();
  /** One incremental parser per open document: an edit re-parses only the segments it touched. */
  const parsers = new Map<string, IncrementalParser>();
  const codeActionProviders: CodeActionProvider[] = [];
  let initializeParams: InitializeParams | undefined;
  const listeners = { initialized: [] as (() => void)[], watched: [] as ((changes: FileEvent[]) => void)[], configuration: [] as (() => void)[], folders: [] as (() => void)[] };

  /** The path rules use to decide whether a document is a post-mortem: workspace-relative where possible. */
  function pathFor(uriString: string): string | undefined {
    const uri = URI.parse(uriString);
    if (uri.scheme !== 'file') return uri.scheme === 'untitled' ? undefined : uri.path;
    const folder = settingsProvider.folderOf(uri.fsPath);
    return folder ? relative(folder, uri.fsPath).replace(/\\/g, '/') : uri.fsPath;
  }

  const settingsFor = (uri: string) => settingsProvider.forDocument(uri);

  function parserFor(uri: string): IncrementalParser {
    let parser = parsers.get(uri);
    if (!parser) parsers.set(uri, (parser = new IncrementalParser()));
    return parser;
  }

  /** Checks the current version of a document, reusing the last result when nothing changed. */
  function checkDocument(document: TextDocument, settings: Settings): CheckResult {
    const cached = checks.get(document.uri);
    const text = document.getText();
    if (cached && cached.version === document.version && cached.text === text && cached.settings === settings) return cached.result;
    const parser = parserFor(document.uri);
    // The disable fixes are left out: each costs a parse, and the code action handler asks for them.
    const result = check(text, { path: pathFor(document.uri), settings, now: now(), parse: (t) => parser.parse(t), disableFixes: false });
    // A document closed while its settings loaded is not cached: nothing would ever remove it.
    if (documents.get(document.uri)) checks.set(document.uri, { version: document.version, text, settings, result });
    return result;
  }

  /** Diagnostics per check result (one per document version): a second pull of a version is answered at once. */
  const diagnosticsOf = new WeakMap<CheckResult, { version: number; items: Diagnostic[] }>();

  function diagnosticsFor(document: TextDocument, result: CheckResult): Diagnostic[] {
    const known = diagnosticsOf.get(result);
    if (known?.version === document.version) return known.items;
    const items = computeDiagnostics(document, result);
    diagnosticsOf.set(result, { version: document.version, items });
    return items;
  }

  function computeDiagnostics(document: TextDocument, result: CheckResult): Diagnostic[] {
    if (result.notice) {
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: 'not-checked', message: result.notice.message }];
    }
    const lines = result.doc?.lines ?? new LineIndex(document.getText());
    return result.findings.map((f) => findingToDiagnostic(f, lines, document.version));
  }

  /** The workspace edit of a fix: its edits of the document, and its edit of the config file if any. */
  function fixEdit(fix: FixData, textDocument: { uri: string; version: number }): WorkspaceEdit | null {
    if (!fix.configEdit) return { documentChanges: [{ textDocument, edits: fix.edits }] };
    const path = settingsProvider.configFileForFix(textDocument.uri);
    if (!path) return null;
    const config = configWorkspaceEdit(pathToFileURL(path).href, readConfigText(path), fix.configEdit);
    if (!config?.documentChanges?.length) return null;
    const own = fix.edits.length ? [{ textDocument, edits: fix.edits }] : [];
    return { documentChanges: [...own, ...config.documentChanges] };
  }

  function refresh(): void {
    settingsProvider.clear();
    checks.clear();
    if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initializeParams = params;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canRefreshDiagnostics = !!params.capabilities.workspace?.diagnostics?.refreshSupport;
    supportsFolders = !!params.capabilities.workspace?.workspaceFolders;
    const init = params.initializationOptions as InitializationOptions | null | undefined;
    settingsProvider.setTrusted(init?.workspaceTrusted !== false);
    let capabilities: ServerCapabilities = {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      diagnosticProvider: { identifier: 'postmortem', interFileDependencies: false, workspaceDiagnostics: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, REWRITE_KIND, FIX_ALL_KIND], resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    for (const feature of FEATURES) if (feature.capabilities) capabilities = { ...capabilities, ...feature.capabilities(params) };
    return { capabilities, serverInfo: { name: 'postmortem-language-server' } };
  });

  connection.onInitialized(() => {
    for (const listener of listeners.initialized) listener();
    if (!supportsFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      folders = folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)).concat(event.added);
      refresh();
      for (const listener of listeners.folders) listener();
    });
  });

  connection.onDidChangeConfiguration(() => {
    refresh();
    for (const listener of listeners.configuration) listener();
  });
  connection.onNotification(WorkspaceTrustNotification.type, (params) => {
    if (!settingsProvider.setTrusted(params?.trusted !== false)) return;
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
    checks.delete(event.document.uri);
    parsers.delete(event.document.uri);
    settingsProvider.forget(event.document.uri);
  });

  const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  const giveWay = () => new Promise((resolve) => setImmediate(resolve));

  connection.languages.diagnostics.on(async (params, token) => {
    const uri = params.textDocument.uri;
    if (!documents.get(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await settingsFor(uri);
    // Let queued messages in first: a newer change or a cancellation makes this request's work stale.
    await giveWay();
    if (token.isCancellationRequested) throw cancelled();
    let current = documents.get(uri);
    if (!current) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const cached = checks.get(uri);
    if (!cached || cached.version !== current.version || cached.settings !== settings) {
      // Parse what changed in slices, so a cancellation is seen; what was parsed is kept for the next version.
      const finished = await parserFor(uri).prepare(current.getText(), () => token.isCancellationRequested);
      if (!finished) throw cancelled();
      // Always answer for the newest version: the document may have changed while parsing.
      current = documents.get(uri);
      if (!current) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsFor(current, checkDocument(current, settings)) };
  });

  connection.onCodeAction(async (params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const textDocument = { uri: document.uri, version: document.version };
    const editOf = (edits: TextEdit[]) => ({ documentChanges: [{ textDocument, edits }] });

    if (wants(CodeActionKind.QuickFix)) {
      const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && (d.data as DiagnosticData | undefined)?.version === document.version);
      // The disable fixes are computed now, for the findings asked about, from the checked version.
      let checked: AnalyzedDocument | null = null;
      if (ours.length) {
        const settings = await settingsFor(document.uri);
        const current = documents.get(document.uri);
        if (current?.version === document.version) checked = checkDocument(current, settings).doc;
      }
      // Findings of one rule on one line carry the same disable fixes: offer each edit once.
      const offered = new Set<string>();
      for (const diagnostic of ours) {
        const data = diagnostic.data as DiagnosticData;
        const ruleId = typeof diagnostic.code === 'string' && RULES_BY_ID.has(diagnostic.code) ? diagnostic.code : null;
        const disable = checked && ruleId ? disableFixes(checked, ruleId, diagnostic.range.start.line).map((fix) => toFixData(fix, checked.lines)) : [];
        for (const fix of [...data.fixes, ...disable]) {
          const edit = fixEdit(fix, textDocument);
          if (!edit) continue;
          const key = JSON.stringify([fix.title, fix.edits, fix.configEdit ?? null]);
          if (offered.has(key)) continue;
          offered.add(key);
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.isPreferred,
            edit,
          });
        }
      }
    }
    if (codeActionProviders.length && wants(REWRITE_KIND)) {
      const result = checkDocument(document, await settingsFor(document.uri));
      const current = documents.get(document.uri);
      if (result.doc?.model.isPostmortem && current?.version === document.version) {
        const { lines } = result.doc;
        const start = lines.offsetAt(params.range.start);
        const end = lines.offsetAt(params.range.end);
        for (const provider of codeActionProviders) {
          for (const fix of provider(result.doc, start, end)) {
            const edits = fix.edits.map((e) => ({ range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText }));
            actions.push({ title: fix.title, kind: REWRITE_KIND, edit: editOf(edits) });
          }
        }
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const settings = await settingsFor(document.uri);
      const current = documents.get(document.uri);
      if (current && current.version === document.version) {
        const result = checkDocument(current, settings);
        const lines = result.doc?.lines ?? new LineIndex(current.getText());
        const edits: TextEdit[] = fixAllEdits(result.findings).map((edit) => ({ range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) }, newText: edit.newText }));
        if (edits.length) actions.push({ title: 'Fix all post-mortem problems that have an obvious fix', kind: FIX_ALL_KIND, edit: editOf(edits) });
      }
    }
    return actions;
  });


  const context: ServerContext = {
    connection,
    documents,
    settingsFor,
    settings: settingsProvider,
    checkDocument,
    pathFor,
    folders: () => folders.map((f) => URI.parse(f.uri).fsPath),
    now,
    refreshDiagnostics: () => {
      if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
    },
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
  };
  for (const feature of FEATURES) feature.register(context);

  documents.listen(connection);
  connection.listen();
}
