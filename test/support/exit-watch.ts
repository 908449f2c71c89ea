/**
 * Root hook for every mocha run: once the last test has ended, nothing of ours should keep the
 * process alive. If something does (a server a test forgot to stop, a timer, a socket), the run
 * would wait for it without end and a CI job would time out with no word of why. So after the
 * run a timer that does not itself hold the process waits a while; if it fires, the process is
 * still alive for another reason: it names what is open and exits with the tests' own result.
 * With `POSTMORTEM_TRACE_HANDLES=1` it also says where each timer still pending was created.
 */
import { createHook } from 'node:async_hooks';

const GRACE_MS = 15_000;

/** Where each pending timer was created, when tracing is asked for. */
const timers = new Map<number, string>();
if (process.env.POSTMORTEM_TRACE_HANDLES === '1') {
  createHook({
    init(id, type) {
      if (type !== 'Timeout') return;
      const frames = (new Error().stack ?? '').split('\n').filter((line) => line.startsWith('    at ') && !/\(node:|exit-watch/.test(line));
      // mocha's own timers (a hook's time limit) are not ours to name.
      if (frames.some((line) => !line.includes('node_modules/mocha/'))) timers.set(id, frames.slice(0, 6).join('\n'));
    },
    destroy(id) {
      timers.delete(id);
    },
  }).enable();
}

export const mochaHooks = {
  afterAll(): void {
    setTimeout(() => {
      const open = process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap');
      process.stderr.write(
        `\nmocha: the tests ended ${GRACE_MS / 1000} s ago but the process is still held open by: ${open.join(', ') || 'nothing that Node names'}. ` +
          'A test left something running; exiting with the tests’ result.\n',
      );
      for (const stack of timers.values()) process.stderr.write(`a timer created\n${stack}\n`);
      process.exit();
    }, GRACE_MS).unref();
  },
};
