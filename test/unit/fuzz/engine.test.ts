/**
 * The engine's properties with a fixed seed and a few thousand cases: part of `npm test`.
 * `npm run fuzz` runs the same properties with many more cases. A failure names the seed,
 * the path to replay it, and the shrunk input (fast-check puts them in the error).
 */
import fc from 'fast-check';
import { FIXED_SEED, seedFromEnvironment } from '../../fuzz/config';
import { corpusNote, PROPERTIES } from '../../fuzz/properties';

describe('engine properties (fast-check, fixed seed)', function () {
  // Stall detectors, not timings: a few thousand cases each, on a machine that may be shared.
  this.timeout(600000);
  const seed = seedFromEnvironment(FIXED_SEED);

  before(function () {
    // Said in the test output so a run without the corpus does not pass for one with it.
    console.log(`      seed ${seed}; ${corpusNote()}`);
  });

  for (const entry of PROPERTIES) {
    it(entry.name, function () {
      const property = entry.build(() => undefined);
      if (!property) this.skip();
      // No shrinking here: a slow counterexample shrunk step by step can hold the suite for many
      // minutes. The failure still prints its seed and path; \`npm run fuzz\` replays and shrinks it.
      fc.assert(property, { seed, numRuns: entry.runs, endOnFailure: true });
    });
  }
});
