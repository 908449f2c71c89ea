import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/rules/index';

const root = join(__dirname, '..', '..');

describe('documentation', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
  const rows = [...table.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\/([a-z-]+)\.md\) \| (\w+) \| (yes|no) \|/gm)];

  it('lists every rule in the README table, in registry order, with its default and fixability', () => {
    assert.deepEqual(
      rows.map((r) => [r[1], r[3], r[4] === 'yes']),
      RULES.map((r) => [r.meta.id, r.meta.defaultOff ? 'off' : r.meta.defaultSeverity, r.meta.fixable]),
    );
  });

  for (const rule of RULES) {
    it(`${rule.meta.id}: has a doc page with a rationale, and its id matches its file`, () => {
      const page = join(root, rule.meta.docs);
      assert.ok(existsSync(page), `${rule.meta.docs} is missing`);
      const text = readFileSync(page, 'utf8');
      assert.match(text, new RegExp(`^# ${rule.meta.id}$`, 'm'));
      assert.match(text, /^## Rationale$/m);
      assert.ok(existsSync(join(root, 'server', 'src', 'rules', `${rule.meta.id}.ts`)), 'the rule file is named after its id');
    });
  }
});
