/**
 * The workspace index as an LSP feature: decides when to scan (at start, when files, settings or
 * folders change), answers `postmortem/actionItems` and announces changes with
 * `postmortem/actionItemsChanged`. Its parts: the scan and the findings pass (`index-scan.ts`),
 * the saved index (`index-cache.ts`), open documents (`index-documents.ts`), `workspace/diagnostic`
 * for closed files (`workspace-diagnostics.ts`), Mark Done (`mark-done.ts`) and the insights
 * (`insights.ts`). Files are reached through `context.files`, so the web build runs this as is.
 */
import { DidChangeWatchedFilesNotification, FileChangeType, WatchKind } from 'vscode-languageserver';
import { isoDay } from '../analysis/base/dates';
import type { Settings } from '../analysis/base/settings';
import { isConfigFileChange } from '../settings-provider';
import { ActionItemsChangedNotification, ActionItemsRequest, SetActionItemDoneRequest, type ActionItemInfo } from '../protocol';
import type { Feature, ServerContext } from './context';
import { actionItemInfo, analyseText, filterItems, WorkspaceIndex, type Analyse } from '../workspace/index-core';
import { Indexer } from '../workspace/indexer';
import type { InitializationOptions } from '../protocol';
import { IndexCache } from './index-cache';
import { IndexScan } from './index-scan';
import { OpenDocuments } from './index-documents';
import { setActionItemDone } from './mark-done';
import { WorkspaceDiagnostics } from './workspace-diagnostics';
import { registerInsights } from './insights';

const MARKDOWN = /\.(?:md|markdown)$/i;

/** What the index reads of the client's `initializationOptions` (the shape is in protocol.ts). */
type IndexInitOptions = InitializationOptions;

export function createWorkspaceIndexFeature(analyse: Analyse = analyseText): Feature {
  return {
    capabilities(params) {
      const options = (params.initializationOptions ?? {}) as IndexInitOptions;
      return { diagnosticProvider: { identifier: 'postmortem', interFileDependencies: false, workspaceDiagnostics: options.workspaceDiagnostics !== false } };
    },
    register(context) {
      new WorkspaceIndexService(context, analyse);
    },
  };
}

/** The feature listed in `features/index.ts`. */
export const workspaceIndexFeature: Feature = createWorkspaceIndexFeature();

class WorkspaceIndexService {
  /** The server's one index (`ServerContext.workspaceIndex`), which other features read. */
  readonly index: WorkspaceIndex;
  readonly indexer: Indexer;
  private readonly cache: IndexCache;
  private readonly diagnostics: WorkspaceDiagnostics;
  private readonly passes: IndexScan;
  private readonly open: OpenDocuments;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private lastNotify = 0;
  /** No scan runs before the client has said `initialized`. */
  private initialized = false;
  /** The insights dashboard has asked: closed post-mortems are read in full (facts, timeline) even without workspace diagnostics. */
  private insightsWanted = false;

  constructor(
    private readonly context: ServerContext,
    analyse: Analyse,
  ) {
    const { connection, events } = context;
    this.index = context.workspaceIndex;
    this.open = new OpenDocuments(
      context,
      () => this.indexer,
      () => this.passes.scheduleCheck(),
    );
    this.cache = new IndexCache(context, this.index, () => this.passes.scanning || this.passes.checking);
    this.diagnostics = new WorkspaceDiagnostics(
      this.index,
      (path) => this.open.has(path),
      () => this.workspaceDiagnosticsOn(),
    );
    this.indexer = new Indexer(this.index, {
      folders: () => context.folders(),
      settingsFor: (folder, dir) => this.settingsFor(folder, dir),
      filesExclude: (folder) => this.filesExclude(folder),
      openText: (path) => this.open.text(path),
      now: () => context.now(),
      analyse,
      log: (message) => connection.console.log(message),
      files: context.files,
      // While the user types, the scan reads one file per 50 ms, so the document being edited keeps its speed.
      turn: () => new Promise((resolve) => (this.open.typingRecently() ? setTimeout(resolve, 50) : setImmediate(resolve))),
    });
    this.passes = new IndexScan(context, this.index, this.indexer, {
      wantFindings: async () => this.insightsWanted || (await this.workspaceDiagnosticsOn()),
      scanEnded: async () => {
        // Saved before the announcement, so whoever hears that the scan ended finds the cache written.
        await this.cache.save();
        this.notifyNow();
        // The scan outlines open documents too, from the editor's text; the findings pass leaves them
        // to the editor's check, which is cached per version: summarise them from it again.
        this.open.refreshAll();
      },
      checked: () => this.cache.schedule(),
    });
    this.index.onChange((change) => {
      // New findings change nothing the tree shows: only workspace diagnostics hear of them.
      if (!change.findingsOnly) this.scheduleNotify();
      this.cache.schedule();
      this.diagnostics.wake();
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
      // The watcher of creations hears of every file and folder too (a folder moved or copied in
      // is reported alone, its Markdown files unreported): the indexer takes them as one batch.
      const created: string[] = [];
      for (const change of changes) {
        const path = context.files.pathOf(change.uri);
        if (path === null) continue;
        // The watcher of deletions hears of every file and folder; only one that held indexed files matters.
        if (change.type === FileChangeType.Deleted && !MARKDOWN.test(path) && !this.index.holds(path)) continue;
        // An open document is indexed from the editor's text; its file on disk is read again when it closes.
        if (this.open.has(path) && change.type !== FileChangeType.Deleted) continue;
        if (change.type === FileChangeType.Created) created.push(path);
        else void this.refresh(path);
      }
      if (created.length) void this.refreshCreated(created);
    });
    events.onConfigurationChanged(() => {
      this.forgetSettings();
      // postmortem.workspaceDiagnostics may have changed: waiting workspace reports look again.
      this.diagnostics.wake();
      void this.scan();
    });
    events.onFoldersChanged(() => void this.scan());

    connection.onRequest(ActionItemsRequest.type, (params) => this.actionItems(params));
    registerInsights(context, {
      index: this.index,
      state: () => {
        const { scanning, scanned, checking, progress } = this.passes;
        return { scanning: scanning || !scanned || checking, progress: scanning || checking ? progress : null };
      },
      wantFull: () => {
        if (this.insightsWanted) return;
        this.insightsWanted = true;
        void this.passes.checkPending(true);
      },
    });
    // Write the index on the way out, so a reopened workspace finds it even when the session
    // ended before a scan or a debounced save completed. Only this feature handles shutdown.
    connection.onShutdown(async () => {
      this.passes.cancelScheduledCheck();
      await this.cache.save();
    });
    connection.onRequest(SetActionItemDoneRequest.type, (params) => setActionItemDone(context, this.indexer, params));
    connection.languages.diagnostics.onWorkspace((params, token) => this.diagnostics.report(params.previousResultIds, token));
  }

  /** Reads a changed file or folder into the index, then lets the findings pass follow. */
  private async refresh(path: string): Promise<void> {
    await this.indexer.refreshPath(path);
    this.passes.scheduleCheck();
  }

  /** Reads one notification's created files and folders into the index, then lets the findings pass follow. */
  private async refreshCreated(paths: string[]): Promise<void> {
    await this.indexer
      .refreshCreated(paths)
      .catch((error) => this.context.connection.console.log(`Index: reading created files failed (${(error as Error).message}).`));
    this.passes.scheduleCheck();
  }

  private get options(): IndexInitOptions {
    return (this.context.initializeParams()?.initializationOptions ?? {}) as IndexInitOptions;
  }

  private forgetSettings(): void {
    this.context.settings.clear();
  }

  private rawEditorSettings(folder: string): Promise<unknown> {
    return this.context.settings.editorSettings(this.context.files.uriOf(folder));
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

  /** Loads the persisted index (so the view has items at once), then scans. */
  private async start(): Promise<void> {
    const { connection } = this.context;
    if (this.context.initializeParams()?.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      // An editor reports a deleted, created or moved folder as that folder alone, not as each
      // Markdown file in it (VS Code's watchers say so): a folder moved into the workspace from
      // outside is one creation. So creations and deletions of anything are watched too.
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete }],
        })
        .catch(() => undefined);
    }
    const cached = await this.cache.load();
    if (cached) {
      this.notifyNow();
      connection.console.log(`Index: ${cached} files from the cache.`);
    }
    await this.scan();
  }

  private async scan(): Promise<void> {
    if (this.initialized) await this.passes.scan();
  }

  /** What the Action Items view shows of the index's state. */
  private scanState(): { scanning: boolean; unreadable: number } {
    return { scanning: this.passes.scanning || !this.passes.scanned, unreadable: this.passes.unreadable };
  }

  private today(): string {
    return isoDay(this.context.now());
  }

  private stats() {
    const stats = this.index.stats(this.today());
    return { documents: stats.documents, items: stats.items, overdue: stats.overdue, ...this.scanState() };
  }

  /** While scanning, listeners hear of progress at most twice a second; otherwise at once (batched). */
  private scheduleNotify(): void {
    if (this.notifyTimer) return;
    const wait = this.passes.scanning ? Math.max(0, 500 - (performance.now() - this.lastNotify)) : 0;
    this.notifyTimer = setTimeout(() => this.notifyNow(), wait);
  }

  private notifyNow(): void {
    clearTimeout(this.notifyTimer);
    this.notifyTimer = undefined;
    this.lastNotify = performance.now();
    void this.context.connection.sendNotification(ActionItemsChangedNotification.type, this.stats());
  }

  private actionItems(params: ActionItemsRequest.Params): ActionItemsRequest.Result {
    const today = this.today();
    const items: ActionItemInfo[] = filterItems(this.index.values(), params ?? {}, today).map(actionItemInfo);
    const stats = this.index.stats(today);
    return { items, documents: stats.documents, overdue: stats.overdue, today, ...this.scanState() };
  }
}
