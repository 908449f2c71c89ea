/**
 * Reading a Backstage `catalog-info.yaml` beside the workspace configuration file, so that the
 * components it lists count as services a post-mortem can mention. The reading itself is pure
 * (`analysis/model/facts/catalog.ts`); this file only finds, sizes and reads the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_MAX_BYTES, readCatalogInfo } from './analysis/model/facts/catalog';
import type { ConfigProblem, ServiceSpec } from './analysis/base/settings';

export const CATALOG_FILE_NAMES = ['catalog-info.yaml', 'catalog-info.yml'];

/** The last reading of each catalogue file, by path, kept while its size and time stay the same. */
const cache = new Map<string, { size: number; mtimeMs: number; services: ServiceSpec[]; problems: ConfigProblem[] }>();

/** The services of the catalogue file in `dir`, if there is one. A file over 1 MB is not read. */
export function readCatalogIn(dir: string): { services: ServiceSpec[]; problems: ConfigProblem[] } {
  for (const name of CATALOG_FILE_NAMES) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
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
  return { services: [], problems: [] };
}
