/**
 * `npm run fuzz`: runs every engine property with many cases (at least 100,000 in all) and a
 * new seed, printing progress and the totals. A failure prints the seed, the replay path and
 * the shrunk input; `FUZZ_SEED=<seed> npm run fuzz` replays it. `FUZZ_SCALE=0.1` runs fewer.
 */
import fc from 'fast-check';
import { seedFromEnvironment } from './config';
import { corpusNote, PROPERTIES } from './properties';

const MINIMUM_TOTAL = 100_000;

function main(): number {
  const seed = seedFromEnvironment(Date.now() % 2 ** 31);
  const scale = Number(process.env.FUZZ_SCALE ?? '1');
  const planned = PROPERTIES.reduce((sum, p) => sum + Math.ceil(p.fuzzRuns * scale), 0);
  process.stdout.write(`fuzz: seed ${seed}, ${planned} cases planned over ${PROPERTIES.length} properties; ${corpusNote()}\n`);
  if (scale >= 1 && planned < MINIMUM_TOTAL) throw new Error(`only ${planned} cases planned; the fuzz run must cover at least ${MINIMUM_TOTAL}`);
  const started = performance.now();
  let total = 0;
  let failures = 0;
  for (const entry of PROPERTIES) {
    const numRuns = Math.ceil(entry.fuzzRuns * scale);
    let done = 0;
    let lastReport = performance.now();
    const property = entry.build(() => {
      done++;
      if (performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        process.stdout.write(`  … ${done}/${numRuns}\n`);
      }
    });
    process.stdout.write(`\n${entry.name}\n`);
    if (!property) {
      process.stdout.write(`  skipped: ${entry.skipped ?? 'not available'}\n`);
      continue;
    }
    const t0 = performance.now();
    const details = fc.check(property, { seed, numRuns });
    total += details.numRuns;
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    if (details.failed) {
      failures++;
      process.stdout.write(`  FAILED after ${details.numRuns} cases (${seconds} s)\n${fc.defaultReportMessage(details)}\n`);
      if (details.errorInstance instanceof Error) process.stdout.write(`  error: ${details.errorInstance.message}\n`);
      process.stdout.write(`  replay: FUZZ_SEED=${seed} npm run fuzz  (seed ${details.seed}, path "${details.counterexamplePath}")\n`);
    } else {
      process.stdout.write(`  ok: ${details.numRuns} cases in ${seconds} s\n`);
    }
  }
  const minutes = ((performance.now() - started) / 60000).toFixed(1);
  process.stdout.write(`\nfuzz: ${total} cases in ${minutes} min, ${failures} failing propert${failures === 1 ? 'y' : 'ies'}, seed ${seed}\n`);
  return failures ? 1 : 0;
}

process.exitCode = main();
