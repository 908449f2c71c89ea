/**
 * A heading that names nothing, over prose and a list that a line of that prose introduces ("For
 * example:", "… led us to change the following:"): the list finishes the sentence, so it makes no
 * plan of the section by itself. A lead that promises the work ("We will make these changes:")
 * and a list standing on its own still make one. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { kindsOf } = sectionReader('postmortems/2031-05-09-ledger.md');

const report = (heading: string, body: string) =>
  [
    '# Ledger writes stalled on the ninth of May',
    '',
    '## Summary',
    '',
    'Writes to the ledger stalled for forty minutes while the primary database was locked.',
    '',
    `## ${heading}`,
    '',
    body,
    '',
    '## Next steps',
    '',
    '- Add a second replica to take reads off the primary',
    '',
  ].join('\n');

describe('sections: a list that prose introduces', () => {
  it('reads issue links given as examples after a line of prose as no plan', () => {
    const body = [
      'The ledger runs on one primary and one standby, so the primary takes every read and write. This single host has',
      'failed us before, mostly due to long locks on hot tables. For example:',
      '',
      '- [Ledger down because a vacuum ran during peak hours](https://git.example.org/ops/issues/41)',
      '- [Polling from the batch workers locks rows for seconds](https://git.example.org/ops/issues/52)',
      '- [Slow queries on the audit table](https://git.example.org/ops/issues/77)',
    ].join('\n');
    assert.notDeepEqual(kindsOf(report('Database layout', body), 'Database layout'), ['action-items']);
  });

  it('reads changes that a sentence of causes introduces as a part of that account', () => {
    const body = [
      'Each sync fetched the whole index, and most syncs needed no update at all. Because of that, the load on the',
      'mirror grew with every client, which led to us changing the following:',
      '',
      '- We will no longer fetch the index on every sync.',
      '- We will still fetch it when a user asks for an update.',
      '- Add a cheap check that tells whether the index changed.',
    ].join('\n');
    assert.deepEqual(kindsOf(report('Too many syncs', body), 'Too many syncs'), ['root-cause']);
  });

  it('still reads a list as the plan when its lead promises the work', () => {
    const body = [
      'We will make these changes in the coming weeks:',
      '',
      '- Add a replica for reads',
      '- Move the audit table to its own host',
      '- Set a limit on lock time',
    ].join('\n');
    assert.deepEqual(kindsOf(report('Going further', body), 'Going further'), ['action-items']);
  });

  it('still reads a list of work that stands on its own as the plan', () => {
    const body = '- Add a replica for reads\n- Move the audit table to its own host\n- Set a limit on lock time';
    assert.deepEqual(kindsOf(report('Going further', body), 'Going further'), ['action-items']);
  });

  it('reads ugly input without failing: a colon and nothing after it, a lead over one item', () => {
    assert.deepEqual(kindsOf(report('Odd bits', 'Here is the list:'), 'Odd bits'), []);
    assert.notDeepEqual(kindsOf(report('Odd bits', 'See:\n\n- Add a replica'), 'Odd bits'), ['action-items']);
  });
});
