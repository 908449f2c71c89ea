import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { newDocumentFeature } from './new-document';
import { timelineFeature } from './timeline';

/** What client features get: the extension context and the running language client, which restarts. */
export interface ClientContext {
  extension: vscode.ExtensionContext;
  /** The current client; a new one after "Restart Language Server". */
  client(): LanguageClient | undefined;
  output: vscode.OutputChannel;
}

/** One UI concern of the client (a tree view, a command, a formatter). */
export interface ClientFeature {
  activate(context: ClientContext): void;
}

/** Every client feature. Add new ones here. */
export const FEATURES: readonly ClientFeature[] = [newDocumentFeature, timelineFeature];
