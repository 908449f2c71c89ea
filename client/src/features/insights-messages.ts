/**
 * The insights dashboard's page and the messages between its webview and the extension: plain
 * data both ways; the extension checks what it is sent (a webview is another origin) before
 * acting on it. No vscode here, so it is unit-tested.
 */
import type { InsightsRequest } from '../../../server/src/protocol';

/** What the webview rendered, measured in its DOM: for tests and automation. */
export interface RenderedSummary {
  /**
   * Per chart: its id, the SVG elements drawn, the data marks that are controls, those of them
   * in the Tab order, and its data table as shown (cell texts, row by row).
   */
  charts: { id: string; svg: number; marks: number; stops: number; rows: string[][] }[];
  /** Tables shown. */
  tables: number;
  /** Rows of the incident list. */
  incidents: number;
  /** Controls reachable with Tab that list or open post-mortems. */
  controls: number;
  /** The progress line, empty once the index is built. */
  progress: string;
  /** Which answer of the extension this is a drawing of (`answer` of its `result` message). */
  answer: number;
}

/** Extension to webview. */
export type ToWebview =
  /** An answer of the server to draw; `answer` counts the answers, so a render says which it drew. */
  | { type: 'result'; result: InsightsRequest.Result; answer: number }
  | { type: 'progress'; scanning: boolean; progress: { done: number; total: number } | null }
  | { type: 'error'; message: string }
  /** For tests: activate (as Enter does) the control with this `data-key`, or a data mark of a chart. */
  | { type: 'activate'; key: string }
  /** For tests: activate the n-th post-mortem of the list shown. */
  | { type: 'activateListed'; index: number };

/** Webview to extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'open'; doc: number; line: number }
  | { type: 'rendered'; summary: RenderedSummary }
  /** The list shown after an activation: its heading and the `doc:line` of each entry. */
  | { type: 'listed'; label: string; entries: string[] };

/** A message from the webview, checked: anything else is null. */
export function readFromWebview(message: unknown): FromWebview | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open':
      return Number.isInteger(m.doc) && Number.isInteger(m.line) && (m.doc as number) >= 0 && (m.line as number) >= 1
        ? { type: 'open', doc: m.doc as number, line: m.line as number }
        : null;
    case 'rendered':
      return m.summary && typeof m.summary === 'object' ? { type: 'rendered', summary: m.summary as RenderedSummary } : null;
    case 'listed':
      return typeof m.label === 'string' && Array.isArray(m.entries)
        ? { type: 'listed', label: m.label, entries: m.entries.filter((e): e is string => typeof e === 'string') }
        : null;
    default:
      return null;
  }
}

/** Where the page's assets are, as the webview gives them (`asWebviewUri`), and the script's nonce. */
export interface PageAssets {
  cspSource: string;
  script: string;
  style: string;
  nonce: string;
}

/**
 * The webview's HTML: a strict content security policy (nothing by default; the style sheet
 * and images from the extension only; one script, by nonce: no inline script, no eval, nothing
 * remote) and the three places the script fills.
 */
export function dashboardHtml(assets: PageAssets): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const csp = [
    `default-src 'none'`,
    `style-src ${assets.cspSource}`,
    `img-src ${assets.cspSource} data:`,
    `font-src ${assets.cspSource}`,
    `script-src 'nonce-${assets.nonce}'`,
  ].join('; ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(assets.style)}">
<title>Post-Mortem Insights</title></head>
<body>
<p id="status" role="status" aria-live="polite">Reading the index…</p>
<main id="content"></main>
<aside id="sources" aria-labelledby="sources-title" hidden></aside>
<script nonce="${attr(assets.nonce)}" src="${attr(assets.script)}"></script>
</body></html>`;
}
