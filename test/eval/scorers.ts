/**
 * Further scorers of the accuracy benchmark, beside the core one in `score.ts` (sections, action
 * items, timelines, blame). Each adds rows to the table, misses on the tuned part and a block of
 * `eval-results.json`. Add one here to measure a new kind of reading against the labels.
 */
import { factsScorer } from './facts-scorer';
import { relatedScorer } from './related-scorer';
import type { DocumentLabels } from './labels';
import type { Reading } from './score';

export interface Scorer {
  /** The key of its block in `eval-results.json`. */
  name: string;
  /** Scores one document of the given part. */
  add(part: 'tuned' | 'heldOut', file: string, labels: DocumentLabels, reading: Reading): void;
  /** Table rows: name, tuned, held out, all, target. */
  rows(): string[][];
  /** Misses on the tuned part, as `file:line expected … got …`. */
  misses(): string[];
  /** Its figures for `eval-results.json`. */
  results(): unknown;
  /** Scores one document of the last column (our own documents, or the folder named with --own), when the scorer can. */
  addOwn?(file: string, labels: DocumentLabels, reading: Reading): void;
  /** The last column's cell of each row, in the order of `rows()`. */
  ownCells?(): string[];
  /** The last column's misses, as `file:line expected … got …`. */
  ownMisses?(): string[];
}

/** The scorers beyond the core one: the facts (kinds of action items, contributing factors, trigger), and related post-mortems on generated archives. */
export function extraScorers(): Scorer[] {
  return [factsScorer(), relatedScorer()];
}
