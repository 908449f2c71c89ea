/** Entry point of the end-to-end suite: every `*.test.ts` in this folder (built to `*.test.js`). */
import { runMochaFiles } from './mocha-run';

export function run(): Promise<void> {
  return runMochaFiles(__dirname);
}
