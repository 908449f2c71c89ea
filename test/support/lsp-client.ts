/**
 * A minimal LSP client for tests and the benchmark: spawns the real, bundled server
 * (`server/out/server.js`) over stdio and speaks the protocol to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeLensRequest,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  HoverRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  DiagnosticRefreshRequest,
  WorkDoneProgressCreateRequest,
  LogMessageNotification,
  WorkspaceDiagnosticRequest,
  type CancellationToken,
  type ServerCapabilities,
  type WorkspaceDiagnosticReport,
  type CodeAction,
  type CodeLens,
  type Hover,
  type Position,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type ProtocolConnection,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ActionItemsChangedNotification,
  CacheReadRequest,
  CacheWriteRequest,
  FilesFindRequest,
  FilesReadRequest,
  FilesStatRequest,
  InsightsChangedNotification,
  RelatedChangedNotification,
  WorkspaceTrustNotification,
  type InitializationOptions,
} from '../../server/src/protocol';

/** The custom notifications the client records (see `notifications`). */
const CUSTOM_NOTIFICATIONS = [ActionItemsChangedNotification.method, RelatedChangedNotification.method, InsightsChangedNotification.method];

export const SERVER_BUNDLE = join(__dirname, '..', '..', 'server', 'out', 'server.js');
const WEB_SERVER_BUNDLE = join(__dirname, '..', '..', 'server', 'out', 'browser.js');

export interface StartOptions {
  /** Workspace folder on disk; its URI is sent in initialize. */
  workspace?: string;
  /** Several workspace folders (multi-root); the first is also the root. */
  folders?: string[];
  /** What the server gets for `workspace/configuration` section `postmortem`. */
  settings?: Record<string, unknown>;
  /** Extra arguments for node, e.g. `--max-old-space-size`. */
  execArgv?: string[];
  /** What the server gets for `workspace/configuration` section `files` (e.g. `{ exclude: {…} }`). */
  files?: Record<string, unknown>;
  /** The `initializationOptions` of the initialize request, as the VS Code client sends them. */
  initializationOptions?: InitializationOptions;
  /** Environment variables for the server process, over this process's own (e.g. `TZ`). */
  env?: Record<string, string>;
  /**
   * Runs the web build's server (server/out/browser.js) instead, with the workspace as a virtual
   * folder (`vscode-test-web://mount/`) whose files this client serves, as the web client does.
   */
  web?: WebFiles;
}

/** How the test client serves the workspace to the web build's server; the hooks make a file system slow or refusing. */
export interface WebFiles {
  /** Milliseconds before a read of this workspace-relative path answers (default 0). */
  delay?(relative: string): number;
  /** An error message for a read of this path that is refused (default none). */
  refuse?(relative: string): string | undefined;
  /** The saved index the client keeps, by name. */
  cache?: Map<string, string>;
}

export const WEB_ROOT = 'vscode-test-web://mount/';

/** A running server and the client side of its connection. */
export class LspClient {
  /** The settings answered to `workspace/configuration`; change and call `configurationChanged()`. */
  settings: Record<string, unknown>;
  readonly messages: { type: number; message: string }[] = [];
  /** How many times the server asked the client to pull diagnostics again. */
  refreshes = 0;
  /** Every custom notification (`postmortem/…`) the server sent, in order. */
  readonly notifications: { method: string; params: unknown }[] = [];
  /** `$/progress` values, in order. */
  readonly progress: { token: string | number; value: unknown }[] = [];
  /** `window/logMessage` texts. */
  readonly logs: string[] = [];
  /** Capabilities the server registered dynamically. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** The capabilities the server answered to initialize. */
  capabilities: ServerCapabilities = {};
  private notificationWaiters: { method: string; test: (params: unknown) => boolean; resolve: (params: unknown) => void }[] = [];
  private readonly docs = new Map<string, TextDocument>();
  private refreshWaiters: (() => void)[] = [];
  /** Called on every `$/progress`; each returns true once it is satisfied. */
  private progressWaiters: (() => boolean)[] = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly stderr: string[],
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const bundle = options.web ? WEB_SERVER_BUNDLE : SERVER_BUNDLE;
    // Without the bundle the child exits at once and every request would wait for the test's timeout.
    if (!existsSync(bundle)) throw new Error(`${relative(process.cwd(), bundle)} is not built: run \`npm run build\` first (\`npm test\` does).`);
    const args = options.web ? [join(__dirname, 'web-server-host.cjs')] : [SERVER_BUNDLE, '--stdio'];
    const child = spawn(process.execPath, [...(options.execArgv ?? []), ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ? { ...process.env, ...options.env } : process.env,
    });
    const stderr: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection, stderr, options);
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'postmortem' ? client.settings : item.section === 'files' ? (options.files ?? null) : null)),
    );
    connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(...params.registrations);
      return undefined;
    });
    connection.onNotification(LogMessageNotification.type, (params) => client.logs.push(params.message));
    connection.onNotification('$/progress', (params: { token: string | number; value: unknown }) => {
      client.progress.push(params);
      const waiting = client.progressWaiters;
      client.progressWaiters = [];
      for (const waiter of waiting) if (!waiter()) client.progressWaiters.push(waiter);
    });
    for (const method of CUSTOM_NOTIFICATIONS) {
      connection.onNotification(method, (params: unknown) => {
        client.notifications.push({ method, params });
        const waiting = client.notificationWaiters;
        client.notificationWaiters = [];
        for (const waiter of waiting) {
          if (waiter.method === method && waiter.test(params)) waiter.resolve(params);
          else client.notificationWaiters.push(waiter);
        }
      });
    }
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(ShowMessageRequest.type, (params) => {
      client.messages.push(params);
      return null;
    });
    connection.onNotification(ShowMessageNotification.type, (params) => client.messages.push(params));
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      client.refreshes++;
      const waiters = client.refreshWaiters;
      client.refreshWaiters = [];
      waiters.forEach((resolve) => resolve());
      return undefined;
    });
    if (options.web) serveWebFiles(connection, options.workspace!, options.web);
    connection.listen();
    const folders = options.folders ?? (options.workspace ? [options.workspace] : []);
    const folderUri = (f: string) => (options.web ? WEB_ROOT : pathToFileURL(f).href);
    const rootUri = folders.length ? folderUri(folders[0]) : null;
    const initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      initializationOptions: options.initializationOptions,
      workspaceFolders: folders.length ? folders.map((f, i) => ({ uri: folderUri(f), name: `folder${i}` })) : null,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
            isPreferredSupport: true,
            dataSupport: true,
          },
          synchronization: { dynamicRegistration: false },
        },
        window: { workDoneProgress: true },
      },
    });
    client.capabilities = initialized.capabilities;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Opens a document; `uri` may be a path (turned into a file URI) or any URI. */
  async open(uri: string, text: string, version = 1): Promise<string> {
    const id = uri.includes(':') ? uri : pathToFileURL(uri).href;
    this.docs.set(id, TextDocument.create(id, 'markdown', version, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: id, languageId: 'markdown', version, text } });
    return id;
  }

  /** Replaces the whole text of an open document. */
  async replace(uri: string, text: string): Promise<number> {
    const doc = this.document(uri);
    const version = doc.version + 1;
    this.docs.set(uri, TextDocument.create(uri, 'markdown', version, text));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Sends an incremental change of one range. */
  async edit(uri: string, range: Range, newText: string): Promise<number> {
    const doc = this.document(uri);
    const version = doc.version + 1;
    this.docs.set(uri, TextDocument.update(doc, [{ range, text: newText }], version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text: newText }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  document(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  /** Pulls diagnostics; cancelling `token` sends `$/cancelRequest` to the server. */
  async diagnostics(uri: string, token?: CancellationToken): Promise<Diagnostic[]> {
    const report: DocumentDiagnosticReport = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, token);
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  async codeActions(uri: string, diagnostics: Diagnostic[], only?: string[], range?: Range): Promise<CodeAction[]> {
    const at = range ?? diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: at, context: { diagnostics, only } });
    return (result ?? []) as CodeAction[];
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async codeLenses(uri: string): Promise<CodeLens[]> {
    return (await this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
  }

  async formatting(uri: string): Promise<TextEdit[]> {
    return (await this.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) ?? [];
  }

  async rangeFormatting(uri: string, range: Range): Promise<TextEdit[]> {
    return (
      (await this.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options: { tabSize: 2, insertSpaces: true } })) ??
      []
    );
  }

  /** The position of the first occurrence of `text` in an open document (plus `delta` characters). */
  positionOf(uri: string, text: string, delta = 0): Position {
    const doc = this.document(uri);
    const offset = doc.getText().indexOf(text);
    if (offset === -1) throw new Error(`"${text}" is not in ${uri}`);
    return doc.positionAt(offset + delta);
  }

  /** Applies plain text edits to the open document, as an editor applies formatting edits. Returns the new version. */
  async applyTextEdits(uri: string, edits: TextEdit[]): Promise<number> {
    return this.replace(uri, TextDocument.applyEdits(this.document(uri), edits));
  }

  /**
   * Applies a workspace edit to the open document the way an editor does: refused when it
   * targets another version. Returns the new version.
   */
  async apply(edit: WorkspaceEdit): Promise<number> {
    const changes: { uri: string; version: number | null; edits: TextEdit[] }[] = [];
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change) changes.push({ uri: change.textDocument.uri, version: change.textDocument.version, edits: change.edits });
      else throw new Error(`unexpected resource operation ${change.kind}`);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) changes.push({ uri, version: null, edits });
    let version = -1;
    for (const change of changes) {
      const doc = this.document(change.uri);
      if (change.version !== null && change.version !== doc.version) throw new Error(`edit for version ${change.version}, document is at ${doc.version}`);
      const text = TextDocument.applyEdits(doc, change.edits);
      version = await this.replace(change.uri, text);
    }
    return version;
  }

  /**
   * Writes bytes straight to the server's input, bypassing the protocol writer: for malformed
   * messages. `frame` wraps the body in a correct `Content-Length` header.
   */
  async writeRaw(body: string | Buffer, frame = true): Promise<void> {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    const data = frame ? Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]) : bytes;
    await new Promise<void>((resolve, reject) => this.process.stdin!.write(data, (error) => (error ? reject(error) : resolve())));
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Tells the server that the workspace became trusted or untrusted, as the VS Code client does. */
  async workspaceTrust(trusted: boolean): Promise<void> {
    const refreshed = this.nextRefresh();
    await this.connection.sendNotification(WorkspaceTrustNotification.type, { trusted });
    await refreshed;
  }

  /** Sends a change with any version number, even one that goes backwards, replacing the whole text. */
  async replaceWithVersion(uri: string, text: string, version: number): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, 'markdown', version, text));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async configurationChanged(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    const refreshed = this.nextRefresh();
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { postmortem: settings } });
    await refreshed;
  }

  async fileChanged(path: string): Promise<void> {
    const refreshed = this.nextRefresh();
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(path).href, type: FileChangeType.Changed }],
    });
    await refreshed;
  }

  /** Sends file events without waiting for anything. */
  async watchedFiles(changes: { path: string; type: FileChangeType }[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: changes.map((c) => ({ uri: pathToFileURL(c.path).href, type: c.type })),
    });
  }

  /**
   * Resolves with the params of the next notification `method` for which `test` holds (or the
   * last one already received, when `includePast`).
   */
  nextNotification<T>(method: string, test: (params: T) => boolean = () => true, includePast = false): Promise<T> {
    if (includePast) {
      const past = this.notifications.filter((n) => n.method === method && test(n.params as T)).at(-1);
      if (past) return Promise.resolve(past.params as T);
    }
    return new Promise((resolve) => this.notificationWaiters.push({ method, test: test as (p: unknown) => boolean, resolve: resolve as (p: unknown) => void }));
  }

  /** Resolves once a work-done progress that began with this title has ended (at once if one already has). */
  progressEnded(title: string): Promise<void> {
    const ended = () => {
      const tokens = new Set(
        this.progress
          .filter((p) => (p.value as { kind: string; title?: string }).kind === 'begin' && (p.value as { title?: string }).title === title)
          .map((p) => p.token),
      );
      return this.progress.some((p) => tokens.has(p.token) && (p.value as { kind: string }).kind === 'end');
    };
    if (ended()) return Promise.resolve();
    return new Promise((resolve) =>
      this.progressWaiters.push(() => {
        if (!ended()) return false;
        resolve();
        return true;
      }),
    );
  }

  /** Sends `workspace/diagnostic`; the server may hold the request until something changes. */
  workspaceDiagnostics(previousResultIds: { uri: string; value: string }[] = [], token?: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    return this.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds }, token);
  }

  /** Resolves at the server's next request to refresh diagnostics. */
  nextRefresh(): Promise<void> {
    return new Promise((resolve) => this.refreshWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone; killing it below is enough.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

/** Answers the web build's file requests from the workspace on disk, as the web client answers them with vscode.workspace.fs. */
function serveWebFiles(connection: ProtocolConnection, workspace: string, web: WebFiles): void {
  const relativeOf = (uri: string) => decodeURIComponent(uri.slice(WEB_ROOT.length));
  const onDisk = (uri: string) => join(workspace, ...relativeOf(uri).split('/'));
  // A slow file system's delays end with the connection: a read the server gave up on must not
  // keep the test process alive for the rest of its delay (one test answers after two minutes).
  const delays = new Set<ReturnType<typeof setTimeout>>();
  connection.onDispose(() => {
    for (const timer of delays) clearTimeout(timer);
    delays.clear();
  });
  const wait = (uri: string) =>
    new Promise((resolve) => {
      const timer = setTimeout(
        () => {
          delays.delete(timer);
          resolve(undefined);
        },
        web.delay?.(relativeOf(uri)) ?? 0,
      );
      delays.add(timer);
    });
  connection.onRequest(FilesFindRequest.type, async ({ base }) => {
    const files: FilesFindRequest.Result['files'] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
        else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
          const stat = statSync(path);
          files.push({ uri: WEB_ROOT + relative(workspace, path).split(sep).map(encodeURIComponent).join('/'), size: stat.size, mtimeMs: stat.mtimeMs });
        }
      }
    };
    walk(onDisk(base));
    return { files };
  });
  connection.onRequest(FilesStatRequest.type, async ({ uri }) => {
    try {
      const stat = statSync(onDisk(uri));
      return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other', size: stat.size, mtimeMs: stat.mtimeMs };
    } catch {
      return null;
    }
  });
  connection.onRequest(FilesReadRequest.type, async ({ uri }) => {
    await wait(uri);
    const refused = web.refuse?.(relativeOf(uri));
    if (refused) return { error: refused, missing: false };
    try {
      return { base64: readFileSync(onDisk(uri)).toString('base64') };
    } catch (error) {
      return { error: (error as Error).message, missing: (error as NodeJS.ErrnoException).code === 'ENOENT' };
    }
  });
  connection.onRequest(CacheReadRequest.type, ({ name }) => {
    const text = web.cache?.get(name);
    return text === undefined ? null : { text };
  });
  connection.onRequest(CacheWriteRequest.type, ({ name, text }) => {
    web.cache?.set(name, text);
  });
}
