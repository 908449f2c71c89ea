/**
 * The workspace index as an LSP feature: scans every folder at start (with work-done progress),
 * follows file events and open-document changes, persists the index in the client's storage
 * folder, answers `postmortem/actionItems` and `postmortem/setActionItemDone`, announces
 * changes with `postmortem/actionItemsChanged`, and serves `workspace/diagnostic` for the
 * post-mortems that are not open.
 */
import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type TextDocumentEdit,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { isoDay } from '../analysis/base/dates';
import { LineIndex } from '../analysis/base/text';
import type { Settings } from '../analysis/base/settings';
import { isConfigFileChange } from '../settings-provider';
import { ActionItemsChangedNotification, ActionItemsRequest, SetActionItemDoneRequest, type ActionItemInfo } from '../protocol';
import { RULES } from '../rules/index';
import type { Feature, ServerContext } from './context';
import { toDiagnostic } from '../lsp-convert';
import { analyzeText, filterItems, fromCheck, INDEX_FORMAT, parsePersistedIndex, serializeIndex, WorkspaceIndex, type Analyze } from '../workspace/index-core';
import { decodeText, Indexer, type ScanReport } from '../workspace/indexer';
import { toggleDone } from '../analysis/authoring/toggle-done';
import { actionItemFields } from '../analysis/model/action-item-fields';
import type { InitializationOptions } from '../protocol';

/** What the index reads of the client's `initializationOptions` (the shape is in protocol.ts). */
type IndexInitOptions = InitializationOptions;

/** How long a workspace diagnostic request waits for a change before answering "nothing new". */
const LONG_POLL_MS = 5 * 60 * 1000;
const CACHE_FILE = 'postmortem-index.json';

/** Identifies this build of the engine, so a cache written by another version is not reused. */
function engineKey(): string {
  let build: string;
  try {
    const stat = statSync(__filename);
    build = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    build = 'unknown';
  }
  const rules = RULES.map((r) => `${r.meta.id}:${r.meta.defaultSeverity}`).join(',');
  return createHash('sha1').update(`${INDEX_FORMAT}|${build}|${rules}`).digest('hex').slice(0, 16);
}

export function createWorkspaceIndexFeature(analyze: Analyze = analyzeText): Feature {
  return {
    capabilities(params) {
      const options = (params.initializationOptions ?? {}) as IndexInitOptions;
      return { diagnosticProvider: { identifier: 'postmortem', interFileDependencies: false, workspaceDiagnostics: options.workspaceDiagnostics !== false } };
    },
    register(context) {
      new WorkspaceIndexService(context, analyze);
    },
  };
}

/** The feature listed in `features/index.ts`. */
export const workspaceIndexFeature: Feature = createWorkspaceIndexFeature();

class WorkspaceIndexService {
  readonly index = new WorkspaceIndex();
  readonly indexer: Indexer;
  private readonly engine = engineKey();
  private scanning = false;
  /** False until the first scan ends: the items shown until then may come from the cache. */
  private scanned = false;
  private scanAgain = false;
  /** The findings pass (after a scan, when workspace diagnostics are on) runs, and should run again when it ends. */
  private checking = false;
  private checkAgain = false;
  /** Whether the next round of the findings pass shows progress (after a scan; not after one file changed). */
  private checkWithProgress = false;
  private checkTimer: NodeJS.Timeout | undefined;
  /** Open documents by file-system path. */
  private readonly open = new Map<string, string>();
  private readonly docTimers = new Map<string, NodeJS.Timeout>();
  private notifyTimer: NodeJS.Timeout | undefined;
  private lastNotify = 0;
  private saveTimer: NodeJS.Timeout | undefined;
  private waiters: (() => void)[] = [];
  private initialized = false;
  private lastEdit = -Infinity;

  constructor(
    private readonly context: ServerContext,
    analyze: Analyze,
  ) {
    const { connection, documents, events } = context;
    this.indexer = new Indexer(this.index, {
      folders: () => context.folders(),
      settingsFor: (folder, dir) => this.settingsFor(folder, dir),
      filesExclude: (folder) => this.filesExclude(folder),
      openText: (path) => {
        const uri = this.open.get(path);
        return uri ? documents.get(uri)?.getText() : undefined;
      },
      now: () => context.now(),
      analyze,
      log: (message) => connection.console.log(message),
      // While the user types, the scan reads one file per 50 ms, so the document being edited keeps its speed.
      turn: () => new Promise((resolve) => (performance.now() - this.lastEdit < 200 ? setTimeout(resolve, 50) : setImmediate(resolve))),
    });
    this.index.onChange((change) => {
      // New findings change nothing the tree shows: only workspace diagnostics hear of them.
      if (!change.findingsOnly) this.scheduleNotify();
      this.scheduleSave();
      this.wakeWaiters();
    });

    events.onInitialized(() => {
      this.initialized = true;
      void this.start();
    });
    events.onWatchedFilesChanged((changes) => {
      const config = changes.some((c) => isConfigFileChange(c.uri));
      if (config) {
        this.forgetSettings();
        void this.scan();
        return;
      }
      for (const change of changes) {
        const uri = URI.parse(change.uri);
        if (uri.scheme !== 'file') continue;
        const path = uri.fsPath;
        // An open document is indexed from the editor's text; its file on disk is read again when it closes.
        if (this.open.has(path) && change.type !== FileChangeType.Deleted) continue;
        void this.indexer.refreshPath(path).then(() => this.scheduleCheck());
      }
    });
    events.onConfigurationChanged(() => {
      this.forgetSettings();
      // postmortem.workspaceDiagnostics may have changed: waiting workspace reports look again.
      this.wakeWaiters();
      void this.scan();
    });
    events.onFoldersChanged(() => void this.scan());

    documents.onDidOpen(({ document }) => {
      const uri = URI.parse(document.uri);
      if (uri.scheme === 'file') this.open.set(uri.fsPath, document.uri);
      this.scheduleDocument(document.uri, 0);
    });
    documents.onDidChangeContent(({ document }) => {
      this.lastEdit = performance.now();
      this.scheduleDocument(document.uri, 250);
    });
    documents.onDidClose(({ document }) => {
      const uri = URI.parse(document.uri);
      if (uri.scheme !== 'file') return;
      clearTimeout(this.docTimers.get(document.uri));
      this.docTimers.delete(document.uri);
      this.open.delete(uri.fsPath);
      // Closing without saving drops the editor's text: the file on disk is what counts again.
      void this.indexer.refreshPath(uri.fsPath).then(() => this.scheduleCheck());
    });

    connection.onRequest(ActionItemsRequest.type, (params) => this.actionItems(params));
    // Write the index on the way out, so a reopened workspace finds it even when the session
    // ended before a scan or a debounced save completed. Only this feature handles shutdown.
    connection.onShutdown(async () => {
      clearTimeout(this.checkTimer);
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      await this.save();
    });
    connection.onRequest(SetActionItemDoneRequest.type, (params) => this.setDone(params));
    connection.languages.diagnostics.onWorkspace((params, token) => this.workspaceDiagnostics(params.previousResultIds, token));
  }

  private wakeWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private get options(): IndexInitOptions {
    return (this.context.initializeParams()?.initializationOptions ?? {}) as IndexInitOptions;
  }

  private forgetSettings(): void {
    this.context.settings.clear();
  }

  private rawEditorSettings(folder: string): Promise<unknown> {
    return this.context.settings.editorSettings(pathToFileURL(folder).href);
  }

  private filesExclude(folder: string): Promise<string[]> {
    return this.context.settings.filesExclude(folder);
  }

  /** Settings for a folder of the workspace, from the one provider open documents use too (Workspace Trust included). */
  private settingsFor(folder: string, dir: string): Promise<Settings> {
    return this.context.settings.forFolder(folder, dir);
  }

  private async workspaceDiagnosticsOn(): Promise<boolean> {
    if (this.options.workspaceDiagnostics === false) return false;
    const folder = this.context.folders()[0];
    if (!folder) return true;
    const raw = (await this.rawEditorSettings(folder)) as { workspaceDiagnostics?: unknown } | undefined;
    return raw?.workspaceDiagnostics !== false;
  }

  private cacheFile(): string | undefined {
    const dir = this.options.storagePath ?? this.options.globalStoragePath;
    if (!dir) return undefined;
    // The global storage is shared by every window: one cache per set of folders.
    const folders = this.context.folders().join('\u0000');
    return this.options.storagePath ? join(dir, CACHE_FILE) : join(dir, `postmortem-index-${createHash('sha1').update(folders).digest('hex').slice(0, 12)}.json`);
  }

  /** Loads the persisted index (so the view has items at once), then scans. */
  private async start(): Promise<void> {
    const { connection } = this.context;
    if (this.context.initializeParams()?.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown}' }] }).catch(() => undefined);
    }
    const file = this.cacheFile();
    if (file) {
      try {
        const entries = parsePersistedIndex(await fs.readFile(file, 'utf8'), this.engine);
        if (entries.length) {
          this.index.setAll(entries);
          this.notifyNow();
          connection.console.log(`Index: ${entries.length} files from the cache.`);
        }
      } catch (error) {
        // No cache yet, or unreadable: the scan builds the index from scratch.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') connection.console.log(`Index: the cache ${file} was not used (${(error as Error).message}).`);
      }
    }
    await this.scan();
  }

  /** Runs a full scan; a scan asked for while one runs starts again when it ends. */
  async scan(): Promise<void> {
    if (!this.initialized) return;
    if (this.scanning) {
      this.scanAgain = true;
      return;
    }
    this.scanning = true;
    const { connection } = this.context;
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Indexing post-mortems', 0, 'Listing files…', false);
    let lastReport = 0;
    let report: ScanReport | undefined;
    try {
      do {
        this.scanAgain = false;
        report = await this.indexer.scan((done, total) => {
          const now = performance.now();
          if (now - lastReport < 100 && done < total) return;
          lastReport = now;
          progress?.report(Math.floor((done / total) * 100), `${done} of ${total} files`);
        });
        connection.console.log(`Index: ${report.files} Markdown files, ${report.analysed} read, ${report.reused} from the cache, ${report.errors} unreadable, in ${Math.round(report.ms)} ms.`);
      } while (this.scanAgain);
    } catch (error) {
      connection.console.error(`Index: the scan failed (${(error as Error).message}).`);
    } finally {
      this.scanning = false;
      this.scanned = true;
      progress?.done();
      // Saved before the announcement, so whoever hears that the scan ended finds the cache written.
      await this.save();
      this.notifyNow();
    }
    void this.checkPending(true);
  }

  /** Checks changed files shortly after a burst of file events, once the tree has heard of them. */
  private scheduleCheck(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      this.checkTimer = undefined;
      void this.checkPending(false);
    }, 200);
  }

  /**
   * Adds the findings of the post-mortems that were only outlined (by a scan, or after a file
   * changed on disk), when workspace diagnostics want them; stops early when a new scan starts
   * (which runs this again when it ends). After a scan, it shows its progress.
   */
  private async checkPending(showProgress: boolean): Promise<void> {
    this.checkWithProgress ||= showProgress;
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    this.checking = true;
    const { connection } = this.context;
    let checked = 0;
    try {
      do {
        this.checkAgain = false;
        const withProgress = this.checkWithProgress;
        this.checkWithProgress = false;
        if (this.scanning || !(await this.workspaceDiagnosticsOn())) break;
        if (![...this.index.values()].some((s) => s.isPostmortem && s.findings === null)) break;
        const progress = withProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
        progress?.begin('Checking post-mortems', 0, 'Finding problems in closed files…', false);
        let lastReport = 0;
        try {
          const report = await this.indexer.checkPending(
            (done, total) => {
              const now = performance.now();
              if (now - lastReport < 100 && done < total) return;
              lastReport = now;
              progress?.report(Math.floor((done / total) * 100), `${done} of ${total} files`);
            },
            () => this.scanning,
          );
          checked += report.checked;
          connection.console.log(`Index: ${report.checked} post-mortems checked for workspace diagnostics in ${Math.round(report.ms)} ms.`);
        } finally {
          progress?.done();
        }
      } while (this.checkAgain);
    } catch (error) {
      connection.console.error(`Index: checking closed post-mortems failed (${(error as Error).message}).`);
    } finally {
      this.checking = false;
    }
    if (checked) this.scheduleSave();
  }

  private scheduleDocument(uri: string, delay: number): void {
    clearTimeout(this.docTimers.get(uri));
    this.docTimers.set(
      uri,
      setTimeout(() => {
        this.docTimers.delete(uri);
        void this.indexDocument(uri);
      }, delay),
    );
  }

  private async indexDocument(uri: string): Promise<void> {
    const parsed = URI.parse(uri);
    const document = this.context.documents.get(uri);
    if (parsed.scheme !== 'file' || !document) return;
    const analysed = await this.context.analysed(uri);
    if (!analysed) return;
    // The check is the one diagnostics use for this version, so typing parses once.
    await this.indexer.updateFromText(parsed.fsPath, analysed.document.getText(), fromCheck(analysed.result, 'full', analysed.settings));
  }

  private today(): string {
    return isoDay(this.context.now());
  }

  private stats() {
    const stats = this.index.stats(this.today());
    return { documents: stats.documents, items: stats.items, overdue: stats.overdue, scanning: this.scanning || !this.scanned };
  }

  /** While scanning, listeners hear of progress at most twice a second; otherwise at once (batched). */
  private scheduleNotify(): void {
    if (this.notifyTimer) return;
    const wait = this.scanning ? Math.max(0, 500 - (performance.now() - this.lastNotify)) : 0;
    this.notifyTimer = setTimeout(() => this.notifyNow(), wait);
  }

  private notifyNow(): void {
    clearTimeout(this.notifyTimer);
    this.notifyTimer = undefined;
    this.lastNotify = performance.now();
    void this.context.connection.sendNotification(ActionItemsChangedNotification.type, this.stats());
  }

  private scheduleSave(): void {
    // A scan and the findings pass save once when they end, not every few seconds.
    if (this.saveTimer || this.scanning || this.checking) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, 2000);
  }

  private async save(): Promise<void> {
    const file = this.cacheFile();
    if (!file) return;
    try {
      await fs.mkdir(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temp, serializeIndex(this.index, this.engine));
      await fs.rename(temp, file);
    } catch (error) {
      this.context.connection.console.log(`Index: could not save the cache to ${file} (${(error as Error).message}).`);
    }
  }

  private actionItems(params: ActionItemsRequest.Params): ActionItemsRequest.Result {
    const today = this.today();
    const items: ActionItemInfo[] = filterItems(this.index.values(), params ?? {}, today).map((item) => ({
      uri: item.uri,
      path: item.path,
      documentTitle: item.documentTitle,
      isTemplate: item.isTemplate,
      archived: item.archived,
      range: item.range,
      kind: item.kind ?? null,
      ...actionItemFields(item),
    }));
    const stats = this.index.stats(today);
    return { items, documents: stats.documents, overdue: stats.overdue, today, scanning: this.scanning || !this.scanned };
  }

  /** Finds the item again in the current text and computes the edit that sets its state. */
  private async setDone(params: SetActionItemDoneRequest.Params): Promise<SetActionItemDoneRequest.Result> {
    const uri = URI.parse(params.uri);
    const document = this.context.documents.get(params.uri);
    let text: string;
    let version: number | null = null;
    if (document) {
      text = document.getText();
      version = document.version;
    } else if (uri.scheme === 'file') {
      try {
        text = decodeText(await fs.readFile(uri.fsPath));
      } catch (error) {
        return { edit: null, message: `The document cannot be read (${(error as Error).message}).` };
      }
    } else {
      return { edit: null, message: 'The document is not open.' };
    }
    const lines = new LineIndex(text);
    const folder = uri.scheme === 'file' ? this.indexer.folderOf(uri.fsPath) : undefined;
    let line = -1;
    let current: boolean | undefined;
    if (folder) {
      const settings = await this.settingsFor(folder, dirname(uri.fsPath));
      const rel = uri.fsPath.slice(folder.length + 1).replace(/\\/g, '/');
      const items = analyzeText(text, rel, settings, this.context.now(), 'outline').actionItems.filter((i) => i.text === params.text);
      // The same words may appear twice: take the occurrence nearest the line the view showed.
      items.sort((a, b) => Math.abs(a.line - params.line) - Math.abs(b.line - params.line));
      if (items[0]) {
        line = items[0].line;
        current = items[0].done;
      }
    }
    if (line === -1 && params.line < lines.lineCount && params.text && lines.lineText(params.line).includes(params.text)) line = params.line;
    if (line === -1) return { edit: null, message: 'The item has changed since the list was built; it was left as it is.' };
    const result = toggleDone(text, line, params.done);
    if ('error' in result) return { edit: null, message: result.error };
    if (!result.edit) {
      if (current !== undefined && current !== params.done) return { edit: null, message: 'The item is marked in a way that cannot be changed automatically.' };
      return { edit: null, message: params.done ? 'The item is already done.' : 'The item is already open.' };
    }
    const edit = { range: { start: lines.positionAt(result.edit.start), end: lines.positionAt(result.edit.end) }, newText: result.edit.newText };
    const change: TextDocumentEdit = { textDocument: { uri: params.uri, version }, edits: [edit] };
    return { edit: { documentChanges: [change] } };
  }

  /**
   * Reports findings of the post-mortems that are not open. Unchanged files (same result id)
   * are left out; files that had findings and no longer do get an empty report. When nothing
   * changed, the request waits for the index to change, so the client's polling costs nothing.
   */
  private async workspaceDiagnostics(previousResultIds: { uri: string; value: string }[], token: CancellationToken) {
    const previous = new Map(previousResultIds.map((p) => [p.uri, p.value]));
    const deadline = Date.now() + LONG_POLL_MS;
    for (;;) {
      const enabled = await this.workspaceDiagnosticsOn();
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      const reported = new Set<string>();
      if (enabled) {
        for (const summary of this.index.values()) {
          if (!summary.isPostmortem || !summary.findings?.length || this.open.has(summary.path)) continue;
          reported.add(summary.uri);
          const resultId = String(summary.generation);
          if (previous.get(summary.uri) === resultId) continue;
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri: summary.uri, version: null, resultId, items: summary.findings.map((f) => toDiagnostic(f, f.range)) });
        }
      }
      for (const [uri, value] of previous) {
        if (reported.has(uri) || value === 'none') continue;
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: 'none', items: [] });
      }
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The workspace diagnostic request was cancelled.');
      if (items.length || Date.now() >= deadline) return { items };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        const cancel = token.onCancellationRequested(() => resolve());
        this.waiters.push(() => {
          clearTimeout(timer);
          cancel.dispose();
          resolve();
        });
      });
    }
  }
}
