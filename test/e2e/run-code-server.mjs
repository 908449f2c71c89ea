// Runs the end-to-end suite inside code-server's extension host (the real VS Code workbench),
// for machines that cannot download VS Code desktop. Usage:
//   node test/e2e/run-code-server.mjs            the suite against the source folder
//   node test/e2e/run-code-server.mjs --vsix F   the packaged checks against F, installed as users do
// Build first (npm run build, node test/e2e/build.mjs); `npm run test:e2e` does all of it.
// Prints the mocha output as it comes, and code-server's and the page's logs when something
// fails; exits with the suite's exit code (1 when it could not run at all).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tallySuiteLine } from './measures.mjs';
import {
  ROOT,
  SUITE_SETTINGS,
  copyWorkspace,
  followTests,
  installVsix,
  launchBrowser,
  makeScratch,
  requireTools,
  startCodeServer,
  stopOnSignals,
  toolVersions,
} from './code-server.mjs';

const SUITE_LIMIT_MS = 5 * 60_000;
const MARK = '[postmortem-e2e] ';

function parseArgs(argv) {
  const vsixAt = argv.indexOf('--vsix');
  return { vsix: vsixAt === -1 ? undefined : resolve(argv[vsixAt + 1] ?? '') };
}

async function main() {
  const { vsix } = parseArgs(process.argv.slice(2));
  requireTools();
  const suite = vsix ? 'packaged' : 'suite';
  const testsIndex = join(ROOT, 'test', 'e2e', 'out', suite, 'index.js');
  if (!existsSync(testsIndex)) throw new Error(`${testsIndex} is missing; build it with: node test/e2e/build.mjs`);
  if (!vsix && !existsSync(join(ROOT, 'client', 'out', 'extension.js'))) throw new Error('The extension is not built; run: npm run build');
  if (vsix && !existsSync(vsix)) throw new Error(`${vsix} does not exist; build it with: npm run package`);

  const started = Date.now();
  const scratch = makeScratch('postmortem-e2e', SUITE_SETTINGS);
  const workspace = copyWorkspace(scratch, join(ROOT, 'test', 'e2e', 'workspace'));
  console.log(`e2e: ${toolVersions()}; ${vsix ? `installed ${vsix}` : 'source folder'}; workspace ${workspace}`);
  if (vsix) console.log(`e2e: ${installVsix(scratch, vsix).split('\n').pop()}`);

  let server;
  let browser;
  const pageLog = [];
  const counts = { passing: 0, failing: 0, pending: 0 };
  let exitCode = 1;
  stopOnSignals('e2e', scratch, () => ({ server, browser }));
  try {
    server = await startCodeServer(scratch, { env: { POSTMORTEM_E2E_EXTENSIONS_DIR: scratch.extensions, POSTMORTEM_E2E_MARK: MARK } });
    const launched = await launchBrowser();
    browser = launched.browser;
    const page = launched.page;
    page.on('pageerror', (error) => pageLog.push(`[page error] ${error.stack ?? error.message}`));
    page.on('crash', () => pageLog.push('[page crashed]'));

    // Every workbench log line arrives here; the suite's own lines carry MARK, the rest is
    // kept and printed only when the run fails.
    const { finished } = await followTests(page, {
      what: 'the suite',
      limitMs: SUITE_LIMIT_MS,
      mark: MARK,
      onLine: (line) => {
        console.log(line);
        tallySuiteLine(line, counts);
      },
      onOther: (line) => pageLog.push(line),
    });
    // Tests run only in a window with a development extension. For the packaged checks that is
    // an empty harness, so the extension under test is the installed .vsix.
    const developmentPath = vsix ? join(ROOT, 'test', 'e2e', 'packaged', 'harness') : ROOT;
    const payload = [
      ['extensionDevelopmentPath', server.remote(developmentPath)],
      ['extensionTestsPath', server.remote(testsIndex)],
    ];
    await page.goto(server.url(workspace, payload));
    exitCode = await finished;
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.stack : error}`);
    exitCode = 1;
  } finally {
    if (exitCode !== 0) {
      console.error('e2e: --- code-server log ---');
      for (const line of server?.log ?? []) console.error(line);
      console.error('e2e: --- workbench page log ---');
      for (const line of pageLog) console.error(line);
    }
    await browser?.close().catch(() => undefined);
    server?.stop();
    if (exitCode === 0) scratch.remove();
    else console.error(`e2e: kept ${scratch.dir} for inspection`);
  }
  console.log(
    `e2e: ${vsix ? 'packaged checks' : 'suite'} ${exitCode === 0 ? 'passed' : `failed (exit ${exitCode})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`e2e: ${counts.passing} passed, ${counts.failing} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
  process.exitCode = exitCode;
}

main().catch((error) => {
  console.error(`e2e: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
