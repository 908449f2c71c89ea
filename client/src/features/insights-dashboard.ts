/**
 * "Post-Mortem: Show Insights": a webview panel with the insights across the workspace's
 * post-mortems (or a folder's, from the Explorer), the same charts and tables as the CLI's HTML
 * report, drawn by the server in the editor's colours. It follows the index as it changes
 * (`postmortem/insightsChanged`, debounced), shows how far the index has been read while it
 * builds, and opens the post-mortem behind a number at its line.
 *
 * The webview runs one script, bundled (client/out/webview/insights.js), allowed by a nonce;
 * no inline script, no eval, nothing remote. Rendering and message checks live in
 * client/webview/ (no vscode there), unit-tested.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { InsightsChangedNotification, InsightsRequest } from '../../../server/src/protocol';
import { dashboardHtml, readFromWebview, type RenderedSummary, type ToWebview } from './insights-messages';
import type { ClientContext, ClientFeature } from './feature';

const VIEW_TYPE = 'postmortem.insights';
/** After a change of the index, wait this long for more before asking again. */
const DEBOUNCE_MS = 300;

/** The dashboard through the extension's API, for tests and automation. */
export interface InsightsDashboardApi {
  /** Opens the dashboard (for a folder, or the whole workspace) and resolves once it has rendered an answer. */
  show(folder?: vscode.Uri): Promise<void>;
  /** The server's last answer; the webview may not have drawn it yet (compare `answer()` with `rendered()?.answer`). */
  result(): InsightsRequest.Result | undefined;
  /** The number of the server's last answer: answers are counted from 1, and a drawing says which it drew. */
  answer(): number;
  /** What the webview last reported it rendered, measured in its DOM. */
  rendered(): RenderedSummary | undefined;
  /** Fires after the webview rendered an answer. */
  readonly onDidRender: vscode.Event<RenderedSummary>;
  /** Activates a control by its `data-key` (`chartId:dataIndex`, `incident:n` …) as Enter does; resolves with the list it shows. */
  activate(key: string): Promise<{ label: string; entries: string[] }>;
  /** Activates the n-th post-mortem of the list shown, which opens it. */
  activateListed(index: number): Promise<void>;
}

class InsightsDashboard {
  private panel: vscode.WebviewPanel | undefined;
  private folder: vscode.Uri | undefined;
  private last: InsightsRequest.Result | undefined;
  /** How many answers the server gave this panel: the number of `last`. */
  private answers = 0;
  private lastRendered: RenderedSummary | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asking = false;
  private askAgain = false;
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedSummary>();
  private readonly listedEmitter = new vscode.EventEmitter<{ label: string; entries: string[] }>();
  private readonly openedEmitter = new vscode.EventEmitter<void>();

  constructor(private readonly context: ClientContext) {}

  activate(): InsightsDashboardApi {
    const { extension } = this.context;
    extension.subscriptions.push(
      this.renderedEmitter,
      this.listedEmitter,
      this.openedEmitter,
      vscode.commands.registerCommand('postmortem.showInsights', (folder?: unknown) => this.show(folder instanceof vscode.Uri ? folder : undefined)),
    );
    this.context.onClientStarted((client) => this.attach(client));
    return {
      show: async (folder) => {
        const rendered = new Promise<void>((resolve) => {
          const once = this.renderedEmitter.event(() => {
            once.dispose();
            resolve();
          });
        });
        this.show(folder);
        await rendered;
      },
      result: () => this.last,
      answer: () => this.answers,
      rendered: () => this.lastRendered,
      onDidRender: this.renderedEmitter.event,
      activate: (key) => this.waitFor(this.listedEmitter.event, () => this.post({ type: 'activate', key })),
      activateListed: (index) => this.waitFor(this.openedEmitter.event, () => this.post({ type: 'activateListed', index })),
    };
  }

  private waitFor<T>(event: vscode.Event<T>, act: () => void): Promise<T> {
    return new Promise<T>((resolve) => {
      const once = event((value) => {
        once.dispose();
        resolve(value);
      });
      act();
    });
  }

  private attach(client: BaseLanguageClient): void {
    this.context.extension.subscriptions.push(
      client.onNotification(InsightsChangedNotification.type, (params) => {
        if (!this.panel) return;
        this.post({ type: 'progress', scanning: params.scanning, progress: params.progress });
        this.schedule();
      }),
    );
    // A restarted server has its own index: ask it.
    if (this.panel) this.schedule();
  }

  private show(folder: vscode.Uri | undefined): void {
    this.folder = folder;
    if (this.panel) {
      this.panel.title = this.title();
      this.panel.reveal();
      this.schedule();
      return;
    }
    const extensionUri = this.context.extension.extensionUri;
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, this.title(), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'client', 'out', 'webview'), vscode.Uri.joinPath(extensionUri, 'client', 'media')],
    });
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'client', 'media', 'action-items.svg');
    const asset = (...path: string[]) => panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
    panel.webview.html = dashboardHtml({
      cspSource: panel.webview.cspSource,
      script: asset('client', 'out', 'webview', 'insights.js'),
      style: asset('client', 'media', 'insights.css'),
      nonce: makeNonce(),
    });
    panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw));
    // A hidden webview drops its page; shown again, it says "ready" and is sent the last answer.
    panel.onDidDispose(() => {
      clearTimeout(this.timer);
      this.panel = undefined;
      this.last = undefined;
    });
  }

  private title(): string {
    return this.folder ? `Insights: ${vscode.workspace.asRelativePath(this.folder, true)}` : 'Post-Mortem Insights';
  }

  private receive(raw: unknown): void {
    const message = readFromWebview(raw);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        if (this.last) this.post({ type: 'result', result: this.last, answer: this.answers });
        this.schedule(0);
        break;
      case 'rendered':
        this.lastRendered = message.summary;
        this.renderedEmitter.fire(message.summary);
        break;
      case 'listed':
        this.listedEmitter.fire({ label: message.label, entries: message.entries });
        break;
      case 'open':
        void this.open(message.doc, message.line);
        break;
    }
  }

  /** Opens incident `doc` of the last answer at `line` (1-based); nothing else can be opened from the webview. */
  private async open(doc: number, line: number): Promise<void> {
    const incident = this.last?.report.incidents[doc];
    if (!incident?.uri) return;
    const position = new vscode.Position(Math.max(0, line - 1), 0);
    try {
      await vscode.window.showTextDocument(vscode.Uri.parse(incident.uri), {
        selection: new vscode.Range(position, position),
        viewColumn: vscode.ViewColumn.Beside,
        preview: false,
      });
    } catch (error) {
      void vscode.window.showWarningMessage(`${incident.file} could not be opened: ${(error as Error).message}`);
    }
    this.openedEmitter.fire();
  }

  private schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.ask(), delay);
  }

  /** Asks the server for the insights; one request at a time, and once more if something changed meanwhile. */
  private async ask(): Promise<void> {
    const client = this.context.client();
    // Not started yet (or restarting): `attach` asks again once it runs.
    if (!this.panel || !client?.isRunning()) return;
    if (this.asking) {
      this.askAgain = true;
      return;
    }
    this.asking = true;
    try {
      const result = await client.sendRequest(InsightsRequest.type, { folder: this.folder?.toString() ?? null });
      this.last = result;
      this.post({ type: 'result', result, answer: ++this.answers });
    } catch (error) {
      this.post({ type: 'error', message: `The insights could not be computed: ${(error as Error).message}` });
    } finally {
      this.asking = false;
      if (this.askAgain) {
        this.askAgain = false;
        this.schedule(0);
      }
    }
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }
}

/** The feature listed in `activate.ts`. */
export const insightsDashboard: ClientFeature<{ insights: InsightsDashboardApi }> = {
  activate(context) {
    return { insights: new InsightsDashboard(context).activate() };
  },
};

/** A fresh nonce for the page's one script: 16 random bytes from the Web Crypto API (in Node 20 and in browsers alike), as base64. */
function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
