/**
 * Mocha hooks shared by the LSP tests. `workspacePerTest`: before each test, a temporary workspace
 * with a `postmortems/` folder; the test starts its server when it is ready (with options of its
 * own, or after writing files); after it, that server is stopped and the folder removed.
 * `serverPerTest`: the same with a server started before each test, which the test file receives
 * through `ready`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, type StartOptions } from './lsp-client';

/** The workspace of the running test, and the server a test starts in it. */
export interface TestWorkspace {
  /** The workspace folder (only while a test runs). */
  readonly path: string;
  /** Starts a server in the workspace (stopping one the test started before); it is stopped after the test. */
  start(options?: Omit<StartOptions, 'workspace'>): Promise<LspClient>;
  /** Stops the server the test started, when one runs. */
  stop(): Promise<void>;
}

export function workspacePerTest(prefix: string): TestWorkspace {
  let workspace: string | undefined;
  let client: LspClient | undefined;
  const stop = async () => {
    await client?.stop();
    client = undefined;
  };
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), prefix));
    mkdirSync(join(workspace, 'postmortems'));
  });
  afterEach(async () => {
    await stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
    workspace = undefined;
  });
  return {
    get path() {
      if (!workspace) throw new Error('The test workspace exists only while a test runs.');
      return workspace;
    },
    async start(options = {}) {
      await stop();
      client = await LspClient.start({ ...options, workspace: this.path });
      return client;
    },
    stop,
  };
}

export function serverPerTest(prefix: string, ready: (workspace: string, client: LspClient) => void, options: Omit<StartOptions, 'workspace'> = {}): void {
  const workspace = workspacePerTest(prefix);
  beforeEach(async () => {
    ready(workspace.path, await workspace.start(options));
  });
}

/** A short post-mortem draft with a finding of several rules (a bad date, missing and empty sections). */
export const QUEUE_DRAFT = `# Incident Report: Queue backlog

Date: 2026-04-31

## Summary

Messages waited in the queue for 40 minutes.

## Timeline

- 10:02 UTC the backlog starts

## Root Cause

TBD
`;
