/**
 * The extension's client: starts the post-mortem language server for Markdown and offers a
 * restart command. Everything that checks documents lives in the server.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { WorkspaceTrustNotification, type InitializationOptions } from '../../server/src/protocol';
import { continueAfterError, RestartPolicy } from './crash-policy';
import type { ActionItemsViewApi } from './features/action-items-view';
import { FEATURES } from './features/index';

/** What `activate` returns, so tests and other extensions can reach the running client. */
export interface PostmortemApi {
  client(): LanguageClient | undefined;
  /** The Action Items view as it shows now, and an event after each update (see action-items-view.ts). */
  actionItems?: ActionItemsViewApi;
}

let client: LanguageClient | undefined;
const startListeners: ((client: LanguageClient) => void)[] = [];
/** Restarts after crashes, bounded; kept across clients so a crash loop is seen as one. */
const restarts = new RestartPolicy();

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'postmortem',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.postmortemrc,.postmortemrc.json,catalog-info.yaml,catalog-info.yml}'),
    },
    outputChannel: output,
    diagnosticPullOptions: { onChange: true, onSave: true },
    // Where the server keeps its workspace index between sessions, whether it reports closed
    // files, and whether it may read the workspace's configuration file.
    initializationOptions: {
      storagePath: context.storageUri?.fsPath,
      globalStoragePath: context.globalStorageUri.fsPath,
      workspaceDiagnostics: vscode.workspace.getConfiguration('postmortem').get<boolean>('workspaceDiagnostics', true),
      workspaceTrusted: vscode.workspace.isTrusted,
    } satisfies InitializationOptions,
    errorHandler: {
      error: (_error, _message, count) => ({ action: continueAfterError(count) ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const decision = restarts.closed();
        if (decision.restart) return { action: CloseAction.Restart, handled: true };
        output.appendLine(decision.message);
        void vscode.window.showErrorMessage(decision.message, 'Show Output').then((choice) => {
          if (choice === 'Show Output') output.show(true);
        });
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  return new LanguageClient('postmortem', 'Post-Mortem Language Server', serverOptions, clientOptions);
}

async function start(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  client = createClient(context, output);
  try {
    await client.start();
    for (const listener of startListeners) listener(client);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.appendLine(`The post-mortem language server failed to start: ${message}`);
    void vscode.window.showErrorMessage(`Post-Mortem: the language server failed to start (${message}). See the "Post-Mortem" output for details.`);
    throw error;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  const output = vscode.window.createOutputChannel('Post-Mortem');
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.restartServer', async () => {
      restarts.reset();
      if (client) await client.stop().catch(() => undefined);
      await start(context, output);
      void vscode.window.setStatusBarMessage('Post-Mortem language server restarted', 3000);
    }),
    { dispose: () => void client?.stop() },
    // Trust can be granted during a session; the server then reads the workspace config file.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(WorkspaceTrustNotification.type, { trusted: true });
    }),
  );
  const api: PostmortemApi = { client: () => client };
  for (const feature of FEATURES) Object.assign(api, feature.activate({ extension: context, client: () => client, output, onClientStarted: (listener) => startListeners.push(listener) }));
  await start(context, output);
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
