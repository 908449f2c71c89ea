/**
 * Where the shared corpus of real post-mortems is: `../shared/corpus` beside the repository.
 * A user's clone has no such folder, so tests that read it skip, saying why.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'shared', 'corpus');

/** The corpus's post-mortem files (not its SOURCES.md), or [] when the folder is absent. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort();
}

export const CORPUS_ABSENT = 'skipped: ../shared/corpus (real post-mortems) is not present beside this clone';
