import { strict as assert } from 'node:assert';
import { continueAfterError, DEFAULT_RESTART_LIMITS, RestartPolicy } from '../../client/src/crash-policy';

describe('client restart policy', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('restarts after a crash, up to the limit within the window', () => {
    const policy = new RestartPolicy({ maxRestarts: 4, windowMs: 180_000 }, now);
    for (let i = 0; i < 4; i++) {
      assert.deepEqual(policy.closed(), { restart: true }, `crash ${i + 1}`);
      clock += 10_000;
    }
    const fifth = policy.closed();
    assert.equal(fifth.restart, false);
    assert.match((fifth as { message: string }).message, /stopped unexpectedly 5 times in 3 minutes/);
    assert.match((fifth as { message: string }).message, /Restart Language Server/);
  });

  it('keeps refusing after the limit rather than looping, while the crashes stay within the window', () => {
    const policy = new RestartPolicy({ maxRestarts: 2, windowMs: 60_000 }, now);
    const decisions = [];
    for (let i = 0; i < 10; i++) {
      decisions.push(policy.closed().restart);
      clock += 1_000;
    }
    assert.deepEqual(decisions, [true, true, false, false, false, false, false, false, false, false]);
  });

  it('forgets crashes older than the window, so a rare crash always restarts', () => {
    const policy = new RestartPolicy({ maxRestarts: 2, windowMs: 60_000 }, now);
    for (let i = 0; i < 20; i++) {
      assert.equal(policy.closed().restart, true, `crash ${i + 1}`);
      clock += 31_000;
    }
  });

  it('starts over after the user restarts the server', () => {
    const policy = new RestartPolicy({ maxRestarts: 1, windowMs: 60_000 }, now);
    assert.equal(policy.closed().restart, true);
    assert.equal(policy.closed().restart, false);
    policy.reset();
    assert.equal(policy.closed().restart, true);
  });

  it('uses defaults of 4 restarts in 3 minutes', () => {
    assert.deepEqual(DEFAULT_RESTART_LIMITS, { maxRestarts: 4, windowMs: 180_000 });
  });

  it('continues after a few connection errors and shuts down when they keep coming', () => {
    assert.deepEqual([undefined, 1, 2, 3, 4, 10].map(continueAfterError), [true, true, true, true, false, false]);
  });
});
