/**
 * Speed of a related-incidents query: the document being edited (500 generated lines) against a
 * 2,000-post-mortem archive, as the server answers the Related Post-Mortems view and the
 * recurring-incident rule after an edit (the document's entry replaced, then the query), as a
 * ratio to the bare parse of the same document. Target: at most 0.05. Also the cost of building
 * the archive, and the same query on 5,000 post-mortems. Loaded by `npm run bench`; also
 * runnable alone with `npx tsx test/bench/cases/related.ts`.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { RelatedIndex } from '../../../server/src/similarity/archive';
import { entryFromDocument } from '../../../server/src/similarity/entry';
import type { IncidentEntry } from '../../../server/src/similarity/types';
import { generateArchive, toEntry } from '../../eval/related-archive';
import { generatePostmortem } from '../generate';
import { medianTime as time } from '../measure';

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Times the query after an edit of the root cause: each run is a new version, which replaces the document's entry first. */
function queryMs(index: RelatedIndex, entry: IncidentEntry, runs: number): number {
  let edit = 0;
  return time(() => {
    edit++;
    index.related({ ...entry, text: { ...entry.text, rootCause: `${entry.text.rootCause} Edit ${'x'.repeat(edit % 7)}${edit}.` } }, { limit: 10 });
  }, runs);
}

export async function run(): Promise<Record<string, unknown>> {
  const settings = defaultSettings();
  const text = generatePostmortem({ lines: 500, seed: 7 });
  const parser = unified().use(remarkParse).use(remarkGfm);
  const parseMs = time(() => parser.parse(text), 15);

  // The archive's entries straight from the generated parts (reading 2,000 documents is the
  // index's cost, measured by the index case); building the similarity index from them is timed.
  const archive = generateArchive(2000, 5).map(toEntry);
  const index = new RelatedIndex();
  const built = performance.now();
  for (const entry of archive) index.upsert(entry);
  const buildMs = performance.now() - built;

  const doc = analyzeDocument(text, 'postmortems/edited.md', settings);
  const entry = entryFromDocument('file:///edited.md', doc, settings);
  const query2000 = queryMs(index, entry, 40);
  // The entry of the edited document itself (its words and facts), from the checked version.
  const entryMs = time(() => entryFromDocument('file:///edited.md', doc, settings), 40);

  const big = new RelatedIndex();
  for (const g of generateArchive(5000, 6)) big.upsert(toEntry(g));
  const query5000 = queryMs(big, entry, 20);

  return {
    related_parse_500_lines_ms: round(parseMs, 2),
    related_query_2000_ms: round(query2000),
    related_query_2000_ratio: round(query2000 / parseMs),
    related_entry_500_lines_ms: round(entryMs),
    related_query_and_entry_2000_ratio: round((query2000 + entryMs) / parseMs),
    related_query_5000_ms: round(query5000),
    related_query_5000_ratio: round(query5000 / parseMs),
    related_build_2000_ms: Math.round(buildMs),
    related_target_ratio: 0.05,
  };
}

if (require.main === module) {
  void run().then((result) => console.log(JSON.stringify(result, null, 2)));
}
