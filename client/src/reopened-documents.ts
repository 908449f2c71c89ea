/**
 * Keeps the findings of a document that opens under the URI of one that has just closed.
 *
 * With workspace diagnostics on, vscode-languageclient 9 pulls a document's diagnostics once more
 * when its editor or tab closes, and forgets the document when that pull returns. When a document
 * with the same URI opens while that pull is still in flight (a new untitled post-mortem takes
 * the name of one just closed; a file is closed and opened again at once), the client takes the
 * new document for the old one: it does not pull on open, then forgets it when the old pull
 * returns, and from then on pulls for it on no edit. Its findings stay those of the old text, and
 * their quick fixes are refused as made for another version.
 *
 * The middleware below notices a pull of a closed document (or of a closed tab's URI) that
 * returns while that URI is shown again, and then asks the client to pull for the open documents
 * once more, after the client's own bookkeeping for the old pull has run: that pull tracks the new
 * document again. It asks once for each document shown again. The client re-pulls a URI whose
 * pull was cut short with the document it started with, the closed one; were each such return
 * answered with another round, the round would cut the re-pull short in turn, and the two would
 * take turns for as long as the editor stays open, each cut-short pull leaving no findings.
 * Pure logic, no `vscode` import, so it is unit-tested; `activate.ts` wires it.
 */

/** What the client passes to `provideDiagnostics`: a text document, or a URI for a tab. */
export type PulledDocument = { readonly uri: { toString(): string }; readonly isClosed: boolean } | { toString(): string };

export interface ReopenedDocumentsOptions {
  /** The document open in an editor tab under this URI now, if any (any object that stands for it). */
  shownDocument: (uri: string) => object | undefined;
  /** Asks the client to pull diagnostics for every open document again. */
  refresh: () => void;
  /** Runs `task` after the current turn: after the client's handling of the pull's result. */
  later?: (task: () => void) => void;
}

/** A `provideDiagnostics` middleware that repairs the client's view of a reopened document. */
export function reopenedDocumentPulls(options: ReopenedDocumentsOptions) {
  const later = options.later ?? ((task: () => void) => void setTimeout(task, 0));
  let refreshPending = false;
  /** The documents shown again under a closed one's URI that a round of pulls was asked for. */
  const repaired = new WeakSet<object>();

  function afterPull(document: PulledDocument): void {
    const closed = 'uri' in document ? document.isClosed : true;
    if (!closed) return;
    const uri = 'uri' in document ? document.uri.toString() : document.toString();
    const shown = options.shownDocument(uri);
    if (!shown || repaired.has(shown)) return;
    repaired.add(shown);
    if (refreshPending) return;
    refreshPending = true;
    later(() => {
      refreshPending = false;
      options.refresh();
    });
  }

  return async function provideDiagnostics<D extends PulledDocument, T, R>(
    document: D,
    previousResultId: string | undefined,
    token: T,
    next: (document: D, previousResultId: string | undefined, token: T) => R | PromiseLike<R> | null | undefined,
  ): Promise<R | null | undefined> {
    try {
      return await next(document, previousResultId, token);
    } finally {
      afterPull(document);
    }
  };
}
