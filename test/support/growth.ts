/**
 * Speed checks as ratios within one run, never as wall-clock limits: the machines that run the
 * tests are shared, and a test that says "under two seconds" fails whenever a neighbour is busy.
 * `growth` times an input of size 8n against one of size n, in CPU time, so linear work gives
 * about 8 and quadratic work about 64, however loaded the machine is.
 */
import { strict as assert } from 'node:assert';
import { fastest } from './engine-properties';

/** The bound a ratio of 8n over n must stay under: linear work gives about 8; quadratic about 64. */
export const LINEAR = 24;

/**
 * The time a test that measures growth is given. Such a test times the same work a dozen times
 * over, and on a machine shared with other runs it can outlast mocha's default limit while its
 * ratio is fine; each test would otherwise have to remember to raise its own limit.
 */
export const GROWTH_TIMEOUT_MS = 120_000;

/** The test now running, as the root hook below sees it, so `growth` can raise its time limit. */
let running: Mocha.Runnable | undefined;

/** Root hook (this file is in `.mocharc.json`'s `require`): notes each test before it runs. */
export const mochaHooks = {
  beforeEach(this: Mocha.Context): void {
    running = this.currentTest;
  },
};

/** Raises the running test's limit to `GROWTH_TIMEOUT_MS`, never lowers it (0 means no limit). */
function allowGrowthTime(): void {
  const limit = running?.timeout();
  if (running && limit !== undefined && limit !== 0 && limit < GROWTH_TIMEOUT_MS) running.timeout(GROWTH_TIMEOUT_MS);
}

/**
 * Time for `8n` over time for `n`, in CPU time (`fastest`: a busy machine's other processes do
 * not count). `n` starts at `start` and doubles until one run takes `minMs`, so fixed costs do
 * not hide how the work grows; each measure then repeats the run until the small input has had
 * 20 ms, so timer resolution and a collection now and then stay small beside it.
 */
export function growth<T>(make: (n: number) => T, run: (input: T) => void, start: number, minMs = 5): number {
  allowGrowthTime();
  let n = start;
  let small = make(n);
  run(small);
  while (fastest(() => run(small), 3) < minMs && n < start * 4096) {
    n *= 2;
    small = make(n);
  }
  const large = make(8 * n);
  run(large);
  const once = fastest(() => run(small), 3);
  const repeats = Math.max(1, Math.ceil(20 / Math.max(0.01, once)));
  const measure = (input: T) =>
    fastest(() => {
      for (let i = 0; i < repeats; i++) run(input);
    }, 1);
  // Quadratic work is slow on every try; a collection or a cold cache slows some. The two sizes
  // are timed in turn, and each keeps its fastest time over up to twelve rounds.
  let largeMs = Infinity;
  let smallMs = Infinity;
  for (let i = 0; i < 12 && (i < 3 || largeMs / smallMs >= LINEAR); i++) {
    largeMs = Math.min(largeMs, measure(large));
    smallMs = Math.min(smallMs, measure(small));
  }
  return largeMs / smallMs;
}

/**
 * Fails, saying what grew, when 8 times the input takes more than `LINEAR` times the work.
 * `make(n)` builds the input of size `n` (repeat the hostile unit `n` times); `start` is a size
 * that already shows the shape of the input.
 */
export function assertLinear<T>(what: string, make: (n: number) => T, run: (input: T) => void, start = 64, minMs = 5): void {
  const ratio = growth(make, run, start, minMs);
  assert.ok(ratio < LINEAR, `${what}: 8× the input took ${ratio.toFixed(1)}× the time (linear work takes about 8×)`);
}
