/**
 * Helpers for the end-to-end suite, which runs inside a real VS Code extension host. Every wait
 * here is on an event (diagnostics changed, client state changed, configuration changed); the
 * time limits only turn a missing event into a failure that says what was seen instead.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { PostmortemApi } from '../../../client/src/extension';
import type { DocumentDiagnosticReport } from 'vscode-languageclient';
import type { PublicModel } from '../../../server/src/protocol';

export const EXTENSION_ID = 'postmortem-tools.postmortem-lint';
export const SOURCE = 'postmortem';
/** How long an awaited event may take before the test fails and reports what it saw. */
export const EVENT_LIMIT_MS = 20_000;

/** The first workspace folder: the runner's temporary copy of `test/e2e/workspace`. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite must run with a workspace folder open');
  return folder.uri;
}

export function workspaceFile(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** Activates the extension (idempotent) and returns its API. */
export async function activate(): Promise<PostmortemApi> {
  const extension = vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID);
  assert.ok(extension, `the extension ${EXTENSION_ID} is not installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

/** The running language client; fails when there is none. */
export async function runningClient(): Promise<LanguageClient> {
  const client = (await activate()).client();
  assert.ok(client, 'the extension has no language client');
  return client;
}

/** The post-mortem findings VS Code shows for a document. */
export function findings(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The rule id of a finding. */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** The sorted rule ids of a document's findings, the shape most assertions compare. */
export function rulesOf(uri: vscode.Uri): string[] {
  return findings(uri).map(ruleOf).sort();
}

function describeFindings(uri: vscode.Uri): string {
  const list = findings(uri);
  if (!list.length) return 'no findings';
  return list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleOf(d)} ${d.message}`).join('\n  ');
}

/**
 * What the server holds for a URI, for a failure's message: whether the editor and the server
 * disagree on the text (a sync problem) or agree and no pull came (a client problem).
 */
async function serverView(uri: vscode.Uri): Promise<string> {
  // Requests by method name, with types only: the web suite bundles this file for a browser.
  const editor = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const firstLine = (text: string | undefined) => JSON.stringify(text?.split('\n', 1)[0] ?? null);
  try {
    const client = await runningClient();
    const model = await client.sendRequest<PublicModel | null>('postmortem/model', { uri: uri.toString() });
    const answer = await client.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: uri.toString() } });
    const count = answer.kind === 'full' ? `${answer.items.length} findings` : answer.kind;
    return `  the editor's text (version ${editor?.version ?? 'none'}) opens with ${firstLine(editor?.getText())}; the server's model has the title ${JSON.stringify(model?.title ?? null)}, and asked now it answers ${count}`;
  } catch (error) {
    return `  the server could not be asked: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Resolves when `predicate` holds for the findings of `uri`: at once if it already does, else on
 * the diagnostics-changed event that makes it true. Fails after EVENT_LIMIT_MS with the findings
 * that were there instead.
 */
export function waitForFindings(uri: vscode.Uri, predicate: (findings: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const now = findings(uri);
  if (predicate(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === key)) return;
      const current = findings(uri);
      if (!predicate(current)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(current);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      void serverView(uri).then((server) =>
        reject(new Error(`Waited ${EVENT_LIMIT_MS} ms for ${what} in ${vscode.workspace.asRelativePath(uri)}; it has:\n  ${describeFindings(uri)}\n${server}`)),
      );
    }, EVENT_LIMIT_MS);
  });
}

/** Waits until the document's findings are exactly these rule ids (in any order, with repeats). */
export function waitForRules(uri: vscode.Uri, expected: string[]): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort().join(',');
  return waitForFindings(uri, (list) => list.map(ruleOf).sort().join(',') === want, `findings [${want}]`);
}

/**
 * Records every change of a document's findings from now on, so a test can check a sequence
 * (for example: cleared when the server stops, back when it restarts) without racing it.
 */
export class FindingsRecorder implements vscode.Disposable {
  readonly counts: number[] = [];
  private readonly subscription: vscode.Disposable;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly uri: vscode.Uri) {
    const key = uri.toString();
    this.subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === key)) return;
      this.counts.push(findings(uri).length);
      for (const listener of this.listeners) listener();
    });
  }

  /** Resolves once the recorded sequence satisfies `predicate`. */
  until(predicate: (counts: number[]) => boolean, what: string): Promise<void> {
    if (predicate(this.counts)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const listener = () => {
        if (!predicate(this.counts)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`Waited ${EVENT_LIMIT_MS} ms for ${what}; finding counts seen: [${this.counts.join(', ')}]; now:\n  ${describeFindings(this.uri)}`));
      }, EVENT_LIMIT_MS);
      this.listeners.add(listener);
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.listeners.clear();
  }
}

/** Opens a workspace file in an editor. */
export async function openFile(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(document);
}

/** Closes every editor, discarding unsaved changes, so each test starts from the files on disk. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    // Only the tests' own documents: VS Code's settings file, which the configuration API
    // writes, can be dirty for a moment and is no editor of ours.
    const ours = document.uri.scheme === 'untitled' || !!vscode.workspace.getWorkspaceFolder(document.uri);
    if (!document.isDirty || !ours) continue;
    // Reverting discards the change (for an untitled buffer, its content), so closing asks nothing.
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Opens an untitled Markdown buffer with this text. The workbench gives a new buffer the name of
 * one just closed, and while that one's backup is still being discarded (a moment after it
 * closes), it fills the new buffer from the backup instead of the text it was given: a test then
 * reads an earlier test's document under its own name. When that happens, the text is put back.
 */
export async function openUntitled(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  if (document.getText() === content) return document;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length)), content);
  assert.ok(await vscode.workspace.applyEdit(edit), `could not put the text back in ${document.uri.toString()}`);
  assert.equal(document.getText(), content, 'the untitled buffer holds the text it was opened with');
  return document;
}

/** Resolves on the next configuration change that affects `section`. */
export function configurationChanged(section: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(section)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Waited ${EVENT_LIMIT_MS} ms for a change of ${section}`));
    }, EVENT_LIMIT_MS);
  });
}

/** Sets a `postmortem.*` setting for the workspace (undefined removes it) and waits until VS Code has taken it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration('postmortem');
  if (JSON.stringify(config.inspect(key)?.workspaceValue) === JSON.stringify(value)) return;
  const changed = configurationChanged(`postmortem.${key}`);
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  await changed;
}

/** The quick fixes VS Code offers for a finding, as a user sees them in the light-bulb menu. */
export async function quickFixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  // A bare Command has a string `command`; a CodeAction has none or a Command object there.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/**
 * The quick fixes of the one finding of `rule`, once one titled `title` is among them. Fixes are
 * offered only for the version they were computed on, so a finding read just before the editor's
 * next pull (a file closed and opened again still shows the findings of its last version) is
 * answered with none: read the finding again and ask again, for up to EVENT_LIMIT_MS, then fail
 * with the titles that were offered. The editor may also cancel the request (it does when the
 * document it was asked about changes under it, as a file opened again is loaded): that is asked
 * again too.
 */
export async function quickFixesOffering(uri: vscode.Uri, rule: string, title: string): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + EVENT_LIMIT_MS;
  for (;;) {
    const fixes = await quickFixesFor(uri, onlyFinding(uri, rule)).catch((error: unknown) => {
      if (!isCancellation(error)) throw error;
      return [];
    });
    if (fixes.some((a) => a.title === title)) return fixes;
    if (Date.now() > deadline) assert.fail(`no "${title}" among the fixes of ${rule}: ${fixes.map((a) => a.title).join('; ') || 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Whether `error` is the editor cancelling a request (its name and message are both "Canceled"). */
function isCancellation(error: unknown): boolean {
  return error instanceof Error && (error.name === 'Canceled' || error.message === 'Canceled');
}

/** The one finding of a rule in a document; fails when there is not exactly one. */
export function onlyFinding(uri: vscode.Uri, rule: string): vscode.Diagnostic {
  const matching = findings(uri).filter((d) => ruleOf(d) === rule);
  assert.equal(matching.length, 1, `expected one ${rule} finding, got:\n  ${describeFindings(uri)}`);
  return matching[0];
}

/**
 * Applies a code action's edit the way the light bulb does, failing when VS Code refuses it. The
 * light bulb applies edits as refactorings: with `files.refactoring.autoSave` (on by default),
 * an edit that also creates or changes other files saves them.
 */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `the action "${action.title}" carries no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit, { isRefactoring: true }), `VS Code refused the edit of "${action.title}"`);
}

/** Prints a measurement in a form the runner picks out of the log. */
export function report(name: string, value: string): void {
  console.log(`${process.env.POSTMORTEM_E2E_MARK ?? ''}[e2e-measure] ${name}: ${value}`);
}

/** Resolves with the first value `event` fires that satisfies `predicate`; fails after EVENT_LIMIT_MS saying `what`. */
export function nextEvent<T>(event: vscode.Event<T>, predicate: (value: T) => boolean, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = event((value) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Waited ${EVENT_LIMIT_MS} ms for ${what}`));
    }, EVENT_LIMIT_MS);
  });
}

/** Resolves when `predicate` holds: at once, or on an event of `event` after which it does. */
export async function until<T>(
  event: vscode.Event<unknown>,
  predicate: () => T | undefined | false,
  what: string,
  describe: () => string = () => '',
): Promise<T> {
  const now = predicate();
  if (now) return now;
  let value: T | undefined | false;
  try {
    await nextEvent(event, () => !!(value = predicate()), what);
  } catch (error) {
    const seen = describe();
    throw seen ? new Error(`${(error as Error).message}; instead:\n  ${seen}`) : error;
  }
  return value as T;
}

/** The position of the first occurrence of `text` in a document, plus `offset` characters; fails when it is absent. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const at = document.getText().indexOf(text);
  assert.ok(at !== -1, `"${text}" is not in ${vscode.workspace.asRelativePath(document.uri)}`);
  return document.positionAt(at + offset);
}

/** The range of the first occurrence of `text` in a document. */
export function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const start = positionOf(document, text);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + text.length));
}

/** Every code action VS Code offers over a range, of one kind (and its sub-kinds). */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** The text of a hover's contents, joined. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Resolves when a document's text satisfies `predicate` (for edits that reach it asynchronously, such as a file written on disk). */
export function waitForText(document: vscode.TextDocument, predicate: (text: string) => boolean, what: string): Promise<string> {
  return until(
    vscode.workspace.onDidChangeTextDocument,
    () => (predicate(document.getText()) ? document.getText() : undefined),
    what,
    () => document.getText(),
  );
}
