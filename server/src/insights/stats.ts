/**
 * The few statistics the insights need: order statistics of a sample and an exact binomial
 * tail. Pure; the binomial CDF is stdlib's (a regularised incomplete beta, exact to double
 * precision), not a normal approximation, because the samples here are small.
 */
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

/** The median of sorted numbers (the mean of the two middle ones for an even count), or null. */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (!n) return null;
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The q-quantile of sorted numbers by nearest rank (a value of the sample, never interpolated), or null. */
export function quantile(sorted: readonly number[], q: number): number | null {
  const n = sorted.length;
  if (!n) return null;
  const rank = Math.min(n, Math.max(1, Math.ceil(q * n)));
  return sorted[rank - 1];
}

/** P(X ≥ k) for X ~ Binomial(n, p): the chance of at least `k` of `n` at share `p`. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const tail = 1 - binomialCdf(k - 1, n, p);
  return Math.min(1, Math.max(0, tail));
}
