import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const runner = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
// VS Code's own Markdown grammar (MIT), as shipped by the tm-grammars package: the injection needs its host.
const markdownGrammar = join(root, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json');

/** Runs vscode-tmgrammar-test from the repository root, so it reads the grammars contributed in package.json. */
function runGrammarTests(pattern: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [runner, '--compact', '-g', markdownGrammar, pattern], { cwd: root, encoding: 'utf8' });
  // The Markdown grammar embeds many languages whose grammars are not loaded here; the runner warns about each.
  const stderr = result.stderr
    .split('\n')
    .filter((line) => !/^grammar not found for "/.test(line))
    .join('\n');
  return { status: result.status, output: `${result.stdout}${stderr}` };
}

describe('grammar (vscode-tmgrammar-test)', function () {
  this.timeout(60000);

  it('passes every scope assertion in test/grammar/*.test.md', () => {
    const { status, output } = runGrammarTests('test/grammar/*.test.md');
    assert.equal(status, 0, output);
    assert.match(output, /metadata\.test\.md/);
    assert.match(output, /timeline\.test\.md/);
    assert.match(output, /controls\.test\.md/);
    assert.match(output, /exclusions\.test\.md/);
  });

  it('fails on a wrong assertion, so the suite above cannot pass vacuously', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-grammar-'));
    try {
      const file = join(dir, 'wrong.test.md');
      writeFileSync(
        file,
        [
          '<!-- SYNTAX TEST "text.html.markdown" "a deliberately wrong expectation"',
          '- **Owner:** @alice',
          '<!--         ^^^^^^ constant.numeric.date.postmortem',
          '',
        ].join('\n'),
      );
      const { status, output } = runGrammarTests(relative(root, file).split('\\').join('/'));
      assert.notEqual(status, 0, output);
      assert.match(output, /variable\.other\.owner\.postmortem/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is contributed as an injection into Markdown, with the scope name the grammar declares', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const grammar = JSON.parse(readFileSync(join(root, 'syntaxes', 'postmortem.injection.tmLanguage.json'), 'utf8'));
    const entry = manifest.contributes.grammars.find((g: { path: string }) => g.path.endsWith('postmortem.injection.tmLanguage.json'));
    assert.ok(entry, 'package.json contributes the grammar');
    assert.equal(entry.scopeName, grammar.scopeName);
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    assert.match(grammar.injectionSelector, /^L:/, 'left priority, so a bold "Owner:" label is ours before Markdown opens the bold');
  });
});
