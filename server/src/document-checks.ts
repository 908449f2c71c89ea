/**
 * The checks of open documents: one incremental parser and one cached check per document, and
 * the one version-safe way to get "the analysed document for this URI" that every handler uses
 * (settings first, then the document as it is now, then its check).
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { carryFindings } from './analysis/engine/carry';
import { archiveFindings, check, withFindings, type CheckResult } from './analysis/engine/engine';
import type { Finding } from './analysis/base/findings';
import { IncrementalParser } from './analysis/parse/incremental';
import type { Settings } from './analysis/base/settings';
import type { SettingsProvider } from './settings-provider';
import type { ArchiveContext } from './similarity/types';

/**
 * How long a document must rest after a check before its archive findings are read again. While
 * it is typed, each version gets the last version's archive findings carried over (see
 * `carryFindings`), and the archive is queried once typing pauses: the query reads the document's
 * causes and text and compares them with every other post-mortem, too much for each keystroke.
 */
export const ARCHIVE_SETTLE_MS = 400;

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
  private readonly withArchive = new WeakMap<CheckResult, { generation: number; result: CheckResult; carried: boolean }>();
  /** Per open document, its archive findings as last given, with the text and settings they were for. */
  private readonly lastArchive = new Map<string, { text: string; settings: Settings; generation: number; findings: Finding[]; at: number }>();
  /** Per open document being typed, the query that waits for typing to pause. */
  private readonly settling = new Map<string, ReturnType<typeof setTimeout>>();
  /** Told when a document's archive findings, read again after typing paused, differ from those carried over; none: no carrying. */
  private archiveSettled: ((uri: string) => void) | undefined;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsProvider,
    private readonly pathFor: (uri: string) => string | undefined,
    private readonly now: () => Date,
    /** How long typing must pause before the archive is queried again, and the clock that says (tests set both). */
    private readonly settle: { ms: number; clock: () => number } = { ms: ARCHIVE_SETTLE_MS, clock: Date.now },
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

  /**
   * Lets a document being typed carry its archive findings from version to version, and query
   * the archive once typing pauses; `changed` is told when that query's findings differ from the
   * ones carried (the client should pull diagnostics again). Without it, every version queries.
   */
  carryArchiveWhileTyping(changed: (uri: string) => void): void {
    this.archiveSettled = changed;
  }

  /** Checks the current version of a document, reusing the last result when nothing changed, with the archive's findings added. */
  check(document: TextDocument, settings: Settings): CheckResult {
    const base = this.checkAlone(document, settings);
    const archive = base.doc?.model.isPostmortem ? this.archive?.(document.uri) : undefined;
    if (!archive) return base;
    const known = this.withArchive.get(base);
    if (known && known.generation === archive.generation) return known.result;
    const uri = document.uri;
    const last = this.lastArchive.get(uri);
    const text = document.getText();
    const at = this.settle.clock();
    if (this.archiveSettled && last && last.settings === settings && last.generation === archive.generation && at - last.at < this.settle.ms) {
      const findings = carryFindings(last.findings, last.text, text);
      const result = withFindings(base, findings);
      this.withArchive.set(base, { generation: archive.generation, result, carried: true });
      this.lastArchive.set(uri, { text, settings, generation: archive.generation, findings, at });
      this.settleLater(uri);
      return result;
    }
    const findings = archiveFindings(base, { path: this.pathFor(uri), settings, now: this.now(), archive, disableFixes: false });
    const result = withFindings(base, findings);
    // The query may have put this version into the archive: the generation after it is the one this result is for.
    const generation = this.archive?.(uri)?.generation ?? archive.generation;
    this.withArchive.set(base, { generation, result, carried: false });
    this.lastArchive.set(uri, { text, settings, generation, findings, at });
    return result;
  }

  /** Queries the archive for a typed document once it has rested, and says so when its findings moved. */
  private settleLater(uri: string): void {
    clearTimeout(this.settling.get(uri));
    const timer = setTimeout(() => {
      this.settling.delete(uri);
      const last = this.lastArchive.get(uri);
      const document = this.documents.get(uri);
      // A version not checked yet will be when the client pulls: that check queries, as typing has paused.
      if (!last || !document || !this.isChecked(document, last.settings)) return;
      const base = this.checkAlone(document, last.settings);
      const known = this.withArchive.get(base);
      if (!known?.carried) return;
      this.withArchive.delete(base);
      this.lastArchive.set(uri, { ...last, at: -Infinity });
      const fresh = this.check(document, last.settings);
      if (!sameFindings(archiveOnly(known.result, base), archiveOnly(fresh, base))) this.archiveSettled?.(uri);
    }, this.settle.ms);
    // A pending query must not keep a process alive that has nothing else to do.
    timer.unref?.();
    this.settling.set(uri, timer);
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
    this.lastArchive.delete(uri);
    clearTimeout(this.settling.get(uri));
    this.settling.delete(uri);
  }

  /** Drops every check (settings changed); the parsers keep their trees. */
  clear(): void {
    this.checks.clear();
  }
}

/** The findings a result adds to the check alone (the archive's). */
function archiveOnly(result: CheckResult, base: CheckResult): Finding[] {
  const own = new Set(base.findings);
  return result.findings.filter((f) => !own.has(f));
}

/** Same findings, as an editor shows them: rule, message, range, severity and related places. */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  const key = (f: Finding) => JSON.stringify([f.ruleId, f.message, f.start, f.end, f.severity, f.related ?? []]);
  return a.length === b.length && a.every((f, i) => key(f) === key(b[i]));
}
