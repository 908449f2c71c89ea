/**
 * The blameless reader timed on one text: the fastest of three runs (after one to warm up), in
 * CPU time (`fastest`), so a busy machine's pauses do not count as the reader's cost. Used by
 * the tests that hold the reading linear on long and broken input.
 */
import { detectInText } from '../../server/src/analysis/model/blameless/index';
import { fastest } from './engine-properties';

export function timedDetect(text: string, people = { names: new Set<string>() }): { hits: ReturnType<typeof detectInText>; ms: number } {
  let hits = detectInText(text, people);
  const ms = fastest(() => {
    hits = detectInText(text, people);
  }, 3);
  return { hits, ms };
}
