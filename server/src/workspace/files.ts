/**
 * "The workspace's files": everything the language server reads besides open documents goes
 * through this one interface. The Node server implements it with `fs` (`node/files.ts`); the web
 * build's worker with requests to the client, which answers with `vscode.workspace.fs` and
 * `findFiles` (`browser/files.ts`). The index, the config-file walk-up, CODEOWNERS and the saved
 * index cache are written once, against this interface.
 *
 * A *path* here is what the index keys files by: a file-system path on Node, the URI's path in
 * the web (the folder's scheme and authority are the same for every file under it).
 */

/** What a stat says about a path; null when it does not exist or cannot be looked at. */
export interface FileStat {
  kind: 'file' | 'directory' | 'other';
  size: number;
  mtimeMs: number;
}

/** A Markdown file found under a folder. */
export interface FoundFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** What a listing met on the way: folders that could not be read, and the log line for each. */
export interface FindReport {
  errors: number;
}

/** What a listing leaves out (`files.exclude`, `postmortem.exclude`). */
export interface FindFilter {
  skipDir(path: string): Promise<boolean>;
  skipFile(path: string): Promise<boolean>;
}

/** A read that failed; `missing` when the file is gone (not an error worth telling about). */
export class FileReadError extends Error {
  constructor(
    message: string,
    readonly missing: boolean,
  ) {
    super(message);
  }
}

export interface WorkspaceFiles {
  /**
   * Every Markdown file under `dir`, each once, at most `max` (more is logged); `filter.skipDir`
   * prunes a folder and everything under it, `filter.skipFile` leaves one file out.
   */
  findMarkdown(dir: string, filter: FindFilter, max: number, report: FindReport, log: (message: string) => void): Promise<FoundFile[]>;
  stat(path: string): Promise<FileStat | null>;
  /** The file's bytes, or its first `maxBytes`; rejects with a `FileReadError`. */
  read(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** The URI of a path (for the client), and the path of a URI (null when it is not a workspace file). */
  uriOf(path: string): string;
  pathOf(uri: string): string | null;
  /** The saved index, by name, in the extension's storage; null when there is none. */
  readCache(name: string): Promise<string | null>;
  writeCache(name: string, text: string): Promise<void>;
  /** Where the cache goes, for log lines; undefined when there is no storage. */
  cacheLocation(name: string): string | undefined;
  /** Told the workspace folders (URIs) at start and after each change. */
  setFolders?(uris: string[]): void;
  /** Told the storage folders the client named in its initialization options (the Node server keeps its cache there). */
  setStorage?(storagePath: string | undefined, globalStoragePath: string | undefined): void;
  /** Identifies this build of the server, so a cache written by another build is not reused. */
  buildStamp(): string;
}

/** A short, stable hash of a string (two 32-bit FNV-1a passes), for cache keys. Not for security. */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Decodes file bytes the way an editor shows them: UTF-16 by its byte order mark, else UTF-8 with replacement characters; no BOM. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a file's text through `files`, or null when it is missing or unreadable. */
export async function readTextOrNull(files: WorkspaceFiles, path: string): Promise<string | null> {
  try {
    return decodeText(await files.read(path));
  } catch {
    return null;
  }
}
