/**
 * The one seeded generator of made-up data (mulberry32: small and fast), so that a seed gives
 * the same documents on every machine: the benchmark's generator, the related-post-mortems
 * archive of the evaluation and `npm run generate:archive` all draw from it.
 */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
