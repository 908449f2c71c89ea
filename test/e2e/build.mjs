// Bundles the end-to-end suites for the extension host: each entry point (index.ts and every
// *.test.ts of a suite folder) becomes one CommonJS file in test/e2e/out/<suite>/. `vscode` comes
// from the host; mocha stays external and loads from the project's node_modules.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const SUITES = ['suite', 'packaged', 'walk'];

await Promise.all(
  SUITES.map((suite) => {
    const dir = join(here, suite);
    const entryPoints = readdirSync(dir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(dir, f));
    return esbuild.build({
      entryPoints,
      outdir: join(here, 'out', suite),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: 'inline',
      external: ['vscode', 'mocha'],
      logLevel: 'warning',
      mainFields: ['module', 'main'],
    });
  }),
);
