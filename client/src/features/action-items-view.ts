/**
 * The "Action Items" view: every action item of the workspace's post-mortems, from the
 * server's index, grouped by status, owner or document, with a badge and a status-bar item for
 * overdue items, item commands (mark done, copy, open ticket, reveal) and "Export Action Items".
 * Grouping and labels live in `action-items-model.ts`; this file only binds them to VS Code.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ActionItemsChangedNotification, ActionItemsRequest, SetActionItemDoneRequest, type ActionItemInfo } from '../../../server/src/protocol';
import { itemStatus } from '../../../server/src/shared/action-items';
import { exportItems, type ExportFormat } from './action-items-export';
import {
  dueLabel,
  groupItems,
  itemAsMarkdown,
  itemDescription,
  itemLabel,
  itemTooltip,
  stateOf,
  ticketLink,
  viewMessage,
  type GroupBy,
  type ItemGroup,
} from './action-items-model';
import type { ClientContext, ClientFeature } from './feature';
import { relativeInside, serverPath } from '../platform';

const VIEW_ID = 'postmortem.actionItems';

type Node = { kind: 'group'; group: ItemGroup } | { kind: 'item'; item: ActionItemInfo; group: ItemGroup };
/** A node of the tree, as the item commands (`postmortem.actionItems.markDone`, …) receive it. */
export type ActionItemNode = Node;

/** One row of the tree as VS Code is given it. */
export interface ActionItemRow {
  node: ActionItemNode;
  item: vscode.TreeItem;
}

/** The view as it shows now: the groups with their items, the badge and the status-bar text. */
export interface ActionItemsSnapshot {
  groups: (ActionItemRow & { items: ActionItemRow[] })[];
  /** The overdue count on the view's badge, if any. */
  badge: number | undefined;
  /** The status-bar item's text while it is shown. */
  status: string | undefined;
}

/**
 * The view through the extension's API, for tests and automation: what it shows, built by the
 * same `getChildren`/`getTreeItem` VS Code calls, and an event after every update.
 */
export interface ActionItemsViewApi {
  snapshot(): ActionItemsSnapshot;
  /** Fires once the tree, badge and status bar show a new answer or grouping. */
  readonly onDidUpdate: vscode.Event<void>;
  readonly view: vscode.TreeView<ActionItemNode>;
}

/** The optional argument of "Export Action Items", which skips its format pick and save dialog. */
export interface ExportArguments {
  format: ExportFormat;
  uri: vscode.Uri;
}

const ICONS: Record<ReturnType<typeof stateOf>, [string, string?]> = {
  overdue: ['error', 'list.errorForeground'],
  thisWeek: ['watch', 'list.warningForeground'],
  later: ['circle-large-outline'],
  noDue: ['question'],
  archived: ['archive'],
  done: ['pass', 'testing.iconPassed'],
  dropped: ['circle-slash', 'disabledForeground'],
};

class ActionItemsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly updated = new vscode.EventEmitter<void>();
  private statusShown = false;
  private groups: ItemGroup[] = [];
  private result: ActionItemsRequest.Result | undefined;
  private view!: vscode.TreeView<Node>;
  private readonly status: vscode.StatusBarItem;
  private attached: BaseLanguageClient | undefined;
  private groupBy: GroupBy;
  private mine: boolean;
  private showDone: boolean;
  private identities: string[] | undefined;
  /** Why "My Items" cannot know who the user is here (the web build cannot run git). */
  private identityProblem: string | undefined;

  constructor(private readonly context: ClientContext) {
    const state = context.extension.workspaceState;
    this.groupBy = state.get<GroupBy>('postmortem.actionItems.groupBy', 'status');
    this.mine = state.get('postmortem.actionItems.mine', false);
    this.showDone = state.get('postmortem.actionItems.showDone', false);
    this.status = vscode.window.createStatusBarItem('postmortem.overdue', vscode.StatusBarAlignment.Left, 50);
    this.status.name = 'Overdue Action Items';
    this.status.command = `${VIEW_ID}.focus`;
  }

  activate(): void {
    const { extension } = this.context;
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    const command = (id: string, run: (...args: never[]) => unknown) => extension.subscriptions.push(vscode.commands.registerCommand(id, run));
    extension.subscriptions.push(this.view, this.status, this.changed, this.updated);
    command('postmortem.actionItems.refresh', () => this.refresh());
    command('postmortem.actionItems.groupBy', () => this.pickGrouping());
    command('postmortem.actionItems.groupByStatus', () => this.setGrouping('status'));
    command('postmortem.actionItems.groupByOwner', () => this.setGrouping('owner'));
    command('postmortem.actionItems.groupByDocument', () => this.setGrouping('document'));
    command('postmortem.actionItems.groupByKind', () => this.setGrouping('kind'));
    command('postmortem.actionItems.showMine', () => this.setFilter('mine', true));
    command('postmortem.actionItems.showEveryone', () => this.setFilter('mine', false));
    command('postmortem.actionItems.showDone', () => this.setFilter('showDone', true));
    command('postmortem.actionItems.hideDone', () => this.setFilter('showDone', false));
    command('postmortem.actionItems.markDone', (node: Node) => this.setDone(node, true));
    command('postmortem.actionItems.markNotDone', (node: Node) => this.setDone(node, false));
    command('postmortem.actionItems.copyAsMarkdown', (node: Node) => node?.kind === 'item' && vscode.env.clipboard.writeText(itemAsMarkdown(node.item)));
    command('postmortem.actionItems.openTicket', (node: Node) => this.openTicket(node));
    command('postmortem.actionItems.reveal', (node: Node) => node?.kind === 'item' && this.reveal(node.item));
    command('postmortem.exportActionItems', (args?: ExportArguments) => this.export(args));
    extension.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('postmortem.me')) this.identities = undefined;
        if (event.affectsConfiguration('postmortem.me') && this.mine) void this.refresh();
      }),
    );
    this.context.onClientStarted((client) => this.attach(client));
    void this.setContext();
  }

  private attach(client: BaseLanguageClient): void {
    if (this.attached === client) return;
    this.attached = client;
    this.context.extension.subscriptions.push(client.onNotification(ActionItemsChangedNotification.type, () => void this.refresh()));
    void this.refresh();
  }

  private async setContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'postmortem.actionItems.groupBy', this.groupBy);
    await vscode.commands.executeCommand('setContext', 'postmortem.actionItems.mine', this.mine);
    await vscode.commands.executeCommand('setContext', 'postmortem.actionItems.showDone', this.showDone);
  }

  private async myIdentities(): Promise<string[]> {
    if (this.identities) return this.identities;
    const configured = vscode.workspace.getConfiguration('postmortem').get<string | string[]>('me', '');
    const list = (Array.isArray(configured) ? configured : configured.split(',')).map((s) => s.trim()).filter(Boolean);
    if (list.length) return (this.identities = list);
    const identity = await this.context.platform.gitIdentity();
    this.identityProblem = 'unavailable' in identity ? identity.unavailable : undefined;
    this.identities = 'names' in identity ? identity.names : [];
    return this.identities;
  }

  async refresh(): Promise<void> {
    const client = this.context.client();
    if (!client?.isRunning()) return;
    let mine: string[] | undefined;
    if (this.mine) {
      mine = await this.myIdentities();
      if (!mine.length) {
        void vscode.window.showWarningMessage(
          this.identityProblem ?? '"My items" needs to know who you are: set postmortem.me to your name as owners are written, or set git\'s user.name.',
        );
        this.identities = undefined;
        this.mine = false;
        void this.setContext();
        mine = undefined;
      }
    }
    try {
      this.result = await client.sendRequest(ActionItemsRequest.type, { status: 'open', includeDone: this.showDone, mine });
    } catch (error) {
      this.context.output.appendLine(`Could not list action items: ${(error as Error).message}`);
      return;
    }
    this.groups = groupItems(this.result.items, this.groupBy, this.result.today);
    this.changed.fire(undefined);
    const overdue = this.result.overdue;
    const label = `${overdue} overdue action item${overdue === 1 ? '' : 's'}`;
    this.view.badge = overdue ? { value: overdue, tooltip: label } : undefined;
    this.view.message = viewMessage(this.mine ? mine : undefined, this.result.unreadable ?? 0);
    this.status.text = `$(warning) ${label}`;
    this.status.tooltip = 'Show the Action Items view';
    if (overdue) this.status.show();
    else this.status.hide();
    this.statusShown = overdue > 0;
    await vscode.commands.executeCommand('setContext', 'postmortem.hasPostmortems', this.result.documents > 0);
    await vscode.commands.executeCommand('setContext', 'postmortem.actionItems.ready', !this.result.scanning || this.result.documents > 0);
    this.updated.fire();
  }

  /** What the extension's API offers of this view. */
  api(): ActionItemsViewApi {
    return {
      snapshot: () => ({
        groups: this.getChildren().map((node) => ({
          node,
          item: this.getTreeItem(node),
          items: this.getChildren(node).map((child) => ({ node: child, item: this.getTreeItem(child) })),
        })),
        badge: this.view.badge?.value,
        status: this.statusShown ? this.status.text : undefined,
      }),
      onDidUpdate: this.updated.event,
      view: this.view,
    };
  }

  getChildren(node?: Node): Node[] {
    if (!this.result || !this.result.items.length) return [];
    if (!node) return this.groups.map((group) => ({ kind: 'group', group }));
    return node.kind === 'group' ? node.group.items.map((item) => ({ kind: 'item', item, group: node.group })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const today = this.result?.today ?? new Date().toISOString().slice(0, 10);
    if (node.kind === 'group') {
      const folded = node.group.state === 'done' || node.group.state === 'dropped' || node.group.state === 'archived';
      const item = new vscode.TreeItem(node.group.label, folded ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.group.id;
      item.description = String(node.group.items.length);
      if (node.group.state) {
        const [icon, color] = ICONS[node.group.state];
        item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
      }
      return item;
    }
    const { item: info } = node;
    const label = itemLabel(info);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    // An item with several owners shows once under each, so its id names its group too.
    item.id = `${node.group.id}/${info.uri}#${info.line}#${info.text}`;
    item.description = itemDescription(info, today, node.group);
    const tooltip = new vscode.MarkdownString(itemTooltip(info, today));
    item.tooltip = tooltip;
    const [icon, color] = ICONS[stateOf(info, today)];
    item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
    item.contextValue = `actionItem.${itemStatus(info)}${ticketLink(info.ticket) ? '.ticket' : ''}`;
    item.accessibilityInformation = { label: `${label}, ${info.owner ?? 'no owner'}, ${dueLabel(info, today)}` };
    item.command = {
      command: 'vscode.open',
      title: 'Open',
      arguments: [vscode.Uri.parse(info.uri), { selection: this.range(info) } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }

  private range(info: ActionItemInfo): vscode.Range {
    return new vscode.Range(info.range.start.line, info.range.start.character, info.range.end.line, info.range.end.character);
  }

  private async reveal(info: ActionItemInfo): Promise<void> {
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(info.uri), { selection: this.range(info), preserveFocus: false });
    editor.revealRange(this.range(info), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async pickGrouping(): Promise<void> {
    const picks: (vscode.QuickPickItem & { by: GroupBy })[] = [
      { label: 'Status', description: 'Overdue, due this week, later, no due date, done, dropped', by: 'status' },
      { label: 'Owner', by: 'owner' },
      { label: 'Post-mortem', by: 'document' },
      { label: 'Kind', description: 'Detection, response, prevention, communication', by: 'kind' },
    ];
    const pick = await vscode.window.showQuickPick(
      picks.map((p) => ({ ...p, picked: p.by === this.groupBy })),
      { title: 'Group Action Items By' },
    );
    if (pick) await this.setGrouping(pick.by);
  }

  private async setGrouping(by: GroupBy): Promise<void> {
    this.groupBy = by;
    await this.context.extension.workspaceState.update('postmortem.actionItems.groupBy', by);
    await this.setContext();
    if (this.result) this.groups = groupItems(this.result.items, by, this.result.today);
    this.changed.fire(undefined);
    this.updated.fire();
  }

  private async setFilter(which: 'mine' | 'showDone', value: boolean): Promise<void> {
    this[which] = value;
    await this.context.extension.workspaceState.update(`postmortem.actionItems.${which}`, value);
    await this.setContext();
    await this.refresh();
  }

  /** Asks the server for the edit from the document's current text, and applies it without losing unsaved changes. */
  private async setDone(node: Node, done: boolean): Promise<void> {
    const client = this.context.client();
    if (node?.kind !== 'item' || !client) return;
    const { item } = node;
    const result = await client.sendRequest(SetActionItemDoneRequest.type, { uri: item.uri, line: item.line, text: item.text, done });
    if (!result.edit) {
      void vscode.window.showInformationMessage(result.message ?? 'Nothing to change.');
      return;
    }
    const uri = vscode.Uri.parse(item.uri);
    const wasDirty = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.isDirty ?? false;
    const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(result.edit));
    if (!applied) {
      void vscode.window.showWarningMessage('The document changed while the edit was prepared; nothing was changed. Please try again.');
      return;
    }
    // A document that had no unsaved changes is saved, so the change reaches the file; one that
    // had unsaved changes is left for its author to save.
    if (!wasDirty) await (await vscode.workspace.openTextDocument(uri)).save();
  }

  private async openTicket(node: Node): Promise<void> {
    if (node?.kind !== 'item') return;
    const link = ticketLink(node.item.ticket);
    if (link) await vscode.env.openExternal(vscode.Uri.parse(link));
    else void vscode.window.showInformationMessage(node.item.ticket ? `The ticket "${node.item.ticket}" is not a web link.` : 'This item names no ticket.');
  }

  /** Asks for a format and a file, unless `args` gives both (tests and automation); the file must be inside the workspace. */
  private async export(args?: ExportArguments): Promise<vscode.Uri | undefined> {
    const client = this.context.client();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!client?.isRunning() || !folders.length) {
      void vscode.window.showWarningMessage('Exporting action items needs an open folder or workspace.');
      return;
    }
    const formats: (vscode.QuickPickItem & { format: ExportFormat; ext: string })[] = [
      { label: 'CSV', description: 'for spreadsheets and trackers', format: 'csv', ext: 'csv' },
      { label: 'JSON', format: 'json', ext: 'json' },
      { label: 'Markdown', description: 'a table with links to the post-mortems', format: 'markdown', ext: 'md' },
    ];
    const pick = args ? formats.find((f) => f.format === args.format) : await vscode.window.showQuickPick(formats, { title: 'Export Action Items' });
    if (!pick) {
      if (args) void vscode.window.showErrorMessage(`Action items cannot be exported as "${String(args.format)}"; choose csv, json or markdown.`);
      return;
    }
    const target = args
      ? args.uri
      : await vscode.window.showSaveDialog({
          defaultUri: vscode.Uri.joinPath(folders[0].uri, `action-items.${pick.ext}`),
          filters: { [pick.label]: [pick.ext] },
          title: 'Export Action Items',
        });
    if (!target) return;
    const folder = vscode.workspace.getWorkspaceFolder(target);
    const rel = folder ? relativeInside(serverPath(folder.uri), serverPath(target)) : undefined;
    if (!folder || !rel) {
      void vscode.window.showErrorMessage('Action items are exported inside the workspace only; choose a file in one of its folders.');
      return;
    }
    const mine = this.mine ? await this.myIdentities() : undefined;
    const result = await client.sendRequest(ActionItemsRequest.type, { status: 'open', includeDone: this.showDone, mine });
    const text = exportItems(result.items, pick.format, result.today, (path) => relativeInside(serverPath(folder.uri), path) ?? path);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(
      `Exported ${result.items.length} action item${result.items.length === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(target)}.`,
    );
    return target;
  }
}

/** The Action Items view, its commands, badge and status-bar item. */
export const actionItemsView: ClientFeature<{ actionItems: ActionItemsViewApi }> = {
  activate(context) {
    const view = new ActionItemsView(context);
    view.activate();
    return { actionItems: view.api() };
  },
};
