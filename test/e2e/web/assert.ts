/**
 * The part of `node:assert` the end-to-end helpers use, for the web suite's bundle (a browser
 * worker has no Node modules; esbuild maps `node:assert` here).
 */
class AssertionError extends Error {}

function fail(message: string | undefined, fallback: string): never {
  throw new AssertionError(message ?? fallback);
}

function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${String(value)}`);
}

function equal(actual: unknown, expected: unknown, message?: string): void {
  if (actual !== expected) fail(message, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(message, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) fail(message, `expected ${JSON.stringify(actual)} to match ${String(pattern)}`);
}

export const strict = { ok, equal, deepEqual, match, fail: (message?: string) => fail(message, 'failed') };
export default strict;
