/**
 * Reading directives: comments by which the author corrects what the reading takes for action
 * items, in the family of the control comments (`controls.ts`), invisible when rendered.
 *
 * - `<!-- postmortem-not-action-item -->` on a line of an item (a list entry, a table row, a
 *   sentence): no item read on that line is one.
 * - `<!-- postmortem-no-action-items -->` alone on the line before a block (a list, a table, a
 *   paragraph, a quote): nothing in it is an item; before a heading, nothing in its section.
 * - `<!-- postmortem-action-items -->` alone on the line before a list or table: each entry is an
 *   item, wherever it stands, read as the entries of a plan are (owner, due, done, kind).
 *
 * They are applied after the reading, by span: the reading of each block stays what its own words
 * and section make it (and stays kept per block as it was), and a directive takes out or puts in
 * what it governs. A marked list is read by `readDirected`, whose memo is keyed by the list and
 * the directive. Only the comments the model already holds are looked at, and each is found in
 * the tree by one descent from its top-level block: nothing else of the tree is read again.
 */
import type { List, Nodes, Parents, RootContent, Table } from 'mdast';
import { childIndexAt, endOf, startOf } from '../../parse/blocks';
import { isReadingDirective } from '../controls';
import type { ActionItem, AnalysedDocument, ControlComment } from '../model';

/** Parents whose children are blocks: a comment there is a block of its own, on its own lines. */
const BLOCK_PARENTS = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition']);

/** Where a comment stands in the tree: its node, its parent and its index among the parent's children. */
interface Place {
  node: Nodes;
  parent: Parents;
  index: number;
}

/** The html node holding `offset`, found by one descent through the nodes that hold it (a binary search at each level); null inside code. */
export function htmlAt(root: Parents, offset: number): Place | null {
  let parent: Parents = root;
  for (let depth = 0; depth < 300; depth++) {
    const found = childIndexAt(parent, offset);
    if (found === -1) return null;
    const node = (parent.children as Nodes[])[found];
    if (node.type === 'html') return { node, parent, index: found };
    if (!('children' in node)) return null;
    parent = node;
  }
  return null;
}

/** The block a comment alone on its lines governs: the next sibling that is not another comment, or null. */
function governed(place: Place): RootContent | null {
  if (!BLOCK_PARENTS.has(place.parent.type)) return null;
  const siblings = place.parent.children as RootContent[];
  for (let i = place.index + 1; i < siblings.length; i++) if (siblings[i].type !== 'html') return siblings[i];
  return null;
}

/** A stretch of the document a block directive governs. */
export interface DirectedSpan {
  kind: 'no-action-items' | 'action-items';
  start: number;
  end: number;
  /** The list or table a `postmortem-action-items` comment marks; null for `no-action-items`. */
  node: List | Table | null;
  /** The comment itself. */
  comment: ControlComment;
}

/** The stretches the document's block directives govern, in document order. */
export function directedSpans(doc: AnalysedDocument): DirectedSpan[] {
  const out: DirectedSpan[] = [];
  for (const comment of doc.model.controls) {
    if (comment.kind !== 'no-action-items' && comment.kind !== 'action-items') continue;
    const place = htmlAt(doc.root, comment.start);
    const block = place && governed(place);
    if (!block) continue;
    if (comment.kind === 'action-items') {
      if (block.type === 'list' || block.type === 'table') out.push({ kind: comment.kind, start: startOf(block), end: endOf(block), node: block, comment });
      continue;
    }
    if (block.type === 'heading') {
      // Before a heading: its whole section, up to the next heading of the same or a higher level.
      const section = doc.model.sections.find((s) => s.source === 'heading' && s.heading.start === startOf(block));
      out.push({ kind: comment.kind, start: startOf(block), end: section ? section.end : endOf(block), node: null, comment });
    } else out.push({ kind: comment.kind, start: startOf(block), end: endOf(block), node: null, comment });
  }
  return out;
}

/** True when the document holds a reading directive; cheap, so the reading pays nothing without one. */
export function hasReadingDirectives(doc: AnalysedDocument): boolean {
  return doc.model.controls.some(isReadingDirective);
}

/** The lines an item is written on, for a line directive: from its start to the end of its own words. */
function itemLines(doc: AnalysedDocument, item: ActionItem): [number, number] {
  const first = doc.lines.positionAt(item.start).line;
  const last = doc.lines.positionAt(Math.max(item.start, item.textSpan.end)).line;
  return [first, Math.max(first, last)];
}

/**
 * Applies the directives to the items read (in place): takes out what `no-action-items` and
 * `not-action-item` say is none, and reads each list or table `action-items` marks with
 * `readDirected`, which pushes its entries to `items`.
 */
export function applyReadingDirectives(doc: AnalysedDocument, items: ActionItem[], readDirected: (node: List | Table) => void): void {
  if (!hasReadingDirectives(doc)) return;
  const spans = directedSpans(doc);
  const inside = (item: ActionItem, span: DirectedSpan) => item.start >= span.start && item.start < span.end;
  const none = spans.filter((s) => s.kind === 'no-action-items');
  // A marked list inside a stretch with no items, or inside another marked list (read with it), is not read again.
  const marked = spans.filter(
    (s) =>
      s.kind === 'action-items' &&
      !none.some((n) => s.start >= n.start && s.start < n.end) &&
      !spans.some((o) => o !== s && o.kind === 'action-items' && s.start > o.start && s.start < o.end),
  );
  let kept = items.filter((item) => !spans.some((span) => inside(item, span)));
  items.length = 0;
  items.push(...kept);
  for (const span of marked) readDirected(span.node!);
  const lines = new Set<number>();
  for (const c of doc.model.controls) if (c.kind === 'not-action-item') for (let l = c.line; l <= c.endLine; l++) lines.add(l);
  if (!lines.size) return;
  kept = items.filter((item) => {
    const [first, last] = itemLines(doc, item);
    for (let l = first; l <= last; l++) if (lines.has(l)) return false;
    return true;
  });
  items.length = 0;
  items.push(...kept);
}
