// Bundles the client, the language server and the CLI into three CommonJS files.
// Everything the extension runs is bundled, so the .vsix ships no node_modules.
import { rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

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
  logLevel: 'warning',
  // ESM-only dependencies (the unified family) are converted to CommonJS here.
  mainFields: ['module', 'main'],
  // Some ESM dependencies read import.meta.url, which CommonJS output lacks: give it the bundle's own URL.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js' },
  // The insights dashboard's webview script: a browser bundle, no Node, no editor API.
  { bundle: true, platform: 'browser', target: 'es2022', format: 'iife', minify: true, sourcemap: !production, logLevel: 'warning', entryPoints: ['client/webview/main.ts'], outfile: 'client/out/webview/insights.js' },
];

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  // A production build writes no source maps: remove those a development build left, so none is packaged.
  if (production) for (const options of builds) rmSync(`${options.outfile}.map`, { force: true });
}
