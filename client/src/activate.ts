/**
 * What the desktop and the web client share: the client options, start and restart with the
 * crash policy, the restart command, Workspace Trust, and the features. Each entry point
 * (`extension.ts` on Node, `browser.ts` in the web) says how to make a language client.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  DocumentDiagnosticRequest,
  ErrorAction,
  type BaseLanguageClient,
  type DocumentSelector,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { WorkspaceTrustNotification, type InitializationOptions } from '../../server/src/protocol';
import { continueAfterError, RestartPolicy } from './crash-policy';
import { actionItemsView, type ActionItemsViewApi } from './features/action-items-view';
import type { ClientFeature } from './features/feature';
import { insightsDashboard, type InsightsDashboardApi } from './features/insights-dashboard';
import { newDocumentFeature } from './features/new-document';
import { relatedView, type RelatedViewApi } from './features/related-view';
import { timelineFeature } from './features/timeline';
import type { ClientPlatform } from './platform';
import { reopenedDocumentPulls } from './reopened-documents';

/** What `activate` returns, so tests and other extensions can reach the running client. */
export interface PostmortemApi {
  client(): BaseLanguageClient | undefined;
  /** The Action Items view as it shows now, and an event after each update (see action-items-view.ts). */
  actionItems?: ActionItemsViewApi;
  /** The Related Post-Mortems view as it shows now, and an event after each update (see related-view.ts). */
  related?: RelatedViewApi;
  /** The insights dashboard (see insights-dashboard.ts). */
  insights?: InsightsDashboardApi;
}

/** Every client feature, each with its part of the API. Add new ones here. */
const FEATURES: readonly ClientFeature<Partial<PostmortemApi>>[] = [newDocumentFeature, actionItemsView, relatedView, timelineFeature, insightsDashboard];

/** How an entry point makes its language client. */
export interface ClientHost {
  platform: ClientPlatform;
  documentSelector: DocumentSelector;
  /** Options only this build sends (the web client's file access, for one). */
  initializationOptions(context: vscode.ExtensionContext): Partial<InitializationOptions>;
  create(context: vscode.ExtensionContext, options: LanguageClientOptions): BaseLanguageClient;
  /** Called with each new client before it starts (the web client answers the server's file requests). */
  prepare?(client: BaseLanguageClient, context: vscode.ExtensionContext): void;
}

let client: BaseLanguageClient | undefined;
const startListeners: ((client: BaseLanguageClient) => void)[] = [];
/** Restarts after crashes, bounded; kept across clients so a crash loop is seen as one. */
const restarts = new RestartPolicy();

function clientOptions(host: ClientHost, context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClientOptions {
  return {
    documentSelector: host.documentSelector,
    synchronize: {
      configurationSection: 'postmortem',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.postmortemrc,.postmortemrc.json,catalog-info.yaml,catalog-info.yml}'),
    },
    outputChannel: output,
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: {
      provideDiagnostics: reopenedDocumentPulls({ shownDocument: documentShownInTab, refresh: pullOpenDocumentsAgain }),
    },
    // Where the server keeps its workspace index between sessions, whether it reports closed
    // files, and whether it may read the workspace's configuration file.
    initializationOptions: {
      workspaceDiagnostics: vscode.workspace.getConfiguration('postmortem').get<boolean>('workspaceDiagnostics', true),
      workspaceTrusted: vscode.workspace.isTrusted,
      ...host.initializationOptions(context),
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
}

/** The open text document under this URI when a text editor tab shows it now. */
function documentShownInTab(uri: string): vscode.TextDocument | undefined {
  const inTab = vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri),
  );
  return inTab ? vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri) : undefined;
}

/** Has the client pull diagnostics for every open document again, as a server's refresh would. */
function pullOpenDocumentsAgain(): void {
  const feature = client?.getFeature(DocumentDiagnosticRequest.method);
  const document = vscode.workspace.textDocuments.find((d) => !d.isClosed && feature?.getProvider(d));
  if (document) feature?.getProvider(document)?.onDidChangeDiagnosticsEmitter.fire();
}

async function start(host: ClientHost, context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  client = host.create(context, clientOptions(host, context, output));
  try {
    host.prepare?.(client, context);
    await client.start();
    for (const listener of startListeners) listener(client);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.appendLine(`The post-mortem language server failed to start: ${message}`);
    void vscode.window.showErrorMessage(`Post-Mortem: the language server failed to start (${message}). See the "Post-Mortem" output for details.`);
    throw error;
  }
}

export async function activateWith(host: ClientHost, context: vscode.ExtensionContext): Promise<PostmortemApi> {
  const output = vscode.window.createOutputChannel('Post-Mortem');
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.restartServer', async () => {
      restarts.reset();
      if (client) await client.stop().catch(() => undefined);
      await start(host, context, output);
      void vscode.window.setStatusBarMessage('Post-Mortem language server restarted', 3000);
    }),
    { dispose: () => void client?.stop() },
    // Trust can be granted during a session; the server then reads the workspace config file.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(WorkspaceTrustNotification.type, { trusted: true });
    }),
  );
  const api: PostmortemApi = { client: () => client };
  for (const feature of FEATURES)
    Object.assign(
      api,
      feature.activate({
        extension: context,
        client: () => client,
        output,
        platform: host.platform,
        onClientStarted: (listener) => startListeners.push(listener),
      }),
    );
  await start(host, context, output);
  return api;
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
  client = undefined;
}
