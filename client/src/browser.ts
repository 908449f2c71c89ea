/**
 * The web extension's entry point (vscode.dev, github.dev): the language server runs in a web
 * worker, and reaches the workspace's files through this client, which answers the server's
 * `postmortem/files/*` and `postmortem/cache/*` requests with `vscode.workspace.fs` and
 * `findFiles`. Nothing here, nor in the worker, fetches anything from the network.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CacheReadRequest, CacheWriteRequest, FilesFindRequest, FilesReadRequest, FilesStatRequest } from '../../server/src/protocol';
import { activateWith, deactivateClient, type ClientHost, type PostmortemApi } from './activate';
import { WEB_PLATFORM } from './platform';

export type { PostmortemApi } from './activate';

/** How many files are looked at (stat) at once after a search. */
const STAT_BATCH = 32;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function kindOf(type: vscode.FileType): 'file' | 'directory' | 'other' {
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return 'directory';
  return 'other';
}

/** Where the saved index lives: the workspace's storage, else the global one. */
function cacheUri(context: vscode.ExtensionContext, name: string): vscode.Uri {
  return vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, name);
}

const host: ClientHost = {
  platform: WEB_PLATFORM,
  documentSelector: [{ language: 'markdown' }],
  initializationOptions: (context) => ({ web: { docsBase: context.extensionUri.toString() } }),
  create(context, clientOptions) {
    // The DOM's Worker (the client's types are Node's and VS Code's, not the DOM's).
    const Worker = (globalThis as unknown as { Worker: new (url: string) => object }).Worker;
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'server/out/browser.js').toString(true));
    return new LanguageClient('postmortem', 'Post-Mortem Language Server', clientOptions, worker);
  },
  prepare(client, context) {
    const fs = vscode.workspace.fs;
    client.onRequest(FilesFindRequest.type, async ({ base, include, exclude, maxResults }) => {
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(base), include), exclude ?? undefined, maxResults);
      const files: FilesFindRequest.Result['files'] = [];
      for (let i = 0; i < uris.length; i += STAT_BATCH) {
        const batch = uris.slice(i, i + STAT_BATCH);
        const stats = await Promise.all(batch.map((uri) => fs.stat(uri).then(undefined, () => null)));
        // A file whose stat failed is still listed: its read then says what is wrong.
        batch.forEach((uri, k) => files.push({ uri: uri.toString(), size: stats[k]?.size ?? 0, mtimeMs: stats[k]?.mtime ?? 0 }));
      }
      return { files };
    });
    client.onRequest(FilesStatRequest.type, async ({ uri }) => {
      try {
        const stat = await fs.stat(vscode.Uri.parse(uri));
        return { kind: kindOf(stat.type), size: stat.size, mtimeMs: stat.mtime };
      } catch {
        return null;
      }
    });
    client.onRequest(FilesReadRequest.type, async ({ uri }) => {
      try {
        return { base64: toBase64(await fs.readFile(vscode.Uri.parse(uri))) };
      } catch (error) {
        const missing = error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
        return { error: error instanceof Error ? error.message : String(error), missing };
      }
    });
    client.onRequest(CacheReadRequest.type, async ({ name }) => {
      try {
        return { text: new TextDecoder().decode(await fs.readFile(cacheUri(context, name))) };
      } catch {
        return null;
      }
    });
    client.onRequest(CacheWriteRequest.type, async ({ name, text }) => {
      const uri = cacheUri(context, name);
      await fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await fs.writeFile(uri, new TextEncoder().encode(text));
    });
  },
};

export function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  return activateWith(host, context);
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
