/**
 * `workspace/diagnostic` for the post-mortems that are not open, from the workspace index.
 * Unchanged files (same result id) are left out; files that had findings and no longer do get
 * an empty report. When nothing changed, the request waits for the index to change, so the
 * client's polling costs nothing.
 */
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { toDiagnostic } from '../lsp-convert';
import type { WorkspaceIndex } from '../workspace/index-core';

/** How long a workspace diagnostic request waits for a change before answering "nothing new". */
const LONG_POLL_MS = 5 * 60 * 1000;

export class WorkspaceDiagnostics {
  private waiters: (() => void)[] = [];

  constructor(
    private readonly index: WorkspaceIndex,
    /** Whether a file (by path) is open: the editor's own diagnostics cover it. */
    private readonly isOpen: (path: string) => boolean,
    private readonly enabled: () => Promise<boolean>,
  ) {}

  /** Wakes the requests that wait for a change. */
  wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  async report(previousResultIds: { uri: string; value: string }[], token: CancellationToken): Promise<{ items: WorkspaceDocumentDiagnosticReport[] }> {
    const previous = new Map(previousResultIds.map((p) => [p.uri, p.value]));
    const deadline = Date.now() + LONG_POLL_MS;
    for (;;) {
      const enabled = await this.enabled();
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      const reported = new Set<string>();
      if (enabled) {
        for (const summary of this.index.values()) {
          if (!summary.isPostmortem || !summary.findings?.length || this.isOpen(summary.path)) continue;
          reported.add(summary.uri);
          const resultId = String(summary.generation);
          if (previous.get(summary.uri) === resultId) continue;
          items.push({
            kind: DocumentDiagnosticReportKind.Full,
            uri: summary.uri,
            version: null,
            resultId,
            items: summary.findings.map((f) => toDiagnostic(f, f.range)),
          });
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
