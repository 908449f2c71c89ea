import type * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { ClientPlatform } from '../platform';

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

/**
 * One UI concern of the client (a tree view, a command, a formatter). `Api` is the feature's own
 * part of the extension's API (`{ related: RelatedViewApi }`); a feature without one returns
 * nothing. `activate.ts` lists every feature and types the list against the whole API, so a
 * feature imports nothing back from `activate.ts`.
 */
export interface ClientFeature<Api extends object = never> {
  /** Binds the feature; it may return its part of the extension's API (for tests and automation). */
  activate(context: ClientContext): Api | void;
}
