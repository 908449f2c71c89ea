/**
 * "Resolution timeline", "Follow-up timeline", "**Recovery timeline**: …": a timeline of another part
 * of the report. Over steps or a value that write no time and no date, it is that part told in order,
 * and no timeline; with times, it stays the timeline. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

function sections(text: string): [string, string[]][] {
  return analyzeDocument(text, 'postmortems/2031-05-14-queue.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds]);
}

const kindsOf = (text: string, heading: string) => sections(text).find(([t]) => t === heading)?.[1] ?? [];

const report = (part: string) =>
  [
    '# Job queue stalled after a broker upgrade',
    '',
    '## Summary',
    '',
    'Jobs sat in the queue for two hours after the broker was upgraded.',
    '',
    part,
    '',
    '## Lessons Learned',
    '',
    '- We should test broker upgrades on a copy first.',
    '',
  ].join('\n');

describe('sections: a timeline of another part, with no time written', () => {
  it('reads "Resolution Timeline" over untimed numbered steps as the resolution', () => {
    const text = report(
      '## Resolution Timeline\n\n1. **Rollback**: the old broker version went back on\n\n2. **Drain**: the backlog was worked off\n\n3. **Check**: jobs ran at the usual rate again',
    );
    assert.deepEqual(kindsOf(text, 'Resolution Timeline'), ['resolution']);
  });

  it('reads "Follow-up timeline" over untimed tasks as the action items', () => {
    const text = report('## Follow-up timeline\n\n- Add a canary for broker upgrades\n- Document the rollback steps');
    assert.deepEqual(kindsOf(text, 'Follow-up timeline'), ['action-items']);
  });

  it('keeps such a heading the timeline when its entries write times', () => {
    const text = report(
      '## Resolution Timeline\n\n- 14:05 the old broker version went back on\n- 14:20 the backlog began to drain\n- 15:10 jobs ran at the usual rate',
    );
    assert.deepEqual(kindsOf(text, 'Resolution Timeline'), ['timeline']);
  });

  it('keeps it the timeline when its entries write times or dates anywhere, not only first', () => {
    for (const body of [
      '- On March 3 at 14:05 the old broker went back on\n- On March 3 at 15:10 jobs ran again',
      '- The old broker went back on (14:05)\n- Jobs ran again (15:10)',
      '1. Rollback, done on 2031-05-14\n2. Drain, done on 2031-05-15',
      '| What | When |\n| --- | --- |\n| Rollback | 14:05 |\n| Drain | 15:10 |',
    ]) {
      const text = report(`## Resolution Timeline\n\n${body}`);
      assert.deepEqual(kindsOf(text, 'Resolution Timeline'), ['timeline'], body);
    }
  });

  it('keeps "Timeline" alone the timeline, even over untimed steps', () => {
    const text = report('## Timeline\n\n1. The broker was upgraded\n2. Jobs piled up\n3. The upgrade was rolled back');
    assert.deepEqual(kindsOf(text, 'Timeline'), ['timeline']);
  });

  it('reads a field "**Recovery timeline**:" with no time in its value as the recovery, and one with times as the timeline', () => {
    const fields = (value: string) => report(`## Notes\n\n- **Failure analysis**: the new broker dropped acks under load\n\n- **Recovery timeline**: ${value}`);
    assert.deepEqual(kindsOf(fields('the backlog drained on its own once the old broker was back'), 'Recovery timeline'), ['resolution']);
    assert.deepEqual(kindsOf(fields('rolled back at 14:05, drained by 15:10'), 'Recovery timeline'), ['timeline']);
    assert.deepEqual(kindsOf(fields('rolled back on March 3rd'), 'Recovery timeline'), ['timeline']);
  });

  it('reads ugly input without failing', () => {
    for (const text of ['## Resolution Timeline\n', '## Resolution Timeline\n\n-\n-\n', `- **Recovery timeline**: ${'9'.repeat(5000)}\n- **Impact**: x`])
      sections(text);
  });
});
