/**
 * What differs between the desktop client (Node extension host) and the web client (browser
 * worker extension host). The features take these from `ClientContext.platform` and import
 * neither `vscode-languageclient/node` nor a Node module.
 */
import type * as vscode from 'vscode';

/** Who the user is, for "My Items", or why that cannot be known here. */
export type Identity = { names: string[] } | { unavailable: string };

export interface ClientPlatform {
  kind: 'desktop' | 'web';
  /** Reads git's user name and e-mail (desktop); the web build cannot run git and says why. */
  gitIdentity(): Promise<Identity>;
}

/** The path of a workspace URI as the server keys files: a file-system path on the desktop, the URI's path elsewhere. */
export function serverPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

/** `path` relative to `base` with forward slashes, or undefined when it is not inside `base`. */
export function relativeInside(base: string, path: string): string | undefined {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const b = norm(base);
  const p = norm(path);
  const windows = /^[a-zA-Z]:/.test(b);
  const same = (x: string, y: string) => (windows ? x.toLowerCase() === y.toLowerCase() : x === y);
  if (p.length <= b.length + 1 || !same(p.slice(0, b.length), b) || p[b.length] !== '/') return undefined;
  return p.slice(b.length + 1);
}

/** The web build's platform: no processes, so no git. */
export const WEB_PLATFORM: ClientPlatform = {
  kind: 'web',
  gitIdentity: async () => ({
    unavailable:
      'In VS Code for the web, git\'s user name cannot be read. Set postmortem.me to your name as owners are written (for example "@ana" or "Ana Ruiz") to see your items.',
  }),
};
