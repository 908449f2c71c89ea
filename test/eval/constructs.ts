/**
 * `npm run eval:constructs`: which reading constructs decide what, and whether the labels agree.
 *
 * For every decision the engine takes on the tuned part of the corpus and on our own documents
 * (`test/eval/own`), it names the construct that took it: the heading cue or configured name that
 * read a section, how a section was written (heading, bold line, bold label), the way an action
 * item was reached (an action-items section and the words that named it, a table anywhere, a
 * list outside any such section, an "Action item:" paragraph, a prose commitment), the shape of
 * a timeline and how its stamps are written, and the blaming form and words that a finding
 * fired on. It then counts, per construct, the documents and decisions the labels agree with and
 * those they do not.
 *
 * A construct that only ever helps one document and never one of ours is a suspect of fitting
 * that document: generalise it to the shape behind it, or remove it. The held-out part is never
 * read here: its figures stay aggregate, in `npm run eval`.
 *
 *   npm run eval:constructs               every construct, suspects marked
 *   npm run eval:constructs -- --suspects only the suspects
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { blamelessAnalysis } from '../../server/src/analysis/model/blameless';
import { check } from '../../server/src/analysis/engine/engine';
import { MAX_READ, readSentence, startsImperative } from '../../server/src/analysis/model/action-items/reading';
import type { ActionItem, Section } from '../../server/src/analysis/model/model';
import { CORPUS_ABSENT, CORPUS_DIR } from '../support/corpus';
import { loadCorpus, partOf, type DocumentLabels } from './labels';
import { evalSettings } from './read';
import { SECTION_KINDS } from './score';

const { values } = parseArgs({ options: { suspects: { type: 'boolean', default: false } } });

/** Counts for one construct. */
interface Count {
  family: string;
  rightDocs: Set<string>;
  wrongDocs: Set<string>;
  ownRightDocs: Set<string>;
  ownWrongDocs: Set<string>;
  right: number;
  wrong: number;
}

const counts = new Map<string, Count>();

function tally(family: string, construct: string, doc: string, own: boolean, right: boolean): void {
  const key = `${family}: ${construct}`;
  let c = counts.get(key);
  if (!c) counts.set(key, (c = { family, rightDocs: new Set(), wrongDocs: new Set(), ownRightDocs: new Set(), ownWrongDocs: new Set(), right: 0, wrong: 0 }));
  if (right) c.right++;
  else c.wrong++;
  (own ? (right ? c.ownRightDocs : c.ownWrongDocs) : right ? c.rightDocs : c.wrongDocs).add(doc);
}

/** The construct that decided a section: how it is written, and the name or words that read it. */
function sectionConstruct(s: Section): string {
  const how = s.decidedBy ?? 'none';
  // What the content held is one construct whatever the count ("a chain of causes (3 causal links)").
  return `${s.source} by ${how} [${s.because.map((w) => w.toLowerCase().replace(/\d+/g, 'N')).join(' + ')}]`;
}

const LABEL_LEAD = /^[ \t]*(?:\*\*|__)?(?:action[ -]items?|action[ -]points?|AI|follow[ -]?up)(?:[ \t]*[-#]?[ \t]*\d{1,3})?[ \t]*(?:\*\*|__)?[ \t]*[:：]/i;

/** The way an action item was reached. */
function itemConstruct(item: ActionItem, sections: readonly Section[], text: string): string {
  const around = sections.filter((s) => s.source !== 'label' && s.heading.start <= item.start && item.start < s.end);
  const action = around.filter((s) => s.kinds.includes('action-items')).pop();
  if (action) return `in an action-items section named by ${action.decidedBy ?? 'nothing'} (${action.source}), as ${item.shape}`;
  if (item.implicit) return `prose commitment outside any action list (${item.shape})`;
  if (LABEL_LEAD.test(text.slice(item.start, item.start + 40))) return '"Action item:" / "Follow-up:" paragraph';
  const label = sections.find((s) => s.source === 'label' && s.kinds.includes('action-items') && s.heading.start <= item.start && item.start < s.end);
  if (label) return `under a bold label read as action items as ${item.shape}`;
  const under = around.pop();
  const where = under ? `under "${under.kind ?? 'no section'}"` : 'before any section';
  const lead = item.text.slice(0, MAX_READ);
  const how = startsImperative(lead) ? 'imperative' : (readSentence(lead)?.kind ?? 'other');
  return `${item.shape} (${how}) outside an action-items section, ${where}`;
}

/** How a timeline's first stamp is written, as a shape (not its value). */
function stampShape(stamp: string): string {
  return stamp
    .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/gi, 'Day ')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi, 'Month')
    .replace(/\d/g, '9')
    .replace(/\b(?:UTC|GMT|[A-Z]{2,4}T)\b/g, 'TZ')
    .trim();
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function score(file: string, text: string, labels: DocumentLabels, own: boolean): void {
  const result = check(text, { path: 'postmortems/document.md', settings: evalSettings(), now: new Date('2026-12-01T00:00:00Z'), disableFixes: true });
  const doc = result.doc;
  if (!doc) return;
  const labelled = new Set(labels.sections_present.map((s) => SECTION_KINDS[s.section]));
  for (const s of doc.model.sections) {
    for (const kind of s.kinds.length ? s.kinds : s.kind ? [s.kind] : []) tally(`section ${kind}`, sectionConstruct(s), file, own, labelled.has(kind));
  }
  // Items: right when a label (certain or not) points at a line the item starts on or holds.
  const taken = new Set<number>();
  for (const item of doc.model.actionItems) {
    const first = item.line + 1;
    const last = lineOf(doc.text, Math.max(item.start, item.end - 1));
    const index = labels.action_items.findIndex((l, i) => !taken.has(i) && l.line >= first && l.line <= last);
    if (index >= 0) taken.add(index);
    tally('action item', itemConstruct(item, doc.model.sections, doc.text), file, own, index >= 0);
  }
  const timeline = doc.model.timeline;
  const timed = timeline?.entries.filter((e) => e.time !== null || e.coarse !== null) ?? [];
  if (timeline && timed.length) {
    const shape = `${timed[0].shape}, stamps like "${stampShape(timed[0].stamp?.text ?? '')}"`;
    const label = labels.timeline;
    // Right when the reader sees a timeline there too, of about as many entries, without a false order alarm.
    const right =
      !!label &&
      label.format !== 'none' &&
      timed.length <= label.entries * 1.1 + 1 &&
      !(label.in_order !== false && result.findings.some((f) => f.ruleId === 'timeline-order'));
    tally('timeline', shape, file, own, right);
  }
  const sentences = [...labels.blaming_sentences.map((b) => ({ ...b, blame: true })), ...labels.non_blaming_distractors.map((d) => ({ ...d, blame: false }))];
  // Blame: the form and the lexicon words (the trigger) that fired, for each hit the rule reports.
  const reported = new Set(result.findings.filter((f) => f.ruleId === 'blaming-language').map((f) => f.start));
  for (const h of blamelessAnalysis(doc, evalSettings()).blame) {
    if (!reported.has(h.start)) continue;
    const line = lineOf(doc.text, h.start);
    const label = sentences.find((s) => Math.abs(s.line - line) <= 1);
    tally('blame', `${h.hit.form} "${h.hit.trigger.toLowerCase()}"`, file, own, !!label?.blame);
  }
}

const corpus = loadCorpus(CORPUS_DIR);
if (!corpus.length) {
  console.log(`npm run eval:constructs: ${CORPUS_ABSENT.replace(/^skipped: /, '')}; nothing to measure.`);
  process.exit(0);
}
for (const { file, text, labels } of corpus) if (partOf(file) === 'tuned') score(file, text, labels, false);
for (const { file, text, labels } of loadCorpus(join(__dirname, 'own'))) score(file, text, labels, true);

/**
 * A suspect: it helped one tuned document at most, none of ours, and its words are specific (a
 * heading cue, a configured name or a blaming phrase, not a shape such as "table-row").
 */
function suspect(key: string, c: Count): boolean {
  const specific = c.family !== 'timeline' && /\[[^\]]+\]|"[^"]+"/.test(key);
  return specific && c.rightDocs.size <= 1 && c.ownRightDocs.size === 0;
}

const rows = [...counts].sort((a, b) => a[1].family.localeCompare(b[1].family) || b[1].rightDocs.size - a[1].rightDocs.size || a[0].localeCompare(b[0]));
const out: string[] = ['tuned docs right / wrong | own docs right / wrong | decisions right / wrong | construct'];
let suspects = 0;
for (const [key, c] of rows) {
  const mark = suspect(key, c);
  if (mark) suspects++;
  if (values.suspects && !mark) continue;
  const cell = (a: number, b: number) => `${String(a).padStart(3)} / ${String(b).padEnd(3)}`;
  out.push(
    `${cell(c.rightDocs.size, c.wrongDocs.size)} | ${cell(c.ownRightDocs.size, c.ownWrongDocs.size)} | ${cell(c.right, c.wrong)} | ${mark ? 'SUSPECT ' : ''}${key}`,
  );
}
out.push('', `${counts.size} constructs decided something; ${suspects} help one tuned document at most and none of ours (SUSPECT).`);
console.log(out.join('\n'));
