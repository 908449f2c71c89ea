// Runs the end-to-end suite in VS Code desktop through @vscode/test-electron, for machines that
// can download VS Code (these project machines cannot: they use run-code-server.mjs). Usage:
//   node test/e2e/run-electron.mjs            the suite against the source folder
//   node test/e2e/run-electron.mjs --vsix F   the packaged checks against F, installed as users do
// VSCODE_VERSION picks the VS Code build (default: stable). Build first: npm run test:e2e:electron.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { ROOT, SUITE_SETTINGS, copyWorkspace, makeScratch } from './scratch.mjs';

async function main() {
  const vsixAt = process.argv.indexOf('--vsix');
  const vsix = vsixAt === -1 ? undefined : resolve(process.argv[vsixAt + 1] ?? '');
  const testsIndex = join(ROOT, 'test', 'e2e', 'out', vsix ? 'packaged' : 'suite', 'index.js');
  if (!existsSync(testsIndex)) throw new Error(`${testsIndex} is missing; build it with: node test/e2e/build.mjs`);
  if (vsix && !existsSync(vsix)) throw new Error(`${vsix} does not exist; build it with: npm run package`);

  const vscodeExecutablePath = await downloadAndUnzipVSCode(process.env.VSCODE_VERSION ?? 'stable');
  const scratch = makeScratch('postmortem-e2e-electron', SUITE_SETTINGS);
  const workspace = copyWorkspace(scratch, join(ROOT, 'test', 'e2e', 'workspace'));
  if (vsix) {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const install = spawnSync(cli, [...cliArgs, '--extensions-dir', scratch.extensions, '--install-extension', vsix, '--force'], { encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`Installing ${vsix} failed (exit ${install.status}):\n${install.stdout}\n${install.stderr}`);
  }
  try {
    const code = await runTests({
      vscodeExecutablePath,
      // Tests run only in a window with a development extension. For the packaged checks that is
      // an empty harness, so the extension under test is the installed .vsix.
      extensionDevelopmentPath: vsix ? join(ROOT, 'test', 'e2e', 'packaged', 'harness') : ROOT,
      extensionTestsPath: testsIndex,
      extensionTestsEnv: { POSTMORTEM_E2E_EXTENSIONS_DIR: scratch.extensions },
      launchArgs: [
        workspace,
        '--user-data-dir',
        scratch.userData,
        '--extensions-dir',
        scratch.extensions,
        ...(vsix ? [] : ['--disable-extensions']),
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
    process.exitCode = code;
  } finally {
    if (!process.exitCode) scratch.remove();
  }
}

main().catch((error) => {
  console.error(`e2e (electron): ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
