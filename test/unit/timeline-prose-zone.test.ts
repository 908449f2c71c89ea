import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const settings = defaultSettings();

function timeline(text: string): Timeline {
  const t = analyzeDocument(text, 'postmortems/x.md', settings).model.timeline;
  assert.ok(t, 'a timeline is found');
  return t;
}

const orderFindings = (text: string) => check(text, { path: 'postmortems/x.md', settings }).findings.filter((f) => f.ruleId === 'timeline-order');

const story = (body: string) =>
  `# Incident: the build cache was poisoned\n\n## Timeline\n\nThe log screenshots below show times in CEST, the writer's zone.\n\n${body}\n\n## Root Cause\n\nA token with too much reach.\n`;

describe('timeline: a zone written once in prose carries to the next paragraph', () => {
  it('reads a bare time in the paragraph after one that wrote UTC in UTC, not in the note zone', () => {
    const text = story(
      'At 9:10 AM on March 4th, a stranger opened a change against the build scripts.\n\n' +
        'At 2:05 PM UTC on March 6th, the stolen token was used to remove a job run.\n\n' +
        'At 2:20 PM, the same token pushed a commit that rewrote the lint job.',
    );
    const t = timeline(text);
    assert.deepEqual(
      t.entries.map((e) => e.zone),
      ['CEST', 'UTC', 'UTC'],
    );
    assert.ok(t.entries[2].instant! > t.entries[1].instant!);
    assert.deepEqual(orderFindings(text), []);
  });

  it('still finds a paragraph that really goes back in time', () => {
    const text = story('At 2:05 PM UTC on March 6th, the token was used.\n\nAt 1:50 PM, a job was removed.');
    assert.equal(orderFindings(text).length, 1);
  });

  it('does not carry the zone of a paragraph across a list entry, nor into a list', () => {
    const text = `# Incident: queue stall\n\n## Timeline\n\nAll times are PDT.\n\n- 10:00 UTC: alert fired\n- 03:30: queue drained\n\n## Root Cause\n\nA stuck consumer.\n`;
    const t = timeline(text);
    assert.deepEqual(
      t.entries.map((e) => e.zone),
      ['UTC', 'PDT'],
    );
  });
});
