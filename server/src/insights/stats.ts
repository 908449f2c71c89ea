/**
 * The few statistics the insights need: order statistics of a sample and an exact binomial
 * tail, not a normal approximation, because the samples here are small. The tail is summed
 * term by term from the side where the terms fall away, so it is exact to double precision
 * without a special-function library (stdlib's, which the tests compare it with, was some 80 KB
 * of the web bundle).
 */

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
  if (!(p >= 0 && p <= 1) || !Number.isInteger(n) || n < 0) return NaN;
  k = Math.ceil(k);
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  // Past the mode the terms fall from k upwards: sum the upper tail. Below it they fall from
  // k - 1 downwards: sum the lower tail and take it from 1, as a CDF would.
  if (k > Math.floor((n + 1) * p)) return Math.min(1, termsFrom(k, n, p, 1));
  return Math.min(1, Math.max(0, 1 - termsFrom(k - 1, n, p, -1)));
}

/** P(X = j) summed from `j` away from the mode (`step` 1 up to n, -1 down to 0), while the terms still count. */
function termsFrom(j: number, n: number, p: number, step: 1 | -1): number {
  const odds = step === 1 ? p / (1 - p) : (1 - p) / p;
  let term = 1;
  let sum = 1;
  for (let i = j; step === 1 ? i < n : i > 0; i += step) {
    term *= step === 1 ? ((n - i) / (i + 1)) * odds : (i / (n - i + 1)) * odds;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.exp(logProbability(j, n, p)) * sum;
}

/**
 * ln P(X = j) for X ~ Binomial(n, p), with 0 < p < 1, by Loader's saddle-point form (the one R's
 * dbinom uses): a sum of logarithms of the binomial coefficient would lose digits for large n.
 */
function logProbability(j: number, n: number, p: number): number {
  if (j === 0) return n * Math.log1p(-p);
  if (j === n) return n * Math.log(p);
  const lc = stirlingError(n) - stirlingError(j) - stirlingError(n - j) - deviance(j, n * p) - deviance(n - j, n * (1 - p));
  return lc - 0.5 * (Math.log(2 * Math.PI) + Math.log(j) + Math.log1p(-j / n));
}

/** ln(n!) - ((n + 1/2) ln n - n + ln √(2π)), for a whole n ≥ 1. */
function stirlingError(n: number): number {
  if (n <= 15) {
    // n! is exact in a double up to here, so the difference loses nothing that matters.
    let factorial = 1;
    for (let i = 2; i <= n; i++) factorial *= i;
    return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - 0.5 * Math.log(2 * Math.PI);
  }
  const nn = n * n;
  const [s0, s1, s2, s3, s4] = [1 / 12, 1 / 360, 1 / 1260, 1 / 1680, 1 / 1188];
  if (n > 500) return (s0 - s1 / nn) / n;
  if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
  if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
  return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

/** x ln(x / m) + m - x, summed as a series when x is near m, where the plain form cancels. */
function deviance(x: number, m: number): number {
  if (Math.abs(x - m) >= 0.1 * (x + m)) return x * Math.log(x / m) + m - x;
  let v = (x - m) / (x + m);
  let sum = (x - m) * v;
  let term = 2 * x * v;
  v *= v;
  for (let j = 1; j < 1000; j++) {
    term *= v;
    const next = sum + term / (2 * j + 1);
    if (next === sum) break;
    sum = next;
  }
  return sum;
}
