/**
 * A stream of updates posted while the incident runs, each under a heading that names it an update
 * with its date, time or number ("## Update 2026-04-02", "## Update 3"): what an update says will
 * be done or is under way is the next step of the response, not follow-up work. Work that aims past
 * the incident (against a recurrence, or guarding other sites against the problem) is still an item.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts } from './helpers';

function stream(...updates: [string, string][]): string {
  return [
    '# Getting the mail archive back',
    '',
    'The archive disk failed last week, and we are working on restoring the mailboxes. We post an update here every day.',
    '',
    ...updates.flatMap(([heading, body]) => [`## ${heading}`, '', body, '']),
  ].join('\n');
}

describe('action items: a stream of dated updates in heading form', () => {
  it('reads no item in the next steps of the response that each update tells', () => {
    assert.deepEqual(
      itemTexts(
        stream(
          ['Update 2026-04-03', 'We copied the first mailboxes. Tomorrow we will check them and hand them back to their owners.'],
          ['Update 2026-04-02', 'We are still rebuilding the index. Once it is done we will start copying the mailboxes back.'],
          ['Update 2026-04-01', 'We plan to speed the copy up later this week, and we need to write a small tool for that.'],
        ),
      ),
      [],
    );
  });

  it('keeps work that guards against the problem or looks past the incident', () => {
    assert.deepEqual(
      itemTexts(
        stream(
          ['Update 3', 'We are adding disk alarms to the other mail hosts, to prevent the same failure from happening there.'],
          ['Update 2', 'We will copy the remaining mailboxes tonight.'],
          ['Update 1', 'Going forward, we will keep a second copy of the archive on another site.'],
        ),
      ),
      [
        'We are adding disk alarms to the other mail hosts, to prevent the same failure from happening there.',
        'Going forward, we will keep a second copy of the archive on another site.',
      ],
    );
  });

  it('knows the heading forms of an update, and only a stream of two or more', () => {
    const body = 'We will check the copied mailboxes tomorrow.';
    for (const [a, b] of [
      ['Status update: April 2', 'Status update: April 3'],
      ['2026-04-02 update', '2026-04-03 update'],
      ['Update #1 (09:00 UTC)', 'Update #2 (17:00 UTC)'],
      ['Update, 2nd April', 'Update, 3rd April'],
    ])
      assert.deepEqual(itemTexts(stream([a, body], [b, body])), [], `${a} / ${b}`);
    // One "Update" heading is a note added to a report; "Update the runbook" is a task, not a label.
    assert.ok(itemTexts(stream(['Update 2026-04-02', body])).includes(body));
    assert.ok(itemTexts(stream(['Update the runbook', body], ['Update marketing pages', body])).includes(body));
  });

  it('keeps the prose of a report that has updates added at its end', () => {
    const text = [
      '# Mail archive outage',
      '',
      '## What happened',
      '',
      'The archive disk failed. We are adding disk alarms on every mail host.',
      '',
      '## Update 2026-04-05',
      '',
      'We are still copying the last mailboxes.',
      '',
      '## Update 2026-04-06',
      '',
      'We will hand the last mailboxes back tomorrow.',
      '',
    ].join('\n');
    assert.deepEqual(itemTexts(text), ['We are adding disk alarms on every mail host.']);
  });

  it('survives ugly input: empty updates, a heading that is only the word, a huge heading', () => {
    // A bare "Update" names no date: it is a heading of its own beside the stream, so the opening is read as it is.
    assert.deepEqual(itemTexts(stream(['Update 1', ''], ['Update 2', ''], ['Update', 'We will add an alarm.'])), [
      'The archive disk failed last week, and we are working on restoring the mailboxes.',
      'We will add an alarm.',
    ]);
    const long = `Update ${'9 '.repeat(50000)}`;
    // Read in bounded time (the heading is cut before it is matched; mocha's timeout catches a hang) as an update of its number.
    assert.deepEqual(itemTexts(stream([long, 'We will copy it.'], [long, 'We will copy it.'])), []);
  });
});
