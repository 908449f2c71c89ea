/**
 * Mocha hooks shared by the LSP tests: before each test, a temporary workspace with a
 * `postmortems/` folder and a language server started in it; after it, the server stopped and
 * the folder removed. The test file receives both through `ready`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, type StartOptions } from './lsp-client';

export function serverPerTest(prefix: string, ready: (workspace: string, client: LspClient) => void, options: Omit<StartOptions, 'workspace'> = {}): void {
  let workspace: string | undefined;
  let client: LspClient | undefined;
  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), prefix));
    mkdirSync(join(workspace, 'postmortems'));
    client = await LspClient.start({ ...options, workspace });
    ready(workspace, client);
  });
  afterEach(async () => {
    await client?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
    client = undefined;
    workspace = undefined;
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
