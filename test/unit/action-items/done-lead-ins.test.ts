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
