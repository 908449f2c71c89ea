/**
 * Factors told by what was observed, with no gap word: a filter's false positive, a failed part
 * that left no logs behind, two halves that both took the lead. Every sentence here is written for
 * the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Outage of the map tiles service');
const told = (line: string) => cats(...section('What went wrong', line));

describe('facts: factors told by what was observed', () => {
  it("reads a filter's or a provider's false positive as the tooling's failure", () => {
    assert.deepEqual(told('The tile host was suspended after a provider-side false positive in the abuse checks.'), ['tooling_failure']);
    assert.deepEqual(told("Our mail relay was blocked following a false positive of the hosting company's spam filter."), ['tooling_failure']);
    // A report looked into and found real names no tool that misfired.
    assert.deepEqual(told('We looked into whether the report was a false positive; it was a real leak of tile keys.'), []);
  });

  it('reads a failed part that left no logs, or does not show up in the log service, as the tooling gap', () => {
    assert.deepEqual(told('The failed renderers have no "startup log" and do not appear in Papertrail.'), ['tooling_failure']);
    assert.deepEqual(told('The crashed workers left no logs behind.'), ['tooling_failure']);
    assert.deepEqual(told('Dropped requests did not show up in the dashboards.'), ['tooling_failure']);
    // What should not appear, and a log that is no observability, are no gap.
    assert.deepEqual(told('Personal addresses of the riders do not appear in the logs.'), []);
    assert.deepEqual(told('The hotfix had no change log, as it was one line.'), []);
    assert.deepEqual(told('The new format has no log lines longer than a kilobyte.'), []);
  });

  it('reads a split-brain between two halves as a weakness of the design', () => {
    assert.deepEqual(told('Both balancers came up active, a split-brain that stopped all traffic.'), ['design_weakness']);
    assert.deepEqual(told('After the link flapped the cluster went split brain for ten minutes.'), ['design_weakness']);
  });

  it('takes ugly input in linear time', () => {
    assert.deepEqual(told('no no no "" log log log'), []);
    const shapes: [string, (n: number) => string][] = [
      ['false positives', (n) => 'filter '.repeat(n) + 'false'],
      ['no logs', (n) => 'had no '.repeat(n) + 'log lines'],
      ['not in the logs', (n) => 'personal '.repeat(n) + 'data did not appear'],
    ];
    for (const [what, make] of shapes) assertLinear(what, make, (line) => told(line));
  });
});
