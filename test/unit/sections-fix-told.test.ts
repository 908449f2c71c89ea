/**
 * "Details of the fix" over "The fix involved two steps:" and the steps: the fix made, told as
 * such, even when its steps are worded as orders ("Replace the key"). Work promised under the
 * same heading stays a plan. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { check } from '../../server/src/analysis/engine/engine';

const analyse = (text: string, path = 'postmortems/2031-08-01-fees.md') => analyzeDocument(text, path, defaultSettings()).model;
const kindsOf = (text: string, heading: string) => analyse(text).sections.find((s) => s.heading.text === heading)?.kinds ?? [];

const steps = '1. Replace the owner of the old registry with a contract that checks the caller.\n2. Point the fee address back at the treasury.';

const disclosure = (fix: string) =>
  [
    '# Security disclosure 2031-07-30',
    '',
    '## Summary',
    '',
    '- A flaw was found in an old fee contract and reported to us.',
    '- No user funds were at risk; about 2k USD of fees went to the reporter.',
    '',
    '## Details of the vulnerability',
    '',
    'The setter for the fee address had no guard, which allowed anyone to point the fees of some pools at their own address.',
    '',
    fix,
    '',
    '## Further actions',
    '',
    'No further actions are needed.',
    '',
  ].join('\n');

describe('sections: the fix told as made', () => {
  for (const heading of ['Details of the fix', 'Details of fix', 'Details of our fix']) {
    it(`reads "${heading}" over "The fix involved two steps:" as the resolution`, () => {
      assert.deepEqual(kindsOf(disclosure(`## ${heading}\n\nThe fix involved two steps:\n\n${steps}`), heading), ['resolution']);
    });
  }

  it('reads the steps as the resolution under "Response" too when a sentence says the fix consisted of them', () => {
    assert.deepEqual(kindsOf(disclosure(`## Response\n\nThe fix consisted of two changes:\n\n${steps}`), 'Response'), ['resolution']);
  });

  it('keeps work promised under such a heading a plan', () => {
    const text = disclosure(
      '## Details of the fix\n\nWe will make these changes next week:\n\n- We will replace the owner contract.\n- We will add a guard to every setter.',
    );
    assert.deepEqual(kindsOf(text, 'Details of the fix'), ['action-items']);
  });

  it('takes a security disclosure told as a post-mortem, its fix told as made, for one, through the quick scan too', () => {
    const text = disclosure(`## Details of the fix\n\nThe fix involved two steps:\n\n${steps}`);
    assert.equal(check(text, { path: 'notes/fees.md', settings: defaultSettings() }).doc?.model.isPostmortem, true);
  });

  it('leaves a security advisory that tells no fix made and no outline of a report untaken', () => {
    const advisory =
      '# Advisory: a flaw in the fee setter\n\n## Vulnerability\n\nThe setter has no guard.\n\n## Affected versions\n\n1.0 to 1.4\n\n## How to upgrade\n\nInstall 1.5.\n';
    assert.notEqual(check(advisory, { path: 'notes/advisory.md', settings: defaultSettings() }).doc?.model.isPostmortem, true);
  });

  it('reads ugly input without failing', () => {
    for (const text of ['## Details of fix\n', `## Details of fix\n\n${'The fix involved '.repeat(400)}\n`, '## of the fix details in about\n\n-\n'])
      analyse(text);
  });
});
