/**
 * The incremental parser alone, in this process: a first parse cut into segments against one
 * whole parse of the same text, and the parse after a one-character edit.
 */
import { IncrementalParser } from '../../../server/src/analysis/parse/incremental';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { generatePostmortem } from '../generate';
import { median, timeOnce as time } from '../measure';

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const lines of [500, 5000]) {
    const text = generatePostmortem({ lines, seed: lines });
    const n = lines <= 500 ? 15 : 5;
    const whole: number[] = [];
    const segmented: number[] = [];
    const edits: number[] = [];
    let segments = 0;
    for (let i = 0; i < n + 1; i++) {
      const w = time(() => parseMarkdown(text));
      const parser = new IncrementalParser();
      const s = time(() => parser.parse(text));
      segments = parser.stats.segments;
      const at = text.indexOf('\n', Math.floor(text.length / 2));
      const e = time(() => parser.parse(`${text.slice(0, at)}x${text.slice(at)}`));
      if (i === 0) continue;
      whole.push(w);
      segmented.push(s);
      edits.push(e);
    }
    out[String(lines)] = {
      segments,
      whole_parse_ms: Number(median(whole).toFixed(2)),
      segmented_first_parse_ms: Number(median(segmented).toFixed(2)),
      edit_parse_ms: Number(median(edits).toFixed(2)),
    };
  }
  return out;
}
