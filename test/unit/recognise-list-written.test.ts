/**
 * A report written all in list items, with no paragraph of its own between its headings: its
 * items are its prose, read in order, and the fields among them ("Date: …", "Summary:") are left
 * out of its opening. A runbook, a release note, a page of questions or a team's notes written in
 * list items have items too: they put a case ("use this page when the queue has stopped") or name
 * no incident of their own told in the past, and stay refused. An opening that puts a case tells
 * nothing in the past, as a list item or as a paragraph. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { assertLinear } from '../support/growth';
import { detection, isTaken, LIST_RUNBOOK } from '../support/recognition';

const settings = defaultSettings();

/** An impersonal report of a halted scheduler, every part a list, fields first. */
const HALT = [
  '# Scheduler stall 12',
  '',
  '* **Cluster:** `batch-east`',
  '* **Date:** 4 February 2026, 02:00 UTC',
  '',
  '## Description',
  '',
  '* On 3 February a change to the retry limit was merged and rolled out in the evening.',
  '* Around two in the morning every queue stopped taking jobs, and the workers logged:',
  '',
  '    ```',
  '    retry limit below zero',
  '    ```',
  '',
  '## Cause',
  '',
  '* The new limit and the old one were summed, and the sum wrapped below zero.',
  '',
  '## Follow-up',
  '',
  '* Validate the limit when the config loads',
  '* Alert when no job starts for ten minutes',
  '',
  '## Recovery',
  '',
  '1. Stopped the scheduler.',
  '2. Set the limit back by hand.',
  '3. Restarted the scheduler and drained the backlog.',
  '',
];

describe('recognising a report written all in list items', () => {
  it('takes an impersonal report whose parts are lists, its fields before its telling', () => {
    assert.equal(detection(HALT.join('\n')), 'content');
  });

  it('takes it so with CRLF line ends', () => {
    assert.equal(detection(HALT.join('\r\n')), 'content');
  });

  it('takes it so with the telling nested one level down under a label', () => {
    const nested = HALT.flatMap((line) => (line.startsWith('* On 3 February') ? ['* Events:', '  ' + line] : [line]));
    assert.equal(detection(nested.join('\n')), 'content');
  });

  it('does not take the report when its items hold fields only', () => {
    const fields = HALT.filter((line) => !/^\* (On|Around|The new)/.test(line));
    assert.notEqual(detection(fields.join('\n')), 'content');
  });

  it('does not take a runbook with the same outline, in list items', () => {
    assert.equal(isTaken(LIST_RUNBOOK.join('\n')), false);
  });

  it('does not take a release note written in list items, fixes told in the past', () => {
    const note = [
      '# Lantern 3.4',
      '',
      '## Fixed',
      '',
      '- The importer crashed on an empty header row; this was caused by a missing check.',
      '- The nightly sync stopped on a redirect; it follows redirects again.',
      '',
      '## Upgrade notes',
      '',
      '- Run the migration before starting the new version.',
      '',
    ];
    assert.equal(isTaken(note.join('\n')), false);
  });

  it("does not take a team's notes in list items that went over an outage", () => {
    const notes = [
      '# Platform team, 4 March',
      '',
      '## Attendees',
      '',
      '- Dana, Rui, Mei',
      '',
      '## Discussed',
      '',
      "- Last week's billing outage: the root cause was a certificate that expired.",
      '- The new dashboard was shown.',
      '',
      '## Actions',
      '',
      '- Dana to add an expiry alert.',
      '',
    ];
    assert.equal(isTaken(notes.join('\n')), false);
  });

  it('reads ugly lists: empty items, pictures alone, items nested deep, a list that never closes its code', () => {
    const ugly = ['# Scheduler stall 13', '', '*', '* ![graph](g.png)', '- - - * deep', '        * deeper: still', '* ```', '  never closed'].join('\n');
    assert.doesNotThrow(() => detection(ugly));
    assert.equal(isTaken(ugly), false);
  });

  it('reads a 200 KB report of list items in time linear in its size', function () {
    this.timeout(60_000);
    const items = (n: number) => '# Stall\n\n## Description\n\n' + '* **Note:** the queue was slow, and when it stopped we waited\n'.repeat(n);
    const text = items(3400);
    assert.ok(text.length > 200_000);
    assert.doesNotThrow(() => detection(text));
    // The full reading, past the quick scan that reads only the start of a file.
    assertLinear(
      'list items with fields and cases',
      (n) => items(n),
      (t) => analyzeDocument(t, 'notes/a.md', settings),
      16,
    );
  });
});
