/**
 * A plan split in two, one part headed or labelled done and one part of work still to come: when the
 * done part tells only states reached ("Old replica removed from the pool"), it records the steps
 * of the response, not follow-up work. The list's role is read from its entries taken together and
 * from the part beside it. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function items(plan: string): [string, boolean][] {
  const text = `# Replica drift\n\n## Summary\n\nOne replica served stale reads for an hour.\n\n${plan}`;
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.actionItems.map((i) => [i.text, i.done]);
}

const STATES = '- Stale replica removed from the read pool\n- Cache of the bad pages purged by hand\n- Owners of the affected tenants told by mail\n';

describe('action items: a done part of the plan told as states reached', () => {
  it('reads a "Completed" sub-heading over states reached, beside a part to come, as steps of the response', () => {
    const plan = `## Follow-up\n\n### Completed\n\n${STATES}\n### Recommended next\n\n- Add a lag check to the read pool\n- Alert when a replica falls behind\n`;
    assert.deepEqual(items(plan), [
      ['Add a lag check to the read pool', false],
      ['Alert when a replica falls behind', false],
    ]);
  });

  it('reads the same with the part to come first, with "Done" as the sub-heading, and with status lines as labels', () => {
    const first = `## Action items\n\n### Still to do\n\n- Alert when a replica falls behind\n\n### Done\n\n${STATES}`;
    assert.deepEqual(items(first), [['Alert when a replica falls behind', false]]);
    const labels = `## Action items\n\nCompleted:\n\n${STATES}\nPlanned:\n\n- Alert when a replica falls behind\n`;
    assert.deepEqual(items(labels), [['Alert when a replica falls behind', false]]);
  });

  it('reads entries in the past passive ("was purged") as states reached too', () => {
    const plan = `## Follow-up\n\n### Finished\n\n- The stale replica was removed\n- Every bad page was purged\n\n### Next\n\n- Alert when a replica falls behind\n`;
    assert.deepEqual(items(plan), [['Alert when a replica falls behind', false]]);
  });

  it('keeps a done part as done items when nothing still to come stands beside it', () => {
    assert.deepEqual(items(`## Action items\n\n### Completed\n\n${STATES}`), [
      ['Stale replica removed from the read pool', true],
      ['Cache of the bad pages purged by hand', true],
      ['Owners of the affected tenants told by mail', true],
    ]);
  });

  it('keeps done work told by a verb in the past, by a bold title, or with a checkbox as done items', () => {
    const rest = '### Planned\n\n- Alert when a replica falls behind\n';
    const past = `## Action items\n\n### Completed\n\n- Added a lag check to the read pool\n- Purged the cache of bad pages\n\n${rest}`;
    assert.deepEqual(items(past), [
      ['Added a lag check to the read pool', true],
      ['Purged the cache of bad pages', true],
      ['Alert when a replica falls behind', false],
    ]);
    const titled = `## Action items\n\n### Completed\n\n- **Lag check**: added to the read pool\n- **Cache**: purged by hand\n\n${rest}`;
    assert.equal(items(titled).filter(([, done]) => done).length, 2);
    const boxes = `## Action items\n\n### Completed\n\n- [x] Stale replica removed from the read pool\n- [x] Cache purged by hand\n\n${rest}`;
    assert.equal(items(boxes).filter(([, done]) => done).length, 2);
  });

  it('keeps a done part whose entries mix states with a task, or a single entry', () => {
    const rest = '### Planned\n\n- Alert when a replica falls behind\n';
    const mixed = `## Action items\n\n### Completed\n\n- Stale replica removed from the read pool\n- Purge the cache of the other region\n\n${rest}`;
    assert.equal(items(mixed).length, 3);
    const one = `## Action items\n\n### Completed\n\n- Stale replica removed from the read pool\n\n${rest}`;
    assert.deepEqual(items(one)[0], ['Stale replica removed from the read pool', true]);
  });

  it('leaves a part that is not headed done alone, whatever its entries', () => {
    const plan = `## Action items\n\n### Read pool\n\n${STATES}\n### Alerting\n\n- Alert when a replica falls behind\n`;
    assert.equal(items(plan).length, 4);
  });

  it('reads a subject named by what the incident hit ("Affected host taken offline") as a state reached', () => {
    const plan = `## Follow-up\n\n### Completed\n\n- Affected host taken offline\n- Leaked token revoked and replaced\n\n### Planned\n\n- Alert when a replica falls behind\n`;
    assert.deepEqual(items(plan), [['Alert when a replica falls behind', false]]);
  });
});
