/**
 * GFM tables read in time proportional to their cells.
 *
 * `micromark-extension-gfm-table` (2.1.1, under remark-gfm) builds the table's tree in one
 * resolver over every event of the document, recording its changes in an edit map. The map's
 * `add` looks for an earlier change at the same event by scanning every change recorded so far,
 * and the resolver records about five per cell, so a document's tables cost the square of their
 * cells: a 7,000-row timeline (400 KB) took 12 ordinary parses of its length, a 20,000-row one
 * minutes. The same map in the Rust port is reported upstream as markdown-rs issue 218 ("GFM
 * tables: parsing is quadratic in cell count"); the JavaScript package has no fix.
 *
 * The map is not exported, so this module keeps a copy of the resolver (`resolveTable`,
 * `flushCell`, `flushTableEnd`, `gfmTableAlign` of the package's `lib/`, MIT, Titus Wormer) whose
 * map finds a change by its event index in a `Map`. The tokenizer stays the package's own, and
 * `linearTables` swaps only the resolver of remark-gfm's table construct, so every tree is the
 * one the package builds (`test/unit/linear-tables.test.ts` compares them). When the package
 * fixes its map, drop this module.
 */
// micromark's own types name every token type it knows in one map, which the table package
// extends only where its types are loaded; this module keeps the few shapes it reads instead.

/** A place in the text, as micromark records it (with its private buffer indices, copied along). */
interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A micromark token: what the events enter and exit. */
interface Token {
  type: string;
  start: Point;
  end: Point;
  contentType?: string;
  _align?: Align[];
}

/** The tokenizer context an event carries; the resolver reads its events and passes it on. */
interface Context {
  events: Event[];
}

type Event = ['enter' | 'exit', Token, Context];
type Align = 'center' | 'left' | 'none' | 'right';
/** One change: at an event index, remove this many events and insert these. */
type Change = [at: number, remove: number, add: Event[]];
/** A cell: the index of its leading divider, of its start, of its first and of its last data event. */
type Range = [number, number, number, number];
/** Where the resolver is: 1 a head row, 2 the delimiter row, 3 a body row. */
type RowKind = 0 | 1 | 2 | 3;

/**
 * Changes to a list of events, applied together. Same behaviour as the package's `EditMap`:
 * changes at one index merge (their removals add up, their insertions follow each other), and
 * `consume` applies them in index order. `lookups` counts the changes `add` examined to find the
 * one at its index, for the test that holds the work linear.
 */
export class EditMap {
  private readonly changes: Change[] = [];
  private readonly byIndex = new Map<number, Change>();
  lookups = 0;

  add(at: number, remove: number, add: Event[]): void {
    if (remove === 0 && add.length === 0) return;
    this.lookups += 1;
    const change = this.byIndex.get(at);
    if (change) {
      change[1] += remove;
      // A loop, not `push(...add)`: spreading a long list can exceed the engine's argument limit.
      for (const event of add) change[2].push(event);
      return;
    }
    const created: Change = [at, remove, add];
    this.changes.push(created);
    this.byIndex.set(at, created);
  }

  consume(events: Event[]): void {
    this.changes.sort((a, b) => a[0] - b[0]);
    if (this.changes.length === 0) return;
    const vecs: Event[][] = [];
    for (let index = this.changes.length - 1; index >= 0; index--) {
      const [at, remove, add] = this.changes[index];
      vecs.push(events.slice(at + remove), add);
      events.length = at;
    }
    vecs.push(events.slice());
    events.length = 0;
    for (let slice = vecs.pop(); slice; slice = vecs.pop()) for (const event of slice) events.push(event);
    this.changes.length = 0;
    this.byIndex.clear();
  }
}

/** Where the event at `index` is: its token's start when it enters, its end when it exits. */
function getPoint(events: readonly Event[], index: number): Point {
  const event = events[index];
  return event[0] === 'enter' ? event[1].start : event[1].end;
}

/** A micromark construct, as far as this module reads and writes it. */
interface Construct {
  name?: string;
  resolveAll?: (events: Event[], context: Context) => Event[];
}

/** A micromark syntax extension, as `micromark-extension-gfm` makes it (constructs by character code). */
interface SyntaxExtension {
  flow?: Record<string, Construct | Construct[] | undefined>;
}

/** Options of `linearTables`. */
export interface LinearTablesOptions {
  /** Called with the edit map of each resolve, once it is applied: the tests read its `lookups`. */
  onResolve?: (map: EditMap) => void;
}

/** Builds the table tree from the rows the tokenizer read: the package's `resolveTable`, with the linear map. */
function resolveTable(events: Event[], context: Context, onResolve?: (map: EditMap) => void): Event[] {
  let inFirstCellAwaitingPipe = true;
  let rowKind: RowKind = 0;
  let lastCell: Range = [0, 0, 0, 0];
  let cell: Range = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable: Token | undefined;
  let currentBody: Token | undefined;
  let currentCell: Token | undefined;
  const map = new EditMap();
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const token = event[1];
    if (event[0] === 'enter') {
      if (token.type === 'tableHead') {
        afterHeadAwaitingFirstBodyRow = false;
        // Close the table before, then open this one.
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable!, currentBody);
          currentBody = undefined;
          lastTableEnd = 0;
        }
        currentTable = { type: 'table', start: { ...token.start }, end: { ...token.end } };
        map.add(index, 0, [['enter', currentTable, context]]);
      } else if (token.type === 'tableRow' || token.type === 'tableDelimiterRow') {
        inFirstCellAwaitingPipe = true;
        currentCell = undefined;
        lastCell = [0, 0, 0, 0];
        cell = [0, index + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = { type: 'tableBody', start: { ...token.start }, end: { ...token.end } };
          map.add(index, 0, [['enter', currentBody, context]]);
        }
        rowKind = token.type === 'tableDelimiterRow' ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === 'data' || token.type === 'tableDelimiterMarker' || token.type === 'tableDelimiterFiller')) {
        inFirstCellAwaitingPipe = false;
        // The first value in a cell.
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, undefined, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index;
        }
      } else if (token.type === 'tableCellDivider') {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, undefined, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index, 0, 0];
        }
      }
    } else if (token.type === 'tableHead') {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index;
    } else if (token.type === 'tableRow' || token.type === 'tableDelimiterRow') {
      lastTableEnd = index;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map, context, cell, rowKind, index, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === 'data' || token.type === 'tableDelimiterMarker' || token.type === 'tableDelimiterFiller')) {
      cell[3] = index;
    }
  }
  if (lastTableEnd !== 0) flushTableEnd(map, context, lastTableEnd, currentTable!, currentBody);
  map.consume(context.events);
  onResolve?.(map);
  for (let index = 0; index < context.events.length; index++) {
    const event = context.events[index];
    if (event[0] === 'enter' && event[1].type === 'table') event[1]._align = gfmTableAlign(context.events, index);
  }
  return events;
}

/** Records the events of one cell (and the exit of the one before it); returns the cell still open. */
function flushCell(
  map: EditMap,
  context: Context,
  range: Range,
  rowKind: RowKind,
  rowEnd: number | undefined,
  previousCell: Token | undefined,
): Token | undefined {
  const groupName = rowKind === 1 ? 'tableHeader' : rowKind === 2 ? 'tableDelimiter' : 'tableData';
  const valueName = 'tableContent';
  // Exit the cell before this one.
  if (range[0] !== 0) {
    previousCell!.end = { ...getPoint(context.events, range[0]) };
    map.add(range[0], 0, [['exit', previousCell!, context]]);
  }
  // Enter this cell.
  const now = getPoint(context.events, range[1]);
  const opened: Token = { type: groupName, start: { ...now }, end: { ...now } };
  map.add(range[1], 0, [['enter', opened, context]]);
  // Its content runs from the first data event to the last; the events between go.
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken: Token = { type: valueName, start: { ...relatedStart }, end: { ...relatedEnd } };
    map.add(range[2], 0, [['enter', valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = { ...end[1].end };
      start[1].type = 'chunkText';
      start[1].contentType = 'text';
      if (range[3] > range[2] + 1) map.add(range[2] + 1, range[3] - range[2] - 1, []);
    }
    map.add(range[3] + 1, 0, [['exit', valueToken, context]]);
  }
  // At the row's end, exit the last cell.
  if (rowEnd !== undefined) {
    opened.end = { ...getPoint(context.events, rowEnd) };
    map.add(rowEnd, 0, [['exit', opened, context]]);
    return undefined;
  }
  return opened;
}

/** Records the exits of a table (and of its body) after the event at `index`. */
function flushTableEnd(map: EditMap, context: Context, index: number, table: Token, tableBody: Token | undefined): void {
  const exits: Event[] = [];
  const related = getPoint(context.events, index);
  if (tableBody) {
    tableBody.end = { ...related };
    exits.push(['exit', tableBody, context]);
  }
  table.end = { ...related };
  exits.push(['exit', table, context]);
  map.add(index + 1, 0, exits);
}

/** The alignment of each column, from the delimiter row of the table entered at `index`. */
function gfmTableAlign(events: readonly Event[], index: number): Align[] {
  let inDelimiterRow = false;
  const align: Align[] = [];
  for (; index < events.length; index++) {
    const event = events[index];
    if (inDelimiterRow) {
      if (event[0] === 'enter') {
        if (event[1].type === 'tableContent') align.push(events[index + 1][1].type === 'tableDelimiterMarker' ? 'left' : 'none');
      } else if (event[1].type === 'tableContent') {
        if (events[index - 1][1].type === 'tableDelimiterMarker') {
          const last = align.length - 1;
          align[last] = align[last] === 'left' ? 'center' : 'right';
        }
      } else if (event[1].type === 'tableDelimiterRow') {
        break;
      }
    } else if (event[0] === 'enter' && event[1].type === 'tableDelimiterRow') {
      inDelimiterRow = true;
    }
  }
  return align;
}

/**
 * Gives the table construct of remark-gfm's syntax extensions (`micromark-extension-gfm`, among
 * `extensions`) the resolver above, in place. Throws when it finds no table construct, so that an
 * upgrade that moves it fails the tests instead of bringing the square back unseen.
 */
export function linearTables(extensions: readonly object[], options: LinearTablesOptions = {}): void {
  const { onResolve } = options;
  const resolveAll = (events: Event[], context: Context) => resolveTable(events, context, onResolve);
  // micromark's types name these with its own types; the shapes above are what is read of them.
  let swapped = 0;
  for (const extension of extensions as readonly SyntaxExtension[]) {
    for (const constructs of Object.values(extension.flow ?? {})) {
      if (!Array.isArray(constructs)) continue;
      for (let i = 0; i < constructs.length; i++) {
        const construct = constructs[i];
        if (construct.name === 'table' && construct.resolveAll) {
          constructs[i] = { ...construct, resolveAll };
          swapped += 1;
        }
      }
    }
  }
  if (swapped !== 1) throw new Error(`linearTables: expected remark-gfm's one table construct before it, found ${swapped}`);
}
