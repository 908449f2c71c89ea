/**
 * `npm run eval`: the accuracy benchmark. Reads every labelled real post-mortem of
 * `../shared/corpus`, checks it with the same engine as the command line, and scores what was
 * read against the labels (`LABELS.md` there defines them). Prints a table for the part of the
 * corpus the reading was tuned on and the part set aside, the misses of the tuned part as
 * `file:line expected … got …`, and writes `eval-results.json`.
 *
 *   npm run eval                      both parts' figures, the tuned part's misses
 *   npm run eval -- --doc 12          one document's figures and misses
 *   npm run eval -- --quiet           figures only
 *   npm run eval -- --doc g03         one of our own documents
 *   npm run eval -- --own DIR         score another labelled folder (a team's own archive, a
 *                                     development set) in the last column instead of ours; the
 *                                     tuned part is shown beside it, the held-out part not at all
 *
 * The held-out part's misses are never printed: nobody tuning the reading may look at them. Nor
 * are its figures beside another folder's: whoever measures a folder of their own is tuning, and
 * its figures are read from a run without `--own`.
 * A third, "own-written" column scores `test/eval/own/`: post-mortems we wrote ourselves in
 * deliberately varied styles (question headings, bold lines, setext and HTML headings, tables of
 * follow-ups with unusual column names, prose commitments …), labelled by the same `LABELS.md`.
 * It is where a new reading rule is checked before it is trusted; its misses are always printed.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_ABSENT, CORPUS_DIR } from '../support/corpus';
import { loadCorpus, partOf } from './labels';
import { outputPath } from './out-path';
import { readDocument } from './read';
import { addTally, emptyTally, figures, scoreDocument, type Tally } from './score';
import { extraScorers } from './scorers';

const { values } = parseArgs({
  options: { doc: { type: 'string' }, quiet: { type: 'boolean', default: false }, out: { type: 'string' }, own: { type: 'string' } },
});

const corpus = loadCorpus(CORPUS_DIR);
if (!corpus.length) {
  console.log(`npm run eval: ${CORPUS_ABSENT.replace(/^skipped: /, '')}; nothing to measure.`);
  process.exit(0);
}
// The last column: our own documents, or another labelled folder named with --own (its files with
// `labels/<file>.json` beside them, as LABELS.md defines).
const ownDir = values.own ? resolve(values.own) : join(__dirname, 'own');
if (values.own && !existsSync(join(ownDir, 'labels'))) {
  console.error(`npm run eval: ${values.own} has no labels/ folder of <file>.md.json answers beside its post-mortems`);
  process.exit(2);
}
const own = loadCorpus(ownDir);
const ownName = values.own ? basename(ownDir) : 'own-written';
const ownPrefix = values.own ? `${basename(ownDir)}/` : 'own/';

const selected = values.doc ? corpus.filter((d) => d.file.startsWith(values.doc ?? '')) : corpus;
const ownSelected = values.doc ? own.filter((d) => d.file.startsWith(values.doc ?? '')) : own;
if (!selected.length && !ownSelected.length) {
  console.error(`npm run eval: no labelled document starts with "${values.doc}"`);
  process.exit(2);
}
if (values.doc && selected.length && selected.every((d) => partOf(d.file) === 'heldOut')) {
  console.error(`npm run eval: ${values.doc} is in the held-out part; its details are not shown (run without --doc for its part's figures).`);
  process.exit(2);
}

const parts: Record<'tuned' | 'heldOut', Tally> = { tuned: emptyTally(), heldOut: emptyTally() };
const extra = extraScorers();
const started = Date.now();
for (const { file, text, labels } of selected) {
  const part = partOf(file);
  const reading = readDocument(text);
  addTally(parts[part], scoreDocument(file, labels, reading));
  for (const scorer of extra) scorer.add(part, file, labels, reading);
}
const all = addTally(addTally(emptyTally(), parts.tuned), parts.heldOut);
const ownTally = emptyTally();
for (const { file, text, labels } of ownSelected) {
  const reading = readDocument(text);
  addTally(ownTally, scoreDocument(`${ownPrefix}${file}`, labels, reading));
  for (const scorer of extra) scorer.addOwn?.(`${ownPrefix}${file}`, labels, reading);
}

const fmt = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? '—' : value.toFixed(digits));
const f = { tuned: figures(parts.tuned), heldOut: figures(parts.heldOut), all: figures(all), own: figures(ownTally) };

const rows: [string, (x: ReturnType<typeof figures>) => string, string][] = [
  ['documents', (x) => String(x.documents), ''],
  ['taken for post-mortems by themselves', (x) => fmt(x.recognised), ''],
  ['sections precision', (x) => fmt(x.sections.precision), '≥ 0.97'],
  ['sections recall', (x) => fmt(x.sections.recall), '≥ 0.95'],
  ['action items found', (x) => `${fmt(x.actionItems.found)} (${x.actionItems.foundCount}/${x.actionItems.labelled})`, '≥ 0.95'],
  ['action items extra', (x) => `${fmt(x.actionItems.extra)} (${x.actionItems.extraCount})`, '≤ 0.03'],
  ['owner read right', (x) => fmt(x.actionItems.ownerRight), '≥ 0.95'],
  ['due read right', (x) => fmt(x.actionItems.dueRight), '≥ 0.95'],
  ['done read right', (x) => fmt(x.actionItems.doneRight), '≥ 0.95'],
  ['vague owners found', (x) => fmt(x.actionItems.vagueOwnersFound), '≥ 0.9'],
  ['prose (implicit) items found', (x) => fmt(x.actionItems.implicitFound), ''],
  ['table/list timelines read', (x) => `${fmt(x.timeline.read)} (of ${x.timeline.labelled})`, '≥ 0.95'],
  ['timeline entries read', (x) => fmt(x.timeline.entriesRead), '≥ 0.90'],
  ['out-of-order found', (x) => `${fmt(x.timeline.outOfOrderFound)} (of ${x.timeline.outOfOrderLabelled})`, '1.00'],
  ['timeline-order false alarms', (x) => String(x.timeline.falseAlarms), '0'],
  ['clear-cut blame found', (x) => `${fmt(x.blame.certainRecall)} (of ${x.blame.certainLabelled})`, '≥ 0.9'],
  ['all labelled blame found', (x) => `${fmt(x.blame.allRecall)} (of ${x.blame.allLabelled})`, '≥ 0.5'],
  ['distractors flagged', (x) => `${fmt(x.blame.distractorsFlagged)} (of ${x.blame.distractors})`, '≤ 0.02'],
  ['other flagged lines / 1,000', (x) => fmt(x.blame.otherLinesPer1000), '≤ 1'],
];
// Beside another folder (--own), the held-out part and the whole corpus ("all", which holds it) are left out.
const showHeldOut = !values.own;
const columns = (r: string[]) => (showHeldOut ? r : [r[0], r[1], ...r.slice(4)]);
const table: string[][] = [columns(['', 'tuned', 'held out', 'all', ownName, 'target'])];
for (const [name, get, target] of rows) table.push(columns([name, get(f.tuned), get(f.heldOut), get(f.all), get(f.own), target]));
// A further scorer that cannot read the last column's documents (it measures generated archives) shows no figure there.
for (const scorer of extra) {
  const cells = scorer.ownCells?.() ?? [];
  scorer.rows().forEach((row, i) => table.push(columns([...row.slice(0, 4), cells[i] ?? '—', ...row.slice(4)])));
}
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
const line = (r: string[]) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;

const out: string[] = [];
if (!values.quiet) {
  const misses = parts.tuned.misses;
  if (misses.length) {
    out.push(`Misses and false alarms on the tuned part (${misses.length}):`);
    out.push(...misses.map((m) => `  ${m}`));
    for (const scorer of extra) out.push(...scorer.misses().map((m) => `  ${m}`));
    out.push('');
  }
  const ownMisses = [...ownTally.misses, ...extra.flatMap((scorer) => scorer.ownMisses?.() ?? [])];
  if (ownMisses.length) {
    const whose = values.own ? `the documents of ${values.own}` : 'our own documents, varied styles';
    out.push(`Misses and false alarms on ${whose} (${ownMisses.length}):`);
    out.push(...ownMisses.map((m) => `  ${m}`));
    out.push('');
  }
}
out.push(
  showHeldOut
    ? `Accuracy on ${selected.length} labelled real post-mortem${selected.length === 1 ? '' : 's'} (${f.tuned.documents} tuned on, ${f.heldOut.documents} held out; details of the held-out part are not shown), and ${f.own.documents} own-written in varied styles, ${Date.now() - started} ms:`
    : `Accuracy on the ${f.tuned.documents} labelled real post-mortems tuned on, and ${f.own.documents} from ${values.own} (the held-out part is measured by a run without --own), ${Date.now() - started} ms:`,
);
out.push(line(table[0]), `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...table.slice(1).map(line));
console.log(out.join('\n'));

/** A scorer's results without the held-out part and the whole corpus that holds it, at any depth, for a run beside another folder. */
const withoutHeldOut = (r: unknown): unknown =>
  r && typeof r === 'object' && !Array.isArray(r)
    ? Object.fromEntries(
        Object.entries(r)
          .filter(([k]) => k !== 'heldOut' && k !== 'all')
          .map(([k, v]) => [k, withoutHeldOut(v)]),
      )
    : r;
const results = showHeldOut
  ? {
      date: new Date().toISOString().slice(0, 10),
      corpus: CORPUS_DIR.split(/[\\/]/).slice(-2).join('/'),
      ...f.all,
      parts: { tuned: f.tuned, heldOut: f.heldOut, own: f.own },
      extra: Object.fromEntries(extra.map((s) => [s.name, s.results()])),
    }
  : {
      date: new Date().toISOString().slice(0, 10),
      corpus: CORPUS_DIR.split(/[\\/]/).slice(-2).join('/'),
      own: values.own,
      parts: { tuned: f.tuned, own: f.own },
      extra: Object.fromEntries(extra.map((s) => [s.name, withoutHeldOut(s.results())])),
    };
writeFileSync(outputPath(values.out), `${JSON.stringify(results, null, 2)}\n`);
