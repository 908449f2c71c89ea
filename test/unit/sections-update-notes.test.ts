/**
 * A heading that is an update's label ("Update", "Update 2031-04-02", "Status update 3") names when
 * a note was added, not a part of the report: what the note tells (the fix found at last, a cause
 * named along the way, the work going on) does not make it the root cause or the impact. Entries
 * that open on their times still make it a timeline. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { namesAnUpdate } from '../../server/src/analysis/model/status-log';
import { assertLinear } from '../support/growth';

const settings = defaultSettings();
const kindsOf = (text: string) =>
  analyzeDocument(text, 'postmortems/x.md', settings).model.sections.map((s) => [s.heading.text, s.kinds.join('+') || null] as const);

describe('update notes as headings', () => {
  it('knows an update label from headings that only hold the word', () => {
    for (const h of [
      'Update',
      '**Update**',
      'Updates',
      'UPDATE:',
      'Status update',
      'Final update',
      'Update 2031-04-02',
      'Update 3',
      'Update March 4',
      '2031-04-02 update',
    ])
      assert.equal(namesAnUpdate(h), true, h);
    for (const h of [
      'Update the runbook',
      'Deliberate update ritual',
      'Updates to the alerting',
      'Streamlining status updates',
      'I will not update the database by hand again',
      'Updated root cause',
      '',
    ])
      assert.equal(namesAnUpdate(h), false, h);
  });

  it('reads no root cause in a note that names causes along the way', () => {
    const text = [
      '# The night the printer queue stalled',
      '',
      '## What happened',
      '',
      'The print queue stopped taking jobs on Tuesday evening and nobody could print until Thursday.',
      '',
      '### **Update**',
      '',
      'It works again. The spooler had filled its disk because the log rotation was off, and that caused every job to fail.',
      'Since the disk was full the queue could not write its lock file, which led to the stall.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text), [
      ['What happened', 'summary'],
      ['Update', null],
    ]);
  });

  it('reads no root cause in dated updates of a restore told as it went on', () => {
    const text = [
      '# Object store restore',
      '',
      '## Update 2031-04-03',
      '',
      'We restored 300 of 900 objects today. Due to the way large objects are split, they need another pass.',
      '',
      '## Update 2031-04-02',
      '',
      'We have a tool that lists every object. Because the old index is gone, the listing is slow.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text), [
      ['Update 2031-04-03', null],
      ['Update 2031-04-02', null],
    ]);
  });

  it('still reads a timeline in an update whose entries open on their times', () => {
    const text = [
      '# Queue outage',
      '',
      '## Summary',
      '',
      'The queue was down for two hours.',
      '',
      '## Update',
      '',
      '- 10:02 UTC the first alarm fired',
      '- 10:15 UTC the on-call engineer restarted the broker',
      '- 11:40 UTC the backlog drained',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text), [
      ['Summary', 'summary'],
      ['Update', 'timeline'],
    ]);
  });

  it('keeps a heading that names a section beside the word', () => {
    const text = [
      '# Outage',
      '',
      '## Summary',
      '',
      'The site was down.',
      '',
      '## Root cause update',
      '',
      'A stale certificate was served because the reload hook was missing.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text)[1], ['Root cause update', 'root-cause']);
  });

  it('reads ugly update labels and long notes in linear time', () => {
    const doc = (n: number) =>
      `# Outage\n\n## Update ${'2031 '.repeat(n)}\n\n${'Because the disk was full, it failed. '.repeat(n)}\n\n### ${'update '.repeat(n)}!\n`;
    assertLinear('update headings and notes', doc, (t) => kindsOf(t), 64);
    assertLinear(
      'a label of spaces and marks',
      (n) => `status ${' '.repeat(n * 100)}update${'!'.repeat(n * 100)}`,
      (t) => namesAnUpdate(t),
      64,
    );
  });
});
