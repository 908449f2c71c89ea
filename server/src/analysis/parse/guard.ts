/**
 * The cost guard: a linear look at Markdown that estimates how much work the parser
 * (micromark, under remark) will do on it, before it does it.
 *
 * micromark parses ordinary Markdown in time proportional to its length, but several of its
 * constructs scan back or ahead over a whole paragraph each time they fail or match: a `]`
 * looks back for its `[`, an emphasis closer for its opener, an unclosed `` ` ``, `<!--` or
 * link destination scans to the end of the paragraph, and every level of block quote or list
 * takes the rest of its line in again. On text made of thousands of such constructs (the
 * CommonMark pathological suite) the parse takes minutes, and deep nesting ends in a stack
 * overflow. This module walks the text once, line by line and character by character, keeps
 * the little state each of those scans depends on (open brackets and emphasis openers of the
 * paragraph, the next closing character, the nesting of the line), and adds up the length of
 * every scan the parser would make, weighted by what a scanned character costs against a parsed
 * one. A document whose estimate exceeds a budget proportional to its length is not parsed: it
 * gets one notice naming the construct that costs most and its line.
 *
 * The estimate is an upper bound for the constructs it models and is checked against the
 * parser on the pathological patterns (`test/unit/pathological.test.ts`, `npm run bench`).
 */

/** What made a text too costly to parse. */
export interface Hazard {
  /** What the construct is, as a user reads it ("a run of 10,000 unmatched `]`"). */
  construct: string;
  /** Zero-based line where it starts. */
  line: number;
}

/** The estimate for a piece of text; pieces (segments) add up with `combineCosts`. */
export interface CostEstimate {
  /** Estimated extra work, in characters of ordinary parsing. */
  work: number;
  /** Characters looked at. */
  length: number;
  /** Link reference definitions seen, and labels looked up against them. */
  definitions: number;
  lookups: number;
  /** The deepest block nesting of a line (quotes, list items, indentation). */
  depth: number;
  depthLine: number;
  /** The construct that adds most work, with its line and work. */
  worst: { kind: Kind; line: number; work: number; count: number } | null;
}

type Kind = 'bracket' | 'emphasis' | 'code' | 'html' | 'destination' | 'nesting' | 'table' | 'autolink' | 'merge' | 'lazy';

/**
 * Weights: extra work per character scanned, in characters of ordinary parsing. Measured on
 * the pathological patterns against an ordinary post-mortem: a scan back over events is
 * cheap per character, a failed attempt that tokenizes ahead costs about a parse of what it
 * covers, a nesting level costs a pass over the rest of its line. A table row costs the square
 * of its cells: measured on rows of 250 to 2,000 cells, where the parse took 14 to 32 ordinary
 * parses of the same length (0.01 let a 6-row table of 1,000 cells through). A lazy line costs
 * the lines of its paragraph before it: measured in CPU time on 250 to 4,000 lazy lines of a list
 * item, where the look back came to 0.03 to 0.04 characters of ordinary parsing per line passed.
 */
const WEIGHT: Record<Kind, number> = {
  bracket: 0.004,
  emphasis: 0.004,
  code: 0.05,
  html: 0.05,
  destination: 0.05,
  autolink: 0.05,
  nesting: 0.05,
  table: 0.06,
  merge: 0.003,
  lazy: 0.04,
};

/**
 * An emphasis closer looks back through the paragraph's events for an opener of its own marker,
 * and compares the marker of every opener it passes by copying both out of the text: an opener of
 * the other marker (`*` for `_`, `_` for `*`) on the way costs this many characters scanned back.
 * Measured on `*a_ ` repeated, where each `_` passes every `*` before it.
 */
const PASSED_OPENER = 50;

/** A label lookup compares the label with every definition: this much work per comparison. */
const LOOKUP_WEIGHT = 0.002;

/** Nesting deeper than this (block or inline) is refused: walks over the tree stay far from the stack's end. */
export const MAX_DEPTH = 256;

/**
 * More bracketed labels than this (links, references, images, check boxes) are refused, however
 * cheap each is in time: the parser holds about twenty events per label until the document ends,
 * and a bare remark-gfm parse of 66,000 one-character references (200 KB) took its process from
 * 100 MB to 500 MB, 133,000 to 1.2 GB. 40,000 keeps the server under 500 MB; an ordinary
 * 20,000-line post-mortem has about 6,000.
 */
export const MAX_LABELS = 40_000;

/** The budget: extra work allowed, in characters of parsing, for a text of `length` characters. */
export function budget(length: number): number {
  return 2 * length + 20000;
}

const NOUN: Record<Kind, (count: number) => string> = {
  bracket: (n) => `${n.toLocaleString('en-US')} unmatched or nested brackets`,
  emphasis: (n) => `${n.toLocaleString('en-US')} emphasis markers (\`*\`, \`_\`, \`~\`) that do not pair up`,
  code: (n) => `${n.toLocaleString('en-US')} runs of backticks that open no code span`,
  html: (n) => `${n.toLocaleString('en-US')} unclosed HTML tags or comments`,
  destination: (n) => `${n.toLocaleString('en-US')} unclosed link destinations or titles`,
  autolink: (n) => `${n.toLocaleString('en-US')} web or e-mail addresses run together`,
  nesting: (n) => `block quotes or lists nested ${n.toLocaleString('en-US')} levels deep`,
  table: (n) => `a table row of ${n.toLocaleString('en-US')} cells`,
  merge: (n) => `${n.toLocaleString('en-US')} pieces of Markdown syntax in one paragraph`,
  lazy: (n) => `a paragraph of a list item or block quote continued by ${n.toLocaleString('en-US')} lines without its indentation or \`>\``,
};

/** The notice text for a hazard. */
export function hazardMessage(hazard: Hazard): string {
  return `This file was not checked: its Markdown is too costly to parse (${hazard.construct} at line ${hazard.line + 1}). Split or simplify that part and it will be checked again.`;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

/** A space or a tab: what must follow a list marker (a vertical tab or form feed is text there). */
function isBlankChar(c: number): boolean {
  return c === 32 || c === 9;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function isPunct(c: number): boolean {
  return c > 32 && c < 127 && !isAlnum(c);
}

/** The characters the inline scan stops at: `\\ [ ] * _ ~ \` < @ & ! w W`. */
const INTERESTING = new Uint8Array(128);
for (const c of '\\[]*_~`<@&!wW') INTERESTING[c.charCodeAt(0)] = 1;

/** True when the line holds only `|`, `:`, `-` and spaces, with at least one `-`: a table's delimiter row. */
function isDelimiterRow(text: string, from: number, to: number): boolean {
  let dash = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 45) dash = true;
    else if (c !== 124 && c !== 58 && c !== 32 && c !== 9) return false;
  }
  return dash;
}

/** The next position at or after `from` where `needle` occurs, before `limit` (else `limit`), with a cache for ascending queries. */
class NextOf {
  private found = -1;
  private from = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  reset(): void {
    this.found = -1;
    this.from = -1;
  }

  at(from: number, limit: number): number {
    if (this.from !== -1 && from >= this.from && (this.found >= from || this.found >= limit)) return Math.min(this.found, limit);
    const at = this.text.indexOf(this.needle, from);
    this.from = from;
    this.found = at === -1 || at >= limit ? limit : at;
    return this.found;
  }
}

/** The end marker of an HTML block that starts at `at` and ends at a marker (CommonMark kinds 2 to 5), with the length of its start; null otherwise. */
function htmlBlockEnd(text: string, at: number): { end: string; skip: number } | null {
  if (text.startsWith('<!--', at)) return { end: '-->', skip: 4 };
  if (text.startsWith('<?', at)) return { end: '?>', skip: 2 };
  if (text.startsWith('<![CDATA[', at)) return { end: ']]>', skip: 9 };
  const d = text.charCodeAt(at + 2);
  if (text.charCodeAt(at + 1) === 33 && ((d >= 65 && d <= 90) || (d >= 97 && d <= 122))) return { end: '>', skip: 2 };
  return null;
}

interface Opener {
  at: number;
  length: number;
}

/** How many of `stack`'s openers (in order of position) lie at or before `at`. */
function openersBefore(stack: readonly Opener[], at: number): number {
  let low = 0;
  let high = stack.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (stack[mid].at <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Estimates the parse cost of `text` (a whole document or one segment); lines count from 0. */
export function estimateCost(text: string): CostEstimate {
  const est: CostEstimate = { work: 0, length: text.length, definitions: 0, lookups: 0, depth: 0, depthLine: 0, worst: null };
  // Per kind, the work of the line being added to and of the costliest line so far: the notice
  // names the line where most of the work is, with the count of constructs on it.
  const perKind = new Map<Kind, { work: number; count: number; line: number; best: { work: number; count: number; line: number } }>();
  const add = (kind: Kind, work: number, line: number, count = 1) => {
    if (work <= 0) return;
    const w = work * WEIGHT[kind];
    est.work += w;
    let k = perKind.get(kind);
    if (!k) perKind.set(kind, (k = { work: 0, count: 0, line, best: { work: 0, count: 0, line } }));
    if (k.line !== line) {
      if (k.work > k.best.work) k.best = { work: k.work, count: k.count, line: k.line };
      k.work = 0;
      k.count = 0;
      k.line = line;
    }
    k.work += w;
    k.count += count;
  };

  const next = {
    gt: new NextOf(text, '>'),
    lt: new NextOf(text, '<'),
    paren: new NextOf(text, ')'),
    dquote: new NextOf(text, '"'),
    squote: new NextOf(text, "'"),
    space: new NextOf(text, ' '),
    newline: new NextOf(text, '\n'),
    commentEnd: new NextOf(text, '-->'),
    piEnd: new NextOf(text, '?>'),
    cdataEnd: new NextOf(text, ']]>'),
  };

  const nexts = Object.values(next);

  // Per-paragraph state.
  let scopeStart = 0;
  let scopeEnd = 0;
  let scopeLine = 0;
  const brackets: number[] = [];
  const openers: Record<number, Opener[]> = { 42: [], 95: [], 126: [] };
  const ticks: { at: number; length: number }[] = [];
  // The pairs the paragraph's emphasis and brackets make, each a node (or `levels` nested nodes)
  // of the tree: where each opens, and where each closes (closers come in order), with its levels.
  // Pairs may nest deeper than any one match shows (`*a **a ` … `b` … ` a** a*`), so the depth
  // they reach is found when the paragraph ends, by a sweep over them.
  const pairOpens: number[] = [];
  const pairCloses: number[] = [];
  const pairLevels: number[] = [];
  let pairLevelSum = 0;
  // The deepest block nesting (quotes, lists) among the paragraph's lines: its inline nodes lie below it.
  let scopeBlockDepth = 0;
  // Pieces of text that stay text where syntax failed, counted once between two tokens that are
  // not text (an opening bracket, an emphasis run, a backtick run, a line break).
  let groups = 0;
  // Set by every reset of the scope before it is read.
  let separated: boolean;
  const resetScope = (start: number, line: number) => {
    scopeStart = start;
    scopeLine = line;
    brackets.length = 0;
    openers[42].length = 0;
    openers[95].length = 0;
    openers[126].length = 0;
    ticks.length = 0;
    pairOpens.length = 0;
    pairCloses.length = 0;
    pairLevels.length = 0;
    pairLevelSum = 0;
    scopeBlockDepth = 0;
    groups = 0;
    separated = true;
    for (const n of nexts) n.reset();
  };
  /** Adds a pair that opens at `open` and closes at `close`, making `levels` nested nodes. */
  const addPair = (open: number, close: number, levels: number) => {
    pairOpens.push(open);
    pairCloses.push(close);
    pairLevels.push(levels);
    pairLevelSum += levels;
  };
  /** The depth the paragraph's pairs reach, below its block nesting: the most levels covering one point. */
  const sweepPairs = () => {
    // The pairs cannot nest deeper than all their levels together: most paragraphs stop here.
    if (scopeBlockDepth + pairLevelSum <= MAX_DEPTH) return;
    const count = pairOpens.length;
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => pairOpens[a] - pairOpens[b]);
    // Closers were met in order of position: a pair has closed once its closer lies before the next opening.
    let covered = 0;
    let deepest = 0;
    let closed = 0;
    for (const i of order) {
      while (closed < count && pairCloses[closed] <= pairOpens[i]) covered -= pairLevels[closed++];
      covered += pairLevels[i];
      if (covered > deepest) deepest = covered;
    }
    if (scopeBlockDepth + deepest > est.depth) {
      est.depth = scopeBlockDepth + deepest;
      est.depthLine = scopeLine;
    }
  };
  const closeScope = () => {
    sweepPairs();
    // Each run of syntax characters that stays text leaves a piece of text that micromark joins
    // to its neighbours by splicing the paragraph's list of events: a move of about half of it.
    if (groups > 1) add('merge', groups * ((scopeEnd - scopeStart) >> 1), scopeLine, groups);
    groups = 0;
    // Backtick runs: an opening run scans ahead for a run of its length, to the paragraph's end when there is none.
    if (!ticks.length) return;
    const nextSame = new Array<number>(ticks.length).fill(-1);
    const last = new Map<number, number>();
    for (let i = ticks.length - 1; i >= 0; i--) {
      nextSame[i] = last.get(ticks[i].length) ?? -1;
      last.set(ticks[i].length, i);
    }
    for (let i = 0; i < ticks.length;) {
      const j = nextSame[i];
      if (j === -1) {
        add('code', scopeEnd - ticks[i].at, scopeLine);
        i++;
      } else {
        add('code', ticks[j].at - ticks[i].at, scopeLine);
        i = j + 1;
      }
    }
    ticks.length = 0;
  };

  let fence: { char: number; length: number } | null = null;
  let inTable = false;
  let previousHadPipe = false;
  let blank = true;
  let line = 0;
  let lineStart = 0;
  let nextPipe = text.indexOf('|');
  let nextLF = text.indexOf('\n');
  let nextCR = text.indexOf('\r');
  // The end of the HTML block being read (the offset of its end marker), or -1 outside one.
  let htmlUntil = -1;
  // The paragraph being read, for its lazy lines: how many lines it has, the line it starts at,
  // and the nesting its lines need to continue it without being lazy (0 outside a container);
  // and whether a list item may still be open (its indented lines continue it).
  let paragraphLines = 0;
  let paragraphLine = 0;
  let paragraphDepth = 0;
  let listOpen = false;
  while (lineStart <= text.length) {
    // A line ends at \n, \r\n or a lone \r, as CommonMark says; the next of each is kept while
    // it lies ahead, so a text without one of them is not scanned again from every line.
    if (nextLF !== -1 && nextLF < lineStart) nextLF = text.indexOf('\n', lineStart);
    if (nextCR !== -1 && nextCR < lineStart) nextCR = text.indexOf('\r', lineStart);
    const lineEnd = Math.min(nextLF === -1 ? text.length : nextLF, nextCR === -1 ? text.length : nextCR);
    const nextStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
    if (htmlUntil !== -1) {
      // An HTML block's lines are taken as they are, with no inline parsing, up to the line
      // that holds its end marker.
      if (htmlUntil < lineEnd) htmlUntil = -1;
      line++;
      if (lineEnd >= text.length) break;
      lineStart = nextStart;
      continue;
    }
    const contentEnd = lineEnd;

    // The container prefix: quote markers, list markers and indentation, each a nesting level.
    let i = lineStart;
    let depth = 0;
    let listMarker = false;
    let markers = 0;
    let columns = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        columns++;
        i++;
      } else if (c === 9) {
        columns += 4;
        i++;
      } else if (c === 62 && !fence) {
        depth++;
        markers++;
        i++;
        // The space after a quote marker belongs to the marker, not to indentation.
        if (text.charCodeAt(i) === 32) i++;
      } else if ((c === 45 || c === 43 || c === 42) && !fence && isBlankChar(text.charCodeAt(i + 1)) && i + 1 < contentEnd) {
        depth++;
        markers++;
        listMarker = true;
        i += 2;
      } else if (c >= 48 && c <= 57 && !fence) {
        let j = i;
        while (j < contentEnd && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) && j + 1 < contentEnd && isBlankChar(text.charCodeAt(j + 1))) {
          depth++;
          markers++;
          listMarker = true;
          i = j + 2;
        } else break;
      } else break;
    }
    depth += columns >> 1;
    if (depth > est.depth) {
      est.depth = depth;
      est.depthLine = line;
    }
    if (depth > 1) add('nesting', depth * (contentEnd - lineStart), line);

    const isBlank = i >= contentEnd;
    const c0 = text.charCodeAt(i);
    // Fenced code: nothing inside is inline content.
    if ((c0 === 96 || c0 === 126) && !isBlank) {
      let j = i;
      while (j < contentEnd && text.charCodeAt(j) === c0) j++;
      if (
        j - i >= 3 &&
        (!fence
          ? !(c0 === 96 && text.slice(j, contentEnd).includes('`'))
          : c0 === fence.char && j - i >= fence.length && text.slice(j, contentEnd).trim() === '')
      ) {
        if (!fence) {
          scopeEnd = lineStart;
          closeScope();
          fence = { char: c0, length: j - i };
          paragraphLines = 0;
        } else fence = null;
        blank = true;
        line++;
        lineStart = nextStart;
        continue;
      }
    }
    if (fence) {
      line++;
      lineStart = nextStart;
      if (lineEnd === text.length) break;
      continue;
    }

    // An HTML block that ends at a marker (a comment, `<?`, `<!X`, `<![CDATA[`), at the top level
    // and indented less than a code block: micromark reads it as raw lines, in one pass, so none
    // of its lines is inline content, however many `<!--` it holds.
    if (c0 === 60 && depth === 0 && columns < 4) {
      const marker = htmlBlockEnd(text, i);
      if (marker) {
        scopeEnd = lineStart;
        closeScope();
        resetScope(lineStart, line);
        const end = text.indexOf(marker.end, i + marker.skip);
        blank = true;
        previousHadPipe = false;
        inTable = false;
        paragraphLines = 0;
        if (end === -1 || end >= contentEnd) {
          htmlUntil = end === -1 ? text.length : end;
        }
        line++;
        if (lineEnd >= text.length) break;
        lineStart = nextStart;
        continue;
      }
    }
    const heading = c0 === 35;
    // The next pipe, kept while it lies ahead: looking it up from every line would scan the rest
    // of a text without pipes once per line.
    if (nextPipe !== -1 && nextPipe < i) nextPipe = text.indexOf('|', i);
    const hasPipe = nextPipe !== -1 && nextPipe < contentEnd;
    // A delimiter row after a line with pipes starts a table: each row is parsed on its own.
    const delimiterRow = hasPipe && isDelimiterRow(text, i, contentEnd);
    if (isBlank) {
      inTable = false;
    } else if (delimiterRow && previousHadPipe) {
      inTable = true;
    }
    if (isBlank || blank || heading || listMarker || inTable) {
      scopeEnd = lineStart;
      closeScope();
      resetScope(lineStart, line);
    }
    // A lazy line continues the paragraph of a list item or block quote without the item's
    // indentation or the quote's `>`. For each one micromark looks back over the events of every
    // line of the paragraph before it, to see whether the line started a block of its own: the
    // work is the square of the paragraph's lines.
    if (listMarker) listOpen = true;
    else if (!isBlank && blank && depth === 0) listOpen = false;
    if (isBlank || heading || inTable) paragraphLines = 0;
    else if (blank || listMarker || paragraphLines === 0) {
      paragraphLines = 1;
      paragraphLine = line;
      paragraphDepth = markers > 0 || (listOpen && columns >= 2) ? depth : 0;
    } else {
      if (depth < paragraphDepth) add('lazy', paragraphLines, paragraphLine);
      paragraphLines++;
    }
    if (inTable && hasPipe) {
      let cells = 0;
      for (let k = i; k < contentEnd; k++) if (text.charCodeAt(k) === 124) cells++;
      if (cells > 64) add('table', cells * cells, line, cells - 1);
    }
    blank = isBlank;
    previousHadPipe = hasPipe;
    if (!isBlank && c0 === 91 && /^\[[^\]]{1,999}\]:/.test(text.slice(i, Math.min(contentEnd, i + 1004)))) {
      // A definition is a block of its own, not part of a paragraph.
      est.definitions++;
      scopeEnd = lineStart;
      closeScope();
      resetScope(lineStart, line);
    }

    if (depth > scopeBlockDepth) scopeBlockDepth = depth;
    separated = true;
    // The inline constructs of the line, in the paragraph's state. A scan may not go past the
    // paragraph's end, but the end of the text is a safe bound for it.
    const limit = text.length;
    for (let k = i; k < contentEnd; k++) {
      const c = text.charCodeAt(k);
      if (c >= 128 || !INTERESTING[c]) continue;
      if (c === 91 || c === 42 || c === 95 || c === 126 || c === 96) separated = true;
      else if (
        separated &&
        (c === 60 ||
          c === 38 ||
          c === 92 ||
          c === 64 ||
          (c === 33 && text.charCodeAt(k + 1) !== 91) ||
          // A `]` ends a run unless a destination follows; one before a `[` too, since labels
          // back to back make a link only with a definition (`[ ][ ]`, `[a][a]` with none stay text).
          (c === 93 && (!brackets.length || text.charCodeAt(k + 1) !== 40)))
      ) {
        groups++;
        separated = false;
      }
      if (c === 92) {
        k++;
        continue;
      }
      if (c === 91) {
        brackets.push(k);
      } else if (c === 93) {
        if (brackets.length) {
          const open = brackets.pop()!;
          add('bracket', k - open, line);
          addPair(open, k, 1);
          est.lookups++;
          // A pair inside the brackets still open may nest that deep.
          if (brackets.length + 1 > est.depth) {
            est.depth = brackets.length + 1;
            est.depthLine = line;
          }
        } else add('bracket', k - scopeStart, line);
        if (text.charCodeAt(k + 1) === 40) {
          // A resource: the destination, then maybe a title, each scanned to its end.
          let q = k + 2;
          while (q < contentEnd && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
          if (text.charCodeAt(q) === 60) {
            add('destination', Math.min(next.gt.at(q + 1, limit), next.lt.at(q + 1, limit), next.newline.at(q, limit)) - q, line);
          } else {
            const end = Math.min(next.space.at(q, limit), next.newline.at(q, limit));
            add('destination', end - q, line);
            let t = end;
            while (t < text.length && isSpace(text.charCodeAt(t))) t++;
            const open = text.charCodeAt(t);
            if (open === 34) add('destination', next.dquote.at(t + 1, limit) - t, line);
            else if (open === 39) add('destination', next.squote.at(t + 1, limit) - t, line);
            else if (open === 40) add('destination', next.paren.at(t + 1, limit) - t, line);
          }
        }
      } else if (c === 42 || c === 95 || c === 126) {
        let e = k;
        while (e < contentEnd && text.charCodeAt(e) === c) e++;
        const before = k > lineStart ? text.charCodeAt(k - 1) : 32;
        const after = e < contentEnd ? text.charCodeAt(e) : 32;
        const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
        const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
        const canOpen = c === 95 ? left && (!right || isPunct(before)) : left;
        const canClose = c === 95 ? right && (!left || isPunct(after)) : right;
        const stack = openers[c];
        if (canClose) {
          let length = e - k;
          // The look back passes the openers of the other marker that lie after the one it finds.
          const other = c === 42 ? openers[95] : c === 95 ? openers[42] : null;
          if (other?.length) {
            const from = stack.length ? stack[stack.length - 1].at : -1;
            const passed = other.length - openersBefore(other, from);
            if (passed > 0) add('emphasis', passed * PASSED_OPENER, line, 0);
          }
          if (!stack.length) add('emphasis', k - scopeStart, line);
          while (length > 0 && stack.length) {
            const top = stack[stack.length - 1];
            const used = Math.min(top.length, length);
            // Each level of nesting the pair makes is a match, and each match moves the events after it.
            add('emphasis', (k - top.at) * Math.max(1, used >> 1), line);
            // A match of two characters makes strong emphasis, of one emphasis: one node each.
            addPair(top.at, k, (used + 1) >> 1);
            const nested = used >> 1;
            if (nested + brackets.length > est.depth) {
              est.depth = nested + brackets.length;
              est.depthLine = line;
            }
            top.length -= used;
            length -= used;
            if (!top.length) stack.pop();
          }
        }
        if (canOpen) stack.push({ at: k, length: e - k });
        k = e - 1;
      } else if (c === 96) {
        let e = k;
        while (e < contentEnd && text.charCodeAt(e) === 96) e++;
        ticks.push({ at: k, length: e - k });
        k = e - 1;
      } else if (c === 60) {
        const d = text.charCodeAt(k + 1);
        let end: number;
        if (d === 33 && text.startsWith('<!--', k)) end = next.commentEnd.at(k + 4, limit);
        else if (d === 63) end = next.piEnd.at(k + 2, limit);
        else if (d === 33 && text.startsWith('<![CDATA[', k)) end = next.cdataEnd.at(k + 9, limit);
        else end = Math.min(next.gt.at(k + 1, limit), next.lt.at(k + 1, limit));
        add('html', end - k, line);
      } else if ((c === 119 || c === 87) && (text.startsWith('www.', k) || text.startsWith('WWW.', k))) {
        add('autolink', Math.min(next.space.at(k, limit), next.newline.at(k, limit)) - k, line);
      } else if (c === 64) {
        add('autolink', Math.min(next.space.at(k, limit), next.newline.at(k, limit)) - k, line);
      }
    }
    line++;
    if (lineEnd >= text.length) break;
    lineStart = nextStart;
  }
  scopeEnd = text.length;
  closeScope();
  let worst: CostEstimate['worst'] = null;
  for (const [kind, k] of perKind) {
    const best = k.work > k.best.work ? k : k.best;
    if (!worst || best.work > worst.work) worst = { kind, line: best.line, work: best.work, count: best.count };
  }
  est.worst = worst;
  return est;
}

/** Adds the estimates of consecutive pieces of one document, each estimated from its own line 0 and starting at `line`. */
export function combineCosts(parts: readonly { estimate: CostEstimate; line: number }[]): CostEstimate {
  const out: CostEstimate = { work: 0, length: 0, definitions: 0, lookups: 0, depth: 0, depthLine: 0, worst: null };
  for (const { estimate: p, line } of parts) {
    out.work += p.work;
    out.length += p.length;
    out.definitions += p.definitions;
    out.lookups += p.lookups;
    if (p.depth > out.depth) {
      out.depth = p.depth;
      out.depthLine = p.depthLine + line;
    }
    if (p.worst && (!out.worst || p.worst.work > out.worst.work)) out.worst = { ...p.worst, line: p.worst.line + line };
  }
  return out;
}

/** The hazard of a document, from its estimate: null when it can be parsed within budget. */
export function hazardOf(est: CostEstimate): Hazard | null {
  if (est.depth > MAX_DEPTH) return { construct: `Markdown nested ${est.depth.toLocaleString('en-US')} levels deep`, line: est.depthLine };
  if (est.lookups > MAX_LABELS)
    return { construct: `${est.lookups.toLocaleString('en-US')} bracketed labels (links, references, images or check boxes) in one file`, line: 0 };
  const lookups = est.definitions * est.lookups * LOOKUP_WEIGHT;
  const total = est.work + lookups;
  if (total <= budget(est.length)) return null;
  if (lookups > est.work)
    return { construct: `${est.lookups.toLocaleString('en-US')} link labels looked up among ${est.definitions.toLocaleString('en-US')} definitions`, line: 0 };
  const worst = est.worst!;
  return { construct: NOUN[worst.kind](worst.kind === 'nesting' ? est.depth : worst.count), line: worst.line };
}

/** The hazard of a whole text, or null when it can be parsed within budget. */
export function findHazard(text: string): Hazard | null {
  return hazardOf(estimateCost(text));
}
