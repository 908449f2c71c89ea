/**
 * A short report may set out its parts as plain fields, one a line and no blank line between them
 * ("Impact: …", "Cause: …", "Next steps: …"), with neither bold nor headings: a status page's
 * summary, a note pasted from a chat. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

function sections(text: string): [string, string | null, number][] {
  return analyzeDocument(text, 'postmortems/2031-04-02-queue.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kind, s.heading.line]);
}

describe('sections: plain field lines in one paragraph', () => {
  it('reads each field that names a section plainly, each running to the next field', () => {
    const text = [
      'Window: 2 April, 10:05 to 10:50 (UTC)',
      'Impact: Checkout requests timed out for most shoppers for three quarters of an hour.',
      'Root cause: A queue worker kept its old connection pool after the broker moved hosts.',
      'Resolution: The workers were restarted and the pool now reconnects on its own.',
      'Next steps: We will add a probe that checks the broker address every minute.',
    ].join('\n');
    const found = sections(text);
    assert.deepEqual(
      found.map(([, kind, line]) => [kind, line]),
      [
        ['impact', 1],
        ['root-cause', 2],
        ['resolution', 3],
        ['action-items', 4],
      ],
    );
    const model = analyzeDocument(text, 'postmortems/a.md', defaultSettings()).model;
    const cause = model.sections.find((s) => s.kind === 'root-cause');
    assert.ok(cause);
    assert.ok(text.slice(cause.end).startsWith('Resolution:'));
  });

  it('reads the fields with CRLF line ends and a leading space the same', () => {
    const text = ' Impact: Logins failed for an hour.\r\n Cause: An expired signing key.\r\n Follow-up: Rotate keys from a calendar job.\r\n';
    assert.deepEqual(
      sections(text).map(([, kind]) => kind),
      ['impact', 'root-cause', 'action-items'],
    );
  });

  it('reads fields joined by hard breaks (two trailing spaces or a backslash) and labels in capitals', () => {
    const text = ['IMPACT: Logins failed for an hour.  ', 'ROOT CAUSE: An expired signing key.\\', 'NEXT STEPS: Rotate keys from a calendar job.', ''].join(
      '\n',
    );
    assert.deepEqual(
      sections(text).map(([, kind, line]) => [kind, line]),
      [
        ['impact', 0],
        ['root-cause', 1],
        ['action-items', 2],
      ],
    );
  });

  it('reads fields under a heading as sections of their own', () => {
    const text = ['# Search outage', '', 'Impact: Search returned nothing for twenty minutes.', 'Cause: The index alias pointed at an empty index.', ''].join(
      '\n',
    );
    assert.deepEqual(
      sections(text)
        .filter(([, kind]) => kind)
        .map(([, kind]) => kind),
      ['impact', 'root-cause'],
    );
  });

  it('leaves a block of facts of one kind alone (no two kinds of section named)', () => {
    const text = ['Host: db-3', 'Impact: Replica lag of ten minutes', 'Owner: the data team', 'Severity: low'].join('\n');
    assert.deepEqual(
      sections(text).filter(([, kind]) => kind),
      [],
    );
  });

  it('leaves prose whose lines hold colons in passing alone', () => {
    const text = [
      'We looked at three things on the day: the broker, the workers and the load balancer.',
      'None of them showed errors, and the graphs: flat for the whole hour.',
      'The next morning we tried again with more logging turned on.',
    ].join('\n');
    assert.deepEqual(sections(text), []);
  });

  it('leaves a ticket of plain fields that name no sections alone', () => {
    const text = ['Summary: Add a retry button to the export page', 'Priority: medium', 'Component: web', 'Assignee: unassigned'].join('\n');
    assert.deepEqual(
      sections(text).filter(([, kind]) => kind && kind !== 'summary'),
      [],
    );
  });

  it('keeps a block of fields that are not the most of its lines as prose', () => {
    const text = [
      'Cause: unknown so far.',
      'We are still reading the logs of the night',
      'and will write again once we know more about it',
      'Impact: none seen by customers.',
      'than that, nothing is known yet and the team is on it',
      'until the evening.',
    ].join('\n');
    assert.deepEqual(sections(text), []);
  });

  it('reads fields of text wrapped by hand, each value running on over nearly full lines', () => {
    const text = [
      '# Fwd: notice about the storage incident',
      '',
      'Passing this on as the provider sent it to us this morning.',
      '',
      'Root Cause: A firmware update on the storage shelves reset the write cache',
      'settings on every controller in the second hall.',
      'Summary: Writes to block volumes slowed to a crawl for about two hours and',
      'several database clusters failed over to their replicas while the shelves',
      'were flushing. The provider rolled the firmware back on all controllers.',
      'Corrective Actions: The provider will stage every firmware update on one',
      'shelf for a day before it reaches the rest of the hall.',
    ].join('\n');
    assert.deepEqual(
      sections(text).map(([heading, kind]) => [heading, kind]),
      [
        ['Root Cause', 'root-cause'],
        ['Summary', 'summary'],
        ['Corrective Actions', 'action-items'],
      ],
    );
  });

  it('leaves hand-wrapped prose that only opens on a field, or whose running lines are short, alone', () => {
    const one = [
      'Summary: the storage shelves slowed every write for about two hours this morning,',
      'and several database clusters failed over to their replicas while they flushed',
      'their caches. We will write again when the provider tells us more about it.',
    ].join('\n');
    assert.deepEqual(sections(one), []);
    const short = [
      'Cause: not known yet.',
      'The provider is looking',
      'into their shelves now',
      'Impact: slow writes,',
      'two hours or so',
      'on the second hall',
    ].join('\n');
    assert.deepEqual(sections(short), []);
  });
});
