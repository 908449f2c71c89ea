/**
 * The desktop extension's entry point: starts the post-mortem language server as a Node process
 * (IPC). What the desktop and the web build share is in `activate.ts`.
 */
import { execFile } from 'node:child_process';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivateClient, type ClientHost, type PostmortemApi } from './activate';
import type { ClientPlatform } from './platform';

export type { PostmortemApi } from './activate';

/**
 * Reads git's user name and e-mail for "My items": a fixed command reading the user's global
 * git configuration only, so nothing in the workspace (its .git/config included) takes part.
 */
function gitIdentity(): Promise<string[]> {
  const read = (key: string) =>
    new Promise<string | null>((resolve) => {
      execFile('git', ['config', '--global', '--get', key], { timeout: 2000, windowsHide: true }, (error, stdout) =>
        resolve(error ? null : stdout.trim() || null),
      );
    });
  return Promise.all([read('user.name'), read('user.email')]).then((values) => values.filter((v): v is string => !!v));
}

const DESKTOP: ClientPlatform = { kind: 'desktop', gitIdentity: async () => ({ names: await gitIdentity() }) };

const host: ClientHost = {
  platform: DESKTOP,
  documentSelector: [
    { language: 'markdown', scheme: 'file' },
    { language: 'markdown', scheme: 'untitled' },
  ],
  initializationOptions: (context) => ({ storagePath: context.storageUri?.fsPath, globalStoragePath: context.globalStorageUri.fsPath }),
  create(context, clientOptions) {
    const module = context.asAbsolutePath('server/out/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    return new LanguageClient('postmortem', 'Post-Mortem Language Server', serverOptions, clientOptions);
  },
};

export function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  return activateWith(host, context);
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
