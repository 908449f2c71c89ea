/**
 * Code actions: the fixes a finding carries (sent with its diagnostic, for the version it was
 * checked at), the "disable for this line / file" pair computed on demand, fixes that are not
 * tied to a finding (from features), and "fix all". Every edit names the document version.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableFixes, fixAllEdits } from './analysis/engine/engine';
import type { AnalysedDocument } from './analysis/model/model';
import { LineIndex } from './analysis/base/text';
import { readConfigTextIn } from './config-file';
import { configWorkspaceEdit } from './config-edit';
import type { DocumentChecks } from './document-checks';
import type { WorkspaceFiles } from './workspace/files';
import { REWRITE_KIND, type CodeActionProvider } from './features/context';
import { toFixData, toLspEdits } from './lsp-convert';
import { DIAGNOSTIC_SOURCE, type DiagnosticData, type FixData } from './protocol';
import { RULES_BY_ID } from './rules/index';
import type { SettingsProvider } from './settings-provider';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

/** The code action kinds the server offers. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, REWRITE_KIND, FIX_ALL_KIND];

export function registerCodeActions(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
  settings: SettingsProvider,
  providers: readonly CodeActionProvider[],
  files: WorkspaceFiles,
): void {
  /** The workspace edit of a fix: its edits of the document, and its edit of the config file if any. */
  async function fixEdit(fix: FixData, textDocument: { uri: string; version: number }): Promise<WorkspaceEdit | null> {
    if (!fix.configEdit) return { documentChanges: [{ textDocument, edits: fix.edits }] };
    const path = await settings.configFileForFix(textDocument.uri);
    if (!path) return null;
    const config = configWorkspaceEdit(files.uriOf(path), await readConfigTextIn(files, path), fix.configEdit);
    if (!config?.documentChanges?.length) return null;
    const own = fix.edits.length ? [{ textDocument, edits: fix.edits }] : [];
    return { documentChanges: [...own, ...config.documentChanges] };
  }

  connection.onCodeAction(async (params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const textDocument = { uri: document.uri, version: document.version };
    const editOf = (edits: TextEdit[]) => ({ documentChanges: [{ textDocument, edits }] });

    if (wants(CodeActionKind.QuickFix)) {
      const ours = params.context.diagnostics.filter(
        (d) => d.source === DIAGNOSTIC_SOURCE && (d.data as DiagnosticData | undefined)?.version === document.version,
      );
      // The disable fixes are computed now, for the findings asked about, from the checked version.
      const checked: AnalysedDocument | null = ours.length ? ((await checks.analysed(document.uri, document.version))?.result.doc ?? null) : null;
      // Findings of one rule on one line carry the same disable fixes: offer each edit once.
      const offered = new Set<string>();
      for (const diagnostic of ours) {
        const data = diagnostic.data as DiagnosticData;
        const ruleId = typeof diagnostic.code === 'string' && RULES_BY_ID.has(diagnostic.code) ? diagnostic.code : null;
        const disable = checked && ruleId ? disableFixes(checked, ruleId, diagnostic.range.start.line).map((fix) => toFixData(fix, checked.lines)) : [];
        for (const fix of [...data.fixes, ...disable]) {
          const edit = await fixEdit(fix, textDocument);
          if (!edit) continue;
          const key = JSON.stringify([fix.title, fix.edits, fix.configEdit ?? null]);
          if (offered.has(key)) continue;
          offered.add(key);
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.isPreferred, edit });
        }
      }
    }
    if (providers.length && wants(REWRITE_KIND)) {
      const doc = (await checks.analysed(document.uri, document.version))?.result.doc;
      if (doc?.model.isPostmortem) {
        const start = doc.lines.offsetAt(params.range.start);
        const end = doc.lines.offsetAt(params.range.end);
        for (const provider of providers) {
          for (const fix of provider(doc, start, end)) actions.push({ title: fix.title, kind: REWRITE_KIND, edit: editOf(toLspEdits(doc.lines, fix.edits)) });
        }
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const analysed = await checks.analysed(document.uri, document.version);
      if (analysed) {
        const lines = analysed.result.doc?.lines ?? new LineIndex(analysed.document.getText());
        const edits = toLspEdits(lines, fixAllEdits(analysed.result.findings));
        if (edits.length) actions.push({ title: 'Fix all post-mortem problems that have an obvious fix', kind: FIX_ALL_KIND, edit: editOf(edits) });
      }
    }
    return actions;
  });
}
