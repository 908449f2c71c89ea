/**
 * Owners written after an item's words, set off from them: a team named in the parentheses that
 * end the item ("(Platform team)"), as a person's name there already was, and "owned by …" after a
 * comma, a bracket or a dash. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { scanTokens } from '../../../server/src/analysis/model/action-items/tokens';
import { assertLinear } from '../../support/growth';

function owners(...entries: string[]): (string | null)[] {
  const text = ['# Queue stall', '', '## Action items', '', ...entries, ''].join('\n');
  return analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings()).model.actionItems.map((i) => i.owner);
}

describe('action items: an owner set off after the item', () => {
  it('reads a team in the parentheses that end the item', () => {
    assert.deepEqual(
      owners('- Page the rota on consumer lag (Platform team)', '- Cap the worker pool (the SRE squad).', '- Split the topic per tenant (Data Platform group)'),
      ['Platform team', 'the SRE squad', 'Data Platform group'],
    );
  });

  it('reads "owned by" after a comma, a bracket or a dash', () => {
    assert.deepEqual(
      owners(
        '- Review the broker quotas, owned by the storage team',
        '- Rotate the signing keys (owned by Ana Ruiz)',
        '- Retire the old scheduler — owned by @devon',
      ),
      ['the storage team', 'Ana Ruiz', '@devon'],
    );
    assert.equal(scanTokens('Write the failover runbook; owned by the Storage team, due 2026-09-01').due?.text, '2026-09-01');
  });

  it('keeps what it read before: a name with a due date, a person in parentheses', () => {
    assert.deepEqual(owners('- Add retries to the consumer (Ana, by 2026-08-01)', '- Lower the lag threshold (Priya Raman)'), ['Ana', 'Priya Raman']);
  });

  it('does not read a pointer to a team, a team in the middle, or what "owned by" describes', () => {
    assert.equal(scanTokens('Add a lag panel (see Platform team)').owner, null);
    assert.equal(scanTokens('Add a lag panel (See Platform team)').owner, null);
    assert.equal(scanTokens('Add a lag panel (with the Storage team)').owner, null);
    assert.equal(scanTokens('Check the disks (Platform team) and the fans of the rack').owner, null);
    assert.equal(scanTokens('Audit the buckets owned by the data team').owner, null);
    assert.equal(scanTokens('Move the topics owned by billing to the new cluster').owner, null);
    assert.equal(scanTokens('Add a lag panel (a team of three)').owner, null);
  });

  it('stays bounded on ugly input', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('a run of ", owned by"', (n) => `${', owned by'.repeat(n)} x`, scanTokens);
    assertLinear('a run of " -- owned by"', (n) => `${' -- owned by'.repeat(n)}`, scanTokens);
    assertLinear('a long parenthesis of capitalised words', (n) => `(${'A '.repeat(n)}team)`, scanTokens);
    assert.deepEqual(owners(`- Fix it (${'Team '.repeat(30)}team)`, '- (owned by)', '- , owned by ,').length, 3);
  });

  it('reads an item with long runs of spaces or tabs in linear time, and "owned by" after a run as before', function () {
    this.timeout(120_000);
    // Before: the mark before "owned by" was looked for behind every place of the item, back over
    // the whole run of spaces before it: two runs of 60,000 spaces in one entry took six seconds.
    for (const [name, run] of [
      ['spaces', ' '],
      ['tabs', '\t'],
      ['spaces and tabs', ' \t'],
    ])
      assertLinear(`an item with runs of ${name}`, (n) => `Add a retry${run.repeat(n)}to the queue,${run.repeat(n)}owned by Ana`, scanTokens, 500);
    assert.equal(scanTokens(`Add a retry to the queue,${' '.repeat(50)}owned by Ana Ruiz`).owner?.value, 'Ana Ruiz');
    assert.equal(scanTokens('Add a retry to the queue \t--\t owned by @ana').owner?.value, '@ana');
    assert.equal(scanTokens(`Audit the buckets${' '.repeat(50)}owned by the data team`).owner, null);
    assert.equal(scanTokens(`Audit the buckets${'\t'.repeat(50)}owned by\tthe data team`).owner, null);
  });
});
