import { strict as assert } from 'node:assert';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathMatches } from '../../server/src/analysis/model/detect';
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
      const editor = { matchPath: 'docs/team/reviews/q3.md', ...(base !== undefined ? { configBase: base } : {}) };
      assert.deepEqual(globRoot(file, folder, configFile), editor, String(configFile));
    }
    assert.deepEqual(
      [join(folder, 'docs', '.postmortemrc.json'), join(folder, 'docs', 'team', 'reviews', '.postmortemrc.json')].map((c) => configBase(folder, c)),
      ['docs', 'docs/team/reviews'],
      'the layouts above do put globs below a folder',
    );
  });
});
