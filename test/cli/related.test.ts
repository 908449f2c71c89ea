import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonFinding } from '../../server/src/cli/json';
import { runCli as run } from '../support/cli';

const pm = (title: string, date: string, cause: string, items: string[]) =>
  `---\ndate: ${date}\nservices: [checkout-api]\ntrigger: capacity\n---\n# Post-Mortem: ${title}\n\n## Summary\n\nCheckout slowed down.\n\n## Root Cause\n\n${cause}\n\n## Impact\n\nSome orders failed.\n\n## Action Items\n\n${items.join('\n')}\n`;

describe('postmortem check over a folder: recurring-incident', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-related-cli-'));
    mkdirSync(join(dir, 'postmortems'));
    writeFileSync(
      join(dir, 'postmortems', 'a-orders.md'),
      pm(
        'Orders stalled',
        '2026-06-10',
        'All pooled database connections were held by long transactions; new requests queued for a connection until they gave up.',
        ['- [x] Cap transaction length (owner: Tom Berg, due: 2026-06-20)'],
      ),
    );
    writeFileSync(
      join(dir, 'postmortems', 'b-payments.md'),
      pm(
        'Payments hung',
        '2026-09-01',
        'Long transactions and slow queries held every pooled database connection; payment requests queued for a connection until they timed out.',
        ['- [ ] Add a pool alert (owner: Ana Lima, due: 2026-09-20)'],
      ),
    );
    writeFileSync(
      join(dir, 'postmortems', 'c-cert.md'),
      pm('Certificate expired', '2026-07-02', 'The TLS certificate at the edge expired because its renewal job had stopped.', []),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the later incident, with the earlier one named and its fix not held; the first of its kind gets nothing', async () => {
    const { code, out } = await run(['check', dir, '--format', 'json']);
    assert.equal(code, 0);
    const found = (JSON.parse(out) as JsonFinding[]).filter((f) => f.ruleId === 'recurring-incident');
    assert.equal(found.length, 1);
    assert.match(found[0].file, /b-payments\.md$/);
    assert.equal(found[0].line, 12);
    assert.equal(found[0].severity, 'info');
    assert.equal(
      found[0].message,
      "Resembles 'Post-Mortem: Orders stalled' (2026-06-10). 'Post-Mortem: Orders stalled' (2026-06-10) had its one action item done, due by 2026-06-20, before this incident: the fix did not hold.",
    );
  });

  it('does not report it when one file is checked alone, or when the rule is off', async () => {
    const alone = await run(['check', join(dir, 'postmortems', 'b-payments.md'), '--format', 'json']);
    assert.ok(!(JSON.parse(alone.out) as JsonFinding[]).some((f) => f.ruleId === 'recurring-incident'));
    const config = join(dir, 'off.json');
    writeFileSync(config, JSON.stringify({ rules: { 'recurring-incident': 'off' } }));
    const off = await run(['check', dir, '--format', 'json', '--config', config]);
    assert.ok(!(JSON.parse(off.out) as JsonFinding[]).some((f) => f.ruleId === 'recurring-incident'));
  });
});
