/**
 * The shapes of "related post-mortems": what the similarity index keeps per post-mortem, what a
 * query returns, and the archive context a rule may read. Plain data, no imports, so the rules'
 * types, the engine and the index can all name them without depending on each other.
 */

/** The words of a post-mortem that similarity reads, one string per field, each bounded in length. */
export interface IncidentText {
  title: string;
  summary: string;
  rootCause: string;
  impact: string;
  /** Zero-based line of the root-cause heading, or null when the document has no such section. */
  rootCauseLine: number | null;
}

/** The fields similarity ranks on, in the order explanations list them. */
export const TEXT_FIELDS = ['title', 'summary', 'rootCause', 'impact'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** One post-mortem as the similarity index keeps it: its words, its facts and its follow-up. */
export interface IncidentEntry {
  /** The document's URI (unique in an archive). */
  id: string;
  title: string | null;
  /** The incident's calendar day (yyyy-mm-dd), from its metadata date or the timeline's start; null when unknown. */
  day: string | null;
  text: IncidentText;
  services: string[];
  /** Contributing-factor categories (explicit or inferred). */
  categories: string[];
  trigger: string | null;
  /** The post-mortem's action items: how many, how many are still open, and the latest due date among them. */
  items: { total: number; open: number; latestDue: string | null };
}

/** A phrase or word both post-mortems use, and the fields of the other one it occurs in. */
export interface SharedTerm {
  /** As written in the post-mortem the query came from ("connection pool"). */
  text: string;
  fields: TextField[];
}

/** Why two post-mortems are similar: the words they share, field by field, and the facts they agree on. */
export interface Explanation {
  /** The shared words and phrases that weighed most, heaviest first (at most eight). */
  terms: SharedTerm[];
  services: string[];
  categories: string[];
  trigger: string | null;
  /** How much of the score each part gave: the words (0–1 before weighting) and each kind of agreement. */
  parts: { text: number; services: number; categories: number; trigger: number };
}

/** One related post-mortem: who it is, how similar (0–1) and why. */
export interface RelatedIncident {
  entry: IncidentEntry;
  score: number;
  why: Explanation;
}

/** How a query is narrowed. */
export interface RelatedOptions {
  /** At most this many results (default 5, at most 50). */
  limit?: number;
  /** Only results with at least this score (default 0). */
  minScore?: number;
  /** Only post-mortems of incidents that happened before this day (yyyy-mm-dd). */
  before?: string | null;
}

/**
 * The archive as a rule sees it: the other post-mortems of the workspace (or of the folder the
 * command line checks), asked for the ones most like a document. The LSP edge and the CLI build
 * it from the index summaries and pass it to the engine; rules never build one.
 */
export interface ArchiveContext {
  /** Changes whenever an entry is added, changed or removed. */
  readonly generation: number;
  /** The id (URI) the checked document has in the archive: a query with this id replaces its older version there. */
  readonly documentId: string;
  /** The post-mortems most like `query` (never `query` itself), best first. */
  related(query: IncidentEntry, options?: RelatedOptions): RelatedIncident[];
}
