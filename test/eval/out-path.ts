/**
 * Where `npm run eval -- --out FILE` writes. npm runs the script from the package's folder and
 * keeps the folder it was started from in INIT_CWD, so a relative FILE is taken from there (the
 * user's current directory), and an absolute one as it is. Without --out, the results go to
 * `eval-results.json` in the package's folder, as before.
 */
import { resolve } from 'node:path';

export function outputPath(out: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (out === undefined) return resolve(cwd, 'eval-results.json');
  return resolve(env.INIT_CWD || cwd, out);
}
