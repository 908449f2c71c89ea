/**
 * Finding and reading the workspace configuration file. This is the one place that touches
 * the file system for configuration; the server and the CLI both use it.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { readCatalogIn } from './catalog-file';
import { RULES } from './rules/index';
import { mergeSettings, normaliseLayer, type ConfigProblem, type RuleConfigInfo, type Settings } from './analysis/base/settings';

export const CONFIG_FILE_NAMES = ['.postmortemrc.json', '.postmortemrc'];

/** Rule ids and options, as the configuration normaliser needs them. */
export const RULE_CONFIG: ReadonlyMap<string, RuleConfigInfo> = new Map(RULES.map((r) => [r.meta.id, { options: r.meta.options }]));

/** The nearest config file at or above `dir`, not going above `stopAt` when given. */
export function findConfigFile(dir: string, stopAt?: string): string | null {
  let current = resolve(dir);
  const stop = stopAt ? resolve(stopAt) : parsePath(current).root;
  for (let depth = 0; depth < 64; depth++) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(current, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // Not there: keep walking up.
      }
    }
    if (current === stop) break;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return null;
}

/** The text of a config file, or null when it does not exist or cannot be read. */
export function readConfigText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Reads and parses a config file. Problems name the file; the raw object is undefined when unusable. */
export function readConfigFile(path: string): { raw: unknown; problems: ConfigProblem[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { raw: undefined, problems: [{ source: path, key: '', message: `cannot be read (${(error as Error).message}); using the defaults` }] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { raw: undefined, problems: [] };
  try {
    return { raw: JSON.parse(text), problems: [] };
  } catch (error) {
    return { raw: undefined, problems: [{ source: path, key: '', message: `is not valid JSON (${(error as Error).message}); using the defaults` }] };
  }
}

/** Merges editor settings (if any) and the config file into one settings object. The file wins. */
export function resolveSettings(editorSettings: unknown, configFile: string | null): { settings: Settings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const layers = [];
  if (editorSettings !== undefined) {
    const editor = normaliseLayer(editorSettings, 'settings (postmortem.*)', RULE_CONFIG);
    problems.push(...editor.problems);
    layers.push(editor.layer);
  }
  if (configFile) {
    const read = readConfigFile(configFile);
    problems.push(...read.problems);
    const file = normaliseLayer(read.raw, configFile, RULE_CONFIG);
    problems.push(...file.problems);
    layers.push(file.layer);
  }
  const settings = mergeSettings(layers);
  // A Backstage catalogue beside the config file (the repository's root) adds its components.
  if (configFile) {
    const catalog = readCatalogIn(dirname(configFile));
    problems.push(...catalog.problems);
    if (catalog.services.length) settings.facts.services = [...settings.facts.services, ...catalog.services];
  }
  return { settings, problems };
}

/** One line describing a configuration problem, naming the file and the key. */
export function formatProblem(problem: ConfigProblem): string {
  return `${problem.source}: ${problem.key ? `"${problem.key}" ` : ''}${problem.message}`;
}
