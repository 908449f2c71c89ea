/**
 * Insights benchmark, on archives written by `scripts/generate-archive.ts` (seeded):
 * - insights for a 2,000-post-mortem index vs the cold index of the same files (the outline
 *   scan and the findings pass, which reads the facts the insights count): target ≤ 5%;
 * - the HTML report for those 2,000: its size (target ≤ 3 MB) and the time to write it;
 * - 5,000 documents: the index's heap and the process's resident memory once indexed, and the
 *   heap the report adds while it is computed; every document is counted or listed as left out.
 * Run alone with `BENCH_CASES=insights npm run bench` or `npx tsx test/bench/cases/insights.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeInsights } from '../../../server/src/insights/compute';
import { formatHtml } from '../../../server/src/insights/html';
import { WorkspaceIndex } from '../../../server/src/workspace/index-core';
import { Indexer } from '../../../server/src/workspace/indexer';
import { generateArchive, writeArchive } from '../../../scripts/generate-archive';
import { diskIndexerHost } from '../disk-index';
import { median } from '../measure';

const TODAY = '2026-11-30';
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1024 / 1024);

const host = (root: string) => diskIndexerHost(root, new Date(`${TODAY}T12:00:00Z`));

async function indexed(count: number): Promise<{ index: WorkspaceIndex; ms: number; root: string; bytes: number }> {
  const root = mkdtempSync(join(tmpdir(), 'pm-bench-insights-'));
  const bytes = writeArchive(root, generateArchive(count, 7, TODAY));
  const index = new WorkspaceIndex();
  const indexer = new Indexer(index, host(root));
  const started = performance.now();
  await indexer.scan();
  await indexer.checkPending();
  return { index, ms: performance.now() - started, root, bytes };
}

const options = { today: TODAY, timeZone: 'UTC', followUpPolicy: { SEV1: 28, SEV2: 45 } };

export async function run(): Promise<Record<string, unknown>> {
  // Warm up the analysis and the insights on a small archive, so neither pays for JIT warm-up alone.
  const warm = await indexed(100);
  computeInsights(warm.index.values(), options);
  rmSync(warm.root, { recursive: true, force: true });

  const two = await indexed(2000);
  let report = computeInsights(two.index.values(), options);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    report = computeInsights(two.index.values(), options);
    times.push(performance.now() - started);
  }
  const insightsMs = median(times);
  let started = performance.now();
  const html = formatHtml(report);
  const htmlMs = performance.now() - started;
  const htmlBytes = Buffer.byteLength(html);
  const json = JSON.stringify(report);
  rmSync(two.root, { recursive: true, force: true });

  // 5,000 documents: memory once indexed, and what the report adds.
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const five = await indexed(5000);
  global.gc?.();
  const afterIndex = process.memoryUsage();
  started = performance.now();
  const big = computeInsights(five.index.values(), options);
  const bigMs = performance.now() - started;
  const afterReport = process.memoryUsage();
  const accounted = big.incidents.length + big.excluded.length;
  const postmortems = [...five.index.values()].filter((s) => s.isPostmortem).length;
  rmSync(five.root, { recursive: true, force: true });

  const out = {
    files: 2000,
    archiveMb: mb(two.bytes),
    coldIndexMs: round(two.ms),
    insightsMs: round(insightsMs),
    insightsOverColdIndex: round(insightsMs / two.ms, 4),
    insightsTarget: 0.05,
    htmlMs: round(htmlMs),
    htmlMb: round(htmlBytes / 1e6, 2),
    htmlTargetMb: 3,
    jsonMb: round(Buffer.byteLength(json) / 1e6, 2),
    fiveThousand: {
      files: 5000,
      archiveMb: mb(five.bytes),
      coldIndexMs: round(five.ms),
      insightsMs: round(bigMs),
      indexHeapMb: mb(afterIndex.heapUsed - heapBefore),
      rssMb: mb(afterIndex.rss),
      reportHeapMb: mb(afterReport.heapUsed - afterIndex.heapUsed),
      counted: big.incidents.length,
      leftOut: big.excluded.length,
      everyPostmortemAccounted: accounted === postmortems,
      gcExposed: typeof global.gc === 'function',
    },
  };
  console.log(
    `insights: 2,000 post-mortems (${out.archiveMb} MB): cold index ${out.coldIndexMs} ms, insights ${out.insightsMs} ms = ${out.insightsOverColdIndex}× (target ≤ 0.05); ` +
      `HTML ${out.htmlMb} MB in ${out.htmlMs} ms (target ≤ 3 MB); 5,000: index heap ${out.fiveThousand.indexHeapMb} MB, RSS ${out.fiveThousand.rssMb} MB, ` +
      `insights ${out.fiveThousand.insightsMs} ms (+${out.fiveThousand.reportHeapMb} MB heap), ${out.fiveThousand.counted} counted + ${out.fiveThousand.leftOut} left out`,
  );
  return out;
}

if (require.main === module) {
  run().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
