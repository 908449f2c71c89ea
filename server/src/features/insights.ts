/**
 * Insights over the workspace index, for the dashboard: answers `postmortem/insights` with the
 * report of the insights core (`computeInsights`, over the index's summaries, never parsing
 * again) and its charts' definitions, which the dashboard draws with the chart module the CLI's
 * HTML report uses (the server carries no drawing code). Tells the client `postmortem/insightsChanged` when the index
 * changes, at most every half second (every second and a half while a scan runs), so an open
 * dashboard follows the archive without redrawing on every keystroke.
 */
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { isoDay } from '../analysis/base/dates';
import { chartsOf, type ChartSpec } from '../insights/charts';
import { computeInsights, insightsOptions, type InsightsSource } from '../insights/compute';
import { InsightsChangedNotification, InsightsRequest, type InsightsChart } from '../protocol';
import type { WorkspaceIndex } from '../workspace/index-core';
import type { ServerContext } from './context';

/** What the insights read of the workspace index service. */
export interface InsightsIndex {
  index: WorkspaceIndex;
  /** Whether the index is still being built (listed, then read in full), and how far it has read. */
  state(): { scanning: boolean; progress: { done: number; total: number } | null };
  /** Asks for every post-mortem to be read in full (a scan only outlines; the figures need the facts). */
  wantFull(): void;
}

const QUIET_MS = 500;
const SCANNING_MS = 1500;

/** A chart definition as the dashboard gets it: the post-mortems behind each table row made explicit. */
export function toInsightsChart(spec: ChartSpec): InsightsChart {
  return { ...spec, tableRefs: spec.tableRefs ?? (spec.refs.length === spec.table.rows.length ? spec.refs : []) };
}

/** Answers the dashboard's requests over `source`; call once, from the workspace index feature. */
export function registerInsights(context: ServerContext, source: InsightsIndex): void {
  const { connection } = context;
  let timer: ReturnType<typeof setTimeout> | undefined;
  source.index.onChange(() => {
    if (timer) return;
    timer = setTimeout(
      () => {
        timer = undefined;
        void connection.sendNotification(InsightsChangedNotification.type, source.state());
      },
      source.state().scanning ? SCANNING_MS : QUIET_MS,
    );
  });
  connection.onRequest(InsightsRequest.type, (params) => insights(context, source, params ?? {}));
}

async function insights(context: ServerContext, source: InsightsIndex, params: InsightsRequest.Params): Promise<InsightsRequest.Result> {
  source.wantFull();
  const folders = context.folders();
  const scope = params.folder ? URI.parse(params.folder) : undefined;
  const scopePath = scope?.scheme === 'file' ? scope.fsPath : undefined;
  const under = (path: string) => !scopePath || path === scopePath || path.startsWith(join(scopePath, '/')) || path.startsWith(`${scopePath}\\`);
  const summaries: InsightsSource[] = [...source.index.values()].filter((s) => under(s.path));
  // Outlined only (by the scan, or after a change on disk): counted, but without their facts yet.
  const outlined = summaries.filter((s) => s.isPostmortem && !s.notice && s.findings === null).length;
  // The archive-wide options (time zone, minimum sample, follow-up policy) are those of the
  // folder asked for, or of the first workspace folder: one archive, one set of options.
  const folder = (scopePath && folders.find((f) => under(f) || scopePath.startsWith(join(f, '/')))) ?? folders[0];
  const today = isoDay(context.now());
  const settings = folder ? await context.settings.forFolder(folder, scopePath ?? folder) : undefined;
  const options = settings ? insightsOptions(settings, today) : { today, timeZone: 'UTC' };
  const report = computeInsights(summaries, { ...options, fileName: (s) => context.pathFor(s.uri) ?? s.path });
  const charts = chartsOf(report).map(toInsightsChart);
  return { report, charts, ...source.state(), outlined };
}
