/** Runs the CLI's `main` in the test process (from `cwd` when given), capturing what it writes to stdout and stderr. */
import { main } from '../../server/src/cli/main';

export async function runCli(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  const before = process.cwd();
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  let out = '';
  let err = '';
  process.stdout.write = (chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  };
  process.stderr.write = (chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  };
  try {
    if (cwd) process.chdir(cwd);
    return { code: await main(args), out, err };
  } finally {
    process.chdir(before);
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}
