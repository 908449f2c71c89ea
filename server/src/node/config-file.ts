/**
 * The configuration file for the CLI (and tests): the same walk-up, parsing and merge as the
 * server's (`config-file.ts`), read synchronously from the disk.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { catalogCandidates } from '../catalog-file';
import { readCatalogFileSync, readCatalogsUnder } from './catalog-search';
import type { ConfigProblem, ServiceSpec, Settings } from '../analysis/base/settings';
import { configCandidates, mergeConfig, parseConfigText } from '../config-file';
import { statSyncOf } from './disk-stat';

/** The nearest config file at or above `dir`, not going above `stopAt` when given. */
export function findConfigFile(dir: string, stopAt?: string): string | null {
  return configCandidates(dir, stopAt).find((candidate) => statSyncOf(candidate)?.kind === 'file') ?? null;
}

/** Reads and parses a config file. Problems name the file; the raw object is undefined when unusable. */
export function readConfigFile(path: string): { raw: unknown; problems: ConfigProblem[] } {
  let text: string | Error;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    text = error as Error;
  }
  return parseConfigText(path, text);
}

/** The services of the catalogue file in `dir`, if there is one. A file over 1 MB is not read. */
function readCatalogIn(dir: string): { services: ServiceSpec[]; problems: ConfigProblem[] } {
  for (const path of catalogCandidates(dir)) {
    const read = readCatalogFileSync(path);
    if (read) return read;
  }
  return { services: [], problems: [] };
}

/**
 * Merges editor settings (if any) and the config file into one settings object. The file wins.
 * The components of the Backstage catalogue files beside the config file and anywhere under
 * `workspaceFolder` (when given) are added to the service catalogue. With `configBase` (the
 * config file's folder below where paths start), its globs are put below that folder.
 */
export function resolveSettings(
  editorSettings: unknown,
  configFile: string | null,
  workspaceFolder?: string,
  configBase?: string,
): { settings: Settings; problems: ConfigProblem[] } {
  const found = workspaceFolder ? readCatalogsUnder(workspaceFolder) : null;
  const catalogs: { services: ServiceSpec[]; problems: ConfigProblem[] }[] = found ? [found] : [];
  if (!configFile) return mergeConfig(editorSettings, null, null, catalogs);
  if (!found?.files.some((file) => dirname(file) === dirname(configFile))) catalogs.push(readCatalogIn(dirname(configFile)));
  return mergeConfig(editorSettings, configFile, readConfigFile(configFile), catalogs, configBase);
}
