/**
 * The one conversion of the core's findings and edits to LSP: severities, ranges, rule
 * documentation links, fix data. Used by document diagnostics, workspace diagnostics, code
 * actions and the features, so they cannot disagree.
 */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Finding, Fix, Severity, TextEdit } from './analysis/base/findings';
import type { LineIndex } from './analysis/base/text';
import { DIAGNOSTIC_SOURCE, type DiagnosticData, type FixData } from './protocol';
import { RULES_BY_ID } from './rules/index';

/** The URI of the extension's folder, under which `docs/rules` lies: set once by the server's entry point. */
let docsBase: string | undefined;

/** Sets where rule documentation links point (a file URL on Node, the extension's URI in the web). */
export function setDocsBase(base: string): void {
  docsBase = base.replace(/\/+$/, '');
  docsLinks.clear();
}

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const docsLinks = new Map<string, string>();

/** The link to a rule's documentation (a file URL into the extension's `docs/rules`), or undefined for an unknown rule. */
export function docsLink(ruleId: string): string | undefined {
  const meta = RULES_BY_ID.get(ruleId)?.meta;
  if (!meta) return undefined;
  if (docsBase === undefined) return undefined;
  let href = docsLinks.get(ruleId);
  if (!href) docsLinks.set(ruleId, (href = `${docsBase}/${meta.docs.split('/').map(encodeURIComponent).join('/')}`));
  return href;
}

/** A range of offsets as an LSP range. */
export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

/** The core's edits (by offset) as LSP text edits. */
export function toLspEdits(lines: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText }));
}

export function toFixData(fix: Fix, lines: LineIndex): FixData {
  return { title: fix.title, isPreferred: fix.isPreferred, kind: fix.kind, edits: toLspEdits(lines, fix.edits), configEdit: fix.configEdit };
}

/** A finding as the LSP diagnostic every path reports. `data` (the version and the fixes) only for open documents. */
export function toDiagnostic(
  finding: { ruleId: string; severity: Exclude<Severity, 'off'>; message: string },
  range: Range,
  data?: DiagnosticData,
): Diagnostic {
  const href = docsLink(finding.ruleId);
  const diagnostic: Diagnostic = {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: href ? { href } : undefined,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (data) diagnostic.data = data;
  return diagnostic;
}

/** A finding of an open document, with its fixes for the version it was checked at. */
export function findingToDiagnostic(finding: Finding, lines: LineIndex, version: number): Diagnostic {
  const diagnostic = toDiagnostic(finding, toRange(lines, finding.start, finding.end), { version, fixes: finding.fixes.map((fix) => toFixData(fix, lines)) });
  // Places in other documents (the earlier post-mortems of recurring-incident), at the start of their line.
  if (finding.related?.length)
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: r.uri, range: { start: { line: r.line, character: 0 }, end: { line: r.line, character: 0 } } },
      message: r.message,
    }));
  return diagnostic;
}
