/** Entry point of the checks run against the installed `.vsix` rather than the source folder. */
import { runMochaFiles } from '../suite/mocha-run';

export function run(): Promise<void> {
  return runMochaFiles(__dirname);
}
