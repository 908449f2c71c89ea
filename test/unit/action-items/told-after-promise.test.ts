/**
 * What the sentences after a promise tell of it: a later sentence of the same paragraph that points
 * back at it and says it is released ("This is already shipped to every client.") closes it, even
 * with a sentence of detail between; a sentence that tells what the promised thing will be used for
 * ("These notes will also be used to …") is no promise of its own. Every document here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { readSentence, reportsBackDone } from '../../../server/src/analysis/model/action-items/reading';
import { items } from './helpers';

/** A post-mortem with no plan section: its prose is read for commitments. */
function prose(...paragraphs: string[]): string {
  return `# Sync outage\n\nThe sync service was down for an hour on Tuesday.\n\nA slow database made every client retry at once.\n\n${paragraphs.join('\n\n')}\n`;
}

describe('action items: what the sentences after a promise tell of it', () => {
  it('reads a sentence that points back and says the work is released as done', () => {
    for (const t of ['This is already released for every client.', 'It is now shipped.', 'These are already merged.'])
      assert.equal(reportsBackDone(t), true, t);
    for (const t of ['This will be released next week.', 'The release is already late.', 'This is already a problem.'])
      assert.equal(reportsBackDone(t), false, t);
  });

  it('closes the promise when such a sentence follows it, past a sentence of detail', () => {
    const found = items(
      prose('First, we will stop the clients retrying the sync. The default timeout will be two seconds. This is already released for every client.'),
    );
    assert.equal(found.length, 1);
    assert.equal(found[0].done, true);
  });

  it('leaves the promise open when the report belongs to a later promise', () => {
    const found = items(
      prose('First, we will stop the clients retrying the sync. Then we will add a switch to the health check. This is already released for every client.'),
    );
    assert.equal(found.length, 2);
    assert.equal(found[0].done, false);
    assert.equal(found[1].done, true);
  });

  it('reads what a promised thing will be used for as part of that promise', () => {
    assert.equal(readSentence('These notes will also be used later to explain odd spikes.'), null);
    assert.equal(readSentence('This exclusion will be removed once the cookie expires.')?.kind, 'future');
    assert.equal(readSentence('The new runbook will be used for every failover.')?.kind, 'future');
    const found = items(prose('We will add notes to the graph where the data is estimated. These notes will also be used later to explain odd spikes.'));
    assert.equal(found.length, 1);
  });

  it('reads odd input without error', () => {
    for (const t of ['', 'This is already', 'These will also be used', 'It is now ' + 'x'.repeat(4000)]) {
      assert.equal(typeof reportsBackDone(t), 'boolean');
      assert.ok(readSentence(t) === null || typeof readSentence(t)?.kind === 'string');
    }
  });
});
