/**
 * The workspace index follows the editor: an open document is indexed from its text (with the
 * check diagnostics already made of that version), shortly after each change; when it closes,
 * the file is what counts again. Typing also slows the scan, so the edited document keeps its
 * speed (`typingRecently`).
 */
import type { ServerContext } from './context';
import { fromCheck } from '../workspace/index-core';
import type { Indexer } from '../workspace/indexer';

export class OpenDocuments {
  /** Open documents' URIs by path. */
  private readonly open = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private lastEdit = -Infinity;

  constructor(
    private readonly context: ServerContext,
    private readonly indexer: () => Indexer,
    /** Called after a closed document's file was read again (the findings pass then runs). */
    private readonly afterClose: () => void,
  ) {
    const { documents, files } = context;
    documents.onDidOpen(({ document }) => {
      const path = files.pathOf(document.uri);
      if (path !== null) this.open.set(path, document.uri);
      this.schedule(document.uri, 0);
    });
    documents.onDidChangeContent(({ document }) => {
      this.lastEdit = performance.now();
      this.schedule(document.uri, 250);
    });
    documents.onDidClose(({ document }) => {
      const path = files.pathOf(document.uri);
      if (path === null) return;
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      this.open.delete(path);
      // Closing without saving drops the editor's text: the file on disk is what counts again.
      void this.indexer().refreshPath(path).then(this.afterClose);
    });
  }

  has(path: string): boolean {
    return this.open.has(path);
  }

  /** The editor's text of an open document, which wins over the file. */
  text(path: string): string | undefined {
    const uri = this.open.get(path);
    return uri ? this.context.documents.get(uri)?.getText() : undefined;
  }

  /** True while the user is typing (an edit in the last 200 ms). */
  typingRecently(): boolean {
    return performance.now() - this.lastEdit < 200;
  }

  /**
   * Indexes every open document again from its editor check: a scan outlines open documents too,
   * and the findings pass leaves them to the editor's check (cached per version).
   */
  refreshAll(): void {
    for (const uri of this.open.values()) this.schedule(uri, 0);
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.index(uri);
      }, delay),
    );
  }

  private async index(uri: string): Promise<void> {
    const path = this.context.files.pathOf(uri);
    const document = this.context.documents.get(uri);
    if (path === null || !document) return;
    // A document whose file was deleted may stay open in the editor (and is opened again in a
    // restarted server): the index lists the workspace's files, so it leaves with its file.
    if (uri.startsWith('file:') && !(await this.context.files.stat(path))) {
      await this.indexer().refreshPath(path);
      return;
    }
    const analysed = await this.context.analysed(uri);
    if (!analysed) return;
    // The check is the one diagnostics use for this version, so typing parses once.
    await this.indexer().updateFromText(path, analysed.document.getText(), fromCheck(analysed.result, 'full', analysed.settings));
  }
}
