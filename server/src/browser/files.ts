/**
 * The workspace's files in the web build: the server runs in a browser worker and cannot open a
 * file, so it asks the client (`postmortem/files/*` in protocol.ts), which answers with
 * `vscode.workspace.fs` and `findFiles` whatever the file system is (github.dev's, vscode.dev's,
 * a test's). A read that does not answer in time is given up, so one slow file never stops the
 * index: it counts as unreadable and the scan goes on.
 */
import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { CacheReadRequest, CacheWriteRequest, FilesFindRequest, FilesReadRequest, FilesStatRequest } from '../protocol';
import { FileReadError, type FileStat, type FindFilter, type FindReport, type FoundFile, type WorkspaceFiles } from '../workspace/files';

/** How long one read may take before the index gives up on that file. */
export const READ_TIMEOUT_MS = 15_000;

declare const POSTMORTEM_BUILD: string | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FileReadError(`${what} did not answer within ${Math.round(ms / 1000)} s`, false)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export class EditorFiles implements WorkspaceFiles {
  private roots: URI[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly readTimeoutMs = READ_TIMEOUT_MS,
  ) {}

  /** The workspace folders' URIs: paths are taken within their schemes and authorities. */
  setFolders(uris: string[]): void {
    this.roots = uris.map((u) => URI.parse(u));
  }

  async findMarkdown(dir: string, filter: FindFilter, max: number, report: FindReport, log: (message: string) => void): Promise<FoundFile[]> {
    let found: FilesFindRequest.Result;
    try {
      // One request lists the folder: a remote file system answers one search faster than a walk.
      found = await this.connection.sendRequest(FilesFindRequest.type, {
        base: this.uriOf(dir),
        include: '**/*.{md,markdown,MD}',
        exclude: null,
        maxResults: max + 1,
      });
    } catch (error) {
      report.errors++;
      log(`Index: cannot list ${dir} (${(error as Error).message}).`);
      return [];
    }
    const base = dir.replace(/\/$/, '');
    const skipped = new Map<string, Promise<boolean>>();
    const skipDir = (path: string): Promise<boolean> => {
      let answer = skipped.get(path);
      if (!answer) {
        const parent = path.slice(0, path.lastIndexOf('/'));
        answer = parent.length > base.length ? skipDir(parent).then((skip) => skip || filter.skipDir(path)) : filter.skipDir(path);
        skipped.set(path, answer);
      }
      return answer;
    };
    const out: FoundFile[] = [];
    const seen = new Set<string>();
    for (const file of found.files) {
      const path = this.pathOf(file.uri);
      if (!path || seen.has(path) || !path.startsWith(`${base}/`)) continue;
      seen.add(path);
      const parent = path.slice(0, path.lastIndexOf('/'));
      if ((parent.length > base.length && (await skipDir(parent))) || (await filter.skipFile(path))) continue;
      if (out.length >= max) {
        log(`Index: more than ${max} Markdown files; the rest are not indexed.`);
        break;
      }
      out.push({ path, size: file.size, mtimeMs: file.mtimeMs });
    }
    return out;
  }

  async stat(path: string): Promise<FileStat | null> {
    try {
      return await withTimeout(this.connection.sendRequest(FilesStatRequest.type, { uri: this.uriOf(path) }), this.readTimeoutMs, 'the file system');
    } catch {
      return null;
    }
  }

  async read(path: string, maxBytes?: number): Promise<Uint8Array> {
    let result: FilesReadRequest.Result;
    try {
      result = await withTimeout(this.connection.sendRequest(FilesReadRequest.type, { uri: this.uriOf(path) }), this.readTimeoutMs, 'the file system');
    } catch (error) {
      throw error instanceof FileReadError ? error : new FileReadError((error as Error).message, false);
    }
    if ('error' in result) throw new FileReadError(result.error, result.missing);
    const bytes = fromBase64(result.base64);
    return maxBytes === undefined ? bytes : bytes.subarray(0, maxBytes);
  }

  private rootOf(path: string): URI | undefined {
    let best: URI | undefined;
    for (const root of this.roots) {
      const base = root.path.replace(/\/$/, '');
      if ((path === base || path.startsWith(`${base}/`)) && (!best || base.length > best.path.length)) best = root;
    }
    return best ?? this.roots[0];
  }

  uriOf(path: string): string {
    const root = this.rootOf(path);
    return root ? root.with({ path }).toString() : URI.file(path).toString();
  }

  pathOf(uri: string): string | null {
    const parsed = URI.parse(uri);
    return this.roots.some((r) => r.scheme === parsed.scheme && r.authority === parsed.authority) ? parsed.path : null;
  }

  cacheLocation(name: string): string {
    return `the extension's storage (${name})`;
  }

  async readCache(name: string): Promise<string | null> {
    const result = await this.connection.sendRequest(CacheReadRequest.type, { name });
    return result?.text ?? null;
  }

  async writeCache(name: string, text: string): Promise<void> {
    await this.connection.sendRequest(CacheWriteRequest.type, { name, text });
  }

  buildStamp(): string {
    return typeof POSTMORTEM_BUILD === 'string' ? POSTMORTEM_BUILD : 'dev';
  }
}
