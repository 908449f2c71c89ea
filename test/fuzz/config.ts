/** The seed `npm test` uses, so a failure there fails the same way on every machine. */
export const FIXED_SEED = 20260519;

/** The seed for this run: `FUZZ_SEED` when set (to replay a failure), else `fallback`. */
export function seedFromEnvironment(fallback: number): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === '') return fallback;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not "${raw}"`);
  return seed;
}
