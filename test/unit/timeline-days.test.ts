import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import type { Finding } from '../../server/src/analysis/base/findings';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const settings = defaultSettings();

function timelineOf(text: string): Timeline | null {
  return analyzeDocument(text, 'postmortems/x.md', settings).model.timeline;
}

function timeline(text: string): Timeline {
  const t = timelineOf(text);
  assert.ok(t, 'a timeline is found');
  return t;
}

function findings(text: string, ruleId: string): Finding[] {
  return check(text, { path: 'postmortems/x.md', settings }).findings.filter((f) => f.ruleId === ruleId);
}

const doc = (body: string, head = '# Incident: the mirror served old files\n\n') => `${head}## Timeline\n\n${body}\n\n## Root Cause\n\nA stale cache.\n`;

describe('timeline: entries that open on a weekday before the date and the time', () => {
  const updates =
    '# Slow builds\n\nBuilds were queued for hours.\n\nUpdates:\n\n' +
    '- Mon Mar 02 08:15:00 UTC: The backlog is shrinking, builds start again.\n' +
    '- Mon Mar 02 09:40:10 UTC: The backlog is gone and builds start at once.\n' +
    '  A worker had stopped pulling jobs.\n' +
    '- Tue Mar 03 06:05:00 UTC: Nothing queued overnight.\n';

  it('reads a list of such bullets after a plain line as the timeline, the weekday kept out of the text', () => {
    const t = timeline(updates);
    assert.deepEqual(
      t.entries.map((e) => [e.stamp?.text, e.text]),
      [
        ['Mar 02 08:15:00 UTC', 'The backlog is shrinking, builds start again.'],
        ['Mar 02 09:40:10 UTC', 'The backlog is gone and builds start at once. A worker had stopped pulling jobs.'],
        ['Mar 03 06:05:00 UTC', 'Nothing queued overnight.'],
      ],
    );
    assert.ok(t.entries.every((e) => e.time !== null && e.instant !== null));
    assert.deepEqual(findings(updates, 'timeline-order'), []);
  });

  it('reads a full weekday name and emphasis before the stamp the same way', () => {
    const t = timeline(doc('- **Monday,** Mar 2 08:15 UTC: backlog shrinking\n- **Monday,** Mar 2 09:40 UTC: backlog gone'));
    assert.deepEqual(
      t.entries.map((e) => e.text),
      ['backlog shrinking', 'backlog gone'],
    );
  });

  it('does not take a word that starts like a weekday, or a plural, for one', () => {
    const notes =
      '# Slow builds\n\nWhat we saw:\n\n' +
      '- Monitoring 12:00 to 13:00 showed nothing odd.\n' +
      '- Mondays 09:00 is when the batch runs.\n' +
      '- Saturation 10:00 onwards stayed low.\n\n## Follow-up\n\nNone.\n';
    assert.equal(timelineOf(notes), null);
  });
});
