/**
 * The search for Backstage catalogue files under a workspace folder, on the disk (Node only: the
 * server's `NodeFiles` and the CLI use it; the web build reads only the catalogue beside the
 * config file), and the CLI's synchronous reading of what it finds: the disk's input and output
 * around the steps `catalog-file.ts` shares with the server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConfigProblem, ServiceSpec } from '../analysis/base/settings';
import {
  CATALOG_FILE_NAMES,
  CATALOG_SEARCH_LIMITS,
  CatalogSearches,
  catalogFrom,
  catalogsOf,
  catalogWithoutBytes,
  type CatalogSearch,
  type CatalogSearchLimits,
} from '../catalog-file';
import { statSyncOf } from './disk-stat';

/** Folders never searched for catalogue files (besides hidden ones such as `.git`): installed dependencies. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'bower_components']);

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

/** Searches kept by the CLI and tests (the server keeps its own in `catalog-file.ts`). */
const searches = new CatalogSearches();

/** Forgets the kept searches (tests that change a folder between readings). */
export function forgetDiskCatalogSearches(): void {
  searches.forget();
}

/** The services of one catalogue file on the disk, or null when there is no file at `path`. A file over 1 MB is not read. */
export function readCatalogFileSync(path: string): { services: ServiceSpec[]; problems: ConfigProblem[] } | null {
  const stat = statSyncOf(path);
  if (stat?.kind !== 'file') return null;
  const known = catalogWithoutBytes(path, stat);
  if (known) return known;
  let bytes: Uint8Array | Error;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    bytes = error as Error;
  }
  return catalogFrom(path, stat, bytes);
}

/** The services of every catalogue file under `root` on the disk (see `readCatalogsUnderIn`). */
export function readCatalogsUnder(
  root: string,
  limits: CatalogSearchLimits = CATALOG_SEARCH_LIMITS,
): { services: ServiceSpec[]; problems: ConfigProblem[]; files: string[] } {
  const key = resolve(root);
  const search = searches.get(key) ?? searches.keep(key, findCatalogFiles(key, limits));
  return catalogsOf(
    key,
    search,
    search.files.map((file) => readCatalogFileSync(file)),
    limits,
  );
}
