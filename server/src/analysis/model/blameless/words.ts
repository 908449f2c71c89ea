/**
 * Small word tests shared by the blame forms: a word or a clause mark, forms of "be", the words
 * that join verb phrases, and the person classes that can be blamed. Everything else lives with
 * the one form that reads it.
 */
import { CLAUSE_MARKS } from './lexicon';
import type { PersonClass } from './people';
import type { Token } from './tokens';

/** Words that join a second verb phrase to the first one's subject ("Bob edited the file and broke it"). */
export const COORDINATORS = new Set(['and', 'but', 'then', 'or', 'yet']);

/** The classes of subject that name people. */
export const PERSON_CLASSES: ReadonlySet<PersonClass> = new Set(['named', 'individual', 'self', 'group', 'we', 'they']);

/** Forms of "be" and the linking verbs that work like it ("seemed", "looked"). */
export const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', "wasn't", "weren't", "isn't", "aren't", 'seemed', 'seems', 'looked', 'felt']);

/** True for a word token (not punctuation or a symbol). */
export function isWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word';
}

/** True for punctuation that bounds a clause: stops, dashes, brackets, quotation marks. */
export function isClauseMark(t: Token | undefined): boolean {
  return !!t && t.kind !== 'word' && CLAUSE_MARKS.has(t.raw);
}

/**
 * The index of the first of the next `limit` words from `from` that `test` accepts, in the same
 * clause (no clause mark or comma before it); -1 when there is none. "skip the staging checks",
 * "didn't notice it until …", "… by the load balancer": a word a few words on that changes the reading.
 */
export function wordInClause(t: readonly Token[], from: number, limit: number, test: (token: Token) => boolean): number {
  for (let k = from, words = 0; k < t.length && words < limit; k++) {
    if (!isWord(t[k])) {
      if (isClauseMark(t[k]) || t[k].raw === ',') return -1;
      continue;
    }
    words++;
    if (test(t[k])) return k;
  }
  return -1;
}
