/**
 * A sub-heading of the plan that names one piece of work takes its done state from the opening of
 * its body: "As a first step we turned on the check in CI." or "**Moved** the job to the new
 * runner:" under it tells that work carried out. A body that opens on the work still to do, or
 * that promises more after the report, keeps the item open. Every document here is written for
 * the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { bodyToldDone } from '../../../server/src/analysis/model/action-items/plan-sections';
import { assertLinear } from '../../support/growth';

function read(text: string) {
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.actionItems;
}

const doc = (plan: string) =>
  `# Broken boot after a release\n\n## Summary\n\nThe web nodes failed to boot after a release.\n\n## How we will do better\n\n${plan}\n`;

describe('action items: a heading item whose body opens on its work told done', () => {
  it('reads the item done when the body opens on the work carried out', () => {
    const items = read(
      doc(
        [
          '### Check class loading in the build',
          '',
          'As a first step we turned on strict class loading in the test run. It is usually off on laptops to start faster.',
          '',
          '### 1. Complete seed data',
          '',
          '**Rewrote `db/seed.sql`** to create every table:',
          '',
          '```sql',
          'CREATE TABLE badges (...);',
          '```',
          '',
          '### Keep the previous build at hand',
          '',
          'Store the previous build beside the new one, so a rollback does not wait on the mirror.',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      items.map((i) => [i.text, i.done]),
      [
        ['Check class loading in the build', true],
        ['1. Complete seed data', true],
        ['Keep the previous build at hand', false],
      ],
    );
  });

  it('keeps the item open when the body goes on to work still to do, or opens on the story', () => {
    assert.equal(bodyToldDone('We turned on strict loading in CI. We will also add it to the nightly job.'), false);
    assert.equal(bodyToldDone('We need to package the old build. We moved the mirror last year.'), false);
    assert.equal(bodyToldDone('The mirror was slow that night, and the rollback waited on it.'), false);
    assert.equal(bodyToldDone(''), false);
    assert.equal(bodyToldDone('We moved the mirror next to the build farm. It now answers in a second.'), true);
  });

  it('reads ugly bodies in linear time', () => {
    assertLinear(
      'opening told done',
      (n) => 'We moved the mirror. '.repeat(n) + '**'.repeat(n) + '. . .'.repeat(n),
      (text) => bodyToldDone(text),
    );
  });
});
