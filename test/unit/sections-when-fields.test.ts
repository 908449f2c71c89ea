/**
 * A part that only says when something happened is a fact of the report's header, not a section:
 * a heading over a date alone ("## Service back at" over "May 4, 2031 06:10 AM PDT"), a bold field
 * whose value is a date ("**Review met:** 2031-05-06"), a table row whose value is a time. The same
 * labels over an account keep their reading. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

function sections(text: string): [string, string[]][] {
  return analyzeDocument(text, 'postmortems/2031-05-04-queue.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds]);
}

const kindsOf = (text: string, heading: string) => sections(text).find(([t]) => t === heading)?.[1] ?? [];

const report = (extra: string[]) =>
  [
    '# Queue stalled for two hours',
    '',
    ...extra,
    '',
    '## Summary',
    '',
    'The job queue stopped handing out work for two hours after a broker upgrade.',
    '',
    '## Root cause',
    '',
    'The upgraded broker rejected the old client protocol, so every worker failed to connect.',
    '',
  ].join('\n');

describe('sections: parts that only say when', () => {
  it('reads a heading over a date and time alone as no section', () => {
    const text = report(['## Service back at', '', 'May 4, 2031 06:10 AM USA PDT']);
    assert.deepEqual(kindsOf(text, 'Service back at'), []);
    assert.deepEqual(kindsOf(report(['## Resolved', '', '2031-05-04 06:10 UTC']), 'Resolved'), []);
  });

  it('keeps a heading over an account of the recovery', () => {
    const text = report(['## Resolved', '', 'We pinned the client protocol and restarted the workers at 06:10.']);
    assert.deepEqual(kindsOf(text, 'Resolved'), ['resolution']);
  });

  it('reads a bold field whose value is a date as no section', () => {
    const text = report(['**Started:** 2031-05-04', '', '**Retro held:** 2031-05-06', '', '**Owner:** the platform team']);
    assert.deepEqual(kindsOf(text, 'Retro held'), []);
  });

  it('keeps a bold field whose value tells something', () => {
    const text = report(['**Impact:** every worker was idle for two hours, 9,000 jobs waited', '', '**Detection:** the backlog alert fired at 04:20']);
    assert.deepEqual(kindsOf(text, 'Impact'), ['impact']);
    assert.deepEqual(kindsOf(text, 'Detection'), ['detection']);
  });

  it('reads the rows of a header table whose values are times as no sections', () => {
    const table = [
      '| Field | Value |',
      '| --- | --- |',
      '| **Detected** | `2031-05-04 04:20` |',
      '| **Resolved** | `2031-05-04 06:10` |',
      '| **Team** | queue |',
    ];
    const text = report(table);
    assert.deepEqual(kindsOf(text, 'Detected'), []);
    assert.deepEqual(kindsOf(text, 'Resolved'), []);
  });

  it('keeps the rows of a table whose values tell the sections', () => {
    const table = [
      '| Field | Value |',
      '| --- | --- |',
      '| **Detection** | the backlog alert paged the on-call engineer |',
      '| **Resolution** | the client protocol was pinned and workers restarted |',
    ];
    const text = report(table);
    assert.deepEqual(kindsOf(text, 'Detection'), ['detection']);
    assert.deepEqual(kindsOf(text, 'Resolution'), ['resolution']);
  });
});
