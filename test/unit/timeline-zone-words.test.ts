import { strict as assert } from 'node:assert';
import { findZoneNote } from '../../server/src/analysis/model/timeline/zones';

describe('timeline zone: a note saying the times were converted to a zone', () => {
  it('reads the zone after a word of converting the times', () => {
    for (const note of [
      'Times here were approximated to UTC.',
      'Times were converted into CET from the chat logs.',
      'All times normalised to **UTC**.',
      'Timestamps adjusted to PDT',
    ])
      assert.ok(findZoneNote(note), note);
    assert.equal(findZoneNote('Times here were approximated to UTC.')?.label, 'UTC');
  });

  it('reads no zone from rounding or comparing words that name none', () => {
    for (const note of [
      'All times were rounded to the minute.',
      'Times are compared to the deploy log.',
      'The timeline was adjusted to fit the page.',
      'converted to '.repeat(200),
    ])
      assert.equal(findZoneNote(note), null, note.slice(0, 40));
  });
});
