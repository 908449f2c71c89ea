/**
 * The "Related Post-Mortems" view: the post-mortems of the workspace most like the active one,
 * with date and why (from `postmortem/related`); a click opens one at its root cause. It follows
 * the active editor, its edits and the server's `postmortem/relatedChanged`. Labels live in
 * `related-model.ts`.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { RelatedChangedNotification, RelatedRequest, type RelatedInfo } from '../../../server/src/protocol';
import { relatedDescription, relatedLabel, relatedMessage, relatedTooltip } from './related-model';
import type { ClientContext, ClientFeature } from './feature';

const VIEW_ID = 'postmortem.related';
/** Edits settle this long before the view asks again. */
const EDIT_DELAY_MS = 400;

/** The view through the extension's API, for tests: what it lists, for which document, and an event after each update. */
export interface RelatedViewApi {
  snapshot(): { document: string | undefined; items: RelatedInfo[]; rows: vscode.TreeItem[]; message: string | undefined };
  readonly onDidUpdate: vscode.Event<void>;
}

class RelatedView implements vscode.TreeDataProvider<RelatedInfo> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly updated = new vscode.EventEmitter<void>();
  private view!: vscode.TreeView<RelatedInfo>;
  private items: RelatedInfo[] = [];
  private document: string | undefined;
  private attached: BaseLanguageClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Bumped per request, so an older answer arriving late is dropped. */
  private asked = 0;

  constructor(private readonly context: ClientContext) {}

  activate(): void {
    const { extension } = this.context;
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this });
    extension.subscriptions.push(
      this.view,
      this.changed,
      this.updated,
      vscode.commands.registerCommand('postmortem.related.refresh', () => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() !== this.document) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), EDIT_DELAY_MS);
      }),
      { dispose: () => clearTimeout(this.timer) },
    );
    this.context.onClientStarted((client) => this.attach(client));
  }

  private attach(client: BaseLanguageClient): void {
    if (this.attached === client) return;
    this.attached = client;
    this.context.extension.subscriptions.push(client.onNotification(RelatedChangedNotification.type, () => void this.refresh()));
    void this.refresh();
  }

  /** The active Markdown document, or the last one when the focus moved to a view or panel. */
  private activeDocument(): vscode.TextDocument | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'markdown') return editor.document;
    return this.document ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.document) : undefined;
  }

  async refresh(): Promise<void> {
    const ask = ++this.asked;
    const client = this.context.client();
    const document = this.activeDocument();
    let result: RelatedRequest.Result | null = null;
    if (client?.isRunning() && document) {
      try {
        result = await client.sendRequest(RelatedRequest.type, { uri: document.uri.toString() });
      } catch (error) {
        this.context.output.appendLine(`Related post-mortems: the request failed (${error instanceof Error ? error.message : String(error)}).`);
      }
    }
    if (ask !== this.asked) return;
    this.document = document?.uri.toString();
    this.items = result?.items ?? [];
    this.view.message = relatedMessage(result && { isPostmortem: result.isPostmortem, items: this.items.length, archiveSize: result.archiveSize });
    this.view.description = result?.isPostmortem && document ? vscode.workspace.asRelativePath(document.uri) : undefined;
    this.changed.fire(undefined);
    this.updated.fire();
  }

  getChildren(element?: RelatedInfo): RelatedInfo[] {
    return element ? [] : this.items;
  }

  getTreeItem(item: RelatedInfo): vscode.TreeItem {
    const row = new vscode.TreeItem(relatedLabel(item), vscode.TreeItemCollapsibleState.None);
    row.description = relatedDescription(item);
    row.tooltip = new vscode.MarkdownString(relatedTooltip(item));
    row.iconPath = new vscode.ThemeIcon(item.earlier ? 'history' : 'file-text');
    row.resourceUri = vscode.Uri.parse(item.uri);
    const at = new vscode.Range(item.line, 0, item.line, 0);
    row.command = {
      command: 'vscode.open',
      title: 'Open Post-Mortem',
      arguments: [vscode.Uri.parse(item.uri), { selection: at } satisfies vscode.TextDocumentShowOptions],
    };
    return row;
  }

  api(): RelatedViewApi {
    return {
      snapshot: () => ({ document: this.document, items: [...this.items], rows: this.items.map((i) => this.getTreeItem(i)), message: this.view.message }),
      onDidUpdate: this.updated.event,
    };
  }
}

/** The client feature listed in `activate.ts`. */
export const relatedView: ClientFeature<{ related: RelatedViewApi }> = {
  activate(context) {
    const view = new RelatedView(context);
    view.activate();
    return { related: view.api() };
  },
};
