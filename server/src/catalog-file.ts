/**
 * Reading a Backstage `catalog-info.yaml` beside the workspace configuration file, so that the
 * components it lists count as services a post-mortem can mention. The reading itself is pure
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
    read = { services: [], problems: [{ source: path, key: '', message: `is larger than ${CATALOG_MAX_BYTES / 1024 / 1024} MB; its components are not read` }] };
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
export async function readCatalogInFiles(files: { stat(path: string): Promise<FileStat | null>; read(path: string): Promise<Uint8Array> }, dir: string): Promise<CatalogRead> {
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
