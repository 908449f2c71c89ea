/**
 * The similarity index: the words of every post-mortem of an archive (title, summary, root cause
 * and impact) in postings per field, ranked with BM25, kept up to date one entry and one changed
 * field at a time, and a "more like this" query that adds agreement on services,
 * contributing-factor categories and trigger. Every result says why: the shared terms and the
 * fields they occur in, and the facts both agree on.
 * Pure (no Node, no editor): the server, the command line and a web worker use it alike.
 */
import { isConcept, isPhrase, termsOf } from './terms';
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
export const BOOST: Record<TextField, number> = { title: 1, summary: 1, rootCause: 3, impact: 0.25 };

/**
 * BM25+ as MiniSearch scores it (its defaults: term saturation `k`, length normalisation `b`,
 * a floor `d` for any match), the ranking this index was first built on; a test ranks an archive
 * with both and finds the same scores.
 */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** The query is the document's most distinctive terms, not all of them: bounded cost, and the common words only add noise. */
const QUERY_TERMS = 12;
const MAX_LIMIT = 50;
/** Shared terms named in an explanation. */
const EXPLAINED_TERMS = 8;

/** The terms of one field of an entry: how often each occurs, and the word it was first written as. */
interface FieldTerms {
  text: string;
  counts: Map<string, number>;
  surface: Map<string, string>;
}

interface Indexed {
  entry: IncidentEntry;
  key: string;
  /** The terms of each field, in the order of `TEXT_FIELDS`. */
  fields: FieldTerms[];
  /** The length of each field for BM25: its number of distinct terms (kept beside the terms, as the scoring loop reads it for every posting). */
  lengths: number[];
  /**
   * Distinct terms with their count in this entry, each occurrence weighted by its field's boost
   * (a word counts as much as the field it is in weighs: a root cause's words say more than an
   * impact's); made when the entry is a query (`weightedCounts`), and dropped when a field changes.
   */
  counts: Map<string, number> | null;
  /** The facts, folded once here rather than at every query that meets this entry. */
  services: Set<string>;
  categories: Set<string>;
  trigger: string | null;
  /** A query's running sums for this entry (see `scores`): no map per query or per term. */
  scratch: { term: number; pending: number; sum: number; matched: number };
}

const FIELD_BOOSTS = TEXT_FIELDS.map((f) => BOOST[f]);

/** The terms of an empty field (and of a field before its entry is added). */
const EMPTY_FIELD: FieldTerms = { text: '', counts: new Map(), surface: new Map() };

/** The related post-mortems of an archive, for the editor, the command line and the rules. */
export class RelatedIndex {
  private readonly entries = new Map<string, Indexed>();
  /** For each term, per field, the entries that use it there and how often. */
  private readonly postings = new Map<string, (Map<Indexed, number> | undefined)[]>();
  /** The lengths of each field summed over the archive (for BM25's average length). */
  private readonly totalLength = TEXT_FIELDS.map(() => 0);
  /** Documents each term occurs in (any field): the rarity that picks a query's distinctive terms. */
  private readonly documentFrequency = new Map<string, number>();
  /** The stem of each word met, so that a field cut into terms again after an edit is not stemmed again. */
  private readonly stems = new Map<string, string>();
  private changes = 0;
  /** Numbers each term of each query, for the entries' scratch sums. */
  private terms = 0;

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

  private fieldTerms(text: string): FieldTerms {
    const counts = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const { term, surface: written } of termsOf(text, this.stems)) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      if (!surface.has(term)) surface.set(term, written);
    }
    return { text, counts, surface };
  }

  /**
   * Adds an entry or replaces the one with its id; false (and nothing done) when it is unchanged.
   * A replaced entry keeps the terms of the fields whose text did not change, and of an edited
   * field only the terms whose count changed are posted again: after an edit of the document
   * being written, that is the edited field's cut into terms and a few postings.
   */
  upsert(entry: IncidentEntry): boolean {
    const key = JSON.stringify(entry);
    const known = this.entries.get(entry.id);
    if (known?.key === key) return false;
    const facts = { services: folded(entry.services), categories: folded(entry.categories), trigger: entry.trigger?.toLowerCase() ?? null };
    let indexed = known;
    if (indexed) Object.assign(indexed, { entry, key, ...facts });
    else {
      indexed = { entry, key, fields: [], lengths: [], counts: null, ...facts, scratch: { term: 0, pending: 0, sum: 0, matched: 0 } };
      this.entries.set(entry.id, indexed);
    }
    for (let i = 0; i < TEXT_FIELDS.length; i++) {
      const text = entry.text[TEXT_FIELDS[i]];
      if (indexed.fields[i]?.text !== text) this.refield(indexed, i, this.fieldTerms(text));
    }
    this.changes++;
    return true;
  }

  /** Removes an entry; false when there was none. */
  remove(id: string): boolean {
    const known = this.entries.get(id);
    if (!known) return false;
    for (let i = 0; i < TEXT_FIELDS.length; i++) this.refield(known, i, EMPTY_FIELD);
    this.entries.delete(id);
    this.changes++;
    return true;
  }

  /**
   * Gives field `i` of an entry new terms: the postings, the rarity of terms and the field lengths
   * follow, for the terms whose count changed.
   */
  private refield(indexed: Indexed, i: number, field: FieldTerms): void {
    const old = indexed.fields[i] ?? EMPTY_FIELD;
    for (const term of old.counts.keys()) {
      // A term the field keeps is posted again below if its count changed.
      if (field.counts.has(term)) continue;
      this.unpost(indexed, i, term);
      // The entry stops using the term unless another of its fields has it.
      if (!inOtherField(indexed, i, term)) this.forget(term);
    }
    for (const [term, n] of field.counts) {
      const before = old.counts.get(term);
      if (before === n) continue;
      if (before === undefined && !inOtherField(indexed, i, term)) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      let perField = this.postings.get(term);
      if (!perField) this.postings.set(term, (perField = TEXT_FIELDS.map(() => undefined)));
      (perField[i] ??= new Map()).set(indexed, n);
    }
    indexed.fields[i] = field;
    indexed.lengths[i] = field.counts.size;
    indexed.counts = null;
    this.totalLength[i] += field.counts.size - old.counts.size;
  }

  /** One document fewer uses `term`. */
  private forget(term: string): void {
    const n = (this.documentFrequency.get(term) ?? 1) - 1;
    if (n > 0) this.documentFrequency.set(term, n);
    else this.documentFrequency.delete(term);
  }

  /** Takes an entry out of the postings of `term` in field `i`. */
  private unpost(indexed: Indexed, i: number, term: string): void {
    const perField = this.postings.get(term);
    const posting = perField?.[i];
    if (!perField || !posting) return;
    posting.delete(indexed);
    if (!posting.size) {
      perField[i] = undefined;
      if (perField.every((p) => !p)) this.postings.delete(term);
    }
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
    for (const [term, count] of weightedCounts(query)) {
      const df = this.documentFrequency.get(term) ?? 0;
      if (shared && df < 2) continue;
      weighted.push([term, Math.log(1 + count) * Math.log(1 + n / df)]);
    }
    return new Map(best(weighted, QUERY_TERMS, (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  }

  /**
   * The BM25 score of every entry that uses one of `terms`, each term boosted by how much the
   * query uses it, each field by its boost, and the sum times the number of terms matched (as
   * MiniSearch scores an OR query: the same additions in the same order, so the same numbers).
   * The sums run in each entry's scratch: an entry's sum for the term being scored is added to
   * its total when a later term meets it, or at the end.
   */
  private scores(self: Indexed, terms: readonly string[]): { other: Indexed; score: number }[] {
    const n = this.entries.size;
    const average = this.totalLength.map((total) => total / n);
    const { k, b, d } = BM25;
    const counts = weightedCounts(self);
    const first = this.terms + 1;
    const met: Indexed[] = [];
    for (const term of terms) {
      const perField = this.postings.get(term);
      if (!perField) continue;
      const mark = ++this.terms;
      const termBoost = Math.log(1 + (counts.get(term) ?? 1));
      for (let i = 0; i < perField.length; i++) {
        const posting = perField[i];
        if (!posting) continue;
        const matching = posting.size;
        const rarity = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
        const weight = termBoost * FIELD_BOOSTS[i];
        for (const [other, tf] of posting) {
          const length = other.lengths[i];
          const score = weight * (rarity * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / average[i]))));
          const scratch = other.scratch;
          if (scratch.term === mark) scratch.pending += score;
          else {
            if (scratch.term >= first) {
              scratch.sum += scratch.pending;
              scratch.matched++;
            } else {
              scratch.sum = 0;
              scratch.matched = 0;
              met.push(other);
            }
            scratch.term = mark;
            scratch.pending = score;
          }
        }
      }
    }
    return met.map((other) => {
      const scratch = other.scratch;
      return { other, score: (scratch.sum + scratch.pending) * (scratch.matched + 1) };
    });
  }

  /**
   * The entries most like `query`, best first. The query is added to the index first (or
   * replaces its older version there), so its own words count in the rarity of terms and its
   * own score is the yardstick the word part of every score is measured against.
   */
  related(query: IncidentEntry, options: RelatedOptions = {}): RelatedIncident[] {
    this.upsert(query);
    const self = this.entries.get(query.id)!;
    const limit = Math.floor(Math.max(0, Math.min(options.limit ?? 5, MAX_LIMIT)));
    if (!limit || this.entries.size < 2) return [];
    const terms = this.queryTerms(self, true);
    if (!terms.size) return [];
    const own = this.queryTerms(self, false);
    const hits = this.scores(self, [...new Set([...terms.keys(), ...own.keys()])]);
    const yardstick = hits.find((h) => h.other === self)?.score ?? 0;
    if (yardstick <= 0) return [];
    // Every hit is scored (cheap, from facts folded at upsert), the best kept as they come; only
    // the ones returned are explained. A hit whose words leave it behind the last one kept even
    // with every fact in agreement is passed over before its facts are compared.
    const kept: Scored[] = [];
    const minScore = options.minScore ?? 0;
    for (const { other, score: hit } of hits) {
      if (other === self) continue;
      if (options.before !== undefined && (!options.before || !other.entry.day || other.entry.day >= options.before)) continue;
      const text = Math.round(Math.sqrt(Math.min(1, hit / yardstick)) * 1000) / 1000;
      if (kept.length === limit && combined(text, 1, 1, 1) < kept[limit - 1].score) continue;
      const parts = {
        text,
        services: overlap(self.services, other.services),
        categories: overlap(self.categories, other.categories),
        trigger: self.trigger !== null && other.trigger === self.trigger ? 1 : 0,
      };
      const score = combined(parts.text, parts.services, parts.categories, parts.trigger);
      if (score < minScore) continue;
      insert(kept, limit, { other, parts, score }, byScore);
    }
    return kept.map(({ other, parts, score }) => ({ entry: other.entry, score, why: explain(self, other, terms, parts) }));
  }
}

interface Scored {
  other: Indexed;
  parts: Explanation['parts'];
  score: number;
}

/** Best first; among equals, by id. */
const byScore = (a: Scored, b: Scored): number => b.score - a.score || (a.other.entry.id < b.other.entry.id ? -1 : 1);

/** The score of a related post-mortem from its parts (0–1 each), to three decimals; never lower when a part is higher. */
function combined(text: number, services: number, categories: number, trigger: number): number {
  return Math.round((WEIGHTS.text * text + WEIGHTS.services * services + WEIGHTS.categories * categories + WEIGHTS.trigger * trigger) * 1000) / 1000;
}

/**
 * Puts `item` into `kept` (at most `limit` items, in the order of `compare`) if it belongs
 * among the first `limit`. With a total order, the items kept are those a full sort would put first.
 */
function insert<T>(kept: T[], limit: number, item: T, compare: (a: T, b: T) => number): void {
  if (kept.length === limit && compare(item, kept[limit - 1]) >= 0) return;
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(kept[middle], item) <= 0) low = middle + 1;
    else high = middle;
  }
  kept.splice(low, 0, item);
  if (kept.length > limit) kept.pop();
}

/** The first `limit` of `items` in the order of `compare` (a total order), without sorting them all. */
function best<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (limit > 0) for (const item of items) insert(kept, limit, item, compare);
  return kept;
}

/** True when a field of the entry other than field `i` has `term`. */
function inOtherField(indexed: Indexed, i: number, term: string): boolean {
  for (let j = 0; j < indexed.fields.length; j++) if (j !== i && indexed.fields[j]?.counts.has(term)) return true;
  return false;
}

/** The entry's field-weighted counts of its terms (sums of quarters, so exact whatever the order). */
function weightedCounts(indexed: Indexed): Map<string, number> {
  if (indexed.counts) return indexed.counts;
  const counts = new Map<string, number>();
  indexed.fields.forEach((field, i) => {
    for (const [term, n] of field.counts) counts.set(term, (counts.get(term) ?? 0) + n * FIELD_BOOSTS[i]);
  });
  return (indexed.counts = counts);
}

/** The word a term was first written as in an entry (its fields in order). */
function surfaceOf(indexed: Indexed, term: string): string | undefined {
  for (const field of indexed.fields) {
    const written = field.surface.get(term);
    if (written !== undefined) return written;
  }
  return undefined;
}

/** A list folded to lower case, as a set. */
function folded(list: readonly string[]): Set<string> {
  return new Set(list.map((x) => x.toLowerCase()));
}

/** The Jaccard overlap of two folded sets (0 when either is empty). */
function overlap(left: Set<string>, right: Set<string>): number {
  if (!left.size || !right.size) return 0;
  let shared = 0;
  for (const x of right) if (left.has(x)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The items of `list` that `other` also has, compared without case, as `list` writes them. */
function sharedOf(list: readonly string[], other: readonly string[]): string[] {
  const right = folded(other);
  return [...new Map(list.map((x) => [x.toLowerCase(), x])).entries()].filter(([k]) => right.has(k)).map(([, v]) => v);
}

/**
 * Why `other` matched: its shared terms by weight (a phrase hides the words it is made of), with
 * the fields of `other` they occur in, and the facts both give.
 */
function explain(self: Indexed, other: Indexed, terms: Map<string, number>, parts: Explanation['parts']): Explanation {
  const matched: [string, TextField[]][] = [];
  for (const term of terms.keys()) {
    const fields = TEXT_FIELDS.filter((_, i) => other.fields[i].counts.has(term));
    if (fields.length) matched.push([term, fields]);
  }
  matched.sort((a, b) => (terms.get(b[0]) ?? 0) - (terms.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1));
  const covered = new Set<string>();
  const chosen: [string, TextField[]][] = [];
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
    const mine = surfaceOf(self, term) ?? term;
    // A concept both tell in other words shows both ("password / secret"); in the same word, it is that word once.
    const theirs = isConcept(term) ? surfaceOf(other, term) : undefined;
    const text = theirs && theirs !== mine ? `${mine} / ${theirs}` : mine;
    if (said.has(text)) continue;
    said.add(text);
    shared.push({ text, fields });
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
