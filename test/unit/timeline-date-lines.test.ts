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

function orderFindings(text: string): string[] {
  return check(text, { path: 'postmortems/x.md', settings })
    .findings.filter((f) => f.ruleId === 'timeline-order')
    .map((f) => f.message);
}

/** A post titled by a day, its timeline in paragraphs under plain date lines. */
const post = (title: string, body: string) =>
  `# ${title}\n\n## Summary\n\nThe nightly export stalled.\n\n## Timeline\n\nAll times UTC.\n\n${body}\n\n## Root Cause\n\nA full disk.\n`;

describe('timeline: a date line after entries placed on the document date alone', () => {
  // Titled by the last day of the incident: the first day's line cannot be read, the second's can.
  const lastDay = post(
    '2031-05-12',
    'Firday the 9th\n\n16:05: export job started\n\nSome talk about the plan.\n\n17:40: the job hung\n\nMonday 12th May\n\n08:15: the hang was noticed\n\n09:02: disk cleared and the job restarted',
  );

  it('reads the entries above the line on no day, so the next morning is not out of order', () => {
    const t = timeline(lastDay);
    assert.deepEqual(
      t.entries.map((e) => [e.time, e.date]),
      [
        ['16:05:00Z', null],
        ['17:40:00Z', null],
        ['2031-05-12T08:15:00Z', '2031-05-12'],
        ['2031-05-12T09:02:00Z', '2031-05-12'],
      ],
    );
    assert.deepEqual(orderFindings(lastDay), []);
  });

  it('still reports a step back among the entries on either side of the line', () => {
    const above = post('2031-05-12', '17:40: the job hung\n\n16:05: export job started\n\nMonday 12th May\n\n08:15: the hang was noticed');
    assert.equal(orderFindings(above).length, 1);
    const below = post('2031-05-12', '16:05: export job started\n\nMonday 12th May\n\n09:02: disk cleared\n\n08:15: the hang was noticed');
    assert.equal(orderFindings(below).length, 1);
  });

  it('keeps the entries on the document date when the line names a later day', () => {
    const t = timeline(post('2031-05-11', '22:10: export job started\n\n23:40: the job hung\n\nMay 12\n\n00:20: the hang was noticed'));
    assert.deepEqual(
      t.entries.map((e) => e.date),
      ['2031-05-11', '2031-05-11', '2031-05-12'],
    );
  });

  it('changes nothing when a day is written before the entries, on a line or on an entry', () => {
    const lines = timeline(post('2031-05-12', 'May 11\n\n22:10: export job started\n\nMay 12\n\n00:20: the hang was noticed'));
    assert.deepEqual(
      lines.entries.map((e) => e.date),
      ['2031-05-11', '2031-05-12'],
    );
    const written = post('2031-05-12', '2031-05-12 10:10: export job started\n\nMay 12\n\n09:20: the hang was noticed');
    assert.deepEqual(
      timeline(written).entries.map((e) => e.date),
      ['2031-05-12', '2031-05-12'],
    );
    assert.equal(orderFindings(written).length, 1);
  });

  it('leaves entries alone when no date line follows them, or the line cannot be read', () => {
    const t = timeline(post('2031-05-12', '16:05: export job started\n\nMonnday 12th Mya\n\n17:40: the job hung'));
    assert.deepEqual(
      t.entries.map((e) => e.date),
      ['2031-05-12', '2031-05-12'],
    );
  });
});
