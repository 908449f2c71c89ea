/**
 * Settings at the LSP edge, for open documents and for the workspace index alike: editor
 * settings (`workspace/configuration`) layered under the nearest `.postmortemrc.json`, which is
 * read only while the workspace is trusted. One place decides, so what a closed file shows in
 * the Problems panel and the Action Items view follows the same settings as when it is open.
 */
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { Settings } from './analysis/base/settings';
import { CATALOG_FILE_NAMES, forgetCatalogSearches } from './catalog-file';
import { configBase, CONFIG_FILE_NAMES, findConfigFileIn, formatProblem, inFolder, resolveSettingsIn } from './config-file';
import type { WorkspaceFiles } from './workspace/files';

export interface SettingsProviderHost {
  connection: Connection;
  /** Whether the client answers `workspace/configuration`. */
  canPullConfiguration(): boolean;
  /** The open workspace folders, as paths of `files`. */
  folders(): string[];
  /** The workspace's files, which config files are found and read through. */
  files: WorkspaceFiles;
}

export class SettingsProvider {
  /** Until the client says otherwise, the workspace is trusted: editors without Workspace Trust send nothing. */
  private trusted = true;
  private readonly byUri = new Map<string, Promise<Settings>>();
  private readonly editor = new Map<string, Promise<unknown>>();
  private readonly filesExcludes = new Map<string, Promise<string[]>>();
  private readonly configFiles = new Map<string, Promise<string | null>>();
  private readonly resolved = new Map<string, Settings>();
  private readonly reported = new Set<string>();

  constructor(private readonly host: SettingsProviderHost) {}

  get workspaceTrusted(): boolean {
    return this.trusted;
  }

  /** Sets the trust; returns true when it changed (the caller then refreshes what depends on settings). */
  setTrusted(trusted: boolean): boolean {
    if (trusted === this.trusted) return false;
    this.trusted = trusted;
    this.clear();
    return true;
  }

  /** Forgets everything read: after a configuration, trust, folder or config-file change. */
  clear(): void {
    this.byUri.clear();
    this.editor.clear();
    this.filesExcludes.clear();
    this.configFiles.clear();
    this.resolved.clear();
    this.reported.clear();
    forgetCatalogSearches();
  }

  /** Forgets one document's settings (it was closed). */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** The workspace folder holding a file-system path (the innermost one), or undefined. */
  folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.host.folders()) {
      const rel = relative(folder, path);
      const inside = !rel.startsWith('..') && !isAbsolute(rel);
      if (inside && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /** Settings for a document by URI; configuration problems are reported once, to the user. */
  forDocument(uri: string): Promise<Settings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.loadForDocument(uri);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  private async loadForDocument(uriString: string): Promise<Settings> {
    const path = this.host.files.pathOf(uriString);
    const editor = await this.editorSettings(uriString, true);
    const first = this.host.folders()[0];
    const folder = path !== null ? this.folderOf(path) : first;
    const configFile = path !== null ? await this.configFile(folder, dirname(path)) : first ? await this.configFile(first, first) : null;
    const resolved = await resolveSettingsIn(this.host.files, editor, configFile, this.catalogFolder(folder), configBase(folder, configFile));
    const settings = path !== null ? inFolder(resolved.settings, folder) : resolved.settings;
    const problems = resolved.problems;
    for (const problem of problems) {
      const line = formatProblem(problem);
      if (this.reported.has(line)) continue;
      this.reported.add(line);
      this.host.connection.console.warn(line);
      void this.host.connection.window.showWarningMessage(`Post-mortem configuration: ${line}`);
    }
    return settings;
  }

  /** Settings for a file of the index: editor settings of its workspace folder and the config file nearest `dir`. */
  async forFolder(folder: string, dir: string): Promise<Settings> {
    const configFile = await this.configFile(folder, dir);
    const key = `${folder}\u0000${configFile ?? ''}`;
    let settings = this.resolved.get(key);
    if (!settings) {
      const editor = await this.editorSettings(this.host.files.uriOf(folder), false);
      const resolved = inFolder(
        (await resolveSettingsIn(this.host.files, editor, configFile, this.catalogFolder(folder), configBase(folder, configFile))).settings,
        folder,
      );
      settings = this.resolved.get(key) ?? resolved;
      this.resolved.set(key, settings);
    }
    return settings;
  }

  /** The workspace folder searched for Backstage catalogue files: none while the workspace is untrusted, like config files. */
  private catalogFolder(folder: string | undefined): string | undefined {
    return this.trusted ? folder : undefined;
  }

  /** The config file that applies to files in `dir`: none while the workspace is untrusted. */
  private configFile(folder: string | undefined, dir: string): Promise<string | null> {
    if (!this.trusted) return Promise.resolve(null);
    const key = `${folder ?? ''}\u0000${dir}`;
    let file = this.configFiles.get(key);
    if (file === undefined) {
      file = findConfigFileIn(this.host.files, dir, folder);
      this.configFiles.set(key, file);
    }
    return file;
  }

  /** The raw `postmortem` section of the editor settings for a scope (a document or a folder URI). */
  editorSettings(scopeUri: string, warn = false): Promise<unknown> {
    let settings = this.editor.get(scopeUri);
    if (!settings) {
      settings = this.host.canPullConfiguration()
        ? (this.host.connection.workspace.getConfiguration({ scopeUri, section: 'postmortem' }) as Promise<unknown>).catch((error: unknown) => {
            if (warn) this.host.connection.console.warn(`Could not read the postmortem settings: ${(error as Error).message}`);
            return undefined;
          })
        : Promise.resolve(undefined);
      this.editor.set(scopeUri, settings);
    }
    return settings;
  }

  /** The globs of `files.exclude` that are on, for a workspace folder. */
  filesExclude(folder: string): Promise<string[]> {
    let globs = this.filesExcludes.get(folder);
    if (!globs) {
      globs = this.host.canPullConfiguration()
        ? this.host.connection.workspace.getConfiguration({ scopeUri: this.host.files.uriOf(folder), section: 'files' }).then(
            (files: { exclude?: Record<string, unknown> } | null) =>
              Object.entries(files?.exclude ?? {})
                .filter(([, on]) => on === true)
                .map(([glob]) => glob),
            () => [],
          )
        : Promise.resolve([]);
      this.filesExcludes.set(folder, globs);
    }
    return globs;
  }

  /** The config file a fix for this document edits: the one its settings come from, else a new one in its workspace folder. */
  async configFileForFix(uriString: string): Promise<string | null> {
    const path = this.host.files.pathOf(uriString);
    const first = this.host.folders()[0];
    const folder = path !== null ? this.folderOf(path) : first;
    const start = path !== null ? dirname(path) : folder;
    if (!start) return null;
    return (await findConfigFileIn(this.host.files, start, folder)) ?? join(folder ?? start, CONFIG_FILE_NAMES[0]);
  }
}

/** True when a watched-file change is a config file or a Backstage catalogue (settings must be read again). */
export function isConfigFileChange(uri: string): boolean {
  return [...CONFIG_FILE_NAMES, ...CATALOG_FILE_NAMES].some((name) => uri.endsWith(`/${name}`));
}

/** Where a config file's globs start below the workspace folder: one function with the command line's, in `config-file.ts`. */
export { configBase } from './config-file';
