/**
 * Offsets shared by the action-item readers: the move of tokens scanned in a slice of the text
 * back to the document's offsets, so every item's spans point where a fix or a hover must land.
 */
import type { Span } from '../model';
import type { Tokens } from './tokens';

/** Moves token offsets from the scanned string into the document. */
export function shift(tokens: Tokens, base: number): Tokens {
  const move = <T extends Span>(span: T | null): T | null => (span ? { ...span, start: span.start + base, end: span.end + base } : null);
  return {
    ...tokens,
    owner: move(tokens.owner),
    ownerStandIn: move(tokens.ownerStandIn ?? null),
    due: move(tokens.due),
    status: move(tokens.status),
    dropped: move(tokens.dropped),
  };
}
