/**
 * A list under a heading that tells fixes made to last ("### Fixes applied 2026-05-02", "## What was
 * fixed permanently") holds the follow-up work carried out: each entry is an item, done, even one
 * written as code alone ("`app.yaml`: `eth0` → `ens18`"). "## Fix" or "## The fix" over the steps
 * of the recovery is still the resolution. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { headsDoneWork, headsLastingFixes } from '../../../server/src/analysis/model/action-items/plan-sections';
import { scanTokens } from '../../../server/src/analysis/model/action-items/tokens';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';
import { items } from './helpers';

function report(heading: string, body: string[], rest: string[] = []): string {
  return [
    '# Proxy overload on 2026-05-02',
    '',
    '## Summary',
    '',
    'One unbounded export request held every worker of the data server for five hours.',
    '',
    '## What happened',
    '',
    'A crawler asked for a full export of the largest table and the server ran out of memory.',
    '',
    heading,
    '',
    ...body,
    '',
    ...rest,
  ].join('\n');
}

describe('action items: a list of fixes made to last', () => {
  it('reads each entry under "Fixes applied <date>" as an item, done', () => {
    const text = report('### Fixes applied 2026-05-02', [
      '- **A guard in the proxy** refuses export requests that carry no filter, with a page that says',
      '  how to narrow the query.',
      '- **The crawler rules now name the bulk crawlers** so the well-behaved ones stay away.',
    ]);
    const found = items(text);
    assert.equal(found.length, 2);
    assert.ok(found.every((i) => i.done));
  });

  it('reads entries written as code alone under "What was fixed permanently", beside the remaining work', () => {
    const text = report(
      '## What Was Fixed Permanently',
      [
        '- `deploy/boot.yaml`: `console=ttyAMA0` → `console=ttyS1`',
        '- `deploy/net/pool.yaml`: `eth0` → `ens20`, dropped a stale prefix',
        '- `deploy/main.tf`: added the pool manifests so they are managed from now on',
      ],
      ['## Remaining Actions', '', '1. **Run the plan** from `deploy/` to bring the state in line.', ''],
    );
    const found = items(text);
    assert.equal(found.length, 4);
    assert.deepEqual(
      found.map((i) => i.done),
      [true, true, true, false],
    );
  });

  it('leaves the steps under "The fix" or "Details of the fix" to the resolution', () => {
    for (const heading of ['## The Fix', '## Details of the fix', '## How we fixed it']) {
      const text = report(heading, ['1. Restarted the data server.', '2. Blocked the crawler at the proxy.']);
      assert.deepEqual(items(text), [], heading);
    }
  });

  it('leaves the heading alone over a code block or prose', () => {
    const code = report('### Permanent fixes implemented', ['```bash', 'sudo proxyctl deny --no-filter', '```']);
    assert.deepEqual(items(code), []);
  });

  it('tells such headings by their words', () => {
    for (const key of ['fixes applied 2026 05 02', 'fix applied', 'what was fixed permanently', 'permanent fixes implemented', 'applied fixes'])
      assert.ok(headsLastingFixes(key) && headsDoneWork(key), key);
    for (const key of ['fix', 'the fix', 'fixes', 'permanent fixes', 'details of fix', 'how we fixed it', 'fixes to apply'])
      assert.ok(!headsLastingFixes(key), key);
  });

  it('takes a handle after an article for a thing named, not an owner', () => {
    assert.equal(scanTokens('The `@no_filter` matcher in the proxy now refuses bare exports.').owner, null);
    assert.equal(scanTokens('Added an @urgent role that pings everyone on the rota.').owner, null);
    assert.equal(scanTokens('Tighten the proxy rules @dana').owner?.value, '@dana');
    assert.equal(scanTokens('Cron cleanup scheduled `@dana`').owner?.value, '@dana');
    assert.equal(scanTokens('@dana: tighten the proxy rules').owner?.value, '@dana');
  });

  it('reads a word joined to "training" by a hyphen as a kind of thing, not people trained', () => {
    const kind = (text: string) => classifyItem({ text, category: null }).kind;
    assert.equal(kind('The crawler rules now name the bulk scrapers and the AI-training crawlers with a deny rule'), 'prevention');
    assert.equal(kind('Run training for new responders on the failover'), 'response');
  });

  it('reads ugly input without failing', () => {
    for (const body of [[''], ['- '], ['- ``'], ['- `a`: `b` → '], ['-'.repeat(5000)], [`- ${'`x` → '.repeat(3000)}`]])
      items(report('### Fixes applied', body));
  });
});
