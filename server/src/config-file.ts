/**
 * Finding and reading the workspace configuration file. The walk-up, the parsing and the merge
 * are here once; the server reads through the workspace's files (`workspace/files.ts`: the disk
 * on Node, the editor's file system in the web), the CLI through `node/config-file.ts`.
 */
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { readCatalogInFiles } from './catalog-file';
import { RULES } from './rules/index';
import { mergeSettings, normaliseLayer, type ConfigProblem, type RuleConfigInfo, type ServiceSpec, type Settings } from './analysis/base/settings';
import { decodeText, type FileStat } from './workspace/files';

export const CONFIG_FILE_NAMES = ['.postmortemrc.json', '.postmortemrc'];

/** Rule ids and options, as the configuration normaliser needs them. */
export const RULE_CONFIG: ReadonlyMap<string, RuleConfigInfo> = new Map(RULES.map((r) => [r.meta.id, { options: r.meta.options }]));

/** The paths a config file may have for files in `dir`, nearest first, not going above `stopAt` when given. */
export function configCandidates(dir: string, stopAt?: string): string[] {
  const out: string[] = [];
  let current = resolve(dir);
  const stop = stopAt ? resolve(stopAt) : parsePath(current).root;
  for (let depth = 0; depth < 64; depth++) {
    for (const name of CONFIG_FILE_NAMES) out.push(join(current, name));
    if (current === stop) break;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return out;
}

/** Parses a config file's text (or why it could not be read). Problems name the file; the raw object is undefined when unusable. */
export function parseConfigText(path: string, text: string | Error): { raw: unknown; problems: ConfigProblem[] } {
  if (text instanceof Error) return { raw: undefined, problems: [{ source: path, key: '', message: `cannot be read (${text.message}); using the defaults` }] };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { raw: undefined, problems: [] };
  try {
    return { raw: JSON.parse(text), problems: [] };
  } catch (error) {
    return { raw: undefined, problems: [{ source: path, key: '', message: `is not valid JSON (${(error as Error).message}); using the defaults` }] };
  }
}

/** Merges editor settings (if any), the config file (as read) and its catalogue into one settings object. The file wins. */
export function mergeConfig(
  editorSettings: unknown,
  configFile: string | null,
  read: { raw: unknown; problems: ConfigProblem[] } | null,
  catalog: { services: ServiceSpec[]; problems: ConfigProblem[] } | null,
): { settings: Settings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const layers = [];
  if (editorSettings !== undefined) {
    const editor = normaliseLayer(editorSettings, 'settings (postmortem.*)', RULE_CONFIG);
    problems.push(...editor.problems);
    layers.push(editor.layer);
  }
  if (configFile && read) {
    problems.push(...read.problems);
    const file = normaliseLayer(read.raw, configFile, RULE_CONFIG);
    problems.push(...file.problems);
    layers.push(file.layer);
  }
  const settings = mergeSettings(layers);
  // A Backstage catalogue beside the config file (the repository's root) adds its components.
  if (catalog) {
    problems.push(...catalog.problems);
    if (catalog.services.length) settings.facts.services = [...settings.facts.services, ...catalog.services];
  }
  return { settings, problems };
}

/** What the server reads config files through (the workspace's files). */
export interface ConfigFiles {
  stat(path: string): Promise<FileStat | null>;
  read(path: string): Promise<Uint8Array>;
}

/** The nearest config file at or above `dir`, not going above `stopAt` when given. */
export async function findConfigFileIn(files: ConfigFiles, dir: string, stopAt?: string): Promise<string | null> {
  // Every candidate is looked at at once: on a remote file system one round trip, not one per folder.
  const candidates = configCandidates(dir, stopAt);
  const stats = await Promise.all(candidates.map((candidate) => files.stat(candidate)));
  return candidates.find((_, i) => stats[i]?.kind === 'file') ?? null;
}

/** The text of a config file, or null when it does not exist or cannot be read. */
export async function readConfigTextIn(files: ConfigFiles, path: string): Promise<string | null> {
  try {
    return decodeText(await files.read(path));
  } catch {
    return null;
  }
}

/** Settings from editor settings and a config file, read through the workspace's files. */
export async function resolveSettingsIn(files: ConfigFiles, editorSettings: unknown, configFile: string | null): Promise<{ settings: Settings; problems: ConfigProblem[] }> {
  if (!configFile) return mergeConfig(editorSettings, null, null, null);
  const text = await files.read(configFile).then(
    (bytes) => decodeText(bytes),
    (error: Error) => error,
  );
  return mergeConfig(editorSettings, configFile, parseConfigText(configFile, text), await readCatalogInFiles(files, dirname(configFile)));
}

/** One line describing a configuration problem, naming the file and the key. */
export function formatProblem(problem: ConfigProblem): string {
  return `${problem.source}: ${problem.key ? `"${problem.key}" ` : ''}${problem.message}`;
}
