/**
 * Speed of the table formatter and the timeline parser on large documents. Loaded by
 * `npm run bench`; also runnable alone with `npx tsx test/bench/cases/timeline.ts`.
 * Numbers are reported, not asserted: the bench compares them against a baseline in the same run.
 */
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { formatTablesInRange } from '../../../server/src/analysis/authoring/table-format';
import { medianTime } from '../measure';

/** The median time of `runs` warmed-up calls, to a hundredth of a millisecond. */
const time = (fn: () => void, runs: number) => Math.round(medianTime(fn, runs) * 100) / 100;

/** A 2,000-row timeline table with uneven cells, some wide characters and an escaped pipe. */
export function bigTable(rows: number): string {
  const lines = ['# Incident', '', 'Date: 2026-03-01', '', '## Timeline', '', '|Time (UTC)|Event|Who|', '|:-|-|-:|'];
  for (let i = 0; i < rows; i++) {
    const minute = i % 1440;
    const stamp = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    lines.push(`|${stamp}| event ${i} ${'x'.repeat(i % 37)} ${i % 50 === 0 ? '障害 👍🏽' : ''}${i % 70 === 0 ? ' a \\| b' : ''}|${i % 3 ? 'ops' : 'on-call'}|`);
  }
  return lines.join('\n') + '\n';
}

export async function run(): Promise<Record<string, unknown>> {
  const text = bigTable(2000);
  const root = parseMarkdown(text);
  const settings = defaultSettings();
  return {
    format_2000_rows_ms: time(() => formatTablesInRange(text, root, 0, text.length), 15),
    parse_2000_rows_ms: time(() => parseMarkdown(text), 5),
    analyze_2000_rows_ms: time(() => analyzeDocument(text, 'postmortems/big.md', settings), 5),
  };
}

if (require.main === module) {
  void run().then((result) => console.log(JSON.stringify(result, null, 2)));
}
