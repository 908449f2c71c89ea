// Bundles the client, the language server and the CLI for Node, and the client and the language
// server again for the web (VS Code for the web runs the client in a browser worker extension
// host, and the server in a web worker of its own). Everything the extension runs is bundled,
// so the .vsix ships no node_modules.
import { readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { webPackages } from './scripts/web-bundle.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  // The licence notices of the bundled packages go to a file beside each bundle
  // (`<bundle>.LEGAL.txt`, packaged with it) rather than into the code the editor loads:
  // in the web build they would be some 65 KB of every download.
  legalComments: 'external',
  logLevel: 'warning',
  // ESM-only dependencies (the unified family) are converted to CommonJS here.
  mainFields: ['module', 'main'],
  // Some ESM dependencies read import.meta.url, which CommonJS output lacks: give it the bundle's own URL.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // Pattern literals with a Unicode property escape (`/^\p{Lu}/u`) stay literals. For a `node20`
  // target esbuild would otherwise write each as `new RegExp("…", "u")` (its table holds early
  // Node 20 releases short of the newest Unicode tests), which a function then builds again on
  // every call: some 90 patterns of the reading, several per sentence. Every Node 20 reads these
  // escapes (Node 10 did), and the pattern is the same one, so what it matches is unchanged.
  supported: { 'regexp-unicode-property-escapes': true },
};

/**
 * The web bundles: no Node built-in is available. Paths in the server are POSIX paths of the
 * workspace URIs there, so `node:path` becomes path-browserify; anything else from Node fails the
 * build (the lint zones keep the analysis core free of it).
 * @type {import('esbuild').BuildOptions}
 */
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  alias: { 'node:path': 'path-browserify', path: 'path-browserify' },
  // Characters outside ASCII (entity names, typographic quotes in word lists) as themselves, not as
  // \uXXXX escapes: 7 KB less of the worker. Workers and the web extension host always decode
  // scripts as UTF-8, and the program is the same (re-printed with escapes, both bundles are
  // byte-identical to the escaped build).
  charset: 'utf8',
  define: { 'import.meta.url': 'importMetaUrl', POSTMORTEM_BUILD: JSON.stringify(String(Date.now())) },
  banner: { js: 'var importMetaUrl = self.location.href;' },
  // js-yaml without its writer, the named character references packed into one string, and
  // parse-latin's expressions with their characters as themselves (scripts/web-bundle.mjs).
  plugins: [webPackages],
};

/**
 * The web bundles count against a size budget (1.5 MB together, test/e2e/budgets.mjs), so a
 * production build minifies them once more with terser, the minifier webpack and VS Code's web
 * extension samples ship with: its compressor joins statements, inlines constants and drops what
 * cannot run, which esbuild's minifier leaves (about 25 KB of the two, 2%). Its default options are
 * the safe ones (no `unsafe` rewrites), with a second pass, which compresses what the first one
 * made compressible. (`unsafe_arrows` would save 16 KB more by writing function expressions as
 * arrows; it is left out: it is the same program only while no such function is called with `new`
 * or has its `prototype` read, which nothing here could keep true as the packages change.) The web
 * end-to-end tests run the result from the .vsix. Characters outside ASCII stay themselves, as
 * `charset: 'utf8'` left them. The Node bundles are not size-bound and stay esbuild's alone.
 * @param {string} code a web bundle as esbuild minified it
 * @returns {Promise<string>}
 */
export async function compressWebBundle(code) {
  const result = await minify(code, {
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { ascii_only: false, comments: false },
  });
  if (result.code === undefined) throw new Error('terser returned no code');
  return result.code;
}

/** Every bundle, as esbuild builds it (test/unit/web-bundle.test.ts builds the web ones again, in memory). */
export const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js' },
  { ...web, entryPoints: ['client/src/browser.ts'], outfile: 'client/out/browser.js', format: 'cjs', external: ['vscode'] },
  // A worker has no DOM: packages that ship a DOM flavour for browsers (micromark's entity
  // decoder) must give their worker one.
  { ...web, entryPoints: ['server/src/browser/main.ts'], outfile: 'server/out/browser.js', format: 'iife', conditions: ['worker'] },
  // The insights dashboard's webview script: a browser bundle, no Node, no editor API. It draws
  // the charts (ECharts), which the language server and its web worker leave out.
  {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    sourcemap: !production,
    legalComments: 'external',
    logLevel: 'warning',
    entryPoints: ['client/webview/main.ts'],
    outfile: 'client/out/webview/insights.js',
  },
];

// Imported (by a test), it only lists the builds.
const run = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));

if (!run) {
  // Nothing to build.
} else if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  // A production build writes no source maps: remove those a development build left, so none is packaged.
  if (production) for (const options of builds) rmSync(`${options.outfile}.map`, { force: true });
  if (production)
    for (const options of builds.filter((b) => b.platform === 'browser' && b.outfile.endsWith('/browser.js')))
      writeFileSync(options.outfile, await compressWebBundle(readFileSync(options.outfile, 'utf8')));
}
