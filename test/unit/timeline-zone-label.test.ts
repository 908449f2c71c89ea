import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { findZoneNote } from '../../server/src/analysis/model/timeline/zones';

const settings = defaultSettings();

describe('timeline zone: the zone written after the word "Timeline"', () => {
  it('reads a zone in capitals that stands alone after the label', () => {
    for (const [label, zone] of [
      ['Timeline UTC:', 'UTC'],
      ['Timeline - PST', 'PST'],
      ['Timeline: CEST', 'CEST'],
      ['**Timeline [UTC]**', 'UTC'],
      ['Timeline EDT.', 'EDT'],
    ])
      assert.equal(findZoneNote(label)?.label, zone, label);
  });

  it('reads no zone from a word in lower case, a lone letter, or a zone that words follow', () => {
    for (const text of [
      'timeline est.',
      'Timeline Z',
      'Timeline Zones',
      'Timeline UTC migration notes',
      'The timeline PST reviewers saw',
      'Timeline',
      'timeline '.repeat(300),
    ])
      assert.equal(findZoneNote(text), null, text.slice(0, 40));
  });
});

describe('timeline zone: a note on the line above the entries, in their paragraph', () => {
  const body = (note: string) =>
    `# Certificate expired\n\nImpact: the site showed certificate errors.\n\n${note}\n3 Jun 11:02: alert fired for the site\n3 Jun 11:40: renewal started\n3 Jun 12:05: new certificate served\n\nWhat went well: the alert.\n`;

  it('reads the zone of a "Timeline UTC:" line that opens the paragraph of entries', () => {
    const text = body('Timeline UTC:');
    const timeline = analyzeDocument(text, 'notes/x.md', settings).model.timeline;
    assert.equal(timeline?.timezone, 'UTC');
    assert.equal(timeline?.entries.length, 3);
    const zoneFindings = check(text, { path: 'notes/x.md', settings }).findings.filter((f) => f.ruleId === 'timeline-timezone');
    assert.deepEqual(zoneFindings, []);
  });

  it('reads "Times are in PST" over the entries the same way, and no zone from a line that names none', () => {
    assert.equal(analyzeDocument(body('Times are in PST.'), 'notes/x.md', settings).model.timeline?.timezone, 'PST');
    assert.equal(analyzeDocument(body('What happened, hour by hour:'), 'notes/x.md', settings).model.timeline?.timezone ?? null, null);
  });
});
