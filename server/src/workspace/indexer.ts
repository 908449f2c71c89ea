/**
 * The edge of the workspace index: lists the Markdown files of the workspace folders, reads them
 * and feeds the pure index (`index-core.ts`). Every file access goes through `WorkspaceFiles`
 * (`files.ts`): the disk on Node, the editor's file system in the web build. It survives what
 * real workspaces hold: unreadable files and folders, files that vanish mid-scan, reads that
 * never answer, huge files (only their head is read when they are not post-mortems by path) and
 * text that is not UTF-8.
 */
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { compiled } from '../analysis/model/compiled';
import { classifyPath, pathMatches, quickScan, quickScanRulesOut } from '../analysis/model/detect';
import type { Settings } from '../analysis/base/settings';
import { isoDay } from '../analysis/base/dates';
import { decodeText, FileReadError, shortHash, type FileStat, type FindFilter, type WorkspaceFiles } from './files';
import { emptyAnalysis, isFresh, type Analyse, type Depth, type FileAnalysis, type FileSummary, type WorkspaceIndex } from './index-core';

/** What the indexer needs from its host (the language server, a test or the bench). */
export interface IndexerHost {
  /** Workspace folders, as file-system paths. */
  folders(): string[];
  /** Settings for files in `dir` of workspace folder `folder`. */
  settingsFor(folder: string, dir: string): Promise<Settings>;
  /** Globs of VS Code's `files.exclude` for a folder (matched against folder-relative paths). */
  filesExclude(folder: string): Promise<string[]>;
  /** The editor's text of an open document, which wins over the file on disk. */
  openText(path: string): string | undefined;
  now(): Date;
  analyse: Analyse;
  log(message: string): void;
  /** The workspace's files: the disk on Node, the editor's file system in the web build. */
  files: WorkspaceFiles;
  /** Resolves when the scan may read the next file; the server slows the scan while the user types. */
  turn?(): Promise<void>;
}

/** What the findings pass did, for logs and the bench. */
export interface CheckReport {
  checked: number;
  errors: number;
  ms: number;
}

/** What one scan did, for logs, progress and the bench. */
export interface ScanReport {
  files: number;
  analysed: number;
  reused: number;
  skipped: number;
  errors: number;
  removed: number;
  ms: number;
}

/** A scan report with nothing in it yet. */
export function emptyScanReport(): ScanReport {
  return { files: 0, analysed: 0, reused: 0, skipped: 0, errors: 0, removed: 0, ms: 0 };
}

const MARKDOWN = /\.(?:md|markdown)$/i;
/** Files bigger than this that are not post-mortems by path are first judged by their head. */
const HEAD_ONLY_ABOVE = 256 * 1024;
const HEAD_BYTES = 64 * 1024;
/** A safety net for enormous trees: beyond this many Markdown files, the rest are not indexed. */
export const MAX_FILES = 50_000;

const settingsKeys = new WeakMap<Settings, string>();

/** A short hash of a settings object, so cached summaries made under other settings are not reused. */
export function settingsKey(settings: Settings): string {
  let key = settingsKeys.get(settings);
  if (!key) {
    key = shortHash(JSON.stringify(settings));
    settingsKeys.set(settings, key);
  }
  return key;
}

export { decodeText } from './files';

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A file's text with what analysing it needs, or why it could not be read. */
type Loaded = { settings: Settings; relPath: string } & ({ text: string } | { error: FileReadError });

interface Candidate {
  path: string;
  folder: string;
  size: number;
  mtimeMs: number;
}

/** Compiled `files.exclude` globs per list. */
const excludeMatchers = new Map<string, (path: string) => boolean>();
function filesExcludeMatcher(globs: string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let matcher = excludeMatchers.get(key);
  if (!matcher) {
    const valid = globs.filter((g) => {
      try {
        picomatch.makeRe(g, { dot: true });
        return true;
      } catch {
        return false;
      }
    });
    matcher = valid.length ? picomatch(valid, { dot: true }) : () => false;
    excludeMatchers.set(key, matcher);
  }
  return matcher;
}

export class Indexer {
  /** Paths whose analysis is under way, so a burst of events analyses a file once at a time. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    readonly index: WorkspaceIndex,
    private readonly host: IndexerHost,
  ) {}

  /** The workspace folder holding `path`, the innermost when folders nest. */
  folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.host.folders()) {
      const rel = relative(folder, path);
      if (rel === '' || rel.startsWith('..') || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) continue;
      if (!best || folder.length > best.length) best = folder;
    }
    return best;
  }

  private rel(folder: string, path: string): string {
    return relative(folder, path).split(sep).join('/');
  }

  /** True when `path` (a file or a folder) is left out by `files.exclude` or `postmortem.exclude` folder globs. */
  private async excludedDir(folder: string, dir: string): Promise<boolean> {
    const rel = this.rel(folder, dir);
    if (!rel) return false;
    if (filesExcludeMatcher(await this.host.filesExclude(folder))(rel)) return true;
    const settings = await this.host.settingsFor(folder, dir);
    return pathMatches(rel, settings.exclude) && pathMatches(`${rel}/x.md`, settings.exclude);
  }

  /** What a listing of `folder` leaves out: `files.exclude`, and `postmortem.exclude` folders. */
  private filter(folder: string): FindFilter {
    return {
      skipDir: (dir) => this.excludedDir(folder, dir),
      skipFile: async (path) => filesExcludeMatcher(await this.host.filesExclude(folder))(this.rel(folder, path)),
    };
  }

  /** Lists the Markdown files of every workspace folder with their size and modification time. */
  async walk(report: ScanReport): Promise<Candidate[]> {
    const out: Candidate[] = [];
    for (const folder of this.host.folders()) {
      const found = await this.host.files.findMarkdown(folder, this.filter(folder), MAX_FILES - out.length, report, (m) => this.host.log(m));
      for (const file of found) out.push({ ...file, folder });
      if (out.length >= MAX_FILES) break;
    }
    return out;
  }

  /**
   * Scans every folder: files whose cached summary is still fresh are kept, the others are read
   * and their outline analysed one at a time, yielding between files so the server keeps
   * answering requests. Entries for files no longer found are removed. The rules do not run
   * here: `checkPending` adds the findings afterwards, so the tree is complete first.
   */
  async scan(progress?: (done: number, total: number) => void, cancelled?: () => boolean): Promise<ScanReport> {
    const started = performance.now();
    const report = emptyScanReport();
    const candidates = await this.walk(report);
    report.files = candidates.length;
    const found = new Set(candidates.map((c) => c.path));
    report.removed = this.index.retain((s) => found.has(s.path)).length;
    const today = isoDay(this.host.now());
    const stale: Candidate[] = [];
    for (const candidate of candidates) {
      const settings = await this.host.settingsFor(candidate.folder, dirnameOf(candidate.path));
      const cached = this.index.get(candidate.path);
      if (cached && isFresh(cached, candidate, settingsKey(settings)) && !this.host.openText(candidate.path)) {
        if (cached.day === today) report.reused++;
        else stale.push(candidate);
        continue;
      }
      stale.push(candidate);
    }
    let done = 0;
    // The next file is read while this one is analysed, so waiting on the disk (and on the
    // thread that reads it, which a busy machine may not schedule at once) overlaps the parse.
    let next = stale.length ? this.load(stale[0]) : undefined;
    for (let i = 0; i < stale.length; i++) {
      const candidate = stale[i];
      const loaded = await next!;
      next = i + 1 < stale.length && !cancelled?.() ? this.load(stale[i + 1]) : undefined;
      if (cancelled?.()) break;
      const result = this.store(candidate, loaded, 'outline');
      if (result === 'analysed') report.analysed++;
      else if (result === 'error') report.errors++;
      else report.skipped++;
      done++;
      progress?.(done, stale.length);
      await (this.host.turn ? this.host.turn() : yieldToEvents());
    }
    report.ms = performance.now() - started;
    return report;
  }

  /**
   * The findings pass: checks every post-mortem whose findings are not known yet (those the
   * scan only outlined), one at a time, yielding between files. The file is read again, so a
   * summary always describes one version of it; open documents are left to the editor's check.
   */
  async checkPending(progress?: (done: number, total: number) => void, cancelled?: () => boolean): Promise<CheckReport> {
    const started = performance.now();
    const report: CheckReport = { checked: 0, errors: 0, ms: 0 };
    const pending = [...this.index.values()].filter((s) => s.isPostmortem && s.findings === null).map((s) => s.path);
    let done = 0;
    for (const path of pending) {
      if (cancelled?.()) break;
      const summary = this.index.get(path);
      const folder = this.folderOf(path);
      if (summary && summary.findings === null && folder && this.host.openText(path) === undefined) {
        const stat = await this.host.files.stat(path);
        if (stat?.kind === 'file') {
          const result = await this.analyseFile({ path, folder, size: stat.size, mtimeMs: stat.mtimeMs }, 'full');
          if (result === 'analysed') report.checked++;
          else if (result === 'error') report.errors++;
        } else {
          this.index.delete(path);
        }
      }
      done++;
      progress?.(done, pending.length);
      await (this.host.turn ? this.host.turn() : yieldToEvents());
    }
    report.ms = performance.now() - started;
    return report;
  }

  /** Reads the file (or the editor's text), analyses it and stores its summary. */
  private async analyseFile(candidate: Candidate, depth: Depth): Promise<'analysed' | 'skipped' | 'error'> {
    return this.store(candidate, await this.load(candidate), depth);
  }

  /** Reads a candidate's text (the editor's, if open) with its settings; never rejects. */
  private async load(candidate: Candidate): Promise<Loaded> {
    const { path, folder } = candidate;
    const settings = await this.host.settingsFor(folder, dirnameOf(path));
    const relPath = this.rel(folder, path);
    const open = this.host.openText(path);
    if (open !== undefined) return { settings, relPath, text: open };
    try {
      return { settings, relPath, text: await this.readCandidate(candidate, relPath, settings) };
    } catch (error) {
      return { settings, relPath, error: error instanceof FileReadError ? error : new FileReadError((error as Error).message, false) };
    }
  }

  /** Analyses loaded text and stores its summary; a file that could not be read leaves the index. */
  private store(candidate: Candidate, loaded: Loaded, depth: Depth): 'analysed' | 'skipped' | 'error' {
    const { path } = candidate;
    if ('error' in loaded) {
      this.index.delete(path);
      if (loaded.error.missing) return 'skipped';
      this.host.log(`Index: cannot read ${path} (${loaded.error.message}).`);
      return 'error';
    }
    this.index.set(this.summarise(candidate, loaded.relPath, loaded.settings, loaded.text, depth));
    return 'analysed';
  }

  /** Reads a file, or only its head when it is large and its head shows it is no post-mortem (then the text is empty). */
  private async readCandidate(candidate: Candidate, relPath: string, settings: Settings): Promise<string> {
    if (candidate.size > HEAD_ONLY_ABOVE && classifyPath(relPath, settings) !== 'included') {
      const head = await this.host.files.read(candidate.path, HEAD_BYTES);
      if (quickScanRulesOut(quickScan(decodeText(head), compiled(settings).sections))) return '';
    }
    return decodeText(await this.host.files.read(candidate.path));
  }

  private summarise(
    candidate: Candidate,
    relPath: string,
    settings: Settings,
    text: string,
    depth: Depth,
    given?: FileAnalysis,
  ): Omit<FileSummary, 'generation'> {
    const now = this.host.now();
    let analysis: FileAnalysis;
    try {
      analysis = given ?? this.host.analyse(text, relPath, settings, now, depth);
    } catch (error) {
      this.host.log(`Index: analysing ${candidate.path} failed (${(error as Error).message}).`);
      analysis = emptyAnalysis(false, null);
    }
    return {
      ...analysis,
      path: candidate.path,
      uri: this.host.files.uriOf(candidate.path),
      size: candidate.size,
      mtimeMs: candidate.mtimeMs,
      settingsKey: settingsKey(settings),
      day: isoDay(now),
    };
  }

  /**
   * Brings one path up to date after a file event: its outline re-analysed when it is a Markdown
   * file of a workspace folder (`checkPending` adds the findings), removed when it is gone; a new
   * folder (a rename) is walked.
   */
  async refreshPath(path: string, known?: FileStat): Promise<void> {
    const previous = this.pending.get(path);
    const next = (previous ?? Promise.resolve())
      .then(() => this.refreshNow(path, known))
      .catch((error) => this.host.log(`Index: updating ${path} failed (${(error as Error).message}).`));
    this.pending.set(path, next);
    await next;
    if (this.pending.get(path) === next) this.pending.delete(path);
  }

  /**
   * Brings the index up to date after the creations one file notification reports. The editor
   * reports a folder moved or copied in as that folder alone, so a created path that is not
   * Markdown may be a folder to walk; but a build creates thousands of paths at once, and each
   * stat is a request in the web build. So paths outside the workspace folders or under an
   * excluded glob are dropped before any stat, a path under another created path is left to
   * that one's walk, and each path left is stat'ed once: Markdown files are indexed, folders walked.
   */
  async refreshCreated(paths: Iterable<string>): Promise<void> {
    const work = topMost(paths).map(async (path) => {
      const folder = this.folderOf(path);
      if (!folder) return;
      if (MARKDOWN.test(path)) {
        // A folder named like a Markdown file is walked by `refreshNow` after its one stat.
        if (!(await this.isExcludedFile(folder, path))) await this.refreshPath(path);
        return;
      }
      if (await this.isExcludedCreation(folder, path)) return;
      const stat = await this.host.files.stat(path).catch(() => null);
      if (stat?.kind === 'directory') await this.refreshPath(path, stat);
    });
    await Promise.all(work);
  }

  private async refreshNow(path: string, known?: FileStat): Promise<void> {
    const folder = this.folderOf(path);
    if (!folder) {
      this.index.delete(path);
      return;
    }
    const stat = known ?? (await this.host.files.stat(path));
    if (!stat) {
      this.index.delete(path);
      return;
    }
    if (stat.kind === 'directory') {
      await this.walkInto(folder, path);
      return;
    }
    if (stat.kind !== 'file' || !MARKDOWN.test(path) || (await this.isExcludedFile(folder, path))) {
      this.index.delete(path);
      return;
    }
    await this.analyseFile({ path, folder, size: stat.size, mtimeMs: stat.mtimeMs }, 'outline');
  }

  private async isExcludedFile(folder: string, path: string): Promise<boolean> {
    if (filesExcludeMatcher(await this.host.filesExclude(folder))(this.rel(folder, path))) return true;
    // A file inside an excluded folder is not indexed, as in the full scan. Outermost first, as
    // the scan prunes: the folders asked about are then those the scan has asked about (their
    // settings known), not the folders inside an excluded one, whose config files would be looked for.
    const dirs: string[] = [];
    for (let dir = dirnameOf(path); dir.length > folder.length; dir = dirnameOf(dir)) dirs.push(dir);
    for (const dir of dirs.reverse()) if (await this.excludedDir(folder, dir)) return true;
    return false;
  }

  /**
   * Whether a created path that is not Markdown is left out, judged before anything is looked at:
   * `files.exclude` on it and its folders, `postmortem.exclude` on its folders and on itself as a
   * folder, by the settings of the folder it was created in. Its own config file, if it is a
   * folder holding one, cannot be known without looking inside it: `walkInto` asks again with it.
   */
  private async isExcludedCreation(folder: string, path: string): Promise<boolean> {
    if (await this.isExcludedFile(folder, path)) return true;
    const rel = this.rel(folder, path);
    const settings = await this.host.settingsFor(folder, dirnameOf(path));
    return pathMatches(rel, settings.exclude) && pathMatches(`${rel}/x.md`, settings.exclude);
  }

  /** Indexes the Markdown files under one folder (after it was created or renamed). */
  private async walkInto(folder: string, dir: string): Promise<void> {
    if (await this.isExcludedFile(folder, `${dir}/x.md`)) return;
    const found = await this.host.files.findMarkdown(dir, this.filter(folder), MAX_FILES, emptyScanReport(), (m) => this.host.log(m));
    for (const file of found) await this.analyseFile({ ...file, folder }, 'outline');
  }

  /**
   * Indexes an open document's current text (the path must be in a workspace folder). The
   * caller may pass the analysis it already has (the server's cached check of that version).
   */
  async updateFromText(path: string, text: string, analysis?: FileAnalysis): Promise<void> {
    const folder = this.folderOf(path);
    if (!folder || !MARKDOWN.test(path) || (await this.isExcludedFile(folder, path))) return;
    const settings = await this.host.settingsFor(folder, dirnameOf(path));
    // Size and time -1: the summary is of the editor's text, never taken for the file on disk.
    const candidate = { path, folder, size: -1, mtimeMs: -1 };
    const summary = this.summarise(candidate, this.rel(folder, path), settings, text, 'full', analysis);
    this.index.set(summary);
  }
}

/** The paths of a list that are not under another path of it (each once, in the list's order). */
export function topMost(paths: Iterable<string>): string[] {
  const all = new Set(paths);
  return [...all].filter((path) => {
    for (let child = path, dir = dirnameOf(path); dir !== child; child = dir, dir = dirnameOf(dir)) {
      if (all.has(dir)) return false;
    }
    return true;
  });
}

function dirnameOf(path: string): string {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf(sep));
  // A file at the root of a POSIX path (`/README.md`, as in the web build's folders) is in `/`.
  return at > 0 ? path.slice(0, at) : at === 0 ? path.slice(0, 1) : path;
}
