/**
 * Done status given outside an item's own words: by the lead-in over its list, when the lead-in
 * ends on the authors' verb of doing in the perfect with the list as its object ("So far we have
 * shipped:"), and by a status word in a code span at the start of an entry (`` `DONE`: ``), as it
 * already was in bold or in brackets. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { items, postmortem } from './helpers';
import { scanTokens } from '../../../server/src/analysis/model/action-items/tokens';
import { assertLinear } from '../../support/growth';

/** The items of a plan, as [title, done] pairs. */
function read(body: string): [string, boolean][] {
  return items(postmortem(body)).map((i) => [i.title, i.done]);
}

describe('action items: done status from a lead-in or a status tag', () => {
  it('a lead-in ending on the authors’ verb in the perfect marks its list done', () => {
    for (const lead of ['So far we have put in place:', 'We’ve already deployed:', 'Since the outage, we have rolled out:', 'To date we have added:'])
      assert.deepEqual(
        read(`${lead}\n\n- Backoff on the mobile client's reconnects\n- A second read replica for the search pages`),
        [
          ["Backoff on the mobile client's reconnects", true],
          ['A second read replica for the search pages', true],
        ],
        lead,
      );
  });

  it('a lead-in of work to come, or of work not yet done, leaves its list open', () => {
    for (const lead of [
      'Next we will:',
      'Over the coming days we are rolling out:',
      'We have not yet shipped:',
      'We have agreed on:',
      'So far we have identified the following gaps:',
    ])
      assert.deepEqual(
        read(`${lead}\n\n- Backoff on the mobile client's reconnects\n- A second read replica for the search pages`).map(([, done]) => done),
        [false, false],
        lead,
      );
  });

  it('a lead-in in the simple past that counts the actions taken against a recurrence marks its list done', () => {
    for (const lead of [
      'We made the following actions so the mail backlog cannot build up again:',
      'We implemented these actions to avoid similar outages:',
      'We made three actions –',
    ])
      assert.deepEqual(
        read(`${lead}\n\n- Move the spam filter into the mail worker\n- Alert when the outgoing queue stays long`).map(([, done]) => done),
        [true, true],
        lead,
      );
    // Look-alikes: actions still being taken, to be taken, or only agreed, leave the list open.
    for (const lead of [
      'Right now we are taking a handful of actions on the mail path:',
      'The mail team will take the following actions next sprint:',
      'Actions we agreed on with the mail team:',
      'We will make the following actions a priority:',
    ])
      assert.deepEqual(
        read(`${lead}\n\n- Move the spam filter into the mail worker\n- Alert when the outgoing queue stays long`).map(([, done]) => done),
        [false, false],
        lead,
      );
  });

  it('an entry told as work still under way stays open under a lead-in told done', () => {
    const got = read(
      [
        'We made the following changes to avoid a repeat:',
        '',
        '- Move the spam filter into the mail worker. It now runs there with a timeout.',
        '- We are still evaluating a second filter that could take over when the first one stalls.',
        '- We’ll add a dashboard for the queue length.',
        '- We are now alerting when the outgoing queue stays long.',
        '- We will no-op the filter when it times out, and it was tested last week.',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map(([, done]) => done),
      [true, false, false, true, false],
    );
    // Under a plain list, with no lead-in told done, the same entries read as they did.
    assert.deepEqual(
      read('- We are still evaluating a second filter\n- Add a dashboard for the queue length').map(([, done]) => done),
      [false, false],
    );
  });

  it('reads the opening of an entry under a done lead-in in linear time, on ugly input', function () {
    this.timeout(120_000);
    assertLinear(
      'an entry of repeated "we are " under a done lead-in',
      (n) => `We made the following changes:\n\n- ${'we are '.repeat(n)}studying\n- ${' *_'.repeat(n)}We will\n`,
      (text) => items(postmortem(text)),
      200,
    );
  });

  it('a done word in a code span at the start of an entry marks it done, as in bold or in brackets', () => {
    const got = read(
      [
        '- `DONE`: Nightly restore drills for the billing database',
        '- `Fixed` - the exporter no longer drops labels on restart',
        '- **Done**: Paging for the payment queue',
        '- Alert when the `done` counter stops moving',
        '- `done()` callbacks get a timeout in the worker pool',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map(([, done]) => done),
      [true, true, true, false, false],
    );
  });

  it('reads a done word after runs of spaces, marks and a bracket as before, in linear time', function () {
    this.timeout(120_000);
    // Before: the spaces and marks before the bracket and those after it were two runs that could
    // meet, and an entry that opened on a long run of spaces was split there every way.
    for (const [name, run] of [
      ['spaces', ' '],
      ['tabs', '\t'],
      ['spaces and marks', ' *_'],
    ])
      assertLinear(`an entry that opens on a run of ${name}`, (n) => `${run.repeat(n)}Add a retry`, scanTokens, 500);
    for (const text of [
      '  ** [ *Done*]: the drill',
      '* _ [ * Done: the drill',
      `${' '.repeat(40)}done - the drill`,
      '[  `Closed`](https://example.com/1) - the drill',
      ' ✅ the drill',
    ])
      assert.equal(scanTokens(text).done, true, text);
    for (const text of [`${' '.repeat(40)}[[done]: the drill`, '** [ _ [Done: the drill', 'Not done: the drill', `${' '.repeat(40)}x`])
      assert.notEqual(scanTokens(text).done, true, text);
  });
});
