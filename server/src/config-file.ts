/**
 * Finding and reading the workspace configuration file. The walk-up, the parsing and the merge
 * are here once; the server reads through the workspace's files (`workspace/files.ts`: the disk
 * on Node, the editor's file system in the web), the CLI through `node/config-file.ts`.
 */
import { ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import { basename, dirname, isAbsolute, join, parse as parsePath, relative, resolve, sep } from 'node:path';
import { readCatalogInFiles, readCatalogsUnderIn, type CatalogFinder } from './catalog-file';
import { RULES } from './rules/index';
import { mergeSettings, normaliseLayer, type ConfigProblem, type RuleConfigInfo, type ServiceSpec, type Settings } from './analysis/base/settings';
import { decodeText } from './workspace/files';

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
  const read = parseJsonc(text);
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
export function parseJsonc(text: string): { value: unknown } | { error: string } {
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

/** The path of `path` inside `folder`, with `/` separators; null for the folder itself and for a path outside it. */
export function pathInside(folder: string, path: string): string | null {
  const rel = relative(folder, path);
  if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/**
 * Where a config file's globs start, below the folder paths are matched from (the workspace
 * folder in the editor, the command line's workspace in the CLI): the config file's folder as a
 * `/`-separated path (`docs/team`), for `rebaseGlobs`. None for a config file at that folder
 * itself, or outside it. The editor and the command line both ask this one function, so a
 * `.postmortemrc.json` below the workspace means the same to both.
 */
export function configBase(folder: string | undefined, configFile: string | null): string | undefined {
  if (!folder || !configFile) return undefined;
  return pathInside(folder, dirname(configFile)) ?? undefined;
}

/** The settings of a file of `folder`, whose paths start there: globs that match anywhere also read the folder's own name. */
export function inFolder(settings: Settings, folder: string | undefined): Settings {
  const name = folder ? basename(folder.replace(/[\\/]+$/, '')) : '';
  return name ? { ...settings, folderName: name } : settings;
}

/** Characters a glob reads as more than themselves, escaped in a folder name put before globs. */
const GLOB_SPECIAL = /[*?[\]{}()!+@\\]/g;

/**
 * The globs of a config file whose folder is `base` (a `/`-separated path below the workspace
 * folder), made to match workspace-relative paths: each is put below `base` (`incidents/**` in
 * `docs/.postmortemrc.json` is `docs/incidents/**`), a negation staying one.
 */
export function rebaseGlobs(globs: readonly string[], base: string): string[] {
  const prefix = base.replace(GLOB_SPECIAL, '\\$&');
  return globs.map((glob) => {
    const negated = glob.startsWith('!');
    const rest = (negated ? glob.slice(1) : glob).replace(/^(?:\.\/)+/, '');
    return `${negated ? '!' : ''}${prefix}/${rest}`;
  });
}

/**
 * Merges editor settings (if any), the config file (as read) and the Backstage catalogues (as
 * read) into one settings object. The file wins; a component named twice counts once. The
 * config file's `files`, `exclude` and `templates` globs are written from its folder: with
 * `configBase` (that folder below the folder paths start from: the workspace folder in the
 * editor, the command line's workspace in the CLI), they are put below it.
 */
export function mergeConfig(
  editorSettings: unknown,
  configFile: string | null,
  read: { raw: unknown; problems: ConfigProblem[] } | null,
  catalogs: readonly { services: ServiceSpec[]; problems: ConfigProblem[] }[],
  configBase?: string,
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
    if (configBase) {
      for (const key of ['files', 'exclude', 'templates'] as const) {
        const globs = file.layer[key];
        if (globs) file.layer[key] = rebaseGlobs(globs, configBase);
      }
    }
    layers.push(file.layer);
  }
  const settings = mergeSettings(layers);
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

/** What the server reads config files through (the workspace's files). */
export type ConfigFiles = CatalogFinder;

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

/**
 * Settings from editor settings and a config file, read through the workspace's files. The
 * components of the Backstage catalogue files anywhere under `workspaceFolder` (when given and
 * the files can be searched) and of the one beside the config file are added to the services.
 */
export async function resolveSettingsIn(
  files: ConfigFiles,
  editorSettings: unknown,
  configFile: string | null,
  workspaceFolder?: string,
  configBase?: string,
): Promise<{ settings: Settings; problems: ConfigProblem[] }> {
  const found = workspaceFolder ? await readCatalogsUnderIn(files, workspaceFolder) : null;
  const catalogs: { services: ServiceSpec[]; problems: ConfigProblem[] }[] = found ? [found] : [];
  if (!configFile) return mergeConfig(editorSettings, null, null, catalogs);
  const text = await files.read(configFile).then(
    (bytes) => decodeText(bytes),
    (error: Error) => error,
  );
  if (!found?.files.some((file) => dirname(file) === dirname(configFile))) catalogs.push(await readCatalogInFiles(files, dirname(configFile)));
  return mergeConfig(editorSettings, configFile, parseConfigText(configFile, text), catalogs, configBase);
}

/** One line describing a configuration problem, naming the file and the key. */
export function formatProblem(problem: ConfigProblem): string {
  return `${problem.source}: ${problem.key ? `"${problem.key}" ` : ''}${problem.message}`;
}
