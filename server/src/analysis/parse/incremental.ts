/**
 * Incremental parsing: the text is cut into segments at lines where a Markdown parse is known
 * to start afresh, each segment is parsed on its own, and an edit re-parses only the segments
 * whose text changed. The tree it returns equals `parseMarkdown(text)` of the whole text, node
 * for node and position for position (a property test holds it to that).
 *
 * Why a cut is safe. A segment starts at a line that follows a blank line and begins in
 * column 0 with an ATX heading (`#` … `######`) or with a letter. Such a line cannot continue
 * anything the previous segment left open: a blank line ends paragraphs, tables, setext
 * candidates and HTML blocks of kinds 6 and 7; an unindented line that is not a list marker
 * ends every list item, block quote and footnote definition, and so the blocks inside them.
 * What remains are blocks that only their own end marker closes: fenced code, HTML blocks of
 * kinds 1 to 5 and front matter. Front matter is handled by never cutting before its closing
 * line; for the other two, a segment whose last top-level block may still be open is joined
 * with the next one. The only thing a parse carries across the whole document is the set of
 * link and footnote labels defined somewhere (`[x]: url`, `[^x]: note`): a reference is only a
 * reference when its label is defined. Each segment is therefore parsed knowing the labels the
 * other segments define (written as definitions before or after it and dropped afterwards),
 * and a change in that set re-parses every segment. Text with a lone carriage return as a line
 * break is parsed whole.
 *
 * Ownership: the returned tree shares its unchanged nodes with the previous one, and their
 * positions are moved in place. A tree is valid until the next `parse` call of the same parser.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { combineCosts, estimateCost, hazardOf, type CostEstimate, type Hazard } from './guard';
import { NestingError, frontMatterEnd, parseMarkdown } from './parse';

/** A link or footnote label defined in a segment. */
interface Label {
  footnote: boolean;
  /** The label as written, with line breaks folded to spaces. */
  label: string;
  /** `l:` or `f:` followed by the normalised identifier. */
  key: string;
}

/** One parsed segment, reusable while its text is unchanged. */
interface Segment {
  text: string;
  /** Line breaks in `text`. */
  breaks: number;
  children: RootContent[];
  /** Where the segment's first character sits in the current positions of `children` (0-based line). */
  baseLine: number;
  baseOffset: number;
  /** End of the segment's own parse, in the same coordinates as `children`. */
  end: Point;
  own: Label[];
  /** Keys of every label the segment was parsed knowing, sorted and joined. */
  known: string;
  /** The last top-level block may still be open and swallow the next segment's first line. */
  lastOpen: boolean;
}

/** What the last `parse` did, for tests and the benchmark. */
export interface ParseStats {
  segments: number;
  reused: number;
  parsed: number;
  /** True when the text was parsed whole (no safe cuts, or an unsafe situation). */
  whole: boolean;
}

/** True for paragraph starts chosen as cuts: about one in eight, picked by content so cuts stay put when text moves. */
function chosenParagraph(text: string, at: number): boolean {
  let hash = 0;
  const end = Math.min(text.length, at + 24);
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return (hash & 7) === 0;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when the line starting at `at` is an ATX heading opener: 1 to 6 `#` then a space, tab or line end. */
function isAtxHeading(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 7 && text.charCodeAt(i) === 35) i++;
  const n = i - at;
  if (n < 1 || n > 6) return false;
  if (i === text.length) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Segments are at least this many characters long: each parse has a fixed cost, so tiny
 * segments make a first parse slower than a whole one. Cuts stay content-defined: after an
 * edit, the choice of cuts falls back into step with the old one at the next chosen cut.
 */
export const MIN_SEGMENT = 1500;

/** Offsets where segments start, after 0. */
export function cutPoints(text: string, min = MIN_SEGMENT): number[] {
  const cuts: number[] = [];
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 10) return cuts;
  }
  const after = frontMatterEnd(text);
  if (after < 0) return cuts;
  // Walk line by line; a line is blank when it holds only spaces and tabs.
  let start = after;
  let blank = false;
  while (start < text.length) {
    const c = text.charCodeAt(start);
    if (
      blank &&
      start > after &&
      start - (cuts.length ? cuts[cuts.length - 1] : 0) >= min &&
      (c === 35 ? isAtxHeading(text, start) : isLetter(c) && chosenParagraph(text, start))
    )
      cuts.push(start);
    let i = start;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d !== 32 && d !== 9 && d !== 13) break;
      i++;
    }
    blank = i === text.length || text.charCodeAt(i) === 10;
    const eol = text.indexOf('\n', i);
    if (eol === -1) break;
    start = eol + 1;
  }
  return cuts;
}

function countBreaks(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

const OPEN_HTML = /^ {0,3}<(?:(?:script|pre|style|textarea)(?:[\s>]|$)|\?|![A-Za-z]|!\[CDATA\[)/i;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * True when the block, or the last block inside it, may still be open at the end of its
 * segment. Open fenced code and HTML take in the blank lines that end a segment, so even
 * inside a list or quote (which the next segment's first line closes) they would end
 * elsewhere than in a parse of the whole text.
 */
function mayBeOpen(node: RootContent | undefined, text: string, shift: number): boolean {
  if (!node?.position) return false;
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'footnoteDefinition') {
    return mayBeOpen(node.children[node.children.length - 1], text, shift);
  }
  if (node.type !== 'html' && node.type !== 'code') return false;
  const source = text.slice(node.position.start.offset! + shift, node.position.end.offset! + shift);
  if (node.type === 'html') {
    if (OPEN_HTML.test(source)) return true;
    const comment = /^ {0,3}<!--/.exec(source);
    return !!comment && source.indexOf('-->', comment[0].length) === -1;
  }
  // Indented code is ended by any unindented line; anything that starts like a fence is checked for its closing line.
  const open = FENCE.exec(source);
  if (!open) return false;
  const lines = source.split(/\r?\n/);
  if (lines.length < 2) return true;
  const fence = open[1];
  // Matching the raw last line is enough: inside a list item the real line has less indentation, never more.
  const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  return !close.test(lines[lines.length - 1]);
}

function collectLabels(nodes: readonly Nodes[], out: Label[]): void {
  for (const node of nodes) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const footnote = node.type === 'footnoteDefinition';
      out.push({ footnote, label: (node.label ?? node.identifier).replace(/\s+/g, ' '), key: `${footnote ? 'f' : 'l'}:${node.identifier}` });
    }
    if ('children' in node) collectLabels(node.children as Nodes[], out);
  }
}

/** Definitions as they usually look: at a line start, maybe inside a quote or list item. */
const DEFINITION_LINE = /^[ \t>*+\-\d.)]*\[(\^?)((?:[^[\]\\\r\n]|\\.){1,999})\]:/gm;

/**
 * A first guess at the labels the text defines, from its lines alone, so a first parse need
 * not parse segments twice. A wrong guess costs time only: the parse result decides.
 */
function guessLabels(text: string): Label[] {
  const out: Label[] = [];
  if (!text.includes(']:')) return out;
  DEFINITION_LINE.lastIndex = 0;
  for (let m = DEFINITION_LINE.exec(text); m; m = DEFINITION_LINE.exec(text)) {
    const footnote = m[1] === '^';
    const label = m[2].replace(/\s+/g, ' ');
    // The identifier as micromark-util-normalize-identifier and mdast make it.
    const identifier = label.replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
    if (identifier) out.push({ footnote, label, key: `${footnote ? 'f' : 'l'}:${identifier}` });
  }
  return out;
}

function keysOf(labels: Iterable<Label>): string {
  return [...new Set([...labels].map((l) => l.key))].sort().join('\n');
}

function definitionText(labels: readonly Label[]): string {
  return labels.map((l) => (l.footnote ? `[^${l.label}]: x` : `[${l.label}]: x`)).join('\n\n');
}

/** Checks that the parse of the written definitions gave exactly those definitions. */
function definitionsMatch(nodes: readonly RootContent[], labels: readonly Label[]): boolean {
  if (nodes.length !== labels.length) return false;
  return nodes.every(
    (node, i) =>
      (node.type === 'definition' || node.type === 'footnoteDefinition') && `${node.type === 'definition' ? 'l' : 'f'}:${node.identifier}` === labels[i].key,
  );
}

function movePoint(point: Point, lines: number, offset: number): Point {
  return { line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset };
}

/**
 * Moves every position below `nodes`, in place: mdast-util-from-markdown gives each node its
 * own point objects (the property test would see a shared one moved twice).
 */
function move(nodes: readonly Nodes[], lines: number, offset: number): void {
  for (const node of nodes) {
    const position = node.position;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    if ('children' in node) move(node.children as Nodes[], lines, offset);
  }
}

/**
 * The top-level blocks of each tree the incremental parser returned, grouped by segment. A
 * segment the parser reused is the same array object in the next tree, so work kept per
 * segment (in a WeakMap keyed by the array) is found without looking at its blocks.
 */
const segmentsByTree = new WeakMap<Root, readonly (readonly RootContent[])[]>();

/**
 * The top-level blocks of `root` in document order, grouped by the segment that holds them:
 * an unchanged segment of an incremental parse is the same array as in the previous tree (its
 * blocks the same nodes, moved in place). A tree parsed whole is one group.
 */
export function treeSegments(root: Root): readonly (readonly RootContent[])[] {
  return segmentsByTree.get(root) ?? [root.children];
}

/**
 * True when `root` came from an incremental parse cut into segments: only such a tree's segments
 * can come back in a later version (a tree parsed whole shares no array with any other tree).
 */
export function isSegmented(root: Root): boolean {
  return segmentsByTree.has(root);
}

/** A parser for successive versions of one document. */
export class IncrementalParser {
  /** `minSegment`: the shortest segment in characters (tests use 0 to cut wherever it is safe). */
  constructor(private readonly minSegment = MIN_SEGMENT) {}

  private cache = new Map<string, Segment[]>();
  private labels: Label[] = [];
  /** What the last call did. */
  stats: ParseStats = { segments: 0, reused: 0, parsed: 0, whole: true };
  /** The last text cut into segments, so `prepare` and then `parse` of one version cut it once. */
  private split: { text: string; starts: number[]; texts: string[] } | null = null;

  private segmentsOf(text: string): { starts: number[]; texts: string[] } {
    if (this.split?.text === text) return this.split;
    const starts = [0, ...cutPoints(text, this.minSegment)];
    const texts = starts.map((start, i) => text.slice(start, i + 1 < starts.length ? starts[i + 1] : text.length));
    this.split = { text, starts, texts };
    return this.split;
  }

  /** Cost estimates of the last version's segments, by segment text. */
  private costs = new Map<string, CostEstimate>();

  /**
   * What would make parsing `text` too costly (see `guard.ts`), or null. Only segments not seen
   * in the previous version are looked at again, so a costly paragraph costs its own segment.
   */
  hazard(text: string): Hazard | null {
    const { starts, texts } = this.segmentsOf(text);
    const costs = new Map<string, CostEstimate>();
    const parts: { estimate: CostEstimate; line: number }[] = [];
    let line = 0;
    for (let i = 0; i < starts.length; i++) {
      const segmentText = texts[i];
      let estimate = costs.get(segmentText) ?? this.costs.get(segmentText);
      if (!estimate) estimate = estimateCost(segmentText);
      costs.set(segmentText, estimate);
      parts.push({ estimate, line });
      line += countBreaks(segmentText);
    }
    this.costs = costs;
    return hazardOf(combineCosts(parts));
  }

  /** Parses `text`, reusing the segments it shares with the previous version. */
  parse(text: string): Root {
    try {
      return this.parseSegments(text);
    } catch (error) {
      if (!(error instanceof NestingError) || error.within === undefined) throw error;
      // A segment's lines count from its own start: give the line in the whole text.
      const at = Math.max(0, text.indexOf(error.within));
      throw new NestingError(error.depth, error.line + countBreaks(text.slice(0, at)));
    }
  }

  private parseSegments(text: string): Root {
    const { starts, texts } = this.segmentsOf(text);
    if (starts.length === 1) return this.whole(text);
    const ends = [...starts.slice(1), text.length];
    const previous = this.cache;
    const used = new Map<string, Segment[]>();
    const guess = this.cache.size ? this.labels : guessLabels(text);
    const stats: ParseStats = { segments: 0, reused: 0, parsed: 0, whole: false };

    const take = (segmentText: string, known: string): Segment | undefined => {
      const list = previous.get(segmentText);
      if (!list?.length) return undefined;
      const at = list.findIndex((s) => s.known === known);
      return list.splice(at === -1 ? 0 : at, 1)[0];
    };

    // First pass: reuse or parse each segment, joining a segment with the next while its last block may be open.
    const placed: { start: number; segment: Segment }[] = [];
    const guessKeys = keysOf(guess);
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i];
      let end: number;
      const first = start === 0;
      let segment = take(texts[i], guessKeys);
      let fresh = false;
      if (!segment) {
        segment = this.parseSegment(texts[i], first && i === starts.length - 1 ? [] : guess, first, i === starts.length - 1) ?? undefined;
        fresh = true;
      }
      while (segment?.lastOpen && i + 1 < starts.length) {
        i++;
        end = ends[i];
        const joined = text.slice(start, end);
        segment = take(joined, guessKeys);
        fresh = !segment;
        if (!segment) segment = this.parseSegment(joined, first && i === starts.length - 1 ? [] : guess, first, i === starts.length - 1) ?? undefined;
      }
      if (!segment) return this.whole(text);
      if (fresh) stats.parsed++;
      else stats.reused++;
      placed.push({ start, segment });
    }

    // The labels the whole document defines; segments parsed knowing other labels are parsed again.
    const all: Label[] = [];
    const seen = new Set<string>();
    for (const { segment } of placed) {
      for (const label of segment.own) {
        if (seen.has(label.key)) continue;
        seen.add(label.key);
        all.push(label);
      }
    }
    const known = keysOf(all);
    for (let i = 0; i < placed.length; i++) {
      const { start, segment } = placed[i];
      if (segment.known === known) continue;
      const ownKeys = new Set(segment.own.map((l) => l.key));
      const extra = all.filter((l) => !ownKeys.has(l.key));
      const again = this.parseSegment(segment.text, placed.length === 1 ? [] : extra, start === 0, i === placed.length - 1);
      if (!again || again.known !== known) return this.whole(text);
      placed[i] = { start, segment: again };
      stats.parsed++;
      stats.reused--;
    }

    // Place every segment at its line and offset (parseMarkdown counts a leading BOM, so the
    // first segment's offsets and the text's agree).
    const children: RootContent[] = [];
    let line = 0;
    for (const { start, segment } of placed) {
      const offset = start;
      if (segment.baseLine !== line || segment.baseOffset !== offset) {
        move(segment.children, line - segment.baseLine, offset - segment.baseOffset);
        segment.end = movePoint(segment.end, line - segment.baseLine, offset - segment.baseOffset);
        segment.baseLine = line;
        segment.baseOffset = offset;
      }
      for (const child of segment.children) children.push(child);
      line += segment.breaks;
      let list = used.get(segment.text);
      if (!list) used.set(segment.text, (list = []));
      list.push(segment);
    }
    const last = placed[placed.length - 1].segment;
    this.cache = used;
    this.labels = all;
    stats.segments = placed.length;
    this.stats = stats;
    const root: Root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: last.end } };
    segmentsByTree.set(
      root,
      placed.map(({ segment }) => segment.children),
    );
    return root;
  }

  /**
   * Parses the segments of `text` that are not parsed yet, giving way to other work every few
   * milliseconds, and stops early when `stop()` says so. What it parsed is kept, so a later
   * `parse` of this text, or of a newer version sharing those segments, does not parse it again.
   * Returns false when it stopped early.
   */
  async prepare(text: string, stop: () => boolean, slice = 8): Promise<boolean> {
    const { starts, texts } = this.segmentsOf(text);
    if (starts.length === 1) return !stop();
    // Text too costly to parse is not parsed here either: the check gives its notice.
    if (this.hazard(text)) return !stop();
    if (!this.cache.size) this.labels = guessLabels(text);
    const guess = this.labels;
    let since = performance.now();
    for (let i = 0; i < starts.length; i++) {
      if (performance.now() - since > slice) {
        await new Promise((resolve) => setImmediate(resolve));
        since = performance.now();
      }
      if (stop()) return false;
      const segmentText = texts[i];
      if (this.cache.get(segmentText)?.length) continue;
      let segment: Segment | null;
      try {
        segment = this.parseSegment(segmentText, i === 0 && i === starts.length - 1 ? [] : guess, i === 0, i === starts.length - 1);
      } catch (error) {
        // Nesting too deep: the check that follows meets it again and reports it.
        if (error instanceof NestingError) return !stop();
        throw error;
      }
      if (!segment) return !stop();
      this.cache.set(segmentText, [segment]);
    }
    return !stop();
  }

  /** Parses the text in one piece and forgets the segments. */
  private whole(text: string): Root {
    this.cache = new Map();
    this.labels = [];
    this.stats = { segments: 1, reused: 0, parsed: 1, whole: true };
    return parseMarkdown(text);
  }

  /**
   * Parses one segment knowing the `extra` labels, written as definitions after the first
   * segment (so front matter stays first) and before the others. Null when that went wrong.
   */
  private parseSegment(text: string, extra: readonly Label[], first: boolean, last: boolean): Segment | null {
    try {
      return this.parseSegmentNow(text, extra, first, last);
    } catch (error) {
      if (!(error instanceof NestingError)) throw error;
      // Definitions written before the segment moved its lines down.
      const before = extra.length && !first ? countBreaks(definitionText(extra) + '\n\n') : 0;
      throw new NestingError(error.depth, Math.max(0, error.line - before), text);
    }
  }

  private parseSegmentNow(text: string, extra: readonly Label[], first: boolean, last: boolean): Segment | null {
    let children: RootContent[];
    let end: Point;
    let baseLine = 0;
    let baseOffset = 0;
    if (!extra.length) {
      const root = parseMarkdown(text);
      children = root.children;
      end = root.position!.end;
    } else if (first) {
      // The first segment ends with a blank line (it is not the last), so definitions can follow it.
      if (last) return null;
      const root = parseMarkdown(text + definitionText(extra) + '\n');
      children = root.children.slice(0, root.children.length - extra.length);
      const added = root.children.slice(children.length);
      if (!definitionsMatch(added, extra) || (added[0].position?.start.offset ?? 0) < text.length) return null;
      end = root.position!.end;
    } else {
      const before = definitionText(extra) + '\n\n';
      const root = parseMarkdown(before + text);
      const added = root.children.slice(0, extra.length);
      children = root.children.slice(extra.length);
      if (!definitionsMatch(added, extra) || (children.length && (children[0].position?.start.offset ?? 0) < before.length)) return null;
      baseLine = countBreaks(before);
      baseOffset = before.length;
      end = root.position!.end;
    }
    const own: Label[] = [];
    if (text.includes(']:')) collectLabels(children, own);
    const lastNode = children[children.length - 1];
    const shift = -baseOffset;
    return {
      text,
      breaks: countBreaks(text),
      children,
      baseLine,
      baseOffset,
      end,
      own,
      known: keysOf([...own, ...extra]),
      lastOpen: mayBeOpen(lastNode, text, shift),
    };
  }
}
