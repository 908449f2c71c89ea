/**
 * A heading of the plan that says where its work was applied ("Guards (applied in the hotfix)",
 * "Patches applied in the release") heads work carried out: its entries are items, done,
 * whatever mood they are written in. A heading that says the work is still to be applied heads open
 * work. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { headsDoneWork } from '../../../server/src/analysis/model/action-items/plan-sections';
import { normaliseHeading } from '../../../server/src/analysis/base/normalise';
import { assertLinear } from '../../support/growth';
import { items } from './helpers';

function withPlan(heading: string): string {
  return [
    '# Mail relay stalled on a full spool',
    '',
    '## Summary',
    '',
    'The relay stopped taking mail for an hour once its spool disk filled up.',
    '',
    '## Follow-up work',
    '',
    `### ${heading}`,
    '',
    '1. **Check the spool disk** - refuse new mail before the disk is full',
    '2. **Retry a stuck delivery once** - then hand it back to the queue',
    '',
    '### Later',
    '',
    '1. **Add a spool alert** - page at four fifths full',
    '',
  ].join('\n');
}

const heads = (heading: string) => headsDoneWork(normaliseHeading(heading));

describe('action items: a heading that says where its work was applied', () => {
  it('reads the entries under "(applied in the hotfix)" as done items', () => {
    const found = items(withPlan('Guards (applied in the hotfix)'));
    assert.deepEqual(
      found.map((i) => i.done),
      [true, true, false],
    );
  });

  it('reads the entries under a heading of work still to apply as open items', () => {
    for (const heading of ['Quick fixes (to be applied)', 'Quick fixes (not yet applied)', 'Quick fixes', 'How the fixes were chosen']) {
      const found = items(withPlan(heading));
      assert.equal(found.length, 3, heading);
      assert.ok(
        found.every((i) => !i.done),
        heading,
      );
    }
  });

  it('takes "applied" last, or followed by where, as the status of the heading', () => {
    assert.ok(heads('Fixes applied'));
    assert.ok(heads('Guards (applied in the hotfix)'));
    assert.ok(heads('Patches applied in the next release'));
    assert.ok(!heads('Patches to be applied'));
    assert.ok(!heads('Fixes not applied'));
    assert.ok(!heads('Lessons applied to the rota next quarter'));
    assert.ok(!heads('Applied research'));
  });

  it('reads ugly headings without failing', () => {
    for (const heading of ['applied', '(applied)', 'applied in', 'applied in the', `${'applied in the '.repeat(2000)}hotfix`, '']) items(withPlan(heading));
  });

  it('reads a long heading of repeated status words in time linear in its length', () => {
    assertLinear(
      'a heading of repeated status words',
      (n) => `${'applied in the '.repeat(n)}x`,
      (key) => headsDoneWork(key),
    );
  });
});
