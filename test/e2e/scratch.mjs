// Throwaway folders for one end-to-end run, shared by both runners and the screenshot script.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * User settings for the end-to-end suites. The suites' documents predate the rules that read what
 * a post-mortem says about the system (the root cause's why chain, detection and response gaps,
 * quantified impact); each test waits for an exact set of findings, so those rules are off here.
 * Their own tests are in test/unit/facts/.
 */
export const SUITE_SETTINGS = {
  'postmortem.rules': { 'root-cause-depth': 'off', 'detection-gap-unaddressed': 'off', 'impact-unquantified': 'off', 'contributing-factors-missing': 'off' },
};

/** A throwaway folder for one run: user data, extensions, a copy of the workspace, XDG and temp dirs. */
export function makeScratch(prefix, settings = {}) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const paths = {
    dir,
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    home: join(dir, 'home'),
    tmp: join(dir, 'tmp'),
  };
  for (const p of Object.values(paths)) mkdirSync(p, { recursive: true });
  mkdirSync(join(paths.userData, 'User'), { recursive: true });
  writeFileSync(
    join(paths.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'chat.disableAIFeatures': true,
        'telemetry.telemetryLevel': 'off',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        'update.mode': 'none',
        'git.enabled': false,
        'github.gitAuthentication': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        // In the browser VS Code saves edited files after a second by default; the desktop does
        // not, and the suite relies on unsaved edits staying unsaved until a test reverts them.
        'files.autoSave': 'off',
        ...settings,
      },
      null,
      2,
    ),
  );
  return { ...paths, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies a workspace folder into the scratch folder, so tests may change its files. */
export function copyWorkspace(scratch, source, name = 'workspace') {
  const target = join(scratch.dir, name);
  cpSync(source, target, { recursive: true });
  return target;
}
