/**
 * The invariants every check and every fix must keep, written once over "all findings of all
 * rules" so that a new rule, or a new fix of an old rule, is covered without touching this file.
 * Each function throws an Error that says what broke; property tests feed it generated text.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, fixAllEdits, type CheckOptions } from '../../server/src/analysis/engine/engine';
import type { Finding, Fix, TextEdit } from '../../server/src/analysis/base/findings';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { LineIndex } from '../../server/src/analysis/base/text';
import { applyEdits } from '../../server/src/analysis/base/findings';
import { PRECEDENCE } from '../../server/src/analysis/engine/arbitration';
import type { Node, Parent } from 'mdast';

/** The clock every property uses, so findings about dates are reproducible. */
export const FIXED_NOW = new Date('2026-06-01T12:00:00Z');

/** Options that make `check` treat the text as a post-mortem by its path. */
export function postmortemOptions(path = 'postmortems/fuzz.md'): CheckOptions {
  return { path, settings: defaultSettings(), now: FIXED_NOW };
}

function fail(message: string): never {
  throw new Error(message);
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when an offset falls between the halves of a surrogate pair or of a CRLF. */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (isHigh(before) && isLow(after)) || (before === 13 && after === 10);
}

/** Checks that a fix's edits are sorted, do not overlap, stay inside the text and split no character. */
export function assertEditsWellFormed(text: string, edits: readonly TextEdit[], what: string): void {
  let last = 0;
  for (const [i, edit] of edits.entries()) {
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end)) fail(`${what}: edit ${i} has a non-integer offset`);
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end)
      fail(`${what}: edit ${i} [${edit.start}, ${edit.end}) is not inside the document of length ${text.length}`);
    if (edit.start < last)
      fail(`${what}: edit ${i} starts at ${edit.start}, before the previous edit ends (${last}): edits must be sorted and must not overlap`);
    if (splitsCharacter(text, edit.start) || splitsCharacter(text, edit.end))
      fail(`${what}: edit ${i} [${edit.start}, ${edit.end}) splits a surrogate pair or a CRLF`);
    last = edit.end;
  }
}

export { applyEdits };

/**
 * Applies the edits the way an editor does: converted to LSP positions with the engine's line
 * index, then applied by vscode-languageserver-textdocument. The result must equal the offset
 * application, or the editor would put the text somewhere else than the engine meant.
 */
export function applyAsEditor(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const document = TextDocument.create('file:///fuzz.md', 'markdown', 1, text);
  return TextDocument.applyEdits(
    document,
    edits.map((e) => ({ range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText })),
  );
}

/**
 * Findings are "the same" when rule and message agree: positions move when text is inserted
 * above, and so does a line a message names ("the timeline that starts at line 5"; a comment
 * put on a line of its own at the top of the file moves it to line 6).
 */
function key(finding: Pick<Finding, 'ruleId' | 'message'>): string {
  return `${finding.ruleId}\u0000${finding.message.replace(/\bline \d+/g, 'line N')}`;
}

function countOf(findings: readonly Finding[], finding: Finding): number {
  return findings.filter((f) => key(f) === key(finding)).length;
}

function multiset(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(key(f), (out.get(key(f)) ?? 0) + 1);
  return out;
}

function describeFinding(f: Finding): string {
  return `${f.ruleId} [${f.start}, ${f.end}) "${f.message}"`;
}

/** Every reported range lies inside the document, in the engine's offsets and in LSP positions. */
export function assertRangesInside(text: string, findings: readonly Finding[]): void {
  const lines = new LineIndex(text);
  const document = TextDocument.create('file:///fuzz.md', 'markdown', 1, text);
  for (const f of findings) {
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) fail(`range outside the document (length ${text.length}): ${describeFinding(f)}`);
    if (/stopped with an error on this document/.test(f.message)) fail(`a rule threw: ${f.message}`);
    for (const offset of [f.start, f.end]) {
      const ours = lines.positionAt(offset);
      const editors = document.positionAt(offset);
      if (ours.line !== editors.line || ours.character !== editors.character) {
        fail(
          `offset ${offset} of ${describeFinding(f)} is ${ours.line}:${ours.character} for the server but ${editors.line}:${editors.character} for the editor`,
        );
      }
    }
  }
}

/**
 * One fix of one finding: it applies cleanly, changes nothing outside its edits, and after it
 * the finding is gone. A quick fix must make the problem go away; a suppression fix must
 * silence that finding and leave every other rule's findings as they were.
 */
export function assertFixWorks(text: string, finding: Finding, fix: Fix, before: readonly Finding[], options: CheckOptions): void {
  const what = `fix "${fix.title}" of ${describeFinding(finding)}`;
  if (fix.configEdit) {
    // "Allow this phrase in this workspace" changes the configuration file, not the document:
    // it must leave the text alone. What it writes is tested with the blameless rules.
    if (fix.edits.length) fail(`${what}: a configuration fix also edits the document`);
    return;
  }
  assertEditsWellFormed(text, fix.edits, what);
  const applied = applyEdits(text, fix.edits);
  const asEditor = applyAsEditor(text, fix.edits);
  if (asEditor !== applied) fail(`${what}: the editor would apply it differently:\n${JSON.stringify(asEditor)}\ninstead of\n${JSON.stringify(applied)}`);
  if (fix.edits.length) {
    const first = fix.edits[0];
    const last = fix.edits[fix.edits.length - 1];
    const tail = text.length - last.end;
    if (applied.slice(0, first.start) !== text.slice(0, first.start)) fail(`${what}: text before the first edit changed`);
    if (applied.slice(applied.length - tail) !== text.slice(last.end)) fail(`${what}: text after the last edit changed`);
  }
  if (text.charCodeAt(0) === 0xfeff && applied.charCodeAt(0) !== 0xfeff) fail(`${what}: the byte order mark is no longer the first character`);
  assertBlocksKept(text, fix.edits, applied, what);
  const after = check(applied, options).findings;
  if (countOf(after, finding) >= countOf(before, finding)) {
    fail(`${what}: the finding is still reported after the fix.\nText after the fix:\n${JSON.stringify(applied)}`);
  }
  if (fix.kind === 'suppress') {
    const others = (list: readonly Finding[]) => multiset(list.filter((f) => f.ruleId !== finding.ruleId));
    const was = others(before);
    const now = others(after);
    // A rule this one wins over (arbitration, after the control comments) may now report what
    // the silenced finding was reporting for it: that is the design, not a side effect.
    const freed = new Set(PRECEDENCE.filter((p) => p.winner === finding.ruleId).map((p) => p.loser));
    const changed = [...new Set([...was.keys(), ...now.keys()])].filter((k) => {
      if (was.get(k) === now.get(k)) return false;
      return !(freed.has(k.slice(0, k.indexOf('\u0000'))) && (now.get(k) ?? 0) > (was.get(k) ?? 0));
    });
    if (changed.length)
      fail(
        `${what}: silencing ${finding.ruleId} changed other findings: ${changed.map((k) => k.replace('\u0000', ': ')).join(' | ')}\nText after the fix:\n${JSON.stringify(applied)}`,
      );
  }
}

/** Block types whose source a fix must leave as it was when it does not edit them. */
const BLOCKS = new Set(['paragraph', 'heading', 'code', 'html', 'table', 'thematicBreak', 'list', 'blockquote', 'definition']);
/** Of those, the ones a fix may not grow by writing next to them (a list or a quote may gain an item or a line). */
const LEAVES = new Set(['paragraph', 'heading', 'code', 'html', 'table', 'thematicBreak', 'definition']);

function blocksOf(root: Node): Array<{ type: string; start: number; end: number }> {
  const out: Array<{ type: string; start: number; end: number }> = [];
  const walk = (node: Node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (BLOCKS.has(node.type) && start !== undefined && end !== undefined) out.push({ type: node.type, start, end });
    for (const child of (node as Parent).children ?? []) walk(child);
  };
  walk(root);
  return out;
}

/**
 * A fix keeps the user's text: every block it does not edit is still there after it, the same
 * kind of block with the same source. Written next to a paragraph, a heading, a table or a code
 * block (a new line that ends where one starts, or starts where one ends), it must not join or
 * swallow it either: a list marker that pulls the next paragraph into its item, an indent that
 * turns the lines below into code, a fence left open. Blocks an edit falls inside may change;
 * that is the fix.
 */
export function assertBlocksKept(text: string, edits: readonly TextEdit[], applied: string, what: string): void {
  if (!edits.length) return;
  // Where an offset of the old text is in the new one: edits ending at or before it move it; an
  // insertion exactly at a block's end stays after the block.
  const delta = (e: TextEdit) => e.newText.length - (e.end - e.start);
  const startAfter = (offset: number) => offset + edits.filter((e) => e.end <= offset).reduce((sum, e) => sum + delta(e), 0);
  const endAfter = (offset: number) => offset + edits.filter((e) => e.end <= offset && e.start < offset).reduce((sum, e) => sum + delta(e), 0);
  const kept = new Set(blocksOf(parseMarkdown(applied)).map((b) => `${b.type}:${b.start}:${b.end}`));
  for (const block of blocksOf(parseMarkdown(text))) {
    // A block of only markers, punctuation and spaces ("\t* " under an empty check box) holds no
    // words of the user's to keep; how a parser groups it beside an edited line is not a loss.
    if (!/[\p{L}\p{N}]/u.test(text.slice(block.start, block.end))) continue;
    const touched = edits.some((e) => {
      if (e.end < block.start || e.start > block.end) return false;
      if (e.start < block.end && e.end > block.start) return true;
      // Only next to the block: a leaf must stay whole when the new text ends a line against
      // it (written before it) or starts one (written after it).
      if (!LEAVES.has(block.type)) return true;
      return e.end === block.start ? !e.newText.endsWith('\n') : !e.newText.startsWith('\n');
    });
    if (touched) continue;
    const start = startAfter(block.start);
    const end = endAfter(block.end);
    if (!kept.has(`${block.type}:${start}:${end}`) || applied.slice(start, end) !== text.slice(block.start, block.end)) {
      fail(
        `${what}: the ${block.type} at [${block.start}, ${block.end}) is not kept as it was: ${JSON.stringify(text.slice(block.start, block.end).slice(0, 80))}\nText after the fix:\n${JSON.stringify(applied)}`,
      );
    }
  }
}

/** The "fix all" edits (every preferred fix that does not overlap another) apply cleanly and fix what they claim. */
export function assertFixAllWorks(text: string, findings: readonly Finding[], options: CheckOptions): void {
  const edits = fixAllEdits(findings);
  if (!edits.length) return;
  assertEditsWellFormed(text, edits, 'fix all');
  const applied = applyEdits(text, edits);
  if (applyAsEditor(text, edits) !== applied) fail('fix all: the editor would apply the edits differently');
  assertBlocksKept(text, edits, applied, 'fix all');
  const after = check(applied, options).findings;
  const chosen = new Set(edits);
  for (const finding of findings) {
    const preferred = finding.fixes.find((f) => f.isPreferred);
    if (!preferred || !preferred.edits.every((e) => chosen.has(e))) continue;
    if (countOf(after, finding) >= countOf(findings, finding))
      fail(`fix all: ${describeFinding(finding)} is still reported.\nText after:\n${JSON.stringify(applied)}`);
  }
}

export interface InvariantOptions {
  /** Also apply every fix and check again (the costly part). */
  fixes?: boolean;
}

/** All the engine's invariants for one text. Returns the number of fixes it applied. */
export function assertEngineInvariants(text: string, options: CheckOptions, invariants: InvariantOptions = { fixes: true }): number {
  const result = check(text, options);
  assertRangesInside(text, result.findings);
  if (!invariants.fixes) return 0;
  let applied = 0;
  for (const finding of result.findings) {
    for (const fix of finding.fixes) {
      assertFixWorks(text, finding, fix, result.findings, options);
      applied++;
    }
  }
  assertFixAllWorks(text, result.findings, options);
  return applied;
}

/**
 * The fastest of a few runs of `fn`, in milliseconds of this process's CPU time. Not the clock:
 * on a busy machine the clock also counts the time other processes held the cores, which falls
 * more often on a long run than on a short one and so makes linear work look worse than linear.
 */
export function fastest(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** How much slower than a bare parse a check may be, and the baseline slack for tiny inputs. */
export const TIME_BOUND = { ratio: 8, baselineSlack: 4 };

let baseline: number | undefined;

/** The parse time of a small fixed document, measured once per run: the unit of "a little time". */
export function baselineParseTime(): number {
  if (baseline === undefined) {
    const sample =
      '# Post-Mortem: Sample\n\nDate: 2026-03-04\n\n## Summary\n\nA short summary with `code` and **bold**.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [ ] a task\n';
    baseline = fastest(() => parseMarkdown(sample), 20);
  }
  return baseline;
}

/**
 * The check finishes within a bound proportional to the input: at most `ratio` times a bare
 * parse of the same text, plus a little slack (a few parses of a small document) for tiny inputs.
 * A measurement over the bound is repeated before it counts, so a GC pause does not fail it.
 */
export function assertTimeBound(text: string, options: CheckOptions): void {
  const slack = TIME_BOUND.baselineSlack * baselineParseTime();
  const measure = () => ({ parse: fastest(() => parseMarkdown(text), 2), full: fastest(() => check(text, options), 2) });
  let m = measure();
  if (m.full > TIME_BOUND.ratio * m.parse + slack) m = measure();
  if (m.full > TIME_BOUND.ratio * m.parse + slack) {
    fail(
      `checking took ${m.full.toFixed(1)} ms, more than ${TIME_BOUND.ratio} × the parse (${m.parse.toFixed(1)} ms) + ${slack.toFixed(2)} ms, for ${text.length} characters`,
    );
  }
}
