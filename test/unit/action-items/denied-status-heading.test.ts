/**
 * A heading of the plan that denies its work was done ("Follow-ups (not done in this hotfix)",
 * "Fixes not yet completed") heads work still to do: its entries are open items, not a record of
 * the response. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { headsDoneWork, recordsResponse } from '../../../server/src/analysis/model/action-items/plan-sections';
import { items } from './helpers';

function withPlan(heading: string): string {
  return [
    '# Crash of the groups page',
    '',
    '## Summary',
    '',
    'The groups page failed for signed-in users after the runtime upgrade.',
    '',
    '## Fix',
    '',
    'A guard now skips the call on an empty value.',
    '',
    `### ${heading}`,
    '',
    '- Audit the other bundled plugins for the same class of failure (calls on values that may',
    '  be empty); a static pass would find these cheaply.',
    '- Consider sending the guard upstream if the plugin is still kept anywhere.',
    '',
  ].join('\n');
}

describe('action items: a heading that denies its work was done', () => {
  it('reads the entries under "(recommended, not done in this hotfix)" as open items', () => {
    const found = items(withPlan('Follow-ups (recommended, not done in this hotfix)'));
    assert.equal(found.length, 2);
    assert.ok(found.every((i) => !i.done));
  });

  it('still takes a heading that says the response was done for a record of it', () => {
    assert.ok(recordsResponse('Hotfix steps done', []));
    assert.ok(!recordsResponse('Hotfix follow-ups (not done yet)', []));
    assert.ok(!recordsResponse('Hotfix follow-ups, not yet done', []));
    assert.ok(headsDoneWork('fixes completed'));
    assert.ok(!headsDoneWork('fixes not completed'));
    assert.ok(!headsDoneWork('follow ups not yet done'));
  });

  it('reads ugly headings without failing', () => {
    for (const heading of ['not done', '(not done)', 'Not Done Not Done', `${'not '.repeat(20000)}done`, '']) items(withPlan(heading));
  });
});
