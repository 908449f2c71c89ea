/**
 * Runs the mocha test files that sit beside the built entry point, inside the extension host.
 * Both runners (code-server and @vscode/test-electron) load an `index.js` that calls this.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * In code-server the workbench's own log and the suite's output arrive on one channel; the
 * runner sets this variable and keeps the lines that start with it (see run-code-server.mjs).
 */
const MARK = process.env.POSTMORTEM_E2E_MARK;

export function runMochaFiles(dir: string): Promise<void> {
  if (MARK) Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(MARK + format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000 });
  // POSTMORTEM_E2E_GREP narrows a run to matching tests while working on one of them.
  const grep = process.env.POSTMORTEM_E2E_GREP;
  if (grep) mocha.grep(grep);
  // The insights dashboard's suite copies the example archive into the workspace, whose own
  // post-mortems the other suites count: it runs last, so no copy can reach them.
  const LAST = 'insights-dashboard.test.js';
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => Number(a === LAST) - Number(b === LAST) || (a < b ? -1 : a > b ? 1 : 0));
  if (!files.length) return Promise.reject(new Error(`No end-to-end test files in ${dir}`));
  for (const file of files) mocha.addFile(join(dir, file));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
      // Each failure at once, not only in the summary: a suite stopped by the runner's time limit has none.
      runner.on('fail', (test, error: Error) => Mocha.reporters.Base.consoleLog(`      failed at once: ${test.fullTitle()}: ${error.stack ?? error.message}`));
    } catch (error) {
      reject(error);
    }
  });
}
