/**
 * The saved workspace index: read at start so the Action Items view has its items at once,
 * written (debounced) after changes and on shutdown. It lives in the extension's storage,
 * through the workspace's files: a file on Node, the client's storage folder in the web build.
 */
import type { ServerContext } from './context';
import { RULES } from '../rules/index';
import { INDEX_FORMAT, parsePersistedIndex, serializeIndex, type WorkspaceIndex } from '../workspace/index-core';
import { shortHash } from '../workspace/files';

const CACHE_NAME = 'postmortem-index.json';

/** Identifies this build of the engine, so a cache written by another version is not reused. */
function engineKey(build: string): string {
  const rules = RULES.map((r) => `${r.meta.id}:${r.meta.defaultSeverity}`).join(',');
  return shortHash(`${INDEX_FORMAT}|${build}|${rules}`);
}

export class IndexCache {
  private readonly engine: string;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly context: ServerContext,
    private readonly index: WorkspaceIndex,
    /** True while a scan or the findings pass runs: they save once when they end. */
    private readonly busy: () => boolean,
  ) {
    this.engine = engineKey(context.files.buildStamp());
  }

  /** Puts the saved index in place; returns how many files it held (0 when there is none or it is unusable). */
  async load(): Promise<number> {
    const { files, connection } = this.context;
    try {
      const text = await files.readCache(CACHE_NAME);
      if (text === null) return 0;
      const entries = parsePersistedIndex(text, this.engine);
      if (entries.length) this.index.setAll(entries);
      return entries.length;
    } catch (error) {
      // Unreadable: the scan builds the index from scratch.
      connection.console.log(`Index: the cache in ${files.cacheLocation(CACHE_NAME) ?? 'storage'} was not used (${(error as Error).message}).`);
      return 0;
    }
  }

  /** Saves a couple of seconds after the last change. */
  schedule(): void {
    if (this.saveTimer || this.busy()) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, 2000);
  }

  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const { files, connection } = this.context;
    if (!files.cacheLocation(CACHE_NAME)) return;
    try {
      await files.writeCache(CACHE_NAME, serializeIndex(this.index, this.engine));
    } catch (error) {
      connection.console.log(`Index: could not save the cache to ${files.cacheLocation(CACHE_NAME)} (${(error as Error).message}).`);
    }
  }
}
