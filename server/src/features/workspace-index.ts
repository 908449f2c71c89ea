/**
 * The workspace index as an LSP feature: scans every folder at start (with work-done progress),
 * follows file events and open-document changes, answers `postmortem/actionItems`, announces
 * changes with `postmortem/actionItemsChanged`. Its parts: the saved index (`index-cache.ts`),
 * `workspace/diagnostic` for closed files (`workspace-diagnostics.ts`) and Mark Done
 * (`mark-done.ts`). Files are reached through `context.files`, so the web build runs this as is.
 */
import { DidChangeWatchedFilesNotification, FileChangeType, WatchKind } from 'vscode-languageserver';
import { isoDay } from '../analysis/base/dates';
import type { Settings } from '../analysis/base/settings';
import { isConfigFileChange } from '../settings-provider';
import { ActionItemsChangedNotification, ActionItemsRequest, SetActionItemDoneRequest, type ActionItemInfo } from '../protocol';
import type { Feature, ServerContext } from './context';
import { analyseText, filterItems, WorkspaceIndex, type Analyse } from '../workspace/index-core';
import { Indexer, type ScanReport } from '../workspace/indexer';
import { actionItemFields } from '../analysis/model/action-item-fields';
import type { InitializationOptions } from '../protocol';
import { IndexCache } from './index-cache';
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
  /** Files the last scan could not read (a file system that refused or did not answer): the view says how many. */
  private unreadable = 0;
  private scanning = false;
  /** False until the first scan ends: the items shown until then may come from the cache. */
  private scanned = false;
  private scanAgain = false;
  /** The findings pass (after a scan, when workspace diagnostics are on) runs, and should run again when it ends. */
  private checking = false;
  private checkAgain = false;
  /** Whether the next round of the findings pass shows progress (after a scan; not after one file changed). */
  private checkWithProgress = false;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly open: OpenDocuments;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private lastNotify = 0;
  private initialized = false;
  /** Files read of those listed by the running scan (for the insights dashboard's progress). */
  private scanProgress: { done: number; total: number } | null = null;
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
      () => this.scheduleCheck(),
    );
    this.cache = new IndexCache(context, this.index, () => this.scanning || this.checking);
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
      for (const change of changes) {
        const path = context.files.pathOf(change.uri);
        if (path === null) continue;
        // The watcher of deletions hears of every file and folder; only one that held indexed files matters.
        if (change.type === FileChangeType.Deleted && !MARKDOWN.test(path) && !this.index.holds(path)) continue;
        // An open document is indexed from the editor's text; its file on disk is read again when it closes.
        if (this.open.has(path) && change.type !== FileChangeType.Deleted) continue;
        void this.indexer.refreshPath(path).then(() => this.scheduleCheck());
      }
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
      state: () => ({ scanning: this.scanning || !this.scanned || this.checking, progress: this.scanning || this.checking ? this.scanProgress : null }),
      wantFull: () => {
        if (this.insightsWanted) return;
        this.insightsWanted = true;
        void this.checkPending(true);
      },
    });
    // Write the index on the way out, so a reopened workspace finds it even when the session
    // ended before a scan or a debounced save completed. Only this feature handles shutdown.
    connection.onShutdown(async () => {
      clearTimeout(this.checkTimer);
      await this.cache.save();
    });
    connection.onRequest(SetActionItemDoneRequest.type, (params) => setActionItemDone(context, this.indexer, params));
    connection.languages.diagnostics.onWorkspace((params, token) => this.diagnostics.report(params.previousResultIds, token));
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
      // An editor reports a deleted (or moved) folder as that folder alone, not as each Markdown
      // file in it (VS Code's watchers say so), so deletions of anything are watched too.
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/*', kind: WatchKind.Delete }],
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
          this.scanProgress = { done, total };
          const now = performance.now();
          if (now - lastReport < 100 && done < total) return;
          lastReport = now;
          progress?.report(Math.floor((done / total) * 100), `${done} of ${total} files`);
        });
        this.unreadable = report.errors;
        connection.console.log(
          `Index: ${report.files} Markdown files, ${report.analysed} read, ${report.reused} from the cache, ${report.errors} unreadable, in ${Math.round(report.ms)} ms.`,
        );
      } while (this.scanAgain);
    } catch (error) {
      connection.console.error(`Index: the scan failed (${(error as Error).message}).`);
    } finally {
      this.scanning = false;
      this.scanned = true;
      progress?.done();
      // Saved before the announcement, so whoever hears that the scan ended finds the cache written.
      await this.cache.save();
      this.notifyNow();
      // The scan outlines open documents too, from the editor's text; the findings pass leaves them
      // to the editor's check, which is cached per version: summarise them from it again.
      this.open.refreshAll();
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
        if (this.scanning || !(this.insightsWanted || (await this.workspaceDiagnosticsOn()))) break;
        if (![...this.index.values()].some((s) => s.isPostmortem && s.findings === null)) break;
        const progress = withProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
        progress?.begin('Checking post-mortems', 0, 'Finding problems in closed files…', false);
        let lastReport = 0;
        try {
          const report = await this.indexer.checkPending(
            (done, total) => {
              this.scanProgress = { done, total };
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
    if (checked) this.cache.schedule();
  }

  private today(): string {
    return isoDay(this.context.now());
  }

  private stats() {
    const stats = this.index.stats(this.today());
    return { documents: stats.documents, items: stats.items, overdue: stats.overdue, scanning: this.scanning || !this.scanned, unreadable: this.unreadable };
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
    return { items, documents: stats.documents, overdue: stats.overdue, today, scanning: this.scanning || !this.scanned, unreadable: this.unreadable };
  }
}
