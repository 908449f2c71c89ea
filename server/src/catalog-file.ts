/**
 * Reading the Backstage `catalog-info.yaml` files of the workspace (beside the configuration
 * file and anywhere below the workspace folder), so that the components they list count as
 * services a post-mortem can mention. The reading itself is pure (`analysis/model/facts/catalog.ts`);
 * this file only finds, sizes and reads the files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATALOG_MAX_BYTES, readCatalogInfo } from './analysis/model/facts/catalog';
import type { ConfigProblem, ServiceSpec } from './analysis/base/settings';

export const CATALOG_FILE_NAMES = ['catalog-info.yaml', 'catalog-info.yml'];

/** The last reading of each catalogue file, by path, kept while its size and time stay the same. */
const cache = new Map<string, { size: number; mtimeMs: number; services: ServiceSpec[]; problems: ConfigProblem[] }>();

/** The services of the catalogue file in `dir`, if there is one. A file over 1 MB is not read. */
export function readCatalogIn(dir: string): { services: ServiceSpec[]; problems: ConfigProblem[] } {
  for (const name of CATALOG_FILE_NAMES) {
    const read = readCatalogFile(join(dir, name));
    if (read) return read;
  }
  return { services: [], problems: [] };
}

/** The services of one catalogue file, or null when there is no file at `path`. A file over 1 MB is not read. */
function readCatalogFile(path: string): { services: ServiceSpec[]; problems: ConfigProblem[] } | null {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  const kept = cache.get(path);
  if (kept && kept.size === stat.size && kept.mtimeMs === stat.mtimeMs) return kept;
  let read: { services: ServiceSpec[]; problems: ConfigProblem[] };
  if (stat.size > CATALOG_MAX_BYTES) {
    read = { services: [], problems: [{ source: path, key: '', message: `is larger than ${CATALOG_MAX_BYTES / 1024 / 1024} MB; its components are not read` }] };
  } else {
    try {
      read = readCatalogInfo(readFileSync(path, 'utf8'), path);
    } catch (error) {
      read = { services: [], problems: [{ source: path, key: '', message: `cannot be read (${(error as Error).message}); its components are not used` }] };
    }
  }
  if (cache.size > 100) cache.clear();
  cache.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, ...read });
  return read;
}

/** Folders never searched for catalogue files (besides hidden ones such as `.git`): installed dependencies. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'bower_components']);

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

/**
 * The catalogue files under `root`, breadth first, without following symbolic links and
 * skipping `node_modules`, `bower_components` and every hidden folder (`.git` among them).
 */
export function findCatalogFiles(root: string, limits: CatalogSearchLimits = CATALOG_SEARCH_LIMITS): CatalogSearch {
  const files: string[] = [];
  let tooMany = false;
  let truncated = false;
  let queue: string[] = [resolve(root)];
  let listed = 0;
  for (let depth = 0; queue.length && !tooMany; depth++) {
    if (depth > limits.maxDepth) {
      truncated = true;
      break;
    }
    const next: string[] = [];
    for (const dir of queue) {
      if (listed >= limits.maxFolders) {
        truncated = true;
        break;
      }
      listed++;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        // A folder that cannot be listed holds nothing we can read.
        continue;
      }
      // Sorted, so that which files are read under a limit does not depend on the file system's order.
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) next.push(join(dir, entry.name));
        } else if (entry.isFile() && CATALOG_FILE_NAMES.includes(entry.name)) {
          if (files.length >= limits.maxFiles) tooMany = true;
          else files.push(join(dir, entry.name));
        }
      }
      if (tooMany) break;
    }
    if (truncated) break;
    queue = next;
  }
  return { files, tooMany, truncated };
}

/** The last search of each workspace folder, until `forgetCatalogSearches` (a watched catalogue file changed). */
const searches = new Map<string, CatalogSearch>();

/** Forgets the searches: a catalogue file was created, changed or deleted. */
export function forgetCatalogSearches(): void {
  searches.clear();
}

/**
 * The services of every catalogue file under the workspace folder `root`, with the problems of
 * each file, and one problem when more files were found than are read. The search is kept until
 * `forgetCatalogSearches`; each file's reading is kept while its size and time stay the same.
 */
export function readCatalogsUnder(root: string, limits: CatalogSearchLimits = CATALOG_SEARCH_LIMITS): { services: ServiceSpec[]; problems: ConfigProblem[]; files: string[] } {
  const key = resolve(root);
  let search = searches.get(key);
  if (!search) {
    search = findCatalogFiles(key, limits);
    if (searches.size > 100) searches.clear();
    searches.set(key, search);
  }
  const services: ServiceSpec[] = [];
  const problems: ConfigProblem[] = [];
  for (const file of search.files) {
    const read = readCatalogFile(file);
    // Deleted since the search: the watcher's event will forget the search.
    if (!read) continue;
    services.push(...read.services);
    problems.push(...read.problems);
  }
  if (search.tooMany) {
    problems.push({ source: key, key: '', message: `holds more than ${limits.maxFiles} catalog-info.yaml files; the components of the first ${limits.maxFiles} (the shallowest) are used` });
  }
  return { services, problems, files: search.files };
}
