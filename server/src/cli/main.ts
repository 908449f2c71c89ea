/**
 * The `postmortem` command line: the same engine as the editor, for CI.
 *   postmortem check [paths or globs…] [--format text|json|sarif] [--config FILE]
 *   postmortem model FILE… [--format json]
 *   postmortem actions [paths or globs…] [--format json|csv|markdown] [--open]
 *   postmortem insights [paths…] [--format text|json|markdown|html] [--out FILE] [--since DATE] [--until DATE]
 * Exit codes: 0 no error-level finding, 1 an error-level finding, 2 usage or configuration error.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { analyzeDocument } from '../analysis/model/build';
import { isClosed } from '../analysis/model/action-item-fields';
import { ARCHIVE_RULES, check, runRules } from '../analysis/engine/engine';
import { findHazard, hazardMessage } from '../analysis/parse/guard';
import { NestingError } from '../analysis/parse/parse';
import type { Finding } from '../analysis/base/findings';
import { publicModel } from '../analysis/model/public-model';
import type { Settings } from '../analysis/base/settings';
import { LineIndex } from '../analysis/base/text';
import { isoDay, readDate } from '../analysis/base/dates';
import { computeInsights, insightsOptions } from '../insights/compute';
import { formatMarkdown, formatText } from '../insights/format';
import { formatHtml } from '../insights/html';
import { analyseText, type FileSummary } from '../workspace/index-core';
import { configBase, formatProblem, inFolder, pathInside } from '../config-file';
import { findConfigFile, resolveSettings } from '../node/config-file';
import { listed, toCsv, toMarkdown, type ListedItem } from './actions';
import { RECURRING_THRESHOLD } from '../rules/recurring-incident';
import { RelatedIndex } from '../similarity/archive';
import { entryFromDocument } from '../similarity/entry';
import type { IncidentEntry } from '../similarity/types';
import { sarifLog } from './sarif';
import type { JsonFinding, JsonNotice } from './json';

const USAGE = `Usage:
  postmortem check [paths or globs…] [--format text|json|sarif] [--config FILE] [--all]
  postmortem model FILE… [--format json]
  postmortem actions [paths or globs…] [--format json|csv|markdown] [--open] [--config FILE]
  postmortem insights [paths…] [--format text|json|markdown|html] [--out FILE]
                      [--since DATE] [--until DATE] [--config FILE]

check   checks the post-mortems among the given files, folders and globs (default: .)
        and prints every finding. Folders and globs only take files that are post-mortems
        (by path, front matter or title); --all checks every Markdown file given.
model   prints the parsed post-mortem model of each file as JSON.
actions lists the action items of the post-mortems among the given files, folders and globs
        (default: .) with owner, due date, status (open, done, or dropped: "Won't do",
        struck through) and ticket; --open lists only open items.
insights counts the post-mortems among the given files, folders and globs (default: .):
        volume, time to detect/mitigate/resolve, recurring causes, weekday and hour,
        follow-up of action items, quality; every figure with its coverage and sources.
        --since and --until (YYYY-MM-DD) keep the incidents of that period; --out writes a file.

Exit codes: 0 no finding at error level, 1 some finding at error level,
            2 a usage or configuration error, or a file that could not be read.`;

/** A post-mortem `check` read, kept for its second pass (`recurring-incident` over the archive). */
interface Checked {
  result: FileResult;
  path: string;
  matchPath: string;
  id: string;
  settings: Settings;
  entry: IncidentEntry;
}

interface FileResult {
  file: string;
  findings: JsonFinding[];
  notice: string | null;
}

class UsageError extends Error {}

const MARKDOWN = '**/*.{md,markdown,mdx}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * A Markdown file found from the arguments: `named` when the argument was the file itself (not a
 * folder or a glob); `base` is the folder the argument gave (the folder, the glob's fixed start, or
 * the named file's folder), where the file's path is read from when no better base holds it.
 */
interface Expanded {
  path: string;
  named: boolean;
  base: string;
}

/** Expands arguments into Markdown files; folders and globs are marked as "found", not named. */
async function expand(args: string[]): Promise<Expanded[]> {
  const out = new Map<string, Expanded>();
  for (const arg of args.length ? args : ['.']) {
    let stats;
    try {
      stats = statSync(arg);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      const path = resolve(arg);
      out.set(path, { path, named: true, base: dirname(path) });
    } else if (stats?.isDirectory()) {
      const base = resolve(arg);
      for (const file of await glob(MARKDOWN, { cwd: arg, ignore: IGNORE, absolute: true, dot: false, followSymbolicLinks: false })) {
        if (!out.has(file)) out.set(file, { path: file, named: false, base });
      }
    } else if (isDynamicPattern(arg)) {
      const base = resolve(picomatch.scan(arg).base || '.');
      for (const file of await glob(arg, { ignore: IGNORE, absolute: true, followSymbolicLinks: false })) {
        if (!out.has(file)) out.set(file, { path: file, named: false, base });
      }
    } else {
      throw new UsageError(`${arg}: no such file or folder`);
    }
  }
  return [...out.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The folder that plays the editor's workspace folder for a file found from `base`: the current
 * directory or the folder given, whichever holds the file and is the outer one. So
 * `postmortem insights ../archive` and `postmortem insights .` inside `../archive` read the same
 * folder, and so do `postmortem check postmortems` and `postmortem check ..` inside it.
 */
function workspaceOf(path: string, base: string): string {
  const cwd = process.cwd();
  const inCwd = pathInside(cwd, path);
  if (inCwd === null) return base;
  const inBase = pathInside(base, path);
  return inBase === null || inCwd.length >= inBase.length ? cwd : base;
}

/**
 * Where the `files`, `exclude` and `templates` globs start for a file, as in the editor, where
 * they start at the workspace folder: the file's workspace (`workspaceOf`), or the folder of the
 * configuration file that applies when that folder holds the workspace. A configuration file
 * below the workspace has its own globs put below its folder (`configBase`), as the editor does.
 * `matchPath` is the file's path from there (a path starting with `../` would match no `**` glob),
 * and `root` that folder, absent when the path is read whole.
 */
export function globRoot(path: string, base: string, configFile: string | null, named = false): { matchPath: string; root?: string; configBase?: string } {
  const workspace = workspaceOf(path, base);
  const configDir = configFile ? dirname(configFile) : null;
  if (configDir && pathInside(configDir, path) !== null) {
    const below = configBase(workspace, configFile);
    if (below !== undefined) return { matchPath: pathInside(workspace, path)!, root: workspace, configBase: below };
    return { matchPath: pathInside(configDir, path)!, root: configDir };
  }
  // A file named by itself outside the current folder has no workspace folder: the editor reads
  // such a file by its whole path, which names every folder it lies in, and so does this.
  if (named && pathInside(process.cwd(), path) === null) return { matchPath: path.replace(/\\/g, '/') };
  const inWorkspace = pathInside(workspace, path);
  return inWorkspace === null ? { matchPath: path } : { matchPath: inWorkspace, root: workspace };
}

function toJson(file: string, finding: Finding, lines: LineIndex): JsonFinding {
  const start = lines.positionAt(finding.start);
  const end = lines.positionAt(finding.end);
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
  };
}

/** The settings for a file, and its path as the globs of those settings read it (`matchPath`). */
interface FileSettings {
  settings: Settings;
  matchPath: string;
}

/**
 * Loads settings for a file: from --config when given, else from the nearest config file. The
 * workspace searched for Backstage catalogue files is the config file's folder, else the
 * file's workspace (`workspaceOf`).
 */
function settingsLoader(configPath: string | undefined, problems: string[]) {
  const cache = new Map<string, Settings>();
  return (file: string, base: string = dirname(file), named = true): FileSettings => {
    const configFile = configPath ? resolve(configPath) : findConfigFile(dirname(file));
    const workspace = configFile ? dirname(configFile) : workspaceOf(file, base);
    // `root`, the folder the match path starts at, has a name that globs matching anywhere read
    // too (as the editor reads a workspace folder's): `postmortem check .` inside a `postmortems` folder.
    const { matchPath, root = '', configBase } = globRoot(file, base, configFile, named);
    const key = `${configFile ?? `\0${workspace}`}\0${configBase ?? ''}\0${root}`;
    let settings = cache.get(key);
    if (!settings) {
      const resolved = resolveSettings(undefined, configFile, workspace, configBase);
      problems.push(...resolved.problems.map(formatProblem));
      settings = inFolder(resolved.settings, root || undefined);
      cache.set(key, settings);
    }
    return { settings, matchPath };
  };
}

function readText(path: string): string {
  const buffer = readFileSync(path);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads expanded files one by one; a file that cannot be read is reported and skipped, and remembered for the exit code. */
class FileReader {
  failed = false;

  *each<T extends { path: string }>(entries: T[]): Generator<T & { file: string; text: string }> {
    for (const entry of entries) {
      const file = relative(process.cwd(), entry.path) || entry.path;
      let text: string;
      try {
        text = readText(entry.path);
      } catch (error) {
        process.stderr.write(`${file}: cannot be read (${(error as Error).message})\n`);
        this.failed = true;
        continue;
      }
      yield { ...entry, file, text };
    }
  }
}

function textReport(results: FileResult[], skipped: number): string {
  const out: string[] = [];
  let count = 0;
  for (const result of results) {
    if (!result.findings.length && !result.notice) continue;
    out.push(result.file);
    if (result.notice) out.push(`  note  ${result.notice}`);
    for (const f of result.findings) {
      count++;
      out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${f.severity.padEnd(7)} ${f.message}  ${f.ruleId}`);
    }
    out.push('');
  }
  const checked = results.length;
  out.push(
    `${count} finding${count === 1 ? '' : 's'} in ${checked} post-mortem${checked === 1 ? '' : 's'}${skipped ? ` (${skipped} other Markdown file${skipped === 1 ? ' was' : 's were'} skipped: not post-mortems)` : ''}.`,
  );
  return out.join('\n');
}

async function runCheck(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, config: { type: 'string' }, all: { type: 'boolean', default: false } },
  });
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  if (values.config) {
    try {
      if (!statSync(values.config).isFile()) throw new Error('not a file');
    } catch {
      throw new UsageError(`--config ${values.config}: no such file`);
    }
  }
  const problems: string[] = [];
  const loadSettings = settingsLoader(values.config, problems);
  const results: FileResult[] = [];
  /** The post-mortems checked, as the archive `recurring-incident` reads once every file is in it. */
  const archive = new RelatedIndex();
  const inArchive: Checked[] = [];
  let skipped = 0;
  const reading = new FileReader();
  for (const { path, named, base, file, text } of reading.each(await expand(positionals))) {
    const { settings, matchPath } = loadSettings(path, base, named);
    // A file named on the command line with --all is checked whatever it looks like.
    const effective = values.all && named ? { ...settings, files: ['**'], exclude: [] } : settings;
    // The command line prints no fixes, so it skips the disable fixes (each costs a parse).
    const result = check(text, { path: matchPath, settings: effective, disableFixes: false });
    if (!result.notice && !result.doc?.model.isPostmortem) {
      skipped++;
      continue;
    }
    const lines = result.doc?.lines ?? new LineIndex(text);
    const fileResult: FileResult = { file, findings: result.findings.map((f) => toJson(file, f, lines)), notice: result.notice?.message ?? null };
    results.push(fileResult);
    if (result.doc && !result.doc.model.isTemplate) {
      const id = pathToFileURL(path).href;
      const entry = entryFromDocument(id, result.doc, effective);
      archive.upsert(entry);
      inArchive.push({ result: fileResult, path, matchPath, id, settings: effective, entry });
    }
  }
  if (inArchive.length > 1) addRecurringFindings(archive, inArchive);
  for (const problem of new Set(problems)) process.stderr.write(`configuration: ${problem}\n`);
  const all = results.flatMap((r) => r.findings);
  const notices = results.flatMap((r): JsonNotice[] =>
    r.notice ? [{ file: r.file, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: null, severity: 'notice', message: r.notice }] : [],
  );
  if (format === 'json')
    process.stdout.write(
      `${JSON.stringify(
        results.flatMap((r) => [...notices.filter((n) => n.file === r.file), ...r.findings]),
        null,
        2,
      )}\n`,
    );
  else if (format === 'sarif') process.stdout.write(`${JSON.stringify(sarifLog(all, notices), null, 2)}\n`);
  else process.stdout.write(`${textReport(results, skipped)}\n`);
  if (problems.length || reading.failed) return 2;
  return all.some((f) => f.severity === 'error') ? 1 : 0;
}

/**
 * The second pass of `check` over several post-mortems: the archive rules (`recurring-incident`)
 * with the checked files as the archive. Only a file with an earlier post-mortem similar enough is
 * read and analysed again, so the pass costs a query per file and a parse per recurring incident.
 */
function addRecurringFindings(archive: RelatedIndex, checked: Checked[]): void {
  for (const { result, path, matchPath, id, settings, entry } of checked) {
    const configured = settings.rules['recurring-incident'];
    if (configured?.severity === 'off') continue;
    const minScore = (configured?.options.minScore as number | undefined) ?? RECURRING_THRESHOLD;
    if (!archive.related(entry, { before: entry.day ?? '9999-12-31', minScore, limit: 1 }).length) continue;
    let text: string;
    try {
      text = readText(path);
    } catch {
      continue;
    }
    const doc = analyzeDocument(text, matchPath, settings);
    const found = runRules(doc, { path: matchPath, settings, rules: ARCHIVE_RULES, archive: archive.forDocument(id), disableFixes: false });
    if (!found.length) continue;
    result.findings.push(...found.map((f) => toJson(result.file, f, doc.lines)));
    result.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

async function runModel(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, config: { type: 'string' } },
  });
  if (values.format !== 'json') throw new UsageError(`--format must be json, not "${values.format}"`);
  if (!positionals.length) throw new UsageError('model needs at least one file');
  const problems: string[] = [];
  const loadSettings = settingsLoader(values.config, problems);
  const models = [];
  let failed = false;
  for (const arg of positionals) {
    const path = resolve(arg);
    const file = relative(process.cwd(), path) || path;
    try {
      const text = readText(path);
      const hazard = findHazard(text);
      if (hazard) {
        process.stderr.write(`${file}: ${hazardMessage(hazard)}\n`);
        failed = true;
        continue;
      }
      const { settings, matchPath } = loadSettings(path);
      const model = publicModel(file, analyzeDocument(text, matchPath, settings), settings);
      models.push(model);
      // Values the facts could not use are named by file and key; the model still lists the rest.
      for (const problem of model.problems) process.stderr.write(`${file}: ${problem.message}\n`);
      for (const unknown of model.unknownCategories)
        process.stderr.write(`${file}:${unknown.line}: ${unknown.where}: "${unknown.text}" is not in the taxonomy; ignored\n`);
    } catch (error) {
      if (error instanceof NestingError) process.stderr.write(`${file}: ${hazardMessage({ construct: error.message, line: error.line })}\n`);
      else process.stderr.write(`${file}: cannot be read (${(error as Error).message})\n`);
      failed = true;
    }
  }
  for (const problem of new Set(problems)) process.stderr.write(`configuration: ${problem}\n`);
  process.stdout.write(`${JSON.stringify(models.length === 1 && positionals.length === 1 ? models[0] : models, null, 2)}\n`);
  return failed || problems.length ? 2 : 0;
}

async function runActions(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'markdown' }, open: { type: 'boolean', default: false }, config: { type: 'string' } },
  });
  const format = values.format ?? 'markdown';
  if (!['json', 'csv', 'markdown'].includes(format)) throw new UsageError(`--format must be json, csv or markdown, not "${format}"`);
  const problems: string[] = [];
  const loadSettings = settingsLoader(values.config, problems);
  const out: ListedItem[] = [];
  const reading = new FileReader();
  for (const { path, named, base, file, text } of reading.each(await expand(positionals))) {
    const { settings, matchPath } = loadSettings(path, base, named);
    if (text.length > settings.maxDocumentSize) continue;
    const hazard = findHazard(text);
    if (hazard) {
      process.stderr.write(`${file}: ${hazardMessage(hazard)}\n`);
      continue;
    }
    let doc;
    try {
      doc = analyzeDocument(text, matchPath, settings);
    } catch (error) {
      if (!(error instanceof NestingError)) throw error;
      process.stderr.write(`${file}: ${hazardMessage({ construct: error.message, line: error.line })}\n`);
      continue;
    }
    if (!doc.model.isPostmortem) continue;
    // --open leaves out closed items: done ones and those the team dropped ("Won't do", struck through).
    for (const item of doc.model.actionItems) if (!values.open || !isClosed(item)) out.push(listed(file, item));
  }
  for (const problem of new Set(problems)) process.stderr.write(`configuration: ${problem}\n`);
  if (format === 'json') process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else if (format === 'csv') process.stdout.write(toCsv(out));
  else process.stdout.write(toMarkdown(out));
  return reading.failed || problems.length ? 2 : 0;
}

/** A day given on the command line, as yyyy-mm-dd. */
function dayOption(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const reading = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? readDate(value.trim()) : null;
  if (reading?.kind !== 'date') throw new UsageError(`--${name} must be a date such as 2026-01-31, not "${value}"`);
  return reading.iso;
}

async function runInsights(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      config: { type: 'string' },
    },
  });
  const format = values.format ?? 'text';
  if (!['text', 'json', 'markdown', 'html'].includes(format)) throw new UsageError(`--format must be text, json, markdown or html, not "${format}"`);
  const since = dayOption('since', values.since);
  const until = dayOption('until', values.until);
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  const problems: string[] = [];
  const loadSettings = settingsLoader(values.config, problems);
  const now = new Date();
  const today = isoDay(now);
  // The summaries are the workspace index's, made by the same analysis; the insights read nothing else.
  const summaries: FileSummary[] = [];
  const reading = new FileReader();
  let generation = 0;
  for (const { path, named, base, text } of reading.each(await expand(positionals))) {
    const { settings, matchPath } = loadSettings(path, base, named);
    // A file too large or too costly to parse comes back with its notice, and the report lists it.
    const analysis = analyseText(text, matchPath, settings, now, 'full');
    summaries.push({ ...analysis, path, uri: pathToFileURL(path).href, size: text.length, mtimeMs: 0, settingsKey: '', day: today, generation: ++generation });
  }
  // The archive-wide options come from the configuration that applies where the command runs.
  const anchor = resolve(positionals.length === 1 && !isDynamicPattern(positionals[0]) ? positionals[0] : '.');
  const { settings } = loadSettings(statSync(anchor).isDirectory() ? resolve(anchor, 'postmortem-insights.md') : anchor);
  const report = computeInsights(summaries, {
    ...insightsOptions(settings, today, { since, until }),
    fileName: (s) => relative(process.cwd(), s.path) || s.path,
  });
  for (const problem of new Set(problems)) process.stderr.write(`configuration: ${problem}\n`);
  const output =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'markdown'
        ? formatMarkdown(report)
        : format === 'html'
          ? formatHtml(report)
          : formatText(report);
  if (values.out) {
    const target = resolve(values.out);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
    } catch (error) {
      process.stderr.write(`${values.out}: cannot be written (${(error as Error).message})\n`);
      return 2;
    }
    process.stderr.write(
      `wrote ${values.out}: ${report.incidents.length} post-mortems${report.excluded.length ? `, ${report.excluded.length} left out` : ''}\n`,
    );
  } else process.stdout.write(output);
  return reading.failed || problems.length ? 2 : 0;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest);
      case 'model':
        return await runModel(rest);
      case 'actions':
        return await runActions(rest);
      case 'insights':
        return await runInsights(rest);
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`postmortem: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`postmortem: internal error: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
