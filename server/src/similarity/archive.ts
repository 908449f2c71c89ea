/**
 * The similarity index: every post-mortem of an archive in a MiniSearch full-text index (BM25 over
 * title, summary, root cause and impact), kept up to date one entry at a time, and a "more like
 * this" query that adds agreement on services, contributing-factor categories and trigger. Every
 * result says why: the shared terms and the fields they occur in, and the facts both agree on.
 * Pure (no Node, no editor): the server, the command line and a web worker use it alike.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { isConcept, isPhrase, termsOf, type Term } from './terms';
import {
  TEXT_FIELDS,
  type ArchiveContext,
  type Explanation,
  type IncidentEntry,
  type RelatedIncident,
  type RelatedOptions,
  type SharedTerm,
  type TextField,
} from './types';

/**
 * How much each part of the score weighs (they add up to 1). The words carry most of it; the
 * facts only reorder what the words already found, since two incidents of one service with
 * different causes are not the same incident; categories weigh as little as the rest, since a few
 * of them (a design weakness) cover many unrelated causes. Measured with `npm run eval` (related part).
 */
export const WEIGHTS = { text: 0.85, services: 0.05, categories: 0.05, trigger: 0.05 } as const;

/** Field boosts of the word ranking: the root cause says most about which incident this was. */
const BOOST: Record<TextField, number> = { title: 1, summary: 1, rootCause: 3, impact: 0.25 };

/** The query is the document's most distinctive terms, not all of them: bounded cost, and the common words only add noise. */
const QUERY_TERMS = 12;
const MAX_LIMIT = 50;
/** Field texts whose terms are kept: the four fields of the last few versions of a document. */
const RECENT_TEXTS = 32;
/** Shared terms named in an explanation. */
const EXPLAINED_TERMS = 8;

interface Indexed {
  entry: IncidentEntry;
  key: string;
  /** Distinct terms with their count in this entry, each occurrence weighted by its field's boost, and the words they were written as. */
  counts: Map<string, number>;
  surface: Map<string, string>;
}

type Doc = { id: string } & Record<TextField, string>;

/** The related post-mortems of an archive, for the editor, the command line and the rules. */
export class RelatedIndex {
  private readonly search = new MiniSearch<Doc>({
    fields: [...TEXT_FIELDS],
    storeFields: [],
    // The terms are made by `termsOf` (kept for the texts seen last): MiniSearch gets them as they are.
    tokenize: (text) => this.termsOf(text).map((t) => t.term),
    processTerm: (term) => term,
    autoVacuum: false,
  });
  private readonly entries = new Map<string, Indexed>();
  /** Documents each term occurs in (any field): the rarity that picks a query's distinctive terms. */
  private readonly documentFrequency = new Map<string, number>();
  private changes = 0;
  /**
   * The terms of the field texts seen last. An entry's texts are cut into terms when it is added
   * and again when it is removed; the document being edited is replaced after each edit, and
   * only the field that changed is cut again.
   */
  private readonly recentTerms = new Map<string, Term[]>();

  private termsOf(text: string): Term[] {
    let terms = this.recentTerms.get(text);
    if (terms) return terms;
    terms = termsOf(text);
    if (this.recentTerms.size >= RECENT_TEXTS) this.recentTerms.delete(this.recentTerms.keys().next().value!);
    this.recentTerms.set(text, terms);
    return terms;
  }

  get generation(): number {
    return this.changes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The archive as the rules see it when checking the document `id`. */
  forDocument(id: string): ArchiveContext {
    return { documentId: id, generation: this.generation, related: (query, options) => this.related(query, options) };
  }

  get(id: string): IncidentEntry | undefined {
    return this.entries.get(id)?.entry;
  }

  values(): IncidentEntry[] {
    return [...this.entries.values()].map((e) => e.entry);
  }

  /** Adds an entry or replaces the one with its id; false (and nothing done) when it is unchanged. */
  upsert(entry: IncidentEntry): boolean {
    const key = JSON.stringify(entry);
    const known = this.entries.get(entry.id);
    if (known?.key === key) return false;
    if (known) this.drop(known);
    const counts = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const field of TEXT_FIELDS) {
      for (const { term, surface: written } of this.termsOf(entry.text[field])) {
        // A word counts as much as the field it is in weighs: a root cause's words say more than an impact's.
        counts.set(term, (counts.get(term) ?? 0) + BOOST[field]);
        if (!surface.has(term)) surface.set(term, written);
      }
    }
    for (const term of counts.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    this.entries.set(entry.id, { entry, key, counts, surface });
    this.search.add({ id: entry.id, ...pick(entry) });
    this.changes++;
    return true;
  }

  /** Removes an entry; false when there was none. */
  remove(id: string): boolean {
    const known = this.entries.get(id);
    if (!known) return false;
    this.drop(known);
    this.entries.delete(id);
    this.changes++;
    return true;
  }

  private drop(known: Indexed): void {
    for (const term of known.counts.keys()) {
      const n = (this.documentFrequency.get(term) ?? 1) - 1;
      if (n > 0) this.documentFrequency.set(term, n);
      else this.documentFrequency.delete(term);
    }
    // An exact removal (MiniSearch reads the fields again to find the postings). Its cheaper
    // `discard` cleans postings lazily, during later searches, so two searches of the same archive
    // could rank differently.
    this.search.remove({ id: known.entry.id, ...pick(known.entry) });
  }

  /**
   * The query's most distinctive terms, weighted by (field-weighted) count and rarity (TF-IDF):
   * with `shared`, only those some other entry also uses (they find the others); without, any
   * (they measure the document itself, so a document that shares one word with another is not
   * taken for its twin).
   */
  private queryTerms(query: Indexed, shared: boolean): Map<string, number> {
    const n = this.entries.size;
    const weighted: [string, number][] = [];
    for (const [term, count] of query.counts) {
      const df = this.documentFrequency.get(term) ?? 0;
      if (shared && df < 2) continue;
      weighted.push([term, Math.log(1 + count) * Math.log(1 + n / df)]);
    }
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return new Map(weighted.slice(0, QUERY_TERMS));
  }

  /**
   * The entries most like `query`, best first. The query is added to the index first (or
   * replaces its older version there), so its own words count in the rarity of terms and its
   * own score is the yardstick the word part of every score is measured against.
   */
  related(query: IncidentEntry, options: RelatedOptions = {}): RelatedIncident[] {
    this.upsert(query);
    const self = this.entries.get(query.id)!;
    const limit = Math.max(0, Math.min(options.limit ?? 5, MAX_LIMIT));
    if (!limit || this.entries.size < 2) return [];
    const terms = this.queryTerms(self, true);
    if (!terms.size) return [];
    const own = this.queryTerms(self, false);
    const hits = this.search.search([...new Set([...terms.keys(), ...own.keys()])].join(' '), {
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      boost: BOOST,
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => Math.log(1 + (self.counts.get(term) ?? 1)),
    });
    const yardstick = hits.find((h) => h.id === query.id)?.score ?? 0;
    if (yardstick <= 0) return [];
    // Every hit is scored (cheap); only the ones returned are explained.
    const facts = { services: folded(self.entry.services), categories: folded(self.entry.categories), trigger: self.entry.trigger?.toLowerCase() ?? null };
    const scored: { hit: SearchResult; other: Indexed; parts: Explanation['parts']; score: number }[] = [];
    for (const hit of hits) {
      if (hit.id === query.id) continue;
      const other = this.entries.get(hit.id as string);
      if (!other) continue;
      if (options.before !== undefined && (!options.before || !other.entry.day || other.entry.day >= options.before)) continue;
      const parts = {
        text: Math.round(Math.sqrt(Math.min(1, hit.score / yardstick)) * 1000) / 1000,
        services: overlap(facts.services, other.entry.services),
        categories: overlap(facts.categories, other.entry.categories),
        trigger: facts.trigger !== null && other.entry.trigger?.toLowerCase() === facts.trigger ? 1 : 0,
      };
      const score =
        Math.round(
          (WEIGHTS.text * parts.text + WEIGHTS.services * parts.services + WEIGHTS.categories * parts.categories + WEIGHTS.trigger * parts.trigger) * 1000,
        ) / 1000;
      if (score < (options.minScore ?? 0)) continue;
      scored.push({ hit, other, parts, score });
    }
    scored.sort((a, b) => b.score - a.score || (a.other.entry.id < b.other.entry.id ? -1 : 1));
    return scored.slice(0, limit).map(({ hit, other, parts, score }) => ({ entry: other.entry, score, why: explain(self, other, hit, terms, parts) }));
  }
}

/** A list folded to lower case, as a set. */
function folded(list: readonly string[]): Set<string> {
  return new Set(list.map((x) => x.toLowerCase()));
}

/** The Jaccard overlap of a folded set and a list (0 when either is empty). */
function overlap(left: Set<string>, list: readonly string[]): number {
  if (!left.size || !list.length) return 0;
  const right = folded(list);
  let shared = 0;
  for (const x of right) if (left.has(x)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The items of `list` that `other` also has, compared without case, as `list` writes them. */
function sharedOf(list: readonly string[], other: readonly string[]): string[] {
  const right = folded(other);
  return [...new Map(list.map((x) => [x.toLowerCase(), x])).entries()].filter(([k]) => right.has(k)).map(([, v]) => v);
}

/** Why `other` matched: its shared terms by weight (a phrase hides the words it is made of), and the facts both give. */
function explain(self: Indexed, other: Indexed, hit: SearchResult, terms: Map<string, number>, parts: Explanation['parts']): Explanation {
  const matched = Object.entries(hit.match as Record<string, string[]>)
    .filter(([term]) => terms.has(term))
    .sort((a, b) => (terms.get(b[0]) ?? 0) - (terms.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1));
  const covered = new Set<string>();
  const chosen: [string, string[]][] = [];
  for (const [term, fields] of matched) {
    if (chosen.length >= EXPLAINED_TERMS) break;
    if (covered.has(term)) continue;
    if (isPhrase(term)) for (const part of term.split('_')) covered.add(part);
    chosen.push([term, fields]);
  }
  // A word chosen before the phrase that covers it goes too: the phrase says it better.
  const shared: SharedTerm[] = [];
  const said = new Set<string>();
  for (const [term, fields] of chosen) {
    if (!isPhrase(term) && covered.has(term)) continue;
    const mine = self.surface.get(term) ?? term;
    // A concept both tell in other words shows both ("password / secret"); in the same word, it is that word once.
    const theirs = isConcept(term) ? other.surface.get(term) : undefined;
    const text = theirs && theirs !== mine ? `${mine} / ${theirs}` : mine;
    if (said.has(text)) continue;
    said.add(text);
    shared.push({ text, fields: TEXT_FIELDS.filter((f) => fields.includes(f)) });
  }
  const trigger = parts.trigger ? other.entry.trigger : null;
  return {
    terms: shared,
    services: sharedOf(self.entry.services, other.entry.services),
    categories: sharedOf(self.entry.categories, other.entry.categories),
    trigger,
    parts,
  };
}

function pick(entry: IncidentEntry): Record<TextField, string> {
  const { title, summary, rootCause, impact } = entry.text;
  return { title, summary, rootCause, impact };
}
