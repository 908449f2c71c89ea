/**
 * Root hook for every mocha run: once the last test has ended, nothing of ours should keep the
 * process alive. If something does (a server a test forgot to stop, a timer, a socket), the run
 * would wait for it without end and a CI job would time out with no word of why. So after the
 * run a timer that does not itself hold the process waits a while; if it fires, the process is
 * still alive for another reason: it names what is open and exits with the tests' own result.
 */
const GRACE_MS = 15_000;

export const mochaHooks = {
  afterAll(): void {
    setTimeout(() => {
      const open = process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap');
      process.stderr.write(
        `\nmocha: the tests ended ${GRACE_MS / 1000} s ago but the process is still held open by: ${open.join(', ') || 'nothing that Node names'}. ` +
          'A test left something running; exiting with the tests’ result.\n',
      );
      process.exit();
    }, GRACE_MS).unref();
  },
};
