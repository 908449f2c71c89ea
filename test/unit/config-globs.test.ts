import { strict as assert } from 'node:assert';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyPath, folderPathMatches, isTemplatePath, pathMatches } from '../../server/src/analysis/model/detect';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { inFolder } from '../../server/src/config-file';
import { rebaseGlobs } from '../../server/src/config-file';
import { configBase } from '../../server/src/settings-provider';
import { globRoot } from '../../server/src/cli/main';

describe('globs of a config file below the workspace folder', () => {
  it('are put below its folder, so workspace-relative paths match them as paths from the folder match the globs', () => {
    const globs = ['reviews/*.md', '**/drafts/**', './incidents/**', '!reviews/old/**'];
    const rebased = rebaseGlobs(globs, 'docs/team');
    assert.deepEqual(rebased, ['docs/team/reviews/*.md', 'docs/team/**/drafts/**', 'docs/team/incidents/**', '!docs/team/reviews/old/**']);
    for (const path of ['reviews/q3.md', 'drafts/a.md', 'reviews/drafts/b.md', 'incidents/2026/c.md', 'notes.md', 'reviews/old/d.md']) {
      for (const glob of globs) {
        assert.equal(pathMatches(`docs/team/${path}`, rebaseGlobs([glob], 'docs/team')), pathMatches(path, [glob]), `${glob} on ${path}`);
      }
    }
  });

  it('take a folder name with glob characters as it is written', () => {
    const [glob] = rebaseGlobs(['*.md'], 'ops [eu]/{old}');
    assert.ok(pathMatches('ops [eu]/{old}/a.md', [glob]), glob);
    assert.ok(!pathMatches('ops e/old/a.md', [glob]), glob);
  });

  it('have a base only when the config file lies below the workspace folder', () => {
    const folder = join('/work', 'space');
    assert.equal(configBase(folder, join(folder, 'docs', 'team', '.postmortemrc.json')), 'docs/team');
    assert.equal(configBase(folder, join(folder, '.postmortemrc.json')), undefined);
    assert.equal(configBase(folder, join('/work', '.postmortemrc.json')), undefined);
    assert.equal(configBase(undefined, join(folder, 'docs', '.postmortemrc.json')), undefined);
    assert.equal(configBase(folder, null), undefined);
  });
});

describe('the command line and the editor on where config globs start', () => {
  it('agree for every config file the editor can find: at the workspace folder, below it, or none', () => {
    // Outside the current directory, so the command line's workspace is the folder it was given.
    const folder = join(tmpdir(), 'pm-globs', 'space');
    const file = join(folder, 'docs', 'team', 'reviews', 'q3.md');
    for (const configFile of [
      null,
      join(folder, '.postmortemrc.json'),
      join(folder, 'docs', '.postmortemrc.json'),
      join(folder, 'docs', 'team', '.postmortemrc'),
      join(folder, 'docs', 'team', 'reviews', '.postmortemrc.json'),
    ]) {
      const base = configBase(folder, configFile);
      // The editor's paths start at the workspace folder, whose name is also read (`root`).
      const editor = { matchPath: 'docs/team/reviews/q3.md', root: folder, ...(base !== undefined ? { configBase: base } : {}) };
      assert.deepEqual(globRoot(file, folder, configFile), editor, String(configFile));
    }
    assert.deepEqual(
      [join(folder, 'docs', '.postmortemrc.json'), join(folder, 'docs', 'team', 'reviews', '.postmortemrc.json')].map((c) => configBase(folder, c)),
      ['docs', 'docs/team/reviews'],
      'the layouts above do put globs below a folder',
    );
  });
});

describe('the name of the folder paths start at', () => {
  const files = defaultSettings().files;
  it('is read by the globs that match anywhere, so a folder opened by itself counts as the folder it is', () => {
    assert.ok(folderPathMatches('2026-03-02-orders.md', files, 'postmortems'));
    assert.ok(folderPathMatches('2026/q1/orders.md', files, 'Incidents'), 'below it, and in any case');
    assert.ok(!folderPathMatches('2026-03-02-orders.md', files, 'notes'));
    assert.ok(!folderPathMatches('2026-03-02-orders.md', files, undefined));
    assert.ok(!folderPathMatches('2026-03-02-orders.md', files, ''));
  });

  it('is not read by globs anchored at the folder, nor put before a path that names its folders already', () => {
    assert.ok(!folderPathMatches('a.md', ['postmortems/**'], 'postmortems'), 'an anchored glob reads the path alone');
    assert.ok(folderPathMatches('postmortems/a.md', ['postmortems/**'], 'notes'));
    assert.ok(!folderPathMatches('/srv/a.md', files, 'postmortems'), 'an absolute path is read as it is');
    assert.ok(!folderPathMatches('C:\\srv\\a.md', files, 'postmortems'), 'a Windows path too');
  });

  it('is given to the settings of a folder by the hosts, and read for files and templates, not for exclusions', () => {
    const settings = inFolder(defaultSettings(), '/home/ana/retros/');
    assert.equal(settings.folderName, 'retros');
    assert.equal(inFolder(defaultSettings(), undefined).folderName, undefined);
    assert.equal(inFolder(defaultSettings(), '/').folderName, undefined, 'the root of the file system has no name');
    assert.equal(classifyPath('q3.md', settings), 'included');
    assert.equal(classifyPath('README.md', settings), 'excluded', 'an excluded name stays excluded');
    assert.equal(classifyPath('q3.md', defaultSettings()), 'unknown');
    assert.ok(isTemplatePath('blank.md', inFolder(defaultSettings(), '/srv/templates')));
    assert.ok(!isTemplatePath('blank.md', settings));
  });
});
