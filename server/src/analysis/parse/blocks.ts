/**
 * Finding a top-level block of a parsed tree by where it stands. The incremental parser hands
 * unchanged blocks of a new version over as the same node objects, so work kept per block (in
 * a WeakMap keyed by the node) lasts while the block is unchanged; these lookups reach a block
 * without reading the others.
 */
import type { Root, RootContent } from 'mdast';

/** Where a node starts in the document's text (0 for a node without a position). */
export function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

/** Where a node ends in the document's text (0 for a node without a position). */
export function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

/**
 * The top-level block whose lines hold `line` (one-based, as positions count), or null: a
 * binary search over the root's children, which are in document order. What is inside the
 * other blocks is never read, so a lookup costs the same however long the document is.
 */
export function blockOnLine(root: Root, line: number): RootContent | null {
  const blocks = root.children;
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const position = blocks[mid].position;
    if (!position) return null;
    if (line < position.start.line) high = mid - 1;
    else if (line > position.end.line) low = mid + 1;
    else return blocks[mid];
  }
  return null;
}

/**
 * The index of the child of `parent` that holds `offset`, or -1: a binary search, as children are
 * in document order. A child holds the offsets from its start to before its end; with `inside`,
 * only those after its start (a point at a node's start is before it, not in it).
 */
export function childIndexAt(parent: { children?: unknown[] }, offset: number, inside = false): number {
  const children = (parent.children ?? []) as { position?: { start: { offset?: number }; end: { offset?: number } } }[];
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = startOf(children[mid]);
    if (inside ? offset <= start : offset < start) high = mid - 1;
    else if (offset >= endOf(children[mid])) low = mid + 1;
    else return mid;
  }
  return -1;
}
