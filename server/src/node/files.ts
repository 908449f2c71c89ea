/**
 * The workspace's files on Node: the disk, through `fs`. The walk survives what real folders
 * hold: symlink loops (directories are visited once by real path), unreadable folders, files
 * that vanish mid-walk, FIFOs and devices (never read: reading a FIFO blocks for ever).
 */
import { promises as fs, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import type { CatalogSearch, CatalogSearchLimits } from '../catalog-file';
import { findCatalogFiles } from './catalog-search';
import { fileStatOf } from './disk-stat';
import { FileReadError, shortHash, type FileStat, type FindFilter, type FindReport, type FoundFile, type WorkspaceFiles } from '../workspace/files';

const MARKDOWN = /\.(?:md|markdown)$/i;
/** How many files of one folder are looked at (stat) at once. */
const STAT_BATCH = 256;

export class NodeFiles implements WorkspaceFiles {
  /** Where the saved index goes: the extension's workspace storage, else its global storage. */
  private storage: { dir: string; perWorkspace: boolean } | undefined;

  private folders: string[] = [];

  setFolders(uris: string[]): void {
    this.folders = uris.map((u) => this.pathOf(u) ?? u);
  }

  /** Sets the storage folders the client named in its initialization options. */
  setStorage(storagePath: string | undefined, globalStoragePath: string | undefined): void {
    const dir = storagePath ?? globalStoragePath;
    this.storage = dir ? { dir, perWorkspace: !!storagePath } : undefined;
  }

  async findMarkdown(root: string, filter: FindFilter, max: number, report: FindReport, log: (message: string) => void): Promise<FoundFile[]> {
    const seenDirs = new Set<string>();
    const seenFiles = new Set<string>();
    const out: FoundFile[] = [];
    const stack: string[] = [root];
    while (stack.length) {
      const dir = stack.pop()!;
      let real: string;
      try {
        real = await fs.realpath(dir);
      } catch (error) {
        report.errors++;
        log(`Index: cannot resolve ${dir} (${(error as Error).message}).`);
        continue;
      }
      if (seenDirs.has(real)) continue;
      seenDirs.add(real);
      let entries: Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch (error) {
        report.errors++;
        log(`Index: cannot list ${dir} (${(error as Error).message}).`);
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
      const files: { entry: Dirent; path: string }[] = [];
      for (const entry of entries) {
        const path = join(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            const target = await fs.stat(path);
            isDir = target.isDirectory();
            isFile = target.isFile();
          } catch {
            // A dangling link: nothing to index.
            continue;
          }
        }
        if (isDir) {
          if (!(await filter.skipDir(path))) stack.push(path);
          continue;
        }
        if (!isFile || !MARKDOWN.test(entry.name) || (await filter.skipFile(path))) continue;
        files.push({ entry, path });
      }
      // The files of a folder are looked at in batches: one wait for the disk, not one per file.
      let stats: (Stats | undefined)[] = [];
      for (let f = 0; f < files.length; f++) {
        if (f % STAT_BATCH === 0) stats = await Promise.all(files.slice(f, f + STAT_BATCH).map(({ path }) => fs.stat(path).catch(() => undefined)));
        const { entry, path } = files[f];
        const stat = stats[f % STAT_BATCH];
        if (!stat) continue;
        // The same file reached twice (through a link) is listed once.
        let realFile = join(real, entry.name);
        if (entry.isSymbolicLink()) {
          try {
            realFile = await fs.realpath(path);
          } catch {
            continue;
          }
        }
        if (seenFiles.has(realFile)) continue;
        seenFiles.add(realFile);
        if (out.length >= max) {
          log(`Index: more than ${max} Markdown files; the rest are not indexed.`);
          return out;
        }
        out.push({ path, size: stat.size, mtimeMs: stat.mtimeMs });
      }
    }
    return out;
  }

  /** The Backstage catalogue files under a workspace folder (the web build has no such search). */
  async findCatalogFiles(root: string, limits: CatalogSearchLimits): Promise<CatalogSearch> {
    return findCatalogFiles(root, limits);
  }

  async stat(path: string): Promise<FileStat | null> {
    try {
      return fileStatOf(await fs.stat(path));
    } catch {
      return null;
    }
  }

  async read(path: string, maxBytes?: number): Promise<Uint8Array> {
    try {
      if (maxBytes === undefined) return await fs.readFile(path);
      const handle = await fs.open(path, 'r');
      try {
        const buffer = Buffer.alloc(maxBytes);
        const { bytesRead } = await handle.read(buffer, 0, maxBytes, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw new FileReadError((error as Error).message, (error as NodeJS.ErrnoException).code === 'ENOENT');
    }
  }

  uriOf(path: string): string {
    return pathToFileURL(path).href;
  }

  pathOf(uri: string): string | null {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : null;
  }

  cacheLocation(name: string): string | undefined {
    if (!this.storage) return undefined;
    // The global storage is shared by every window: one cache per set of folders.
    return this.storage.perWorkspace
      ? join(this.storage.dir, name)
      : join(this.storage.dir, name.replace(/\.json$/, `-${shortHash(this.folders.join('\u0000')).slice(0, 12)}.json`));
  }

  async readCache(name: string): Promise<string | null> {
    const file = this.cacheLocation(name);
    if (!file) return null;
    try {
      return await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async writeCache(name: string, text: string): Promise<void> {
    const file = this.cacheLocation(name);
    if (!file) return;
    await fs.mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temp, text);
    await fs.rename(temp, file);
  }

  buildStamp(): string {
    try {
      const stat = statSync(__filename);
      return `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return 'unknown';
    }
  }
}
