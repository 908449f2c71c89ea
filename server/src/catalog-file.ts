/**
 * Reading the Backstage `catalog-info.yaml` files of the workspace (beside the configuration
 * file and anywhere below the workspace folder), so that the components they list count as
 * services a post-mortem can mention. The reading itself is pure
 * (`analysis/model/facts/catalog.ts`); this file only finds, sizes and reads the file, through the
 * workspace's files (`workspace/files.ts`), so the Node server and the web build share it.
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
export function cachedCatalog(path: string, stat: FileStat): CatalogRead | undefined {
  const kept = cache.get(path);
  return kept && kept.size === stat.size && kept.mtimeMs === stat.mtimeMs ? kept : undefined;
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
    const stat = await files.stat(path);
    if (stat?.kind !== 'file') continue;
    const kept = cachedCatalog(path, stat);
    if (kept) return kept;
    if (stat.size > CATALOG_MAX_BYTES) return catalogFrom(path, stat, null);
    return catalogFrom(path, stat, await files.read(path).catch((error: Error) => error));
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

/** The last search of each workspace folder, until `forgetCatalogSearches` (a watched catalogue file changed). */
const searches = new Map<string, CatalogSearch>();

/** Forgets the searches: a catalogue file was created, changed or deleted. */
export function forgetCatalogSearches(): void {
  searches.clear();
}

/** The kept search of a folder, or a new one (kept until `forgetCatalogSearches`). */
export async function catalogSearch(root: string, find: () => CatalogSearch | Promise<CatalogSearch>): Promise<CatalogSearch> {
  let search = searches.get(root);
  if (!search) {
    search = await find();
    if (searches.size > 100) searches.clear();
    searches.set(root, search);
  }
  return search;
}

/** One problem when a search found more catalogue files than are read. */
export function tooManyCatalogs(root: string, search: CatalogSearch, limits: CatalogSearchLimits): ConfigProblem[] {
  return search.tooMany
    ? [
        {
          source: root,
          key: '',
          message: `holds more than ${limits.maxFiles} catalog-info.yaml files; the components of the first ${limits.maxFiles} (the shallowest) are used`,
        },
      ]
    : [];
}

/** The services of one catalogue file read through the workspace's files, or null when it is gone. */
export async function readCatalogFileIn(files: Pick<CatalogFinder, 'stat' | 'read'>, path: string): Promise<CatalogRead | null> {
  const stat = await files.stat(path);
  if (stat?.kind !== 'file') return null;
  const kept = cachedCatalog(path, stat);
  if (kept) return kept;
  if (stat.size > CATALOG_MAX_BYTES) return catalogFrom(path, stat, null);
  return catalogFrom(path, stat, await files.read(path).catch((error: Error) => error));
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
  const search = await catalogSearch(root, () => finder(root, limits));
  const services: ServiceSpec[] = [];
  const problems: ConfigProblem[] = [];
  for (const file of search.files) {
    const read = await readCatalogFileIn(files, file);
    // Deleted since the search: the watcher's event will forget the search.
    if (!read) continue;
    services.push(...read.services);
    problems.push(...read.problems);
  }
  problems.push(...tooManyCatalogs(root, search, limits));
  return { services, problems, files: search.files };
}
