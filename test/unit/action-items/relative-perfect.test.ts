/**
 * A task whose aside describes a noun in the perfect ("a plan that has been drawn up in a rush") is
 * not told done by it: only a sentence of its own reports the work. The emphasis or code mark of the
 * task's first word does not change its tense. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function items(plan: string): [string, boolean][] {
  const text = `# Replica drift\n\n## Summary\n\nOne replica served stale reads for an hour.\n\n${plan}`;
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.actionItems.map((i) => [i.text, i.done]);
}

describe('action items: a perfect in a relative clause of a task does not make it done', () => {
  const plan = (entry: string) => `## Action items\n\n- ${entry}\n- Alert when a replica falls behind\n`;

  it('keeps a task open whose aside describes a noun in the perfect, emphasised first word or not', () => {
    for (const entry of [
      'Try the failover in staging first. (A plan that has been drawn up in a rush is weak!)',
      '*Try* the failover in staging first. (A plan that has been drawn up in a rush is weak!)',
      '`Try` the failover, since a runbook which has not been tried is a guess.',
    ])
      assert.deepEqual(items(plan(entry))[0], [entry.replace(/[*`]/g, ''), false], entry);
  });

  it('still reads a task as done when a sentence of its own says so', () => {
    for (const entry of ['Rehearse the failover in staging first. This has been done since.', 'Rotate the keys. (Done: the keys have been rotated.)'])
      assert.equal(items(plan(entry))[0][1], true, entry);
  });
});
