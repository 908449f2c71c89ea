import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { check } from '../../server/src/analysis/engine/engine';
import type { Finding } from '../../server/src/analysis/base/findings';
import type { Timeline } from '../../server/src/analysis/model/model';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { assertLinear } from '../support/growth';
import { extractTimeline } from '../../server/src/analysis/model/timeline/extract';

const settings = defaultSettings();

function timelineOf(text: string): Timeline | null {
  return analyzeDocument(text, 'postmortems/x.md', settings).model.timeline;
}

function orderFindings(text: string): Finding[] {
  return check(text, { path: 'postmortems/x.md', settings }).findings.filter((f) => f.ruleId === 'timeline-order');
}

/** A stream of daily updates on restoring a lost volume, one heading a day, in the order given. */
function stream(days: readonly string[], heading = (day: string) => `## Update ${day}`): string {
  const bodies = [
    'We copied the index of the lost volume to a spare disk and began to read it back.',
    'Half of the index is read back. We expect to restore the first folders soon.',
    'The first folders are restored and their owners have checked them.',
    'Every folder is restored. We are closing this log.',
  ];
  return `# Restoring the archive volume\n\nWe post an update here each working day.\n\n${days.map((d, i) => `${heading(d)}\n\n${bodies[i % bodies.length]}\n`).join('\n')}`;
}

describe('timeline: a stream of dated update headings that is the whole document', () => {
  it('reads each update heading as an entry on its day, with the prose under it as its text', () => {
    const t = timelineOf(stream(['2030-03-04', '2030-03-05', '2030-03-06', '2030-03-09']));
    assert.ok(t, 'a timeline is found');
    assert.deepEqual(
      t.entries.map((e) => e.date),
      ['2030-03-04', '2030-03-05', '2030-03-06', '2030-03-09'],
    );
    assert.match(t.entries[0].text, /copied the index/);
  });

  it('reports a stream written newest first once, as a timeline that runs newest first', () => {
    const found = orderFindings(stream(['2030-03-09', '2030-03-06', '2030-03-05', '2030-03-04']));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /runs newest first, from 2030-03-09 back to 2030-03-04/);
  });

  it('reports nothing for a stream written oldest first', () => {
    assert.deepEqual(orderFindings(stream(['2030-03-04', '2030-03-05', '2030-03-06', '2030-03-09'])), []);
  });

  it('reads the other heading forms of a dated update: a colon after the word, the month written out, the date first', () => {
    const colon = timelineOf(stream(['March 9, 2030', 'March 6, 2030', 'March 5, 2030'], (d) => `## Status update: ${d}`));
    assert.deepEqual(
      colon?.entries.map((e) => e.date),
      ['2030-03-09', '2030-03-06', '2030-03-05'],
    );
    const after = timelineOf(stream(['2030-03-09', '2030-03-06', '2030-03-05'], (d) => `## ${d} update`));
    assert.deepEqual(
      after?.entries.map((e) => e.date),
      ['2030-03-09', '2030-03-06', '2030-03-05'],
    );
  });

  it('leaves a report with update headings added to it alone: its own sections say what its timeline is', () => {
    const report =
      '# The archive volume was lost\n\n## Summary\n\nA disk failed and its volume was lost.\n\n## Root cause\n\nThe spare disk had failed unseen.\n\n' +
      '## Update 2030-03-09\n\nEvery folder is restored.\n\n## Update 2030-03-06\n\nHalf the folders are restored.\n\n## Update 2030-03-05\n\nWe began the restore.\n';
    assert.equal(timelineOf(report), null);
    assert.deepEqual(orderFindings(report), []);
  });

  it('takes no entry from an update heading that writes no day, and no stream from numbered updates alone', () => {
    assert.equal(timelineOf(stream(['1', '2', '3', '4'])), null);
  });

  it('reads ugly headings without failing: empty, marks only, a date that is no date', () => {
    const ugly =
      '# Log\n\n## Update 2030-13-45\n\ntext\n\n## Update **2030-03-05**\n\n## update:\n\n## Update 2030-03-04 — - — \n\n_\n\n## Update 2030-03-03\n\n| a |\n|---|\n| b |\n';
    assert.doesNotThrow(() => timelineOf(ugly));
    assert.doesNotThrow(() => orderFindings(ugly));
  });

  it('reads a long stream in time linear in its length', function () {
    this.timeout(120_000);
    const day = (i: number) => `${2030 + Math.floor(i / 300)}-0${1 + (Math.floor(i / 28) % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
    assertLinear(
      'a stream of update headings',
      (n) => analyzeDocument(stream(Array.from({ length: n }, (_, i) => day(i))), 'postmortems/x.md', settings),
      (doc) => void extractTimeline(doc, settings),
    );
  });
});
