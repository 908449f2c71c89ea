/**
 * When the language server process dies, the client restarts it, but not forever: a server that
 * keeps crashing would otherwise restart in a loop. Pure logic, no `vscode` import, so it is
 * unit-tested; `extension.ts` turns its decisions into vscode-languageclient actions.
 */

/** How many restarts are allowed within how long. */
export interface RestartLimits {
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_LIMITS: RestartLimits = { maxRestarts: 4, windowMs: 3 * 60 * 1000 };

/** What to do after the server's connection closed unexpectedly. */
export type CloseDecision = { restart: true } | { restart: false; message: string };

/** Remembers recent crashes and decides whether to restart after one more. */
export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly limits: RestartLimits = DEFAULT_RESTART_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server's process exited or its connection closed, without the client asking. */
  closed(): CloseDecision {
    const at = this.now();
    this.crashes = this.crashes.filter((t) => at - t < this.limits.windowMs);
    this.crashes.push(at);
    if (this.crashes.length <= this.limits.maxRestarts) return { restart: true };
    const minutes = Math.round(this.limits.windowMs / 60000);
    return {
      restart: false,
      message: `The post-mortem language server stopped unexpectedly ${this.crashes.length} times in ${minutes} minute${minutes === 1 ? '' : 's'}, so it was not restarted again. Post-mortems are not being checked. The output shows why; run "Post-Mortem: Restart Language Server" to try again.`,
    };
  }

  /** A restart the user asked for starts with a clean slate. */
  reset(): void {
    this.crashes = [];
  }
}

/**
 * Errors while reading or writing the connection: keep going for a few (one malformed message
 * need not end the session), shut down when they keep coming; the close handler decides then.
 */
export function continueAfterError(count: number | undefined): boolean {
  return (count ?? 1) <= 3;
}
