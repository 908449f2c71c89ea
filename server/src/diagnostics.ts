/**
 * Pull diagnostics for open documents. A pull gives way to queued messages first, parses what
 * changed in slices (so a cancellation is seen), and always answers for the newest version;
 * the diagnostics of a check are kept, so a second pull of a version is answered at once.
 */
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from './analysis/engine/engine';
import { LineIndex } from './analysis/base/text';
import type { DocumentChecks } from './document-checks';
import { findingToDiagnostic } from './lsp-convert';
import { DIAGNOSTIC_SOURCE } from './protocol';
import type { SettingsProvider } from './settings-provider';

/** Diagnostics per check result (one per document version). */
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
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        code: 'not-checked',
        message: result.notice.message,
      },
    ];
  }
  const lines = result.doc?.lines ?? new LineIndex(document.getText());
  return result.findings.map((f) => findingToDiagnostic(f, lines, document.version));
}

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
const giveWay = () => new Promise((resolve) => setImmediate(resolve));

export function registerDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, checks: DocumentChecks, settings: SettingsProvider): void {
  connection.languages.diagnostics.on(async (params, token) => {
    const uri = params.textDocument.uri;
    const empty: FullDocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (!documents.get(uri)) return empty;
    const documentSettings = await settings.forDocument(uri);
    // Let queued messages in first: a newer change or a cancellation makes this request's work stale.
    await giveWay();
    if (token.isCancellationRequested) throw cancelled();
    let current = documents.get(uri);
    if (!current) return empty;
    if (!checks.isChecked(current, documentSettings)) {
      // Parse what changed in slices, so a cancellation is seen; what was parsed is kept for the next version.
      const finished = await checks.prepare(current, () => token.isCancellationRequested);
      if (!finished) throw cancelled();
      // Always answer for the newest version: the document may have changed while parsing.
      current = documents.get(uri);
      if (!current) return empty;
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsFor(current, checks.check(current, documentSettings)) };
  });
}
