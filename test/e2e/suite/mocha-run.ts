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
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (!files.length) return Promise.reject(new Error(`No end-to-end test files in ${dir}`));
  for (const file of files) mocha.addFile(join(dir, file));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}
