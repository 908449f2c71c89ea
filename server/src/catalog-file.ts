/**
 * Reading the Backstage `catalog-info.yaml` files of the workspace (beside the configuration
 * file and anywhere below the workspace folder), so that the components they list count as
 * services a post-mortem can mention. The reading itself is pure
 * (`analysis/model/facts/catalog.ts`); this file only finds, sizes and reads the file, through the
 * workspace's files (`workspace/files.ts`), so the Node server and the web build share it. What
 * does no input or output (the kept readings and searches, the steps that need no bytes, putting
 * the readings of a search together) serves the CLI's synchronous edge too (`node/catalog-search.ts`).
 */
import { join } from 'node:path';
import { CATALOG_MAX_BYTES, readCatalogInfo } from './analysis/model/facts/catalog';
import type { ConfigProblem, ServiceSpec } from './analysis/base/settings';
import { decodeText, type FileStat } from './workspace/files';

export const CATALOG_FILE_NAMES = ['catalog-info.yaml', 'catalog-info.yml'];

type CatalogRead = { services: ServiceSpec[]; problems: ConfigProblem[] };

/** The last reading of each catalogue file, by path, kept while its size and time stay the same. */
const cache = new Map<string, { size: number; mtimeMs: number } & CatalogRead>();

/** The candidate catalogue files of a folder, in order. */
export function catalogCandidates(dir: string): string[] {
  return CATALOG_FILE_NAMES.map((name) => join(dir, name));
}

/** The cached reading of a catalogue with this stat, if any. */
function cachedCatalog(path: string, stat: FileStat): CatalogRead | undefined {
  const kept = cache.get(path);
  return kept && kept.size === stat.size && kept.mtimeMs === stat.mtimeMs ? kept : undefined;
}

/**
 * The reading of a catalogue file that needs none of its bytes: the kept one while the file is
 * unchanged, or the refusal of a file over 1 MB. Undefined when the bytes must be read (and handed
 * to `catalogFrom`).
 */
export function catalogWithoutBytes(path: string, stat: FileStat): CatalogRead | undefined {
  const kept = cachedCatalog(path, stat);
  if (kept) return kept;
  if (stat.size > CATALOG_MAX_BYTES) return catalogFrom(path, stat, null);
  return undefined;
}

/** Reads a catalogue's bytes (or why not) into services and problems, and keeps the result. */
export function catalogFrom(path: string, stat: FileStat, bytes: Uint8Array | Error | null): CatalogRead {
  let read: CatalogRead;
  if (stat.size > CATALOG_MAX_BYTES || bytes === null) {
    read = {
      services: [],
      problems: [{ source: path, key: '', message: `is larger than ${CATALOG_MAX_BYTES / 1024 / 1024} MB; its components are not read` }],
    };
  } else if (bytes instanceof Error) {
    read = { services: [], problems: [{ source: path, key: '', message: `cannot be read (${bytes.message}); its components are not used` }] };
  } else {
    read = readCatalogInfo(decodeText(bytes), path);
  }
  if (cache.size > 100) cache.clear();
  cache.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, ...read });
  return read;
}

/** The services of the catalogue file in `dir`, if there is one, read through the workspace's files. A file over 1 MB is not read. */
export async function readCatalogInFiles(
  files: { stat(path: string): Promise<FileStat | null>; read(path: string): Promise<Uint8Array> },
  dir: string,
): Promise<CatalogRead> {
  for (const path of catalogCandidates(dir)) {
    const read = await readCatalogFileIn(files, path);
    if (read) return read;
  }
  return { services: [], problems: [] };
}

/** Limits of the search for catalogue files under a workspace folder. */
export interface CatalogSearchLimits {
  /** Catalogue files read at most; the shallowest come first. */
  maxFiles: number;
  /** Folders listed at most, so that a huge workspace costs a bounded time. */
  maxFolders: number;
  /** How deep below the workspace folder the search goes. */
  maxDepth: number;
}

export const CATALOG_SEARCH_LIMITS: CatalogSearchLimits = { maxFiles: 50, maxFolders: 5000, maxDepth: 8 };

/** The outcome of a search: the files found (shallowest first) and whether a limit stopped it. */
export interface CatalogSearch {
  files: string[];
  /** Set when more catalogue files were found than `maxFiles`. */
  tooMany: boolean;
  /** Set when the folder or depth limit left part of the workspace unsearched. */
  truncated: boolean;
}

/** What can search a workspace folder for catalogue files (the Node server's disk; the web build has none). */
export interface CatalogFinder {
  findCatalogFiles?(root: string, limits: CatalogSearchLimits): Promise<CatalogSearch>;
  stat(path: string): Promise<FileStat | null>;
  read(path: string): Promise<Uint8Array>;
}

/** The last search of each workspace folder, until forgotten (at most 100 folders: beyond, all are forgotten). */
export class CatalogSearches {
  private readonly kept = new Map<string, CatalogSearch>();

  get(root: string): CatalogSearch | undefined {
    return this.kept.get(root);
  }

  keep(root: string, search: CatalogSearch): CatalogSearch {
    if (this.kept.size > 100) this.kept.clear();
    this.kept.set(root, search);
    return search;
  }

  forget(): void {
    this.kept.clear();
  }
}

/** The server's searches, until `forgetCatalogSearches` (a watched catalogue file changed). */
const searches = new CatalogSearches();

/** Forgets the searches: a catalogue file was created, changed or deleted. */
export function forgetCatalogSearches(): void {
  searches.forget();
}

/**
 * The readings of a search's files put together, in the search's order (a file gone since the
 * search, read as null, is left out: the watcher's event will forget the search), with one
 * problem when the search found more catalogue files than are read.
 */
export function catalogsOf(root: string, search: CatalogSearch, reads: (CatalogRead | null)[], limits: CatalogSearchLimits): CatalogRead & { files: string[] } {
  const services: ServiceSpec[] = [];
  const problems: ConfigProblem[] = [];
  for (const read of reads) {
    if (!read) continue;
    services.push(...read.services);
    problems.push(...read.problems);
  }
  if (search.tooMany) {
    problems.push({
      source: root,
      key: '',
      message: `holds more than ${limits.maxFiles} catalog-info.yaml files; the components of the first ${limits.maxFiles} (the shallowest) are used`,
    });
  }
  return { services, problems, files: search.files };
}

/** The services of one catalogue file read through the workspace's files, or null when it is gone. */
export async function readCatalogFileIn(files: Pick<CatalogFinder, 'stat' | 'read'>, path: string): Promise<CatalogRead | null> {
  const stat = await files.stat(path);
  if (stat?.kind !== 'file') return null;
  return catalogWithoutBytes(path, stat) ?? catalogFrom(path, stat, await files.read(path).catch((error: Error) => error));
}

/**
 * The services of every catalogue file under the workspace folder `root`, with the problems of
 * each file, and one problem when more files were found than are read. Null when these files
 * cannot be searched (the web build: there only the catalogue beside the config file is read).
 */
export async function readCatalogsUnderIn(
  files: CatalogFinder,
  root: string,
  limits: CatalogSearchLimits = CATALOG_SEARCH_LIMITS,
): Promise<(CatalogRead & { files: string[] }) | null> {
  const finder = files.findCatalogFiles?.bind(files);
  if (!finder) return null;
  const search = searches.get(root) ?? searches.keep(root, await finder(root, limits));
  const reads: (CatalogRead | null)[] = [];
  for (const file of search.files) reads.push(await readCatalogFileIn(files, file));
  return catalogsOf(root, search, reads, limits);
}
