/**
 * Related post-mortems at the LSP edge: keeps the similarity index (`similarity/`) in step with
 * the workspace index, one changed file at a time; gives it to the checks of open documents as
 * their archive (for `recurring-incident`); answers `postmortem/related`; puts a lens over the
 * root-cause heading ("Similar to 3 earlier incidents"); and announces changes with
 * `postmortem/relatedChanged`, refreshing lenses and, when a finding changed, diagnostics.
 */
import { CodeLensRefreshRequest, type CodeLens } from 'vscode-languageserver';
import { sectionsOfKind } from '../analysis/model/facts/passages';
import { RelatedChangedNotification, RelatedRequest, type RelatedInfo } from '../protocol';
import { RECURRING_THRESHOLD } from '../rules/recurring-incident';
import { RelatedIndex } from '../similarity/archive';
import { describeWhy } from '../similarity/describe';
import { entryFromDocument, entryFromSummary } from '../similarity/entry';
import type { IncidentEntry, RelatedIncident } from '../similarity/types';
import type { IndexChange } from '../workspace/index-core';
import type { CodeLensInput, CodeLensProvider } from './code-lens';
import type { Feature, ServerContext } from './context';

/** How long after a change of the index the view, the lenses and the findings hear of it. */
const SETTLE_MS = 300;

class RelatedService {
  readonly related = new RelatedIndex();
  /** The entry id (URI) of each indexed path, to remove it when the file goes. */
  private readonly idByPath = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  /** The recurring-incident messages each open document was last given, to refresh diagnostics only when one changes. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly context: ServerContext) {
    const index = context.workspaceIndex;
    for (const summary of index.values()) this.take(summary.path);
    index.onChange((change) => this.follow(change));
    context.setArchive((uri) => this.related.forDocument(this.idFor(uri)));
    context.connection.onRequest(RelatedRequest.type, (params) => this.answer(params));
    context.documents.onDidClose(({ document }) => this.closed(document.uri));
  }

  /**
   * A document's words as typed leave the archive when it is closed (each query put them there):
   * a file the index reads goes back to its entry on disk, anything else (an untitled draft, a
   * file outside the post-mortem folders) goes, so a draft closed without saving is no "earlier
   * incident" of the next document checked.
   */
  private closed(uri: string): void {
    this.shown.delete(uri);
    const path = this.context.files.pathOf(uri);
    const changed = path !== null && this.context.workspaceIndex.get(path) ? this.take(path) : this.related.remove(this.idFor(uri));
    if (changed) this.schedule();
  }

  /**
   * The id a document has in the archive: the URI the index gave its file (so the editor's
   * spelling of the same file's URI does not make a second entry), or its own for other schemes.
   */
  idFor(uri: string): string {
    const path = this.context.files.pathOf(uri);
    if (path === null) return uri;
    return this.context.workspaceIndex.get(path)?.uri ?? this.context.files.uriOf(path);
  }

  /** Brings one path's entry in line with its summary; true when that changed the archive. */
  private take(path: string): boolean {
    const summary = this.context.workspaceIndex.get(path);
    const entry = summary ? entryFromSummary(summary) : null;
    if (entry) {
      this.idByPath.set(path, entry.id);
      return this.related.upsert(entry);
    }
    const id = this.idByPath.get(path);
    this.idByPath.delete(path);
    return id !== undefined && this.related.remove(id);
  }

  private follow(change: IndexChange): void {
    let changed = false;
    for (const path of change.changed) changed = this.take(path) || changed;
    for (const path of change.removed) changed = this.take(path) || changed;
    if (changed) this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.announce(), SETTLE_MS);
  }

  /** Tells the client, refreshes lenses, and asks for diagnostics again when an open document's finding changed. */
  private async announce(): Promise<void> {
    const { connection, documents } = this.context;
    void connection.sendNotification(RelatedChangedNotification.type, { archiveSize: this.related.size });
    if (this.context.initializeParams()?.capabilities.workspace?.codeLens?.refreshSupport)
      void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    let refresh = false;
    for (const document of documents.all()) {
      const analysed = await this.context.analysed(document.uri);
      if (!analysed) continue;
      const messages = analysed.result.findings
        .filter((f) => f.ruleId === 'recurring-incident')
        .map((f) => f.message)
        .join('\n');
      if ((this.shown.get(document.uri) ?? '') !== messages) refresh = true;
      this.shown.set(document.uri, messages);
    }
    if (refresh) this.context.refreshDiagnostics();
  }

  /** The entry of an open post-mortem as it is in the editor, or null. */
  async queryFor(uri: string): Promise<IncidentEntry | null> {
    const analysed = await this.context.analysed(uri);
    const doc = analysed?.result.doc;
    if (!analysed || !doc || !doc.model.isPostmortem) return null;
    return entryFromDocument(this.idFor(uri), doc, analysed.settings);
  }

  private async answer(params: RelatedRequest.Params): Promise<RelatedRequest.Result> {
    const query = await this.queryFor(params.uri);
    if (!query) return { items: [], isPostmortem: false, archiveSize: this.related.size };
    const limit = Math.max(1, Math.min(params.limit ?? 10, 50));
    const items = this.related.related(query, { limit }).map((r) => info(r, query));
    return { items, isPostmortem: true, archiveSize: this.related.size };
  }
}

/** A result as the protocol carries it. */
function info(r: RelatedIncident, query: IncidentEntry): RelatedInfo {
  const { entry, why } = r;
  return {
    uri: entry.id,
    title: entry.title,
    date: entry.day,
    score: r.score,
    earlier: !!entry.day && !!query.day && entry.day < query.day,
    why: describeWhy(why),
    terms: why.terms,
    services: why.services,
    categories: why.categories,
    trigger: why.trigger,
    openItems: entry.items.open,
    totalItems: entry.items.total,
    line: entry.text.rootCauseLine ?? 0,
  };
}

/** The lens over the root-cause heading: how many earlier post-mortems are as similar as `recurring-incident` asks. */
function relatedLens(service: RelatedService, { uri, doc, settings }: CodeLensInput): CodeLens[] {
  const section = sectionsOfKind(doc, 'root-cause')[0];
  if (!section) return [];
  const query = entryFromDocument(service.idFor(uri), doc, settings);
  const minScore = (settings.rules['recurring-incident']?.options.minScore as number | undefined) ?? RECURRING_THRESHOLD;
  const similar = service.related.related(query, { before: query.day ?? '9999-12-31', minScore, limit: 50 });
  if (!similar.length) return [];
  const position = doc.lines.positionAt(section.heading.start);
  const title = `Similar to ${similar.length} earlier incident${similar.length === 1 ? '' : 's'}`;
  return [{ range: { start: position, end: position }, command: { title, command: 'postmortem.related.focus' } }];
}

/** The feature and its lens provider, which reads the similarity index the feature keeps (one per server). */
export function relatedFeatures(): { feature: Feature; lens: CodeLensProvider } {
  let service: RelatedService | undefined;
  return {
    feature: {
      register(context) {
        service = new RelatedService(context);
      },
    },
    lens: (input) => (service ? relatedLens(service, input) : []),
  };
}
