/**
 * Workspace index benchmark, on 2,000 generated post-mortems (about 10 MB) in a temp folder.
 * Every number is a ratio against a baseline measured in the same run:
 * - cold index (walk, read, parse, model, summarise: the tree is complete) vs the bare remark
 *   parse of the same files, one thread; then the findings pass (the rules, for workspace
 *   diagnostics), reported beside it;
 * - warm start from the persisted index vs the cold index;
 * - one file changed -> `postmortem/actionItemsChanged` and the new items, through the real server;
 * - server memory (RSS) with the index loaded: the peak while indexing, right after, and once
 *   idle (samples over 30 s; the settled figure is the median of the last ten);
 * - document diagnostics latency of an open post-mortem while the index builds vs when idle.
 * Run alone with `npx tsx test/bench/cases/index.ts` (the server bundle is built if missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { ActionItemsChangedNotification, ActionItemsRequest } from '../../../server/src/protocol';
import { analyseText, parsePersistedIndex, serializeIndex, WorkspaceIndex } from '../../../server/src/workspace/index-core';
import { Indexer, type ScanReport } from '../../../server/src/workspace/indexer';
import { LspClient, SERVER_BUNDLE } from '../../support/lsp-client';
import { diskIndexerHost } from '../disk-index';
import { median } from '../measure';

const FILES = 2000;
const OWNERS = ['Ana Lima', 'Omar Haddad', 'Li Wei', 'Kim Park', 'Sam Ortiz', 'Priya Nair'];
const SYSTEMS = ['checkout', 'search', 'billing', 'login', 'queue', 'cache', 'DNS', 'storage'];

/** A deterministic post-mortem of about 5 KB. */
export function generate(i: number): string {
  const system = SYSTEMS[i % SYSTEMS.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const timeline = Array.from(
    { length: 18 },
    (_, k) =>
      `- 2026-${month}-${day} ${String(9 + Math.floor(k / 4)).padStart(2, '0')}:${String((k * 13) % 60).padStart(2, '0')} UTC: step ${k + 1} of the ${system} response; the on-call engineer checked the dashboards and the error rate.`,
  );
  const items = Array.from(
    { length: 6 },
    (_, k) =>
      `- [${k % 4 === 0 ? 'x' : ' '}] Add a ${system} alert for case ${k + 1} (owner: ${OWNERS[(i + k) % OWNERS.length]}, due 2026-${String(((i + k) % 12) + 1).padStart(2, '0')}-15) OPS-${i * 10 + k}`,
  );
  const paragraph = (topic: string) =>
    `The ${system} service ${topic}. Requests that reached the service during the window were retried by clients, which added load while capacity was reduced. Dashboards showed the change within two minutes, and the team followed the runbook to restore capacity.`;
  return [
    `# Post-Mortem: ${system} incident ${i}`,
    '',
    `Date: 2026-${month}-${day}  `,
    `Severity: SEV${(i % 3) + 1}  `,
    `Owner: ${OWNERS[i % OWNERS.length]}`,
    '',
    '## Summary',
    '',
    paragraph('returned errors for part of its traffic'),
    '',
    '## Impact',
    '',
    paragraph('was degraded for about forty minutes'),
    '',
    '## Timeline',
    '',
    ...timeline,
    '',
    '## Root Cause',
    '',
    paragraph('ran out of connections after a configuration change'),
    '',
    paragraph('kept old connections open because a timeout was missing'),
    '',
    paragraph('saw slower pages for customers in two regions'),
    '',
    '## Lessons Learned',
    '',
    paragraph('recovered once the change was rolled back'),
    '',
    paragraph('needs an alert on connection use before it runs out'),
    '',
    '## Action Items',
    '',
    ...items,
    '',
  ].join('\n');
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const host = (root: string) => diskIndexerHost(root, new Date(2026, 5, 15));

/** A large post-mortem to edit while the index builds (about 2,000 lines). */
function bigDocument(): string {
  const base = generate(99999);
  const timeline = Array.from(
    { length: 1800 },
    (_, k) =>
      `- 2026-03-04 ${String(Math.floor(k / 60) % 24).padStart(2, '0')}:${String(k % 60).padStart(2, '0')} UTC: event ${k}, the engineer on call looked at the graphs.`,
  ).join('\n');
  return base.replace('## Root Cause', `${timeline}\n\n## Root Cause`);
}

async function diagnosticsLatency(client: LspClient, uri: string, samples: number, keepGoing: () => boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples && keepGoing(); i++) {
    const text = client.text(uri);
    await client.replace(uri, `${text.slice(0, -1)}${i % 2 ? '\n' : ' \n'}`);
    const started = performance.now();
    await client.diagnostics(uri);
    times.push(performance.now() - started);
  }
  return times;
}

export async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(SERVER_BUNDLE)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: join(__dirname, '..', '..', '..') });
  const root = mkdtempSync(join(tmpdir(), 'pm-bench-index-'));
  try {
    mkdirSync(join(root, 'postmortems'));
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      const text = generate(i);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(root, 'postmortems', `${String(i).padStart(4, '0')}.md`), text);
    }

    // Warm up both paths once on a few files, so neither pays for JIT warm-up alone.
    for (let i = 0; i < 50; i++) analyseText(generate(i), 'postmortems/x.md', defaultSettings(), new Date(), 'full');

    // Baseline: the bare remark parse of the same files (read included), one thread. The cold
    // index runs three times, each between two baseline runs, and each round's ratio uses the
    // mean of the baselines on either side, so drift in machine load cancels out; the median
    // round is reported, with every round's ratio.
    const bareParse = () => {
      const t0 = performance.now();
      for (let i = 0; i < FILES; i++) parseMarkdown(readFileSync(join(root, 'postmortems', `${String(i).padStart(4, '0')}.md`), 'utf8'));
      return performance.now() - t0;
    };
    let started = performance.now();

    // Cold index, in process: walk, read, parse, model, summarise (the tree is complete).
    let bareBefore = bareParse();
    const rounds: { coldMs: number; bareMs: number; ratio: number }[] = [];
    let index = new WorkspaceIndex();
    let indexer = new Indexer(index, host(root));
    let cold: ScanReport | undefined;
    for (let round = 0; round < 3; round++) {
      index = new WorkspaceIndex();
      indexer = new Indexer(index, host(root));
      started = performance.now();
      cold = await indexer.scan();
      const coldMs = performance.now() - started;
      const bareAfter = bareParse();
      const bareMs = (bareBefore + bareAfter) / 2;
      rounds.push({ coldMs, bareMs, ratio: coldMs / bareMs });
      bareBefore = bareAfter;
    }
    const middle = [...rounds].sort((x, y) => x.ratio - y.ratio)[1];
    const coldMs = middle.coldMs;
    const bareParseMs = middle.bareMs;

    // The findings pass: the rules on every post-mortem, for workspace diagnostics.
    started = performance.now();
    const findingsPass = await indexer.checkPending();
    const findingsMs = performance.now() - started;

    // Warm start: parse the persisted index, then walk and stat to confirm every entry is fresh.
    const persisted = serializeIndex(index, 'bench');
    started = performance.now();
    const warmIndex = new WorkspaceIndex();
    warmIndex.setAll(parsePersistedIndex(persisted, 'bench'));
    const warm = await new Indexer(warmIndex, host(root)).scan();
    const warmMs = performance.now() - started;

    // Through the real server: cold scan, persisted, then memory, one change, warm restart.
    const storage = join(root, '.storage');
    started = performance.now();
    let client = await LspClient.start({ workspace: root, initializationOptions: { storagePath: storage } });
    const pid = client.process.pid!;
    const busyRss: number[] = [];
    const sampler = setInterval(() => busyRss.push(rssMb(pid) ?? 0), 250);
    await client.nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    const serverColdMs = performance.now() - started;
    await client.progressEnded('Checking post-mortems');
    const serverFindingsDoneMs = performance.now() - started;
    clearInterval(sampler);
    // Memory with the index loaded and the server idle: one sample a second for 30 s.
    const idleRss: number[] = [];
    for (let i = 0; i < 30; i++) {
      idleRss.push(rssMb(pid) ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }

    const changedPath = join(root, 'postmortems', '0007.md');
    const changeTimes: number[] = [];
    for (let round = 0; round < 5; round++) {
      writeFileSync(changedPath, generate(7).replace('Add a', `Add round ${round} of a`));
      const notified = client.nextNotification(ActionItemsChangedNotification.method);
      const t0 = performance.now();
      await client.watchedFiles([{ path: changedPath, type: FileChangeType.Changed }]);
      await notified;
      const items = await client.connection.sendRequest(ActionItemsRequest.type, { document: `file://${changedPath}` });
      changeTimes.push(performance.now() - t0);
      if (!items.items.length && !items.documents) throw new Error('the changed file is missing from the index');
    }
    await client.stop();

    started = performance.now();
    client = await LspClient.start({ workspace: root, initializationOptions: { storagePath: storage } });
    const firstFromCache = await client.nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, () => true, true);
    const serverTreeShownMs = performance.now() - started;
    await client.nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    const serverWarmMs = performance.now() - started;

    // Diagnostics of an open 2,000-line post-mortem: idle, then while a cold index builds.
    const big = bigDocument();
    const bigUri = await client.open(join(root, 'editing.md'), big);
    await diagnosticsLatency(client, bigUri, 5, () => true);
    const idle = await diagnosticsLatency(client, bigUri, 20, () => true);
    await client.stop();

    client = await LspClient.start({ workspace: root });
    let scanning = true;
    void client
      .nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, (p) => !p.scanning, true)
      .then(() => (scanning = false));
    const busyUri = await client.open(join(root, 'editing.md'), big);
    let checking = true;
    void client.progressEnded('Checking post-mortems').then(() => (checking = false));
    const busy = await diagnosticsLatency(client, busyUri, 40, () => scanning);
    const scanningAtEnd = scanning;
    // And while the findings pass checks the closed post-mortems.
    while (scanning) await new Promise((resolve) => setTimeout(resolve, 50));
    const busyChecking = await diagnosticsLatency(client, busyUri, 40, () => checking);
    const checkingAtEnd = checking;
    await client.stop();

    return {
      files: FILES,
      megabytes: round(bytes / 1024 / 1024),
      bareParseMs: Math.round(bareParseMs),
      coldIndexMs: Math.round(coldMs),
      coldVsBareParse: round(coldMs / bareParseMs, 2),
      coldVsBareParseRounds: rounds.map((r) => round(r.ratio, 2)),
      coldAnalysed: cold?.analysed,
      findingsPassMs: Math.round(findingsMs),
      findingsPassVsBareParse: round(findingsMs / bareParseMs, 2),
      findingsPassChecked: findingsPass.checked,
      warmStartMs: Math.round(warmMs),
      warmVsCold: round(warmMs / coldMs, 3),
      warmReused: warm.reused,
      serverColdScanMs: Math.round(serverColdMs),
      serverFindingsDoneMs: Math.round(serverFindingsDoneMs),
      serverWarmTreeShownMs: Math.round(serverTreeShownMs),
      serverWarmTreeDocuments: firstFromCache.documents,
      serverWarmScanDoneMs: Math.round(serverWarmMs),
      serverWarmVsCold: round(serverWarmMs / serverColdMs, 3),
      oneFileChangedMs: round(median(changeTimes)),
      serverMemoryPeakWhileIndexingMb: Math.max(...busyRss, idleRss[0]),
      serverMemoryRightAfterMb: idleRss[0],
      serverMemoryIdleMaxMb: Math.max(...idleRss),
      serverMemoryIdleSettledMb: median(idleRss.slice(-10)),
      diagnosticsIdleMs: round(median(idle)),
      diagnosticsWhileIndexingMs: round(median(busy)),
      diagnosticsWhileIndexingSamples: busy.length,
      diagnosticsWhileIndexingVsIdle: busy.length ? round(median(busy) / median(idle), 2) : null,
      indexStillBuildingAtLastSample: scanningAtEnd,
      diagnosticsWhileCheckingMs: busyChecking.length ? round(median(busyChecking)) : null,
      diagnosticsWhileCheckingSamples: busyChecking.length,
      diagnosticsWhileCheckingVsIdle: busyChecking.length ? round(median(busyChecking) / median(idle), 2) : null,
      findingsPassStillRunningAtLastSample: checkingAtEnd,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
