/**
 * The passes that fill the workspace index: the scan (every folder listed and each Markdown file
 * outlined, with work-done progress; a scan asked for while one runs starts again when it ends)
 * and the findings pass after it (post-mortems that were only outlined are checked in full when
 * workspace diagnostics or the insights dashboard want findings; it gives way to a new scan).
 * It keeps the state the Action Items view and the dashboard show: scanning, how far, how many
 * files could not be read. The feature that owns it (`workspace-index.ts`) decides when to scan.
 */
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspace/index-core';
import type { Indexer, ScanReport } from '../workspace/indexer';
import type { ServerContext } from './context';

/** What the passes ask of the feature that owns them. */
export interface IndexScanHooks {
  /** Whether the findings pass should run (workspace diagnostics are on, or the dashboard asked). */
  wantFindings(): Promise<boolean>;
  /** After each scan, before the findings pass: save the index, announce it, refresh open documents. */
  scanEnded(): Promise<void>;
  /** After a findings pass that checked at least one file. */
  checked(): void;
}

export class IndexScan {
  private scanningNow = false;
  private scannedOnce = false;
  private scanAgain = false;
  /** The findings pass runs, and should run again when it ends. */
  private checkingNow = false;
  private checkAgain = false;
  /** Whether the next round of the findings pass shows progress (after a scan; not after one file changed). */
  private checkWithProgress = false;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private unreadableFiles = 0;
  private lastProgress: { done: number; total: number } | null = null;

  constructor(
    private readonly context: ServerContext,
    private readonly index: WorkspaceIndex,
    private readonly indexer: Indexer,
    private readonly hooks: IndexScanHooks,
  ) {}

  /** True while a scan runs. */
  get scanning(): boolean {
    return this.scanningNow;
  }

  /** False until the first scan ends: the items shown until then may come from the cache. */
  get scanned(): boolean {
    return this.scannedOnce;
  }

  /** True while the findings pass runs. */
  get checking(): boolean {
    return this.checkingNow;
  }

  /** Files the last scan could not read (a file system that refused or did not answer): the view says how many. */
  get unreadable(): number {
    return this.unreadableFiles;
  }

  /** Files read of those listed by the running pass (for the insights dashboard's progress). */
  get progress(): { done: number; total: number } | null {
    return this.lastProgress;
  }

  /** Runs a full scan; a scan asked for while one runs starts again when it ends. */
  async scan(): Promise<void> {
    if (this.scanningNow) {
      this.scanAgain = true;
      return;
    }
    this.scanningNow = true;
    const { connection } = this.context;
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Indexing post-mortems', 0, 'Listing files…', false);
    const step = this.reporter(progress);
    let report: ScanReport | undefined;
    try {
      do {
        this.scanAgain = false;
        report = await this.indexer.scan(step);
        this.unreadableFiles = report.errors;
        connection.console.log(
          `Index: ${report.files} Markdown files, ${report.analysed} read, ${report.reused} from the cache, ${report.errors} unreadable, in ${Math.round(report.ms)} ms.`,
        );
      } while (this.scanAgain);
    } catch (error) {
      connection.console.error(`Index: the scan failed (${(error as Error).message}).`);
    } finally {
      this.scanningNow = false;
      this.scannedOnce = true;
      progress?.done();
      await this.hooks.scanEnded();
    }
    void this.checkPending(true);
  }

  /** Checks changed files shortly after a burst of file events, once the tree has heard of them. */
  scheduleCheck(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      this.checkTimer = undefined;
      void this.checkPending(false);
    }, 200);
  }

  /** Stops a findings pass that was scheduled and has not started (the server shuts down). */
  cancelScheduledCheck(): void {
    clearTimeout(this.checkTimer);
  }

  /**
   * Adds the findings of the post-mortems that were only outlined (by a scan, or after a file
   * changed on disk), when they are wanted; stops early when a new scan starts (which runs this
   * again when it ends). After a scan, it shows its progress.
   */
  async checkPending(showProgress: boolean): Promise<void> {
    this.checkWithProgress ||= showProgress;
    if (this.checkingNow) {
      this.checkAgain = true;
      return;
    }
    this.checkingNow = true;
    const { connection } = this.context;
    let checked = 0;
    try {
      do {
        this.checkAgain = false;
        const withProgress = this.checkWithProgress;
        this.checkWithProgress = false;
        if (this.scanningNow || !(await this.hooks.wantFindings())) break;
        if (![...this.index.values()].some((s) => s.isPostmortem && s.findings === null)) break;
        const progress = withProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
        progress?.begin('Checking post-mortems', 0, 'Finding problems in closed files…', false);
        try {
          const report = await this.indexer.checkPending(this.reporter(progress), () => this.scanningNow);
          checked += report.checked;
          connection.console.log(`Index: ${report.checked} post-mortems checked for workspace diagnostics in ${Math.round(report.ms)} ms.`);
        } finally {
          progress?.done();
        }
      } while (this.checkAgain);
    } catch (error) {
      connection.console.error(`Index: checking closed post-mortems failed (${(error as Error).message}).`);
    } finally {
      this.checkingNow = false;
    }
    if (checked) this.hooks.checked();
  }

  /** Follows a pass file by file: kept for the dashboard, shown as work-done progress at most every 100 ms (and at the last file). */
  private reporter(progress: WorkDoneProgressServerReporter | undefined): (done: number, total: number) => void {
    let lastReport = 0;
    return (done, total) => {
      this.lastProgress = { done, total };
      const now = performance.now();
      if (now - lastReport < 100 && done < total) return;
      lastReport = now;
      progress?.report(Math.floor((done / total) * 100), `${done} of ${total} files`);
    };
  }
}
