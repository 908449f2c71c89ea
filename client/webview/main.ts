/**
 * The insights dashboard inside its webview: renders the server's answer (`render.ts`), lists
 * the post-mortems behind a bar, point or row when it is activated (click, Enter or Space),
 * and asks the extension to open one at its line. The charts are drawn here, by the chart module
 * the CLI's HTML report uses, in the editor's colours (again when the theme changes). Keyboard
 * focus survives a live update: the control that had it gets it back by its `data-key`.
 */
import type { InsightsRequest } from '../../server/src/protocol';
import { PRINT_THEME, renderChart, safeTheme, type ChartTheme } from '../../server/src/shared/charts';
import type { FromWebview, RenderedSummary, ToWebview } from '../src/features/insights-messages';
import { parseOpen, progressText, renderDashboard, renderSourceList, type Source } from './render';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('content')!;
const status = document.getElementById('status')!;
const list = document.getElementById('sources')!;

let result: InsightsRequest.Result | undefined;
/** Which of the extension's answers `result` is (0 before the first). */
let answer = 0;
let sources: Source[] = [];
/** The control that opened the list, to go back to with Escape. */
let opener: string | null = null;

/** A colour the editor's theme gives a CSS variable, or the fallback. */
function cssColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.body).getPropertyValue(name).trim();
  return value || fallback;
}

/** The editor's colours, when each is a colour (else the print colours). */
function theme(): ChartTheme {
  const colours = {
    foreground: cssColour('--vscode-editor-foreground', cssColour('--vscode-foreground', '#1f2328')),
    background: cssColour('--vscode-editor-background', '#ffffff'),
    grid: cssColour('--vscode-editorWidget-border', cssColour('--vscode-panel-border', '#d0d7de')),
    palette: ['blue', 'orange', 'green', 'purple', 'red', 'yellow'].map((c, i) =>
      cssColour(`--vscode-charts-${c}`, ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#f0e442'][i]),
    ),
  };
  return safeTheme(colours) ?? PRINT_THEME;
}

function summary(): RenderedSummary {
  return {
    charts: [...content.querySelectorAll<HTMLElement>('section.chart')].map((section) => ({
      id: section.dataset.chart ?? '',
      svg: section.querySelectorAll('svg').length,
      marks: section.querySelectorAll('svg [data-src]').length,
      stops: section.querySelectorAll('svg [data-src][tabindex="0"]').length,
      rows: [...section.querySelectorAll('.data tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
    })),
    tables: content.querySelectorAll('table').length,
    incidents: content.querySelectorAll('[data-key^="incident:"]').length,
    controls: content.querySelectorAll('[data-src], [data-open]').length,
    progress: status.textContent ?? '',
    answer,
  };
}

function showProgress(scanning: boolean, progress: { done: number; total: number } | null, outlined = result?.outlined ?? 0): void {
  status.textContent = progressText(scanning, progress, outlined);
  status.hidden = !status.textContent;
}

function render(next: InsightsRequest.Result): void {
  const focused = document.activeElement?.getAttribute('data-key') ?? null;
  result = next;
  const colours = theme();
  const rendered = renderDashboard(next, (chart) => renderChart(chart, colours));
  sources = rendered.sources;
  content.innerHTML = rendered.html;
  showProgress(next.scanning, next.progress, next.outlined);
  if (focused) content.querySelector<HTMLElement | SVGElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  vscode.postMessage({ type: 'rendered', summary: summary() });
}

/** Lists the post-mortems behind a source and moves the focus to the list. */
function showSources(index: number, from: Element): void {
  const source = sources[index];
  if (!source || !result) return;
  opener = from.getAttribute('data-key');
  list.innerHTML = renderSourceList(result.report, source);
  list.hidden = false;
  list.querySelector<HTMLElement>('#sources-title')?.focus();
  vscode.postMessage({ type: 'listed', label: source.label, entries: [...list.querySelectorAll('[data-open]')].map((e) => e.getAttribute('data-open') ?? '') });
}

function closeSources(): void {
  list.hidden = true;
  list.innerHTML = '';
  if (opener) content.querySelector<HTMLElement | SVGElement>(`[data-key="${CSS.escape(opener)}"]`)?.focus();
}

/** Activates a control: a source lists post-mortems, an incident opens. */
function activate(target: Element): boolean {
  const control = target.closest('[data-src], [data-open]');
  if (!control) return false;
  const open = parseOpen(control.getAttribute('data-open'));
  if (open) vscode.postMessage({ type: 'open', doc: open.doc, line: open.line });
  else showSources(Number(control.getAttribute('data-src')), control);
  return true;
}

document.addEventListener('click', (event) => {
  if (event.target instanceof Element && activate(event.target)) event.preventDefault();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !list.hidden) {
    closeSources();
    event.preventDefault();
    return;
  }
  // Buttons act on Enter and Space themselves (as a click); the chart's marks are SVG and do not.
  if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof Element && event.target.closest('svg') && activate(event.target))
    event.preventDefault();
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'result':
      answer = message.answer;
      render(message.result);
      break;
    case 'progress':
      showProgress(message.scanning, message.progress);
      break;
    case 'error':
      status.textContent = message.message;
      status.hidden = false;
      break;
    case 'activate': {
      const control = content.querySelector(`[data-key="${CSS.escape(message.key)}"]`);
      if (control instanceof HTMLElement || control instanceof SVGElement) {
        control.focus();
        control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        if (control instanceof HTMLButtonElement) control.click();
      }
      break;
    }
    case 'activateListed':
      (list.querySelectorAll('[data-open]')[message.index] as HTMLElement | undefined)?.click();
      break;
  }
});

// The theme changes the body's class: the charts are drawn again in the new colours.
new MutationObserver(() => {
  if (result) render(result);
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });
vscode.postMessage({ type: 'ready' });
