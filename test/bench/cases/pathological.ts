/**
 * The cost of checking each pathological pattern (`test/support/pathological.ts`: the
 * CommonMark and cmark-gfm pathological suites, deep nesting, huge tables) as a ratio to the
 * bare parse of an ordinary post-mortem of the same length, at 100, 200 and 400 KB
 * (`BENCH_PATHOLOGICAL_SIZES=100,200` in KB, `BENCH_PATHOLOGICAL=backticks,nested` to pick
 * patterns by name). Targets: at most 10× at 200 KB, and the ratio at 400 KB at most 2.5× the
 * ratio at 100 KB (linear growth). Each measure runs in a worker thread that is stopped after
 * two minutes (or 40 ordinary parses on a busy machine), so a pattern that escaped the guard
 * shows as a time-out instead of a hang.
 * Loaded by `npm run bench`; also runnable alone with `npx tsx test/bench/cases/pathological.ts`.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PATHOLOGICAL } from '../../support/pathological';

const SIZES = (process.env.BENCH_PATHOLOGICAL_SIZES ?? '100,200,400').split(',').map((kb) => Number(kb) * 1024);
const TIMEOUT_MS = 120_000;

interface Measure {
  ms: number;
  ordinary_parse_ms: number;
  ratio: number;
  outcome: string;
  rss_mb: number;
}

function measure(name: string, size: number): Promise<Measure | { outcome: string }> {
  return new Promise((resolve) => {
    // A worker's entry point cannot be TypeScript: a line of JavaScript registers tsx, then loads it.
    const entry = `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, '..', 'workers', 'pathological-worker.ts'))});`;
    const worker = new Worker(entry, { eval: true, workerData: { name, size }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    let limit = TIMEOUT_MS;
    const stop = () => {
      void worker.terminate();
      resolve({ outcome: `timed out after ${Math.round(limit / 1000)} s` });
    };
    let timer = setTimeout(stop, limit);
    worker.on('message', (m: Measure | { parsed_ms: number }) => {
      clearTimeout(timer);
      if ('parsed_ms' in m) {
        // The ordinary parse is measured first: on a busy machine everything is slower, so the
        // check gets two minutes or 40 of those parses, whichever is longer.
        limit = Math.max(TIMEOUT_MS, 40 * m.parsed_ms);
        timer = setTimeout(stop, limit);
        return;
      }
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ outcome: `crashed: ${error.message.slice(0, 200)}` });
    });
  });
}

export async function run(): Promise<Record<string, unknown>> {
  const only = process.env.BENCH_PATHOLOGICAL?.split(',').filter(Boolean);
  const patterns = PATHOLOGICAL.filter((p) => !only || only.some((o) => p.name.includes(o)));
  const out: Record<string, unknown> = {};
  const failing: string[] = [];
  for (const pattern of patterns) {
    const row: Record<string, unknown> = {};
    const ratios: number[] = [];
    for (const size of SIZES) {
      const m = await measure(pattern.name, size);
      row[`${size / 1024}KB`] = m;
      if ('ratio' in m) ratios.push(m.ratio);
    }
    const at200 = (row['200KB'] as Measure | undefined)?.ratio;
    // A ratio that rounds to 0 (a binary file noticed at once) has no growth to speak of.
    const growth = ratios.length === SIZES.length && SIZES.length > 1 && ratios[0] > 0 ? ratios[ratios.length - 1] / ratios[0] : null;
    row.growth = growth === null ? null : Number(growth.toFixed(2));
    const ok =
      ratios.length === SIZES.length && (at200 === undefined || at200 <= 10) && (growth === null || SIZES[SIZES.length - 1] / SIZES[0] !== 4 || growth <= 2.5);
    if (!ok) failing.push(pattern.name);
    const shown = SIZES.map((s) => {
      const m = row[`${s / 1024}KB`] as Measure | { outcome: string };
      return 'ratio' in m ? `${m.ratio}× (${m.outcome})` : m.outcome;
    });
    process.stderr.write(`  ${pattern.name}: ${shown.join(', ')}${ok ? '' : '  <- over target'}\n`);
    out[pattern.name] = row;
  }
  return {
    note: 'check time of each pattern in a post-mortem ÷ bare parse of an ordinary post-mortem of the same length; targets: ≤ 10× at 200 KB, ratio at 400 KB ≤ 2.5× the ratio at 100 KB',
    over_target: failing,
    patterns: out,
  };
}

if (require.main === module) {
  void run().then((r) => console.log(JSON.stringify(r, null, 2)));
}
