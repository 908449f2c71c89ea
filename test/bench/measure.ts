/** How the bench cases time their work: one run, the median of samples, the median of warmed-up runs. */

/** The median of samples (the upper one of an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The median milliseconds of `runs` calls of `fn`, after one call that warms it up. */
export function medianTime(fn: () => unknown, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(timeOnce(fn));
  return median(samples);
}
