/**
 * A plan heading ("## Prevention") may hold what the authors learned rather than work: rules of
 * thumb for the next responder ("Do not assume …", "If a job stops at once, suspect …") or a list
 * under a bold "**Lessons learned**:" line beside the real improvements. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { statesRule } from '../../../server/src/analysis/model/section-body';

function texts(text: string): string[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => i.text);
}

describe('action items: rules of thumb and lessons inside the plan', () => {
  it('takes no items from a list of rules of thumb', () => {
    const text = [
      '# Nightly build cancelled',
      '',
      '## Avoiding a repeat',
      '- Never trust a cached runner label after an org policy change.',
      '- If a build ends in under a second with no logs, check the runner first.',
      '- Prefer reading the run summary over the raw log when a job never starts.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('still reads a list where one entry is a task', () => {
    const text = [
      '# Nightly build cancelled',
      '',
      '## Prevention',
      '- Never trust a cached runner label after an org policy change.',
      '- Add a check that the runner label exists before the build starts.',
      '',
    ].join('\n');
    assert.equal(texts(text).length, 2);
  });

  it('skips the list under "**What we learned**:" and reads the improvements beside it', () => {
    const text = [
      '# Upgrade wiped a table',
      '',
      '## Prevention',
      '',
      '**What we learned**:',
      '1. Schema changes must tolerate empty tables',
      '2. Cascading deletes are risky on shared tables',
      '',
      '**Improvements**:',
      '- Upgrade tests against an empty database',
      '- A dry-run mode for migrations',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Upgrade tests against an empty database', 'A dry-run mode for migrations']);
  });

  it('tells a rule from a task', () => {
    assert.ok(statesRule('Do not assume the mirror is fresh.'));
    assert.ok(statesRule('When the queue grows past 1,000, page the database on-call.'));
    assert.ok(!statesRule('Add an alert on queue age.'));
    assert.ok(!statesRule('If possible'));
  });
});
