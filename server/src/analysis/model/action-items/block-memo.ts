/**
 * Keeps the action items read from one top-level block, per block node, for the next versions of
 * the document. The incremental parser hands an unchanged block over as the same node, its
 * positions moved in place, so a one-character edit elsewhere gets the block's items again by
 * moving their offsets and lines, without reading its words again (tokens, owners, dates and
 * titles are most of what reading items costs). What the reading depends on beyond the block's
 * own text (its section's category, whether only tasks count there, the placeholder words of the
 * settings) is the key: when it changes the block is read afresh.
 */
import type { RootContent } from 'mdast';
import type { ActionItem, ActionTable, Span } from '../model';

/** What a block's items were read with, and where the block stood then. */
export interface BlockKey {
  /** Everything the reading of the block depends on besides its text, as one string. */
  context: string;
  /** The placeholder test of the settings read with (one per settings object). */
  placeholders: object;
  /** The block's first offset and (zero-based) line in this version. */
  start: number;
  line: number;
}

export interface Kept extends BlockKey {
  items: ActionItem[];
  /** What the reading counted that its reader must count again when the items are reused (see `Extractor.prose`). */
  counted?: number;
  /** The commitments the reading told, which its reader must tell again when the items are reused. */
  told?: string[];
}

/** Where the items of blocks are kept, per block node (a paragraph inside a block moves in place with it). */
export type BlockStore = WeakMap<RootContent, Kept>;

const itemsPerBlock: BlockStore = new WeakMap();

/**
 * Pushes to `out` the items of `node`: those kept from an earlier version when the key matches,
 * moved to where the block stands now (and returns what was kept), or else what `read` pushes, kept for the next version (in
 * `store`: a reading that differs from the block's own, such as a directive's, keeps its own).
 * The items handed out are always copies, so what later passes change on them (a status line's
 * verdict, a heading's due date) never reaches the kept ones. `kept`: the store's entry for the
 * node, when the caller has looked it up already (one lookup a block, on every check).
 */
export function readBlockOnce(
  node: RootContent,
  key: BlockKey,
  out: ActionItem[],
  read: () => void,
  store: BlockStore = itemsPerBlock,
  kept: Kept | undefined = store.get(node),
): Kept | undefined {
  if (kept && kept.context === key.context && kept.placeholders === key.placeholders) {
    if (kept.items.length) {
      const tables = new Map<ActionTable, ActionTable>();
      for (const item of kept.items) out.push(moved(item, key.start - kept.start, key.line - kept.line, tables));
    }
    return kept;
  }
  const before = out.length;
  read();
  const tables = new Map<ActionTable, ActionTable>();
  store.set(node, { ...key, items: out.slice(before).map((item) => moved(item, 0, 0, tables)) });
  return undefined;
}

/** A copy of an item moved by `by` characters and `lines` lines; rows of one table keep sharing one (moved) table. */
function moved(item: ActionItem, by: number, lines: number, tables: Map<ActionTable, ActionTable>): ActionItem {
  const span = (s: Span): Span => ({ start: s.start + by, end: s.end + by });
  let table: ActionTable | null = null;
  if (item.table) {
    table = tables.get(item.table) ?? null;
    if (!table) {
      const t = item.table;
      table = {
        start: t.start + by,
        end: t.end + by,
        columns: { ...t.columns },
        rows: t.rows.map((row) => ({ start: row.start + by, end: row.end + by, cells: row.cells.map(span) })),
        delimiterLine: t.delimiterLine + lines,
      };
      tables.set(item.table, table);
    }
  }
  return {
    ...item,
    line: item.line + lines,
    start: item.start + by,
    end: item.end + by,
    owners: [...item.owners],
    dueReadings: item.dueReadings ? [item.dueReadings[0], item.dueReadings[1]] : null,
    textSpan: span(item.textSpan),
    ownerSpan: item.ownerSpan ? span(item.ownerSpan) : null,
    dueSpan: item.dueSpan ? span(item.dueSpan) : null,
    statusSpan: item.statusSpan ? span(item.statusSpan) : null,
    checkbox: item.checkbox === null ? null : item.checkbox + by,
    insertAt: item.insertAt + by,
    table,
  };
}
