/**
 * The checks of open documents: one incremental parser and one cached check per document, and
 * the one version-safe way to get "the analysed document for this URI" that every handler uses
 * (settings first, then the document as it is now, then its check).
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addArchiveFindings, check, type CheckResult } from './analysis/engine/engine';
import { IncrementalParser } from './analysis/parse/incremental';
import type { Settings } from './analysis/base/settings';
import type { SettingsProvider } from './settings-provider';
import type { ArchiveContext } from './similarity/types';

interface CachedCheck {
  version: number;
  /** The text checked: a client that sends versions out of order can reuse a version number. */
  text: string;
  settings: Settings;
  result: CheckResult;
}

/** An open document's current version, its settings and its check. */
export interface Analysed {
  document: TextDocument;
  settings: Settings;
  result: CheckResult;
}

export class DocumentChecks {
  private readonly checks = new Map<string, CachedCheck>();
  /** One incremental parser per open document: an edit re-parses only the segments it touched. */
  private readonly parsers = new Map<string, IncrementalParser>();
  /** The archive for the rules that read it, by document; none until a feature provides it. */
  private archive: ((uri: string) => ArchiveContext | undefined) | undefined;
  /**
   * Each check with the archive's findings added, per archive generation: a change elsewhere in
   * the workspace costs the open document a query, not a check.
   */
  private readonly withArchive = new WeakMap<CheckResult, { generation: number; result: CheckResult }>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsProvider,
    private readonly pathFor: (uri: string) => string | undefined,
    private readonly now: () => Date,
  ) {}

  private parserFor(uri: string): IncrementalParser {
    let parser = this.parsers.get(uri);
    if (!parser) this.parsers.set(uri, (parser = new IncrementalParser()));
    return parser;
  }

  /** Sets where the archive rules get the archive from (see `ServerContext.setArchive`). */
  setArchive(provider: (uri: string) => ArchiveContext | undefined): void {
    this.archive = provider;
  }

  /** Checks the current version of a document, reusing the last result when nothing changed, with the archive's findings added. */
  check(document: TextDocument, settings: Settings): CheckResult {
    const base = this.checkAlone(document, settings);
    const archive = base.doc?.model.isPostmortem ? this.archive?.(document.uri) : undefined;
    if (!archive) return base;
    const known = this.withArchive.get(base);
    if (known && known.generation === archive.generation) return known.result;
    const result = addArchiveFindings(base, { path: this.pathFor(document.uri), settings, now: this.now(), archive, disableFixes: false });
    // The query may have put this version into the archive: the generation after it is the one this result is for.
    this.withArchive.set(base, { generation: archive.generation, result });
    return result;
  }

  /** The check of the document alone (no archive), cached per version and settings. */
  private checkAlone(document: TextDocument, settings: Settings): CheckResult {
    const cached = this.checks.get(document.uri);
    const text = document.getText();
    if (cached && cached.version === document.version && cached.text === text && cached.settings === settings) return cached.result;
    const parser = this.parserFor(document.uri);
    // The disable fixes are left out: each costs a parse, and the code action handler asks for them.
    const result = check(text, {
      path: this.pathFor(document.uri),
      settings,
      now: this.now(),
      parse: (t) => parser.parse(t),
      hazard: (t) => parser.hazard(t),
      disableFixes: false,
    });
    // A document closed while its settings loaded is not cached: nothing would ever remove it.
    if (this.documents.get(document.uri)) this.checks.set(document.uri, { version: document.version, text, settings, result });
    return result;
  }

  /** True when this version was checked with these settings already. */
  isChecked(document: TextDocument, settings: Settings): boolean {
    const cached = this.checks.get(document.uri);
    return !!cached && cached.version === document.version && cached.settings === settings;
  }

  /** Parses what changed in slices, so a cancellation is seen between them; what was parsed is kept. */
  prepare(document: TextDocument, cancelled: () => boolean): Promise<boolean> {
    return this.parserFor(document.uri).prepare(document.getText(), cancelled);
  }

  /**
   * The analysed document for a URI: its settings, then its newest version, then that version's
   * check. Null when the document is not open, or (with `version`) when it has moved on since.
   */
  async analysed(uri: string, version?: number): Promise<Analysed | null> {
    if (!this.documents.get(uri)) return null;
    const settings = await this.settings.forDocument(uri);
    const document = this.documents.get(uri);
    if (!document || (version !== undefined && document.version !== version)) return null;
    return { document, settings, result: this.check(document, settings) };
  }

  forget(uri: string): void {
    this.checks.delete(uri);
    this.parsers.delete(uri);
  }

  /** Drops every check (settings changed); the parsers keep their trees. */
  clear(): void {
    this.checks.clear();
  }
}
