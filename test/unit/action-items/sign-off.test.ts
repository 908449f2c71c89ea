/**
 * A sign-off as the last line of a report ("- Tomas", "— Ruth Okafor", "- The Ledger team"), after
 * the closing words: the writer signs, no one takes on work, though a list marker puts it under the
 * last heading of the plan. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { items } from './helpers';

/** A short report whose last section is a plan in prose, closed by `ending`. */
function report(ending: string): string {
  return [
    '# Queue stall',
    '',
    '## Summary',
    '',
    'The job queue stalled for an hour on Tuesday.',
    '',
    '## What we will change',
    '',
    '- Add an alert on queue depth',
    '- Move the scheduler onto its own host',
    '',
    'That is all for now; thanks for bearing with us while we sort the rest out.',
    '',
    ending,
  ].join('\n');
}

const titles = (text: string) => items(text).map((i) => i.title);

describe('action items: a sign-off at the end of a report', () => {
  it('a lone name, a full name or a team as the last line is no item', () => {
    for (const ending of [
      '- Tomas',
      '* Ruth Okafor',
      '- — Andrea',
      '- The Ledger Team',
      '- Tomas\n\n[queue]: https://status.example.org\n',
      '- Tomas\n\n<!-- end of report -->',
    ])
      assert.deepEqual(titles(report(ending)), ['Add an alert on queue depth', 'Move the scheduler onto its own host'], ending);
  });

  it('a closing line that gives work to someone, or a lone entry right under a heading, stays an item', () => {
    const closing = items(report('- Tomas will write up the scheduler move by Friday'));
    assert.equal(closing.length, 3);
    assert.equal(closing[2].owner, 'Tomas');
    const underHeading = report('## One more thing\n\n- Load Balancer').replace('## One more thing', '## Next steps');
    assert.ok(titles(underHeading).includes('Load Balancer'));
    // Not the last block: a name in the middle of the plan is read as before.
    const middle = report('- Tomas').replace('- Tomas', '- Tomas\n\n## Appendix\n\nLogs are kept for a week.');
    assert.equal(items(middle).length, items(report('- Tomas')).length + 1);
  });

  it('a word that is no first name, or a checkbox, is not taken for a signature', () => {
    assert.ok(titles(report('- Monitoring')).includes('Monitoring'));
    assert.ok(titles(report('- [ ] Tomas')).length === 3);
  });
});
