import type * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { PostmortemApi } from '../activate';
import type { ClientPlatform } from '../platform';
import { actionItemsView } from './action-items-view';
import { insightsDashboard } from './insights-dashboard';
import { newDocumentFeature } from './new-document';
import { relatedView } from './related-view';
import { timelineFeature } from './timeline';

/** What client features get: the extension context and the running language client, which restarts. */
export interface ClientContext {
  extension: vscode.ExtensionContext;
  /** The current client; a new one after "Restart Language Server". */
  client(): LanguageClient | undefined;
  output: vscode.OutputChannel;
  /** What differs between the desktop and the web build. */
  platform: ClientPlatform;
  /** Calls `listener` with each client once it has started (again after a restart). */
  onClientStarted(listener: (client: LanguageClient) => void): void;
}

/** One UI concern of the client (a tree view, a command, a formatter). */
export interface ClientFeature {
  /** Binds the feature; it may return its part of the extension's API (for tests and automation). */
  activate(context: ClientContext): Partial<PostmortemApi> | void;
}

/** Every client feature. Add new ones here. */
export const FEATURES: readonly ClientFeature[] = [newDocumentFeature, actionItemsView, relatedView, timelineFeature, insightsDashboard];
