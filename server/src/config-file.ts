/**
 * Finding and reading the workspace configuration file. This is the one place that touches
 * the file system for configuration; the server and the CLI both use it.
 */
import { readFileSync, statSync } from 'node:fs';
import { ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { readCatalogIn, readCatalogsUnder } from './catalog-file';
import { RULES } from './rules/index';
import { mergeSettings, normaliseLayer, type ConfigProblem, type RuleConfigInfo, type ServiceSpec, type Settings } from './analysis/base/settings';

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
  const read = parseConfigText(text);
  if ('error' in read) return { raw: undefined, problems: [{ source: path, key: '', message: `is not valid JSON (${read.error}); using the defaults` }] };
  return { raw: read.value, problems: [] };
}

/** What each jsonc-parser error says, in words. */
const PARSE_ERRORS: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'a number is malformed',
  [ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes was expected',
  [ParseErrorCode.ValueExpected]: 'a value was expected',
  [ParseErrorCode.ColonExpected]: 'a colon was expected',
  [ParseErrorCode.CommaExpected]: 'a comma was expected',
  [ParseErrorCode.CloseBraceExpected]: 'a closing brace was expected',
  [ParseErrorCode.CloseBracketExpected]: 'a closing bracket was expected',
  [ParseErrorCode.EndOfFileExpected]: 'nothing more was expected',
  [ParseErrorCode.InvalidCommentToken]: 'a comment is malformed',
  [ParseErrorCode.UnexpectedEndOfComment]: 'a comment is not closed',
  [ParseErrorCode.UnexpectedEndOfString]: 'a string is not closed',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'a number ends too early',
  [ParseErrorCode.InvalidUnicode]: 'a \\u escape is malformed',
  [ParseErrorCode.InvalidEscapeCharacter]: 'an escape is malformed',
  [ParseErrorCode.InvalidCharacter]: 'a control character inside a string',
};

/**
 * Reads the text of a config file as JSON with comments and trailing commas (as VS Code's own
 * settings files are), with jsonc-parser. The first error is given with its line and column.
 * Values are built as own properties, so a key such as `__proto__` stays an ordinary key.
 */
export function parseConfigText(text: string): { value: unknown } | { error: string } {
  const stack: (Record<string, unknown> | unknown[])[] = [];
  let key = '';
  let root: unknown;
  let error: string | null = null;
  const put = (value: unknown) => {
    const top = stack[stack.length - 1];
    if (!top) root = value;
    else if (Array.isArray(top)) top.push(value);
    else Object.defineProperty(top, key, { value, enumerable: true, writable: true, configurable: true });
  };
  try {
    visit(
      text,
      {
        onObjectBegin: () => {
          const object: Record<string, unknown> = {};
          put(object);
          stack.push(object);
        },
        onObjectProperty: (property) => {
          key = property;
        },
        onObjectEnd: () => {
          stack.pop();
        },
        onArrayBegin: () => {
          const array: unknown[] = [];
          put(array);
          stack.push(array);
        },
        onArrayEnd: () => {
          stack.pop();
        },
        onLiteralValue: (value) => put(value),
        onError: (code, _offset, _length, line, character) => {
          error ??= `line ${line + 1}, column ${character + 1}: ${PARSE_ERRORS[code] ?? printParseErrorCode(code)}`;
        },
      },
      { allowTrailingComma: true, disallowComments: false },
    );
  } catch (thrown) {
    // The parser recurses once per level of nesting: a file nested thousands deep ends here.
    if (thrown instanceof RangeError) return { error: 'nested too deeply' };
    throw thrown;
  }
  return error !== null ? { error } : { value: root };
}

/**
 * Merges editor settings (if any) and the config file into one settings object. The file wins.
 * The components of the Backstage catalogue files beside the config file and anywhere under
 * `workspaceFolder` (when given) are added to the service catalogue.
 */
export function resolveSettings(editorSettings: unknown, configFile: string | null, workspaceFolder?: string): { settings: Settings; problems: ConfigProblem[] } {
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
  // Backstage catalogues add their components: those found in the workspace folder, and the one
  // beside the config file (the repository's root) when the search did not already find it.
  const found = workspaceFolder ? readCatalogsUnder(workspaceFolder) : null;
  const catalogs: { services: ServiceSpec[]; problems: ConfigProblem[] }[] = found ? [found] : [];
  if (configFile && !found?.files.some((file) => dirname(file) === dirname(configFile))) catalogs.push(readCatalogIn(dirname(configFile)));
  for (const catalog of catalogs) problems.push(...catalog.problems);
  const known = new Set(settings.facts.services.map((service) => service.name.toLowerCase()));
  const added = [];
  for (const service of catalogs.flatMap((catalog) => catalog.services)) {
    if (known.has(service.name.toLowerCase())) continue;
    known.add(service.name.toLowerCase());
    added.push(service);
  }
  if (added.length) settings.facts.services = [...settings.facts.services, ...added];
  return { settings, problems };
}

/** One line describing a configuration problem, naming the file and the key. */
export function formatProblem(problem: ConfigProblem): string {
  return `${problem.source}: ${problem.key ? `"${problem.key}" ` : ''}${problem.message}`;
}
