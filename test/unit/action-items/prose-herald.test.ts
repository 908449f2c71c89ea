/**
 * A promise of prose that names the work only by a count of it ("we'll be making several changes so
 * this does not happen again") leads into the promises of the paragraphs right after it; alone it is
 * the only word of the plan there is. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { items } from './helpers';

/** A post-mortem with no plan section: its prose is read for commitments. */
function prose(...paragraphs: string[]): string {
  return `# Flag service outage\n\nThe flag service was down for two hours on Friday.\n\nThe database slowed down and every client retried at once.\n\n${paragraphs.join('\n\n')}\n`;
}

const HERALD = 'We were far too slow to find the cause, and we will be making several changes so this does not happen again.';

describe('action items: a herald of the promises after it', () => {
  it('drops the herald when the paragraphs after it promise the work', () => {
    const found = items(prose(HERALD, 'First, we will cap the retries of every client.', 'Secondly, we will add a manual switch to the health checks.'));
    assert.deepEqual(
      found.map((i) => i.text.slice(0, 12)),
      ['First, we wi', 'Secondly, we'],
    );
  });

  it('keeps the herald when nothing follows it', () => {
    const found = items(prose(HERALD));
    assert.equal(found.length, 1);
    assert.ok(found[0].text.includes('several changes'));
  });

  it('keeps a promise that names its work beside the count', () => {
    const found = items(prose('We will be making several changes to the retry logic of the clients.', 'First, we will cap the retries of every client.'));
    assert.equal(found.length, 2);
  });

  it('keeps the herald when a heading stands between it and the promises', () => {
    const found = items(prose(HERALD, '## Later', 'Next month we will move the flags to their own service.'));
    assert.ok(found.some((i) => i.text.includes('several changes')));
  });

  it('reads odd input without error', () => {
    for (const body of [
      'we will be making several changes',
      '*we will make some fixes.*\n\n- we will',
      'x'.repeat(3000) + ' and we will take a few steps to ensure it.',
    ])
      assert.ok(Array.isArray(items(prose(body))));
  });
});
