// `npm run walk [folder]`: what a team sees when it opens its archive of post-mortems. Installs
// the packaged .vsix into code-server, opens a workspace whose `postmortems/` folder holds the
// Markdown files of the folder (default ../shared/corpus; only the documents that have labels
// when a labels/ folder is there), opens the Action Items view, waits until it is complete and
// the findings have settled, and prints the counts a user sees: items in the view, documents
// with none, findings per rule, and `required-sections` findings that name a section the
// labels say is present (labels/<file>.json, `sections_present`).
//
// Per-document lines are printed only for the corpus's tuning documents; the held-out ones
// (whose generalisation the accuracy benchmark measures) appear in aggregates only.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ROOT, followTests, installVsix, launchBrowser, makeScratch, requireTools, startCodeServer, stopOnSignals, toolVersions } from './code-server.mjs';

const VSIX = join(ROOT, 'postmortem-lint.vsix');
const WALK_INDEX = join(ROOT, 'test', 'e2e', 'out', 'walk', 'index.js');
const HARNESS = join(ROOT, 'test', 'e2e', 'packaged', 'harness');
const MARK = '[postmortem-walk] ';
const WALK_LIMIT_MS = 20 * 60_000;
/** The corpus's held-out documents: never shown one by one. */
const HELD_OUT = new Set(['40', '42', '43', '44', '45', '46', '47', '48', '50']);
/** Section titles of `required-sections` messages, as the labels name the sections. */
const CANONICAL = {
  summary: 'summary',
  timeline: 'timeline',
  'root cause': 'root_cause',
  impact: 'impact',
  'lessons learned': 'lessons_learned',
  'action items': 'action_items',
};

const numberOf = (file) => /^(\d+)-/.exec(file)?.[1] ?? null;
const heldOut = (file) => HELD_OUT.has(numberOf(file) ?? '');

function documentsOf(folder) {
  const labels = join(folder, 'labels');
  const markdown = readdirSync(folder).filter((f) => f.endsWith('.md') && !/^(?:LABELS|SOURCES|README)\.md$/i.test(f));
  if (!existsSync(labels)) return markdown.map((file) => ({ file, label: null }));
  return markdown
    .filter((file) => existsSync(join(labels, `${file}.json`)))
    .map((file) => ({ file, label: JSON.parse(readFileSync(join(labels, `${file}.json`), 'utf8')) }));
}

/** Runs the extension-host half in code-server; resolves with what it wrote. */
async function walkInCodeServer(documents, folder) {
  const scratch = makeScratch('postmortem-walk');
  const workspace = join(scratch.dir, 'archive');
  mkdirSync(join(workspace, 'postmortems'), { recursive: true });
  for (const { file } of documents) copyFileSync(join(folder, file), join(workspace, 'postmortems', file));
  const out = join(scratch.dir, 'walk.json');
  console.log(`walk: ${toolVersions()}; ${installVsix(scratch, VSIX).split('\n').pop()}`);
  let server;
  let browser;
  const log = [];
  let failed = true;
  stopOnSignals('walk', scratch, () => ({ server, browser }));
  try {
    server = await startCodeServer(scratch, { env: { POSTMORTEM_WALK_OUT: out } });
    const launched = await launchBrowser();
    browser = launched.browser;
    const { page } = launched;
    const { finished } = await followTests(page, {
      what: 'the walk',
      limitMs: WALK_LIMIT_MS,
      mark: MARK,
      onLine: (line) => console.log(line),
      onOther: (line) => log.push(line),
    });
    await page.goto(
      server.url(workspace, [
        ['extensionDevelopmentPath', server.remote(HARNESS)],
        ['extensionTestsPath', server.remote(WALK_INDEX)],
      ]),
    );
    const code = await finished;
    if (code !== 0 || !existsSync(out)) throw new Error(`the walk in the window ended with exit code ${code}`);
    failed = false;
    return JSON.parse(readFileSync(out, 'utf8'));
  } catch (error) {
    console.error(`walk: ${error instanceof Error ? error.message : error}`);
    for (const line of [...(server?.log ?? []), ...log]) console.error(line);
    console.error(`walk: kept ${scratch.dir} for inspection`);
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    server?.stop();
    if (!failed) scratch.remove();
  }
}

/** One document's figures from what the window showed. */
function figuresOf(doc, seen) {
  const uri = (u) => decodeURIComponent(u).endsWith(`/postmortems/${doc.file}`);
  const rows = seen.rows.filter((r) => r.uri && uri(r.uri));
  const findings = seen.findings.filter((f) => uri(f.uri));
  const present = new Set((doc.label?.sections_present ?? []).map((s) => s.section));
  const required = findings.filter((f) => f.ruleId === 'required-sections');
  const falseRequired = required.filter((f) => {
    const named = /"([^"]+)" section/.exec(f.message)?.[1]?.toLowerCase();
    return named && CANONICAL[named] && present.has(CANONICAL[named]);
  });
  return {
    items: rows.length,
    findings,
    required: required.length,
    falseRequired: falseRequired.length,
    labelledItems: doc.label ? doc.label.action_items.length : null,
  };
}

function byRule(findings) {
  const counts = {};
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function summary(name, docs) {
  const items = docs.reduce((n, d) => n + d.figures.items, 0);
  const labelled = docs.every((d) => d.figures.labelledItems !== null) ? docs.reduce((n, d) => n + d.figures.labelledItems, 0) : null;
  const findings = docs.flatMap((d) => d.figures.findings);
  const required = docs.reduce((n, d) => n + d.figures.required, 0);
  const falseRequired = docs.reduce((n, d) => n + d.figures.falseRequired, 0);
  console.log(`\n${name}: ${docs.length} documents`);
  console.log(`  items in the view: ${items}${labelled !== null ? ` (the labels hold ${labelled})` : ''}`);
  console.log(`  documents with no item in the view: ${docs.filter((d) => d.figures.items === 0).length}`);
  console.log(
    `  findings: ${findings.length}; per rule: ${
      byRule(findings)
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  if (labelled !== null)
    console.log(
      `  required-sections findings naming a section the labels say is present: ${falseRequired} of ${required}${required ? ` (${Math.round((100 * falseRequired) / required)}%)` : ''}`,
    );
}

async function main() {
  const argument = process.argv[2];
  const folder = resolve(ROOT, argument ?? '../shared/corpus');
  if (!existsSync(folder)) {
    console.log(`walk: ${folder} does not exist; nothing to walk. Give a folder of post-mortems: npm run walk -- <folder>`);
    return;
  }
  const documents = documentsOf(folder);
  if (!documents.length) {
    console.log(`walk: ${folder} holds no Markdown documents; nothing to walk.`);
    return;
  }
  requireTools();
  if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing; build it with: npm run package`);
  if (!existsSync(WALK_INDEX)) throw new Error(`${WALK_INDEX} is missing; build it with: node test/e2e/build.mjs`);
  console.log(`walk: ${documents.length} documents of ${folder}`);
  const seen = await walkInCodeServer(documents, folder);
  const docs = documents.map((doc) => ({ ...doc, figures: figuresOf(doc, seen) }));
  console.log(
    `\nThe Action Items view was complete ${(seen.viewCompleteMs / 1000).toFixed(1)} s after the extension host started; the last finding arrived after ${(seen.findingsSettledMs / 1000).toFixed(1)} s.`,
  );
  console.log(
    `The view lists ${seen.rows.length} open items of ${seen.documents} post-mortems; badge ${seen.badge ?? 'none'}; status bar "${seen.status ?? '(hidden)'}".`,
  );
  console.log(`Groups: ${[...new Set(seen.rows.map((r) => r.group))].map((g) => `${g} ${seen.rows.filter((r) => r.group === g).length}`).join(', ')}`);
  const corpus = docs.some((d) => numberOf(d.file) !== null && d.label);
  const shown = corpus ? docs.filter((d) => !heldOut(d.file)) : docs;
  console.log(`\nPer document${corpus ? ' (tuning documents only)' : ''}: items in the view / labelled items, findings, required-sections false / all`);
  for (const d of shown) {
    const f = d.figures;
    console.log(
      `  ${d.file}: ${f.items}${f.labelledItems !== null ? ` / ${f.labelledItems}` : ''} items, ${f.findings.length} findings${f.labelledItems !== null ? `, required-sections ${f.falseRequired} / ${f.required}` : ''}`,
    );
  }
  summary('All documents', docs);
  if (corpus) {
    summary(
      'Tuning documents',
      docs.filter((d) => !heldOut(d.file)),
    );
    summary(
      'Held-out documents (aggregates only)',
      docs.filter((d) => heldOut(d.file)),
    );
  }
}

main().catch((error) => {
  console.error(`walk: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
