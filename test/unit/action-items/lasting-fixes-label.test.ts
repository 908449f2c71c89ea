/**
 * A short line of its own that titles fixes made to last ("**Long-term fixes:**", "Permanent fix:",
 * "**Fixes applied:**"), inside the part that tells the resolution, over a list whose entries open
 * on a past form ("- Added …", "- Updated …"), stands where a heading would: each entry is an item,
 * done. The steps under a label of the recovery beside it, a list of work still to do under the same
 * title, and such a title in the account of the incident are left alone. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { titlesLastingFixes } from '../../../server/src/analysis/model/action-items/plan-sections';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { items } from './helpers';

function report(part: string, body: string[]): string {
  return [
    '# Relay lost its routes',
    '',
    '## Summary',
    '',
    'A package upgrade put the relay back on its default route table and cut two sites off for an hour.',
    '',
    part,
    '',
    '**Recovery steps**:',
    '- Restored the route table from the backup',
    '- Restarted the relay',
    '',
    ...body,
    '',
    '## Lessons',
    '',
    'Defaults come back with upgrades.',
    '',
  ].join('\n');
}

const lines = ['**Lasting fixes**:', '- Added the route table to configuration management', '- Updated the upgrade runbook to compare the tables'];

describe('action items: a line that titles fixes made to last, over changes made', () => {
  it('reads each entry as an item, done, and leaves the recovery steps alone', () => {
    for (const title of ['**Lasting fixes**:', '**Long-term fix:**', 'Lasting fixes:', '**Fixes applied**']) {
      const found = items(report('## Resolution', [title, ...lines.slice(1)]));
      assert.deepEqual(
        found.map((i) => [i.text, i.done]),
        [
          ['Added the route table to configuration management', true],
          ['Updated the upgrade runbook to compare the tables', true],
        ],
        title,
      );
    }
  });

  it('leaves a list of work still to do, a list with a checkbox, and other parts alone', () => {
    // Work still to do under the title is not told done: the rule leaves it to the reading of the part.
    assert.deepEqual(
      items(report('## Resolution', ['**Lasting fixes**:', '- Add the route table to configuration management', '- Compare the tables after each upgrade'])),
      [],
    );
    // A box is read as the part's other boxes are: the title does not make it an item.
    assert.deepEqual(items(report('## Resolution', ['**Lasting fixes**:', '- [x] Added the route table to configuration management'])), []);
    assert.deepEqual(items(report('## What happened', lines)), []);
    assert.deepEqual(items(report('## Resolution', ['**Lasting fixes were hard to find**:', ...lines.slice(1)])), []);
    assert.deepEqual(items(report('## Resolution', ['We looked for permanent fixes:', ...lines.slice(1)])), []);
  });

  it('tells such a title by its words and its shape', () => {
    const para = (md: string) => parseMarkdown(md).children[0];
    for (const md of ['**Lasting fixes**:', '**Permanent fix:**', 'Long-term fixes:', '**Fixes applied**', '__Lasting fix__'])
      assert.ok(titlesLastingFixes(para(md)), md);
    for (const md of ['**Lasting fixes** were added later', 'Lasting fixes', '**Fixes**:', '**Temporary fix**:', '- **Permanent fix**: a new certificate', ''])
      assert.ok(!titlesLastingFixes(para(md)), md);
    assert.ok(!titlesLastingFixes(undefined));
  });

  it('reads ugly input without failing', () => {
    for (const body of [
      ['**Lasting fixes**:'],
      ['**Lasting fixes**:', '-'],
      ['**Lasting fixes**:', '- ', '- Added'],
      ['**:**', '- Added x'],
      ['**Lasting fixes**:', `- Added ${'x '.repeat(5000)}`],
    ])
      assert.doesNotThrow(() => items(report('## Resolution', body)));
  });
});
