// Takes screenshots of the real VS Code UI for the README: installs the packaged .vsix into
// code-server, opens a copy of examples/ in headless Chromium, works the UI with the keyboard
// as a user would, and saves PNGs to docs/images/. Every wait is on something appearing on
// screen. Run with `npm run screenshots` (which packages first).
//
// To add a picture, add an entry to SHOTS: a file
// name, what the picture shows (for the log) and the steps that bring it on screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, copyWorkspace, installVsix, launchBrowser, makeScratch, requireTools, startCodeServer } from './code-server.mjs';

const OUT = join(ROOT, 'docs', 'images');
const VSIX = join(ROOT, 'postmortem-lint.vsix');
const DRAFT = '2026-05-19-search-index-outage.md';
const TIMELINE = '2026-03-04-checkout-latency.md';

/** Keyboard-level steps a user takes, each waiting until the UI shows its result. */
function userInterface(page) {
  const ui = {
    async quickOpen(fileName) {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await input.fill(fileName);
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: fileName }).waitFor();
      await page.locator('.monaco-editor .view-lines').first().waitFor();
    },
    /** Runs a command from the command palette by its title, as a user types it. */
    async command(title) {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${title}`);
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden' });
    },
    /** Waits until the editor shows at least `count` warning squiggles. */
    async squiggles(count) {
      await page.waitForFunction((n) => document.querySelectorAll('.monaco-editor .squiggly-warning').length >= n, count);
    },
    async focusEditor() {
      await page
        .locator('.monaco-editor .view-lines')
        .first()
        .click({ position: { x: 5, y: 5 } });
    },
    async goToLine(line) {
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`:${line}`);
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden' });
    },
    async problemsPanel(rows) {
      await page.keyboard.press('Control+Shift+M');
      await page.waitForFunction((n) => document.querySelectorAll('.markers-panel .monaco-list-row').length >= n, rows);
    },
    /** Waits until a hover with this text is on screen and has finished fading in. */
    async hoverShown(text) {
      const hover = page.locator('.monaco-hover', { hasText: text }).first();
      await hover.waitFor();
      await hover.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    },
    /** Drags the side bar's edge until it is `width` pixels wide, so tree labels are not cut. */
    async widenSidebar(width) {
      const sidebar = page.locator('.part.sidebar');
      const box = await sidebar.boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width + 1, y);
      await page.mouse.down();
      await page.mouse.move(box.x + width + 1, y, { steps: 8 });
      await page.mouse.up();
      await page.waitForFunction((w) => document.querySelector('.part.sidebar').getBoundingClientRect().width >= w - 4, width);
    },
    async toggleSidebar(visible) {
      await page.keyboard.press('Control+B');
      await page.locator('.part.sidebar').waitFor({ state: visible ? 'visible' : 'hidden' });
    },
    /** Hides the bottom panel (Problems), so the next picture has room. */
    async togglePanel() {
      await page.keyboard.press('Control+J');
      await page.locator('.part.panel').waitFor({ state: 'hidden' });
    },
    async clearNotifications() {
      await ui.command('Notifications: Clear All Notifications');
    },
  };
  return ui;
}

/** The pictures, in the order they are taken in one window. */
const SHOTS = [
  {
    file: 'findings.png',
    shows: 'a draft post-mortem with its findings: squiggles, the hover message and the Problems panel',
    async steps(ui, page) {
      await ui.quickOpen(DRAFT);
      await ui.squiggles(2);
      await ui.problemsPanel(3);
      await ui.focusEditor();
      await ui.goToLine(20);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await ui.hoverShown('holds only placeholders');
    },
  },
  {
    file: 'quick-fix.png',
    shows: 'the quick-fix menu on a missing section',
    async steps(ui, page) {
      await page.keyboard.press('Escape');
      await ui.goToLine(1);
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget', { hasText: 'Add the "Impact" section' }).waitFor();
    },
  },
  {
    file: 'action-items.png',
    shows: 'the Action Items view: every open item of the workspace by status, with the overdue count on its badge',
    async steps(ui, page) {
      await page.keyboard.press('Escape');
      await ui.togglePanel();
      // The status-bar count of overdue items opens the view.
      await page.locator('.part.statusbar .statusbar-item', { hasText: 'overdue action item' }).click();
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Roll configuration changes out one region' }).waitFor();
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Make the cleanup script dry-run' }).waitFor();
      await ui.widenSidebar(720);
    },
  },
  {
    file: 'timeline.png',
    shows: 'a timeline table formatted by "Post-Mortem: Format Table", its code lens with time to detect, mitigate and resolve, and the hover on a row',
    async steps(ui, page) {
      await ui.toggleSidebar(false);
      await ui.quickOpen(TIMELINE);
      await ui.focusEditor();
      await ui.goToLine(30);
      await ui.command('Post-Mortem: Format Table');
      await page.locator('.monaco-editor .codelens-decoration', { hasText: 'Detected after' }).waitFor();
      await ui.goToLine(34);
      await page.keyboard.press('End');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await ui.hoverShown('from the start');
    },
  },
  {
    file: 'insights.png',
    shows: 'the insights dashboard over the example archive, with the post-mortems behind a bar listed',
    async steps(ui, page) {
      await page.keyboard.press('Escape');
      // Taken alone, nothing has started the extension yet: a post-mortem opened does.
      await ui.quickOpen(TIMELINE);
      if (await page.locator('.part.sidebar').isVisible()) await ui.toggleSidebar(false);
      await ui.command('Post-Mortem: Show Insights');
      const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      // Ready once the index is read in full: the progress line is gone and the charts are drawn.
      await view.locator('#status[hidden]').waitFor({ state: 'attached', timeout: 120_000 });
      await view.locator('section.chart svg').first().waitFor();
      const bar = view.locator('[data-key="volume-by-month:10"]'); // November: two incidents
      await bar.click();
      await view.locator('#sources:not([hidden]) button.open').first().waitFor();
    },
  },
];

async function main() {
  requireTools();
  mkdirSync(OUT, { recursive: true });
  const scratch = makeScratch('postmortem-screenshots', { 'editor.stickyScroll.enabled': false, 'editor.minimap.enabled': false });
  const workspace = copyWorkspace(scratch, join(ROOT, 'examples'), 'examples');
  console.log(`screenshots: ${installVsix(scratch, VSIX).split('\n').pop()}`);
  const server = await startCodeServer(scratch);
  const { browser, page } = await launchBrowser({ width: 1280, height: 760 });
  let failed = false;
  try {
    // Every wait is for something to appear; a generous limit only matters on a loaded machine.
    page.setDefaultTimeout(120_000);
    await page.goto(server.url(workspace));
    await page.locator('.monaco-workbench .part.statusbar').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    const ui = userInterface(page);
    await ui.clearNotifications();
    // POSTMORTEM_SCREENSHOTS=insights.png takes only the pictures named (comma-separated).
    const only = process.env.POSTMORTEM_SCREENSHOTS?.split(',');
    for (const shot of SHOTS.filter((s) => !only || only.includes(s.file))) {
      await shot.steps(ui, page);
      await page.screenshot({ path: join(OUT, shot.file) });
      console.log(`screenshots: docs/images/${shot.file}: ${shot.shows}`);
    }
  } catch (error) {
    failed = true;
    const path = join(scratch.dir, 'failure.png');
    await page.screenshot({ path }).catch(() => undefined);
    console.error(`screenshots: ${error instanceof Error ? error.stack : error}\nscreenshots: the screen at the failure: ${path}`);
    console.error(server.log.join('\n'));
  } finally {
    await browser.close();
    server.stop();
    if (!failed) scratch.remove();
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`screenshots: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
