import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { outputPath } from '../../eval/out-path';

describe('npm run eval -- --out FILE', () => {
  const pkg = resolve('/work/pkg');
  const here = resolve('/work/pkg/docs/notes');

  it('takes a relative FILE from the directory npm was started in', () => {
    assert.equal(outputPath('mine.json', { INIT_CWD: here }, pkg), resolve(here, 'mine.json'));
    assert.equal(outputPath('../x.json', { INIT_CWD: here }, pkg), resolve(pkg, 'docs', 'x.json'));
  });

  it('keeps an absolute FILE as it is, and the default in the package folder', () => {
    const absolute = resolve('/tmp/eval-out.json');
    assert.equal(outputPath(absolute, { INIT_CWD: here }, pkg), absolute);
    assert.equal(outputPath(undefined, { INIT_CWD: here }, pkg), resolve(pkg, 'eval-results.json'));
  });

  it('falls back to the current directory outside npm', () => {
    assert.equal(outputPath('mine.json', {}, here), resolve(here, 'mine.json'));
  });
});
