import { strict as assert } from 'node:assert';
import { readTimeline, timelineRuleIds } from '../support/timeline';

const timeline = readTimeline;
const ruleIds = timelineRuleIds;

const doc = (body: string) => `# Incident: the queue stalled\n\nDate: 2026-04-02\n\n## Timeline\n\n${body}\n\n## Root Cause\n\nA lock.\n`;

describe('timeline reading: which list items are entries', () => {
  const passing =
    '- 07:06 PDT: paged for a growing queue\n- 07:28 PDT: hotfix rolled out\n- 07:50 PDT: queue drained\n\nWhile we watched the rollout we also changed other things:\n\n- Retries were made safer at 07:40 PDT, so repeats do no harm.\n- The cluster was grown to handle the queue.\n- Old signals are now cleaned up.';

  it('does not read a list that mentions a time in passing, after a timed list, as entries', () => {
    const text = doc(passing);
    const t = timeline(text);
    assert.deepEqual(
      t.entries.map((e) => e.line),
      [6, 7, 8],
    );
    assert.deepEqual(ruleIds(text), []);
  });

  it('keeps an item whose time trails in a list where most items lead with their time', () => {
    const t = timeline(doc('- 10:00 UTC deploy\n- 10:05 UTC errors rise\n- Rolled back at 10:20 UTC\n- 10:30 UTC all clear'));
    assert.equal(t.entries.length, 4);
    assert.equal(t.entries[2].time, '2026-04-02T10:20:00Z');
  });

  it('still reads a list of times in passing when nothing else in the timeline opens with a time', () => {
    const t = timeline(doc('- The deploy went out at 10:00 UTC.\n- Errors rose at 10:05 UTC.\n- We rolled back at 10:20 UTC.'));
    assert.deepEqual(
      t.entries.map((e) => e.time),
      ['2026-04-02T10:00:00Z', '2026-04-02T10:05:00Z', '2026-04-02T10:20:00Z'],
    );
  });
});
