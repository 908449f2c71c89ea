// Bundles the end-to-end suites for the extension host: each entry point (index.ts and every
// *.test.ts of a suite folder) becomes one CommonJS file in test/e2e/out/<suite>/. `vscode` comes
// from the host; mocha stays external and loads from the project's node_modules.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const SUITES = ['suite', 'packaged', 'walk'];

/** The line prefix the runners pick the suite's output out of the workbench's log by. */
export const MARK = '[postmortem-e2e] ';

// The web suite runs in VS Code for the web's extension host, a browser worker: one bundle with
// mocha's browser build, no Node module (`node:assert` is a small stand-in), the environment the
// Node suites read from process.env fixed at build time.
const web = esbuild.build({
  entryPoints: [join(here, 'web', 'index.ts')],
  outfile: join(here, 'out', 'web', 'index.js'),
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode'],
  logLevel: 'warning',
  alias: { 'node:assert': join(here, 'web', 'assert.ts') },
  define: {
    'process.env.POSTMORTEM_E2E_MARK': JSON.stringify(MARK),
    'process.env.POSTMORTEM_E2E_GREP': JSON.stringify(process.env.POSTMORTEM_E2E_GREP ?? ''),
  },
});

await web;
await Promise.all(
  SUITES.map((suite) => {
    const dir = join(here, suite);
    const entryPoints = readdirSync(dir)
      .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
      .map((f) => join(dir, f));
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
