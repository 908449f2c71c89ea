/**
 * One measure of `cases/pathological.ts`, in a worker thread the case can stop: the check of
 * one pattern at one size, and the bare parse of an ordinary post-mortem of the same length.
 */
import { parentPort, workerData } from 'node:worker_threads';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { check } from '../../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { PATHOLOGICAL, pathologicalDocument } from '../../support/pathological';
import { generatePostmortem } from '../generate';

const { name, size } = workerData as { name: string; size: number };
const bare = unified().use(remarkParse).use(remarkGfm).freeze();
const settings = defaultSettings();
const options = { path: 'postmortems/pathological.md', settings, disableFixes: false, now: new Date('2026-06-01T12:00:00Z') };

function fastest(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** An ordinary post-mortem of about `chars` characters. */
function ordinary(chars: number): string {
  let lines = Math.max(20, Math.round(chars / 45));
  let text = generatePostmortem({ lines, seed: 7 });
  lines = Math.max(20, Math.round((lines * chars) / text.length));
  text = generatePostmortem({ lines, seed: 7 });
  return text;
}

const pattern = PATHOLOGICAL.find((p) => p.name === name);
if (!pattern) throw new Error(`no pattern named ${name}`);
const text = pathologicalDocument(pattern, size);
const plain = ordinary(text.length);
// Warm up both paths on small inputs first.
for (let i = 0; i < 3; i++) {
  bare.parse(ordinary(20000));
  check(pathologicalDocument(pattern, 4000), options);
}
const parseMs = fastest(() => bare.parse(plain), 3);
parentPort!.postMessage({ parsed_ms: parseMs });
let outcome = '';
const ms = fastest(() => {
  const result = check(text, options);
  outcome = result.notice ? 'notice' : result.doc ? 'checked' : 'skipped';
}, 2);
parentPort!.postMessage({
  ms: Number(ms.toFixed(1)),
  ordinary_parse_ms: Number(parseMs.toFixed(1)),
  ratio: Number((ms / parseMs).toFixed(2)),
  outcome,
  rss_mb: Math.round(process.memoryUsage().rss / 1e6),
});
