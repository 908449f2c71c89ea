/**
 * `npm run bench`: measures the checker through the real language server, over the protocol,
 * against baselines measured in the same run (the bare remark parse and markdownlint of the
 * same text). Figures are medians after a warm-up; ratios are what to compare across
 * machines. Prints a table and writes `bench-results.json`.
 *
 * Modules in `test/bench/cases/*.ts` that export `run(): Promise<Record<string, unknown>>` add
 * their own measurements, printed and stored under the module's name. `BENCH_SIZES=50,500`
 * and `BENCH_CASES=timeline` (empty: none) narrow a run.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check, runRules } from '../../server/src/analysis/engine/engine';
import { IncrementalParser } from '../../server/src/analysis/parse/incremental';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { defaultSettings, type Settings } from '../../server/src/analysis/base/settings';
import { RULES } from '../../server/src/rules/index';
import { LspClient } from '../support/lsp-client';
import { generatePostmortem } from './generate';

const ROOT = join(__dirname, '..', '..');
const SIZES = (process.env.BENCH_SIZES ?? '50,500,5000,20000').split(',').map(Number);
/** Repetitions per size: more for small documents, whose timings are noisier. */
const reps = (lines: number) => (lines <= 50 ? 60 : lines <= 500 ? 24 : lines <= 5000 ? 8 : 4);
const editReps = (lines: number) => (lines <= 500 ? 60 : 30);

const bare = unified().use(remarkParse).use(remarkGfm).freeze();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

async function timeAsync(f: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await f();
  return performance.now() - start;
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

type Lint = (options: { strings: Record<string, string> }) => unknown;

/** Line offsets of prose lines (plain sentences) spread over the document, where an edit is typing. */
function editPoints(text: string, count: number): number[] {
  const points: number[] = [];
  const lines = text.split('\n');
  let offset = 0;
  const prose: number[] = [];
  for (const line of lines) {
    if (/^[A-Z][a-z].{30,}$/.test(line) && !line.includes('[^')) prose.push(offset + Math.floor(line.length / 2));
    offset += line.length + 1;
  }
  for (let i = 0; i < count && prose.length; i++) points.push(prose[Math.floor(((i + 0.5) / count) * prose.length)]);
  return points;
}

/** Resident memory of a process in bytes (Linux /proc, elsewhere `ps`), or null. */
async function rss(pid: number): Promise<number | null> {
  try {
    const { readFileSync } = await import('node:fs');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    if (m) return Number(m[1]) * 1024;
  } catch {
    // Not Linux: ask ps below.
  }
  try {
    const { execFileSync } = await import('node:child_process');
    return (
      Number(
        execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
          .toString()
          .trim(),
      ) * 1024
    );
  } catch {
    return null;
  }
}

interface SizeResult {
  lines: number;
  chars: number;
  bare_parse_ms: number;
  markdownlint_ms: number;
  check_ms: number;
  core_check_ms: number;
  open_ms: number;
  edit_latency_ms: number;
  edit_segments_parsed: number;
  full_check_reuse: number;
}

async function measureSize(client: LspClient, lines: number, lint: Lint, settings: Settings): Promise<SizeResult> {
  // Two different post-mortems of the same length: switching between them leaves the server nothing to reuse.
  const texts = [generatePostmortem({ lines, seed: lines }), generatePostmortem({ lines, seed: lines + 1 })];
  const text = texts[0];
  const path = (tag: string) => join(ROOT, 'postmortems', `bench-${lines}-${tag}.md`);
  const n = reps(lines);
  const full = await client.open(path('full'), texts[1]);
  // Warm-up: every code path, in this process and in the server, often enough for the JIT to
  // settle (the smallest size runs first, on a fresh server, and takes a few ms a round).
  const warmups = lines <= 500 ? 20 : 2;
  for (let i = 0; i < warmups; i++) {
    bare.parse(text);
    lint({ strings: { doc: text } });
    check(text, { path: 'postmortems/bench.md', settings, disableFixes: false });
    const uri = await client.open(path(`warm${i}`), text);
    await client.diagnostics(uri);
    await client.close(uri);
    await client.replace(full, texts[i % 2]);
    await client.diagnostics(full);
  }
  // Interleaved, so that load from other processes falls on every measure alike.
  const bareTimes: number[] = [];
  const lintTimes: number[] = [];
  const checkTimes: number[] = [];
  const coreTimes: number[] = [];
  const openTimes: number[] = [];
  for (let i = 0; i < n; i++) {
    const current = texts[i % 2];
    bareTimes.push(time(() => bare.parse(current)));
    lintTimes.push(time(() => lint({ strings: { doc: current } })));
    coreTimes.push(time(() => check(current, { path: 'postmortems/bench.md', settings, disableFixes: false })));
    // A full check through the server: the whole text replaced by the other post-mortem, then pulled.
    checkTimes.push(
      await timeAsync(async () => {
        await client.replace(full, current);
        await client.diagnostics(full);
      }),
    );
    if (i % 2 === 0) {
      // Opening a document the server has never seen also fetches its settings from the client.
      const uri = pathToFileURL(path(`open${i}`)).href;
      openTimes.push(
        await timeAsync(async () => {
          await client.open(uri, current);
          await client.diagnostics(uri);
        }),
      );
      await client.close(uri);
    }
  }
  await client.close(full);
  // How much of one text a parse of the other reuses (the server's full checks above are this much less than full).
  const probe = new IncrementalParser();
  probe.parse(texts[0]);
  probe.parse(texts[1]);
  const fullReuse = probe.stats.segments ? probe.stats.reused / probe.stats.segments : 0;

  // Typing: a one-character edit, then a pull, answered from the incremental state.
  const uri = await client.open(path('typing'), text);
  await client.diagnostics(uri);
  const points = editPoints(text, 10);
  const editTimes: number[] = [];
  const m = editReps(lines);
  for (let i = 0; i < m + 6; i++) {
    const at = client.document(uri).positionAt(points[i % points.length]);
    const insert = i % 2 === 0;
    const elapsed = await timeAsync(async () => {
      if (insert) await client.edit(uri, { start: at, end: at }, 'x');
      else await client.edit(uri, { start: at, end: { line: at.line, character: at.character + 1 } }, '');
      await client.diagnostics(uri);
    });
    if (i >= 6) editTimes.push(elapsed);
  }
  await client.close(uri);

  // How many segments an edit re-parses, from the core's own parser (the server's is out of reach).
  const parser = new IncrementalParser();
  parser.parse(text);
  const p = points[0];
  parser.parse(text.slice(0, p) + 'x' + text.slice(p));

  return {
    lines,
    chars: text.length,
    bare_parse_ms: median(bareTimes),
    markdownlint_ms: median(lintTimes),
    check_ms: median(checkTimes),
    core_check_ms: median(coreTimes),
    open_ms: median(openTimes),
    edit_latency_ms: median(editTimes),
    edit_segments_parsed: parser.stats.parsed,
    full_check_reuse: fullReuse,
  };
}

/** Milliseconds from spawning the server to its first diagnostics for a 500-line post-mortem. */
async function startup(): Promise<number> {
  const text = generatePostmortem({ lines: 500, seed: 3 });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const client = await LspClient.start({ workspace: ROOT });
    const uri = await client.open(join(ROOT, 'postmortems', 'startup.md'), text);
    await client.diagnostics(uri);
    times.push(performance.now() - start);
    await client.stop();
  }
  return median(times);
}

/** Server memory with 20 open, checked post-mortems of 5,000 lines. */
async function memory(): Promise<Record<string, number | null>> {
  const client = await LspClient.start({ workspace: ROOT });
  const pid = client.process.pid!;
  const idle = await rss(pid);
  for (let i = 0; i < 20; i++) {
    const uri = await client.open(join(ROOT, 'postmortems', `memory-${i}.md`), generatePostmortem({ lines: 5000, seed: 100 + i }));
    await client.diagnostics(uri);
  }
  const loaded = await rss(pid);
  await client.stop();
  const mb = (n: number | null) => (n === null ? null : round(n / 1024 / 1024, 1));
  return { idle_rss_mb: mb(idle), rss_with_20_documents_mb: mb(loaded), per_document_mb: idle !== null && loaded !== null ? mb((loaded - idle) / 20) : null };
}

/** A pull cancelled right after it was sent is answered with RequestCancelled, and the next one still works. */
async function cancellation(client: LspClient): Promise<Record<string, unknown>> {
  const text = generatePostmortem({ lines: 20000, seed: 77 });
  const uri = await client.open(join(ROOT, 'postmortems', 'cancel.md'), text);
  const source = new CancellationTokenSource();
  const started = performance.now();
  const pending = client.diagnostics(uri, source.token).then(
    () => 'answered',
    (error: { code?: number }) => (error.code === -32800 ? 'cancelled' : `failed ${error.code}`),
  );
  setTimeout(() => source.cancel(), 5);
  const outcome = await pending;
  const cancelledAfter = performance.now() - started;
  const next = await timeAsync(() => client.diagnostics(uri));
  await client.close(uri);
  return { outcome, answered_after_ms: round(cancelledAfter, 1), next_full_pull_ms: round(next, 1) };
}

/** What each group of rules adds to a check of a 5,000-line post-mortem, parse excluded. */
function ruleGroups(settings: Settings, bareParseMs: number, checkMs: number): Record<string, unknown> {
  const text = generatePostmortem({ lines: 5000, seed: 5000 });
  const groupOf = (id: string) =>
    id.startsWith('action-item')
      ? 'action-item'
      : id.startsWith('blaming') || id.startsWith('hindsight')
        ? 'blameless'
        : id.startsWith('timeline')
          ? 'timeline'
          : 'others';
  const groups = new Map<string, string[]>();
  for (const rule of RULES) {
    const group = groupOf(rule.meta.id);
    groups.set(group, [...(groups.get(group) ?? []), rule.meta.id]);
  }
  const root: Root = parseMarkdown(text);
  const reuse = () => root;
  const options = (off: string[]) => ({
    path: 'postmortems/bench.md',
    settings: { ...settings, rules: { ...settings.rules, ...Object.fromEntries(off.map((id) => [id, { severity: 'off' as const, options: {} }])) } },
  });
  const n = 15;
  for (let i = 0; i < 3; i++) runRules(analyzeDocument(text, 'postmortems/bench.md', settings, reuse), options([]));
  const modelTimes: number[] = [];
  const allTimes: number[] = [];
  const without = new Map<string, number[]>([...groups.keys()].map((g) => [g, []]));
  for (let i = 0; i < n; i++) {
    let doc = analyzeDocument(text, 'postmortems/bench.md', settings, reuse);
    modelTimes.push(time(() => (doc = analyzeDocument(text, 'postmortems/bench.md', settings, reuse))));
    allTimes.push(time(() => runRules(doc, options([]))));
    for (const [group, ids] of groups) without.get(group)!.push(time(() => runRules(doc, options(ids))));
  }
  const all = median(allTimes);
  const out: Record<string, unknown> = { model_ms: round(median(modelTimes)), rules_ms: round(all) };
  for (const [group, ids] of groups) {
    const cost = Math.max(0, all - median(without.get(group)!));
    out[group] = { rules: ids, ms: round(cost), vs_parse: round(cost / bareParseMs, 4), vs_check: round(cost / checkMs, 4) };
  }
  return out;
}

async function cases(): Promise<Record<string, unknown>> {
  const dir = join(__dirname, 'cases');
  const out: Record<string, unknown> = {};
  let files: string[];
  try {
    // BENCH_CASES=timeline,index runs only those cases; BENCH_CASES= (empty) runs none.
    const only = process.env.BENCH_CASES?.split(',').filter(Boolean);
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && (!only || only.includes(basename(f, '.ts'))))
      .sort();
  } catch {
    return out;
  }
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
      run?: () => Promise<Record<string, unknown>>;
      default?: { run?: () => Promise<Record<string, unknown>> };
    };
    const run = mod.run ?? mod.default?.run;
    if (typeof run !== 'function') {
      console.warn(`bench: ${file} exports no run(); skipped`);
      continue;
    }
    out[basename(file, '.ts')] = await run();
  }
  return out;
}

function bundleSizes(): Record<string, number | null> {
  const size = (p: string) => {
    try {
      return statSync(join(ROOT, p)).size;
    } catch {
      return null;
    }
  };
  return { client_bytes: size('client/out/extension.js'), server_bytes: size('server/out/server.js'), source_maps: size('client/out/extension.js.map') ?? 0 };
}

async function main(): Promise<void> {
  const { lint } = (await import('markdownlint/sync')) as unknown as { lint: Lint };
  const settings = defaultSettings();
  const client = await LspClient.start({ workspace: ROOT });
  const results: SizeResult[] = [];
  try {
    for (const lines of SIZES) {
      process.stderr.write(`bench: ${lines} lines…\n`);
      results.push(await measureSize(client, lines, lint, settings));
    }
  } finally {
    await client.stop();
  }
  process.stderr.write('bench: start-up, memory, cancellation, rule groups, cases…\n');
  const startupMs = await startup();
  const mem = await memory();
  const cancelClient = await LspClient.start({ workspace: ROOT });
  const cancel = await cancellation(cancelClient);
  await cancelClient.stop();
  const at5000 = results.find((r) => r.lines === 5000) ?? results[results.length - 1];
  const groups = ruleGroups(settings, at5000.bare_parse_ms, at5000.core_check_ms);
  const extra = await cases();

  const bySize = (f: (r: SizeResult) => number, digits = 3) => Object.fromEntries(results.map((r) => [String(r.lines), round(f(r), digits)]));
  const output = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memory_gb: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: process.platform,
    },
    note: 'Medians of one run; compare the ratios, not the milliseconds. check_ms: the whole text replaced and diagnostics pulled through the language server; open_ms: a new document opened and pulled (settings fetched too); core_check_ms: the same check in this process, without the protocol.',
    check_vs_parse: bySize((r) => r.check_ms / r.bare_parse_ms),
    core_check_vs_parse: bySize((r) => r.core_check_ms / r.bare_parse_ms),
    edit_latency_ms: bySize((r) => r.edit_latency_ms, 2),
    edit_vs_parse: bySize((r) => r.edit_latency_ms / r.bare_parse_ms, 4),
    vs_markdownlint: bySize((r) => r.check_ms / r.markdownlint_ms),
    bare_parse_ms: bySize((r) => r.bare_parse_ms, 2),
    markdownlint_ms: bySize((r) => r.markdownlint_ms, 2),
    check_ms: bySize((r) => r.check_ms, 2),
    core_check_ms: bySize((r) => r.core_check_ms, 2),
    open_ms: bySize((r) => r.open_ms, 2),
    edit_segments_parsed: bySize((r) => r.edit_segments_parsed, 0),
    full_check_segments_reused: bySize((r) => r.full_check_reuse, 3),
    startup_to_first_diagnostics_ms: round(startupMs, 1),
    memory: mem,
    cancellation: cancel,
    bundle: bundleSizes(),
    rule_groups_5000_lines: groups,
    ...extra,
  };

  const header = ['lines', 'parse ms', 'mdlint ms', 'check ms', 'check/parse', 'check/mdlint', 'edit ms', 'edit/parse'];
  const rows = results.map((r) => [
    String(r.lines),
    r.bare_parse_ms.toFixed(1),
    r.markdownlint_ms.toFixed(1),
    r.check_ms.toFixed(1),
    (r.check_ms / r.bare_parse_ms).toFixed(2),
    (r.check_ms / r.markdownlint_ms).toFixed(2),
    r.edit_latency_ms.toFixed(2),
    (r.edit_latency_ms / r.bare_parse_ms).toFixed(4),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log();
  const {
    check_vs_parse: _a,
    core_check_vs_parse: _b,
    edit_latency_ms: _c,
    edit_vs_parse: _d,
    vs_markdownlint: _e,
    bare_parse_ms: _f,
    markdownlint_ms: _g,
    check_ms: _h,
    core_check_ms: _i,
    ...rest
  } = output;
  console.log(JSON.stringify({ core_check_vs_parse: output.core_check_vs_parse, ...rest }, null, 2));
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(output, null, 2)}\n`);
  console.log('\nWrote bench-results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
