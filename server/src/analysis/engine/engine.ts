import type { Root } from 'mdast';
import { RULES } from '../../rules/index';
import type { Report, Rule } from '../../rules/types';
import { analyzeDocument } from '../model/build';
import { arbitrate } from './arbitration';
import { findHazard, hazardMessage, type Hazard } from '../parse/guard';
import { NestingError, parseMarkdown } from '../parse/parse';
import { isSuppressed } from '../model/controls';
import { htmlParts, insideMarkup, type HtmlPart } from '../model/html-text';
import { compiled } from '../model/compiled';
import { classifyPath, quickScan, quickScanRulesOut } from '../model/detect';
import type { Finding, Fix, TextEdit } from '../base/findings';
import type { AnalysedDocument } from '../model/model';
import type { Settings } from '../base/settings';
import type { ArchiveContext } from '../../similarity/types';

/** Why a document was not checked although it may be a post-mortem. */
export interface Notice {
  message: string;
}

export interface CheckResult {
  /** The analysed document, or null when it was ruled out or could not be checked. */
  doc: AnalysedDocument | null;
  findings: Finding[];
  notice: Notice | null;
}

export interface CheckOptions {
  /** Workspace-relative (or absolute) path, used to decide whether this is a post-mortem. */
  path?: string;
  settings: Settings;
  now?: Date;
  rules?: readonly Rule[];
  /** Parses the text; defaults to a full parse. The server passes a per-document incremental parser. */
  parse?: (text: string) => Root;
  /**
   * Whether findings carry the "disable for this line / file" fixes (default true). Checking that
   * a line comment is safe costs a parse of the block, so the server leaves them out and asks
   * `disableFixes` when the editor asks for the fixes of a line; the workspace index needs none.
   */
  disableFixes?: boolean;
  /**
   * Finds what would make the parse too costly (see `parse/guard.ts`); defaults to `findHazard` on the
   * whole text. The server passes its incremental parser's, which looks again only at changed segments.
   */
  hazard?: (text: string) => Hazard | null;
  /**
   * The other post-mortems of the archive. Rules whose `meta.archive` is set run only when it is
   * given; without it a check depends on the document alone, as before.
   */
  archive?: ArchiveContext;
}

/** True when the text looks like a binary file rather than Markdown. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  if (sample.includes('\u0000')) return true;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) replacement++;
  return sample.length > 0 && replacement / sample.length > 0.1;
}

/** Decides cheaply whether the document can be skipped without a parse. */
function ruledOut(text: string, options: CheckOptions): boolean {
  const verdict = classifyPath(options.path, options.settings);
  if (verdict === 'included') return false;
  const scan = quickScan(text, compiled(options.settings).sections);
  if (verdict === 'excluded') return !(scan.frontMatterType && /post-?mortem|incident|retrospective|pre-?mortem/.test(scan.frontMatterType));
  return quickScanRulesOut(scan);
}

/** A plain `key: value` line of YAML, where a trailing `# comment` cannot change the value. */
const YAML_SCALAR_LINE = /^\s*[\w.-]+\s*:\s+[^|>'"#\s][^#]*$/;

type Positioned = { type: string; position?: { start: { offset?: number; line?: number }; end: { offset?: number } }; children?: Positioned[] };

/**
 * The first of `nodes` (siblings, in document order) whose span holds `offset`, found by halving:
 * every finding of a long document asks, so a walk from the start would cost findings × blocks.
 */
function nodeAt(nodes: readonly Positioned[], offset: number): Positioned | undefined {
  let low = 0;
  let high = nodes.length;
  // The first node that ends at or after the offset; siblings do not overlap.
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((nodes[mid].position?.end.offset ?? -1) < offset) low = mid + 1;
    else high = mid;
  }
  const node = nodes[low];
  return node && (node.position?.start.offset ?? 0) <= offset ? node : undefined;
}

/** The HTML parts of each HTML node's source, read once per node however many findings ask. */
const HTML_PARTS = new WeakMap<object, HtmlPart[]>();

function htmlPartsOf(doc: AnalysedDocument, node: Positioned, start: number, end: number): HtmlPart[] {
  let parts = HTML_PARTS.get(node);
  if (!parts) HTML_PARTS.set(node, (parts = htmlParts(doc.text.slice(start, end))));
  return parts;
}

/**
 * True when a comment appended at `offset` would not work or would change the document's
 * structure: in code or front matter (or after a closing fence, turning it into content),
 * inside an HTML comment that goes on past this line (the appended `-->` would end it early),
 * inside a tag or a script of an HTML block, or on a table's header or delimiter row.
 */
function unsafeForComment(doc: AnalysedDocument, offset: number): boolean {
  let nodes = doc.root.children as Positioned[];
  for (;;) {
    const node = nodeAt(nodes, offset);
    if (!node) return false;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (node.type === 'code' || node.type === 'yaml' || node.type === 'toml' || node.type === 'math') return true;
    if (node.type === 'html' && offset < end && /^\s*<!--/.test(doc.text.slice(start, start + 64))) return true;
    // Inside a tag (an attribute wrapped onto the next line), a script or an unclosed construct of
    // HTML, the comment would become part of the markup.
    if (node.type === 'html' && start < offset && offset <= end && insideMarkup(htmlPartsOf(doc, node, start, end), offset - start)) return true;
    // One more cell in a table's header or delimiter row and it is no longer a table.
    if (node.type === 'table' && doc.lines.positionAt(offset).line <= doc.lines.positionAt(start).line + 1) return true;
    if ((node.type === 'inlineCode' || node.type === 'inlineMath') && start < offset && offset < end) return true;
    if (!node.children) return false;
    nodes = node.children;
  }
}

/** Text and HTML: what `nesting` leaves out for the full shape (a comment is HTML). */
const TEXT_AND_HTML: ReadonlySet<string> = new Set(['text', 'html']);

/** Inline node types and HTML: what `nesting` leaves out for the shape of the blocks alone. */
const INLINE: ReadonlySet<string> = new Set([
  ...TEXT_AND_HTML,
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'inlineMath',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'footnoteReference',
]);

/** The nesting of the node types below `node`, leaving out the types in `leaveOut`. */
function nesting(node: Positioned, leaveOut: ReadonlySet<string>): string {
  const children = (node.children ?? []).filter((c) => !leaveOut.has(c.type));
  return children.length ? `${node.type}(${children.map((c) => nesting(c, leaveOut)).join(',')})` : node.type;
}

/** The nesting of block and inline nodes, without text and HTML: what a comment must not change. */
const shape = (node: Positioned) => nesting(node, TEXT_AND_HTML);

/** The nesting of block nodes only. */
const blockShape = (node: Positioned) => nesting(node, INLINE);

/** Where each top-level block other than HTML starts, in lines from `base`: a comment must not move one. */
function blockLines(nodes: readonly Positioned[], base: number): string {
  return nodes
    .filter((n) => n.type !== 'html')
    .map((n) => (n.position?.start.line ?? 0) - base)
    .join(',');
}

/** Blocks larger than this are not parsed again to check a disable comment; they get none. */
const MAX_CHECKED_BLOCK = 8 * 1024;

/** Tables larger than this are not parsed whole again for the comments at their row ends: each row is judged alone. */
const MAX_CHECKED_TABLE = 256 * 1024;

/**
 * How many parses of a block the search for its harmful line ends may take, and how much Markdown
 * each document may parse for these searches in all (sixteen times its own length, and half a
 * megabyte). A block where every line end takes a comment needs one parse; each line end that
 * would change the block costs about two parses per halving of the block's lines, so a few such
 * lines are found exactly, and a block with many gets line comments only at the ends the search
 * cleared.
 */
const MAX_BATCH_PARSES = 40;
const batchBudget = (doc: AnalysedDocument) => 16 * doc.text.length + 512 * 1024;

/** What each document has left of its budget for judging line ends together. */
const batchBytesLeft = new WeakMap<AnalysedDocument, number>();

/** Takes `bytes` from the document's budget; false, taking nothing, when too little is left. */
function takeBatchBytes(doc: AnalysedDocument, bytes: number): boolean {
  const left = batchBytesLeft.get(doc) ?? batchBudget(doc);
  if (left < bytes) return false;
  batchBytesLeft.set(doc, left - bytes);
  return true;
}

/**
 * Verdicts of `keepsShape` per top-level block node, by the comment's offset from the block's
 * start. The incremental parser hands unchanged blocks of a new version over as the same node
 * objects, so a verdict lasts as long as its block is unchanged, and goes with it.
 */
const shapeVerdicts = new WeakMap<object, Map<number, boolean>>();

/** A key of a table's verdicts (offsets are never negative): the comments at its row ends were judged. */
const ROW_ENDS_READ = -1;

/** A line that could be a table's delimiter row, a setext underline or a thematic break. */
const DELIMITER_LIKE = /^[ \t]*[|:=*_-][ \t|:=*_-]*$/;

/** A key of a block's verdicts: the comments at its line ends were judged together. */
const LINE_ENDS_READ = -2;

/**
 * Verdicts for a disable comment at the end of each body row of a top-level table, from one parse
 * of the table with the comment after every row (`newText` stands for each, with its leading
 * space or not as that row's last character asks: the rule id in it does not change the shape).
 * A row is answered when, in that parse, the table is still one table of the same rows and the
 * row has the shape it has in the document; rows not answered are judged one at a time.
 */
function rowEndVerdicts(doc: AnalysedDocument, table: Positioned, from: number, newText: string): Map<number, boolean> {
  const verdicts = new Map<number, boolean>();
  const rows = table.children ?? [];
  const to = table.position?.end.offset ?? from;
  if (to - from > MAX_CHECKED_TABLE) return verdicts;
  const comment = newText.trimStart();
  const firstLine = doc.lines.positionAt(from).line;
  const lastLine = doc.lines.positionAt(to).line;
  let plain = '';
  let commented = '';
  for (let line = firstLine; line <= lastLine; line++) {
    const start = doc.lines.lineStart(line);
    const end = doc.lines.lineEnd(line);
    const text = doc.text.slice(start, end);
    plain += `${text}\n`;
    const pad = line <= firstLine + 1 ? null : end > start && !/\s/.test(doc.text[end - 1]) ? ' ' : '';
    commented += pad === null ? `${text}\n` : `${text}${pad}${comment}\n`;
  }
  // The rows of the table as parsed alone, or null when it is no longer one table of the same rows on the same lines.
  const rowsOf = (text: string): Positioned[] | null => {
    const blocks = ((parseMarkdown(text) as Positioned).children ?? []).filter((n) => n.type !== 'html');
    const read = blocks[0]?.children ?? [];
    if (blocks.length !== 1 || blocks[0].type !== 'table' || read.length !== rows.length) return null;
    return read.every((row, i) => (row.position?.start.line ?? 0) + firstLine === (rows[i].position?.start.line ?? -1)) ? read : null;
  };
  const after = rowsOf(commented);
  const before = after && rowsOf(plain);
  if (!after || !before) return verdicts;
  for (let i = 1; i < rows.length; i++) {
    const inDocument = shape(rows[i]);
    const end = doc.lines.lineEnd((rows[i].position?.start.line ?? 1) - 1);
    // The comment leaves the row as it is in the document: kept. Otherwise, where the table alone
    // reads the row as the document does, the comment changed it; where it does not (a reference
    // defined elsewhere in the document), the row is judged alone.
    if (shape(after[i]) === inDocument) verdicts.set(end, true);
    else if (shape(before[i]) === inDocument) verdicts.set(end, false);
  }
  return verdicts;
}

/**
 * Verdicts for a disable comment at the end of each line of a top-level block other than a table
 * (a list of a hundred open items has a finding on every line; a parse of the block for each
 * would cost lines²). The block is parsed once with a comment at every line end where one may go
 * (`newText` stands for each, with its leading space or not as the line's last character asks);
 * when the block keeps its shape, every one of them is harmless: a comment is self-contained
 * inline HTML, and what one can undo (a setext underline, a hard break, a definition, a table
 * row) is its own line's, which no comment on another line can restore. What one can make is its
 * own line's too (a list that interrupts a paragraph, a definition), but for a table: one more cell
 * gives a row of pipes the count of the delimiter row below, and a comment on that row would hide
 * the table it makes; lines that could be delimiter rows take no comment, so they hide nothing. When the block changes,
 * the line ends are halved and each half is judged the same way, down to the single line ends
 * that change it, within `MAX_BATCH_PARSES` parses and the document's budget; each judgement is
 * the one `keepsShape` makes for one comment. Line ends the search did not reach get no verdict.
 */
function lineEndVerdicts(doc: AnalysedDocument, block: Positioned, from: number, to: number, newText: string): Map<number, boolean> {
  const verdicts = new Map<number, boolean>();
  const comment = newText.trimStart();
  const firstLine = doc.lines.positionAt(from).line;
  const lastLine = doc.lines.positionAt(to).line;
  const ends: { offset: number; pad: string }[] = [];
  for (let line = firstLine; line <= lastLine; line++) {
    const end = doc.lines.lineEnd(line);
    const text = doc.lines.lineText(line);
    // Blank lines take their comment at the start, as `lineFix` puts it; they are judged alone.
    if (end > to || /^\ufeff?[ \t]*$/.test(text) || unsafeForComment(doc, end)) continue;
    // A line of dashes, pipes and colons could be a table's delimiter row, an underline or a
    // rule: a comment would unmake it, and so hide what a comment on the line above makes (one
    // more cell gives a row of pipes the count of the delimiter row below, and a table is born).
    // It takes no comment, and is left out of the batch so that it hides nothing.
    if (DELIMITER_LIKE.test(text)) {
      verdicts.set(end, false);
      continue;
    }
    ends.push({ offset: end, pad: /\s/.test(doc.text[end - 1]) ? '' : ' ' });
  }
  const asInDocument = shape({ type: 'root', children: [block] });
  const linesInDocument = blockLines([block], firstLine + 1);
  let alone: Positioned | undefined;
  const keepsWith = (group: readonly { offset: number; pad: string }[]): boolean => {
    let text = '';
    let last = from;
    for (const end of group) {
      text += `${doc.text.slice(last, end.offset)}${end.pad}${comment}`;
      last = end.offset;
    }
    const after = parseMarkdown(text + doc.text.slice(last, to)) as Positioned;
    if (blockLines(after.children ?? [], 1) !== linesInDocument) return false;
    if (shape(after) === asInDocument) return true;
    alone ??= parseMarkdown(doc.text.slice(from, to)) as Positioned;
    return shape(alone) === shape(after) && blockShape(alone) === blockShape({ type: 'root', children: [block] });
  };
  let parses = 0;
  const judge = (group: readonly { offset: number; pad: string }[]): void => {
    if (parses++ >= MAX_BATCH_PARSES || !takeBatchBytes(doc, to - from)) return;
    if (keepsWith(group)) {
      for (const end of group) verdicts.set(end.offset, true);
    } else if (group.length === 1) {
      verdicts.set(group[0].offset, false);
    } else {
      const half = group.length >> 1;
      judge(group.slice(0, half));
      judge(group.slice(half));
    }
  };
  if (ends.length) judge(ends);
  return verdicts;
}

/**
 * True when inserting `newText` at `at` leaves the enclosing top-level block the same shape, so
 * a disable comment cannot, say, give a table header the cell it lacked or undo a heading.
 * Checked by parsing that block again with the comment: when that gives the block as it is in
 * the document, the comment is harmless. Otherwise (a reference whose definition lies outside
 * the block parses differently on its own) the block is parsed without the comment too: the
 * two must agree, and the block on its own must still be the same kind of block as in the
 * document, or the parse on its own proves nothing.
 */
function keepsShape(doc: AnalysedDocument, at: number, newText: string): boolean {
  const block = nodeAt(doc.root.children, at);
  if (!block) return true;
  const blockStart = block.position?.start.offset ?? 0;
  let verdicts = shapeVerdicts.get(block);
  if (!verdicts) shapeVerdicts.set(block, (verdicts = new Map<number, boolean>()));
  // The rule id inside the comment does not change the shape, so one verdict serves every rule.
  const known = verdicts.get(at - blockStart);
  if (known !== undefined) return known;
  const from = doc.lines.lineStart(doc.lines.positionAt(blockStart).line);
  const to = block.position?.end.offset ?? from;
  let keeps: boolean;
  const headerLine = doc.lines.positionAt(from).line;
  const rowLine = doc.lines.positionAt(at).line;
  if (block.type === 'table' && rowLine > headerLine + 1) {
    // A table's body rows are read one line at a time against the header and delimiter rows, so
    // a comment at the end of one row cannot change another: one parse of the table with a
    // comment after every row answers for all of them. (A table of open items has findings on
    // every row; a parse of the table for each would cost rows².)
    if (at === doc.lines.lineEnd(rowLine) && !verdicts.has(ROW_ENDS_READ)) {
      verdicts.set(ROW_ENDS_READ, true);
      for (const [offset, keeps] of rowEndVerdicts(doc, block, from, newText)) verdicts.set(offset - blockStart, keeps);
      const known = verdicts.get(at - blockStart);
      if (known !== undefined) return known;
    }
    // A row the batch could not answer for: the header, the delimiter and that row, with and without the comment.
    const head = doc.text.slice(from, doc.lines.lineStart(headerLine + 2));
    const rowStart = doc.lines.lineStart(rowLine);
    const rowEnd = doc.lines.lineEnd(rowLine);
    const before = parseMarkdown(head + doc.text.slice(rowStart, rowEnd)) as Positioned;
    const after = parseMarkdown(head + doc.text.slice(rowStart, at) + newText + doc.text.slice(at, rowEnd)) as Positioned;
    keeps = blockLines(after.children ?? [], 1) === blockLines(before.children ?? [], 1) && shape(after) === shape(before);
  } else if (to - from > MAX_CHECKED_BLOCK) {
    keeps = false;
  } else if (at === doc.lines.lineEnd(rowLine) && at > doc.lines.lineStart(rowLine)) {
    // The end of a line of text: the line ends of the block are judged together, once.
    if (!verdicts.has(LINE_ENDS_READ)) {
      verdicts.set(LINE_ENDS_READ, true);
      for (const [offset, keeps] of lineEndVerdicts(doc, block, from, to, newText)) verdicts.set(offset - blockStart, keeps);
    }
    // A line end the search did not reach (a block with many that change it): no comment.
    keeps = verdicts.get(at - blockStart) ?? false;
  } else {
    const after = parseMarkdown(doc.text.slice(from, at) + newText + doc.text.slice(at, to)) as Positioned;
    const asInDocument: Positioned = { type: 'root', children: [block] };
    // A comment at a line start can also split a block into an HTML block and the rest, which
    // the shape (it leaves HTML out) does not show: the blocks must start on the same lines too.
    const firstLine = doc.lines.positionAt(from).line + 1;
    if (blockLines(after.children ?? [], 1) !== blockLines([block], firstLine)) keeps = false;
    else if (shape(after) === shape(asInDocument)) keeps = true;
    else {
      const before = parseMarkdown(doc.text.slice(from, to)) as Positioned;
      keeps = shape(before) === shape(after) && blockShape(before) === blockShape(asInDocument);
    }
  }
  verdicts.set(at - blockStart, keeps);
  return keeps;
}

/**
 * Where the closing sequence of an ATX heading's line starts (the spaces and `#` at its end, as
 * `/[ \t]+#+[ \t]*$/` finds them), or -1. Read from the end: that pattern tried every space of a
 * long run again to the run's end, which cost the square of the run.
 */
function closingSequence(lineText: string): number {
  const blank = (i: number) => lineText.charCodeAt(i) === 32 || lineText.charCodeAt(i) === 9;
  let end = lineText.length;
  while (end > 0 && blank(end - 1)) end--;
  let hashes = end;
  while (hashes > 0 && lineText.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes === end || hashes === 0 || !blank(hashes - 1)) return -1;
  let spaces = hashes;
  while (spaces > 0 && blank(spaces - 1)) spaces--;
  return spaces;
}

function lineFix(doc: AnalysedDocument, ruleId: string, line: number): Fix | null {
  const end = doc.lines.lineEnd(line);
  const start = doc.lines.lineStart(line);
  const lineText = doc.lines.lineText(line);
  const fm = doc.model.frontMatter;
  if (fm && start >= fm.start && start < fm.end) {
    // Inside front matter an HTML comment would become part of a YAML value: use a YAML comment,
    // and offer nothing where even that could change the value (block scalars, quoted text).
    if (!YAML_SCALAR_LINE.test(lineText.replace(/^\ufeff/, ''))) return null;
    return { title: `Disable ${ruleId} for this line`, kind: 'suppress', edits: [{ start: end, end, newText: ` # postmortem-disable-line ${ruleId}` }] };
  }
  if (unsafeForComment(doc, end)) return null;
  const bom = start === 0 && doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // On a blank line, text after the indentation could start an indented code block: put the
  // comment first (after a byte order mark, which must stay the first character).
  // Blank in Markdown's sense: spaces and tabs only (JavaScript's trim also drops characters
  // such as U+2029 and U+00A0, which make a line of text for Markdown).
  let at = /^\ufeff?[ \t]*$/.test(lineText) ? start + bom : end;
  // On an ATX heading with a closing sequence (`## Impact ##`), the comment goes before the
  // closing hashes: after them, it would make them part of the heading's text.
  const heading = doc.model.headings.find((h) => h.start === start + bom + (/^ {0,3}/.exec(lineText.slice(bom))?.[0].length ?? 0));
  if (heading && /^ {0,3}#/.test(lineText.slice(bom))) {
    const closing = closingSequence(lineText);
    if (closing > 0) at = start + closing;
  }
  const pad = at > start + bom && !/\s/.test(doc.text[at - 1]) ? ' ' : '';
  const trail = at === start + bom && at < end ? ' ' : '';
  const newText = `${pad}<!-- postmortem-disable-line ${ruleId} -->${trail}`;
  if (!keepsShape(doc, at, newText)) return null;
  return { title: `Disable ${ruleId} for this line`, kind: 'suppress', edits: [{ start: at, end: at, newText }] };
}

function fileFix(doc: AnalysedDocument, ruleId: string): Fix | null {
  const fm = doc.model.frontMatter;
  const eol = doc.lines.eol;
  const title = `Disable ${ruleId} for this file`;
  if (fm) {
    const at = doc.lines.lineEnd(doc.lines.positionAt(fm.end).line);
    return { title, kind: 'suppress', edits: [{ start: at, end: at, newText: `${eol}<!-- postmortem-disable-file ${ruleId} -->` }] };
  }
  if (doc.model.controls.some((c) => c.line === 0)) {
    // A line pushed in above a control comment on the first line would move that comment away
    // from the findings it silences there (those about the whole document stay at its start).
    // The comment joins that line instead, where a line comment could go; a disable-file
    // comment works anywhere in the file.
    const onFirstLine = lineFix(doc, ruleId, 0);
    if (!onFirstLine) return null;
    const [edit] = onFirstLine.edits;
    return { title, kind: 'suppress', edits: [{ ...edit, newText: edit.newText.replace('postmortem-disable-line', 'postmortem-disable-file') }] };
  }
  const at = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { title, kind: 'suppress', edits: [{ start: at, end: at, newText: `<!-- postmortem-disable-file ${ruleId} -->${eol}` }] };
}

/**
 * The fixes that silence `ruleId` on `line` (zero-based) of an analysed document: a comment for
 * this line and one for the whole file, each where it is safe.
 */
export function disableFixes(doc: AnalysedDocument, ruleId: string, line: number): Fix[] {
  return [lineFix(doc, ruleId, line), fileFix(doc, ruleId)].filter((fix): fix is Fix => fix !== null);
}

/** Runs every enabled rule over an analysed document and applies the inline control comments. */
export function runRules(doc: AnalysedDocument, options: CheckOptions): Finding[] {
  const { settings } = options;
  const now = options.now ?? new Date();
  const findings: Finding[] = [];
  const subjects = new Map<Finding, string>();
  for (const rule of options.rules ?? RULES) {
    const { meta } = rule;
    const configured = settings.rules[meta.id];
    const severity = configured?.severity ?? (meta.defaultOff && !configured ? 'off' : meta.defaultSeverity);
    if (severity === 'off') continue;
    if (doc.model.isTemplate && meta.templates === 'skip') continue;
    if (meta.archive && !options.archive) continue;
    const ruleOptions: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(meta.options ?? {})) ruleOptions[name] = configured?.options[name] ?? spec.default;
    const report = (r: Report) => {
      const start = Math.max(0, Math.min(r.start, doc.text.length));
      const end = Math.max(start, Math.min(r.end, doc.text.length));
      // A copy: rules may hand several findings one array, and the disable fixes differ per finding.
      const finding: Finding = {
        ruleId: meta.id,
        message: r.message,
        start,
        end,
        severity,
        fixes: [...(r.fixes ?? [])],
        ...(r.related?.length ? { related: r.related } : {}),
      };
      findings.push(finding);
      if (r.subject !== undefined) subjects.set(finding, r.subject);
    };
    try {
      rule.check({ doc, model: doc.model, settings, options: ruleOptions, now, report, archive: options.archive });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      findings.push({
        ruleId: meta.id,
        message: `The rule ${meta.id} stopped with an error on this document and its findings are missing (${reason}). Please report this; the other rules still ran.`,
        start: 0,
        end: 0,
        severity: 'warning',
        fixes: [],
      });
    }
  }
  const unsuppressed: Finding[] = [];
  for (const finding of findings) {
    const line = doc.lines.positionAt(finding.start).line;
    if (isSuppressed(doc.model.controls, finding.ruleId, line, finding.start)) continue;
    unsuppressed.push(finding);
  }
  // Where two rules report the same thing, one speaks: decided here, after the control comments.
  const kept = arbitrate(unsuppressed, subjects);
  if (options.disableFixes !== false) {
    for (const finding of kept) finding.fixes.push(...disableFixes(doc, finding.ruleId, doc.lines.positionAt(finding.start).line));
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept;
}

/**
 * The edits of "fix all": every finding's preferred fix, in document order, leaving out any fix
 * that overlaps one already taken (it is offered again on the next round). A fix is taken whole
 * or not at all. The edit objects are the findings' own.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const fixes = findings.flatMap((f) => f.fixes.filter((x) => x.isPreferred && x.edits.length));
  fixes.sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[0].end - b.edits[0].end);
  const taken: TextEdit[] = [];
  let lastEnd = -1;
  for (const fix of fixes) {
    if (fix.edits[0].start < lastEnd) continue;
    taken.push(...fix.edits);
    lastEnd = Math.max(lastEnd, fix.edits[fix.edits.length - 1].end);
  }
  return taken;
}

/** Checks one document: decides whether it is a post-mortem, parses it once and runs the rules. */
export function check(text: string, options: CheckOptions): CheckResult {
  const { settings } = options;
  if (!settings.enable) return { doc: null, findings: [], notice: null };
  const byPath = classifyPath(options.path, settings) === 'included';
  if (text.length > settings.maxDocumentSize) {
    if (!byPath && ruledOut(text, options)) return { doc: null, findings: [], notice: null };
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      doc: null,
      findings: [],
      notice: {
        message: `This document is ${mb(text.length)}, larger than postmortem.maxDocumentSize (${mb(settings.maxDocumentSize)}), so it was not checked.`,
      },
    };
  }
  if (looksBinary(text)) {
    return {
      doc: null,
      findings: [],
      notice: byPath ? { message: 'This file does not look like text (it holds NUL bytes or undecodable characters), so it was not checked.' } : null,
    };
  }
  if (ruledOut(text, options)) return { doc: null, findings: [], notice: null };
  // Text the parser would take minutes over, or nest too deep to walk, gets one notice instead.
  const hazard = (options.hazard ?? findHazard)(text);
  if (hazard) return { doc: null, findings: [], notice: { message: hazardMessage(hazard) } };
  let doc: AnalysedDocument;
  try {
    doc = analyzeDocument(text, options.path, settings, options.parse);
  } catch (error) {
    if (!(error instanceof NestingError)) throw error;
    return { doc: null, findings: [], notice: { message: hazardMessage({ construct: error.message, line: error.line }) } };
  }
  if (!doc.model.isPostmortem) return { doc, findings: [], notice: null };
  return { doc, findings: runRules(doc, options), notice: null };
}

/** The rules that read the archive (`meta.archive`). */
export const ARCHIVE_RULES: readonly Rule[] = RULES.filter((r) => r.meta.archive);

/** The findings of the archive rules alone, for a check made without an archive (none when there is no archive). */
export function archiveFindings(base: CheckResult, options: CheckOptions): Finding[] {
  if (!base.doc?.model.isPostmortem || !options.archive || !ARCHIVE_RULES.length) return [];
  return runRules(base.doc, { ...options, rules: ARCHIVE_RULES });
}

/** A check with more findings added, kept in document order (the same check when there are none). */
export function withFindings(base: CheckResult, extra: readonly Finding[]): CheckResult {
  if (!extra.length) return base;
  return { ...base, findings: [...base.findings, ...extra].sort((a, b) => a.start - b.start || a.end - b.end) };
}

/**
 * Adds the findings of the archive rules to a check made without an archive. The editor keeps
 * one check per document version and adds these per version of the archive, for the price of a
 * query rather than a check. Findings stay in document order.
 */
export function addArchiveFindings(base: CheckResult, options: CheckOptions): CheckResult {
  return withFindings(base, archiveFindings(base, options));
}
