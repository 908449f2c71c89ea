/**
 * A list led in by words that say its changes are already in the product ("The other fixes from
 * that pull request were kept:") describes what the code now does, not work to do. Every document
 * here is written for the test; a list led in by a plan told in the passive stays a list of items.
 */
import { strict as assert } from 'node:assert';
import { itemTexts as texts } from './helpers';

describe('action items: a list of changes already shipped', () => {
  it('takes no items from a list of kept or shipped changes under the fix', () => {
    const text = [
      '# Worker pool leak',
      '',
      '## The fix',
      '',
      'We reverted the eviction hook. The other improvements from that pull request were kept:',
      '- **Retry budget honoured for queue configs**, which used to be ignored',
      '- **`close()` now shuts both pools**, the second one leaked before',
      '',
      'Two more improvements have shipped since:',
      '- **Socket reuse**: a socket handed in by the caller is used as it is',
      '',
      '## Follow-up',
      '',
      '- Add a soak test for the pool',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add a soak test for the pool']);
  });

  it('keeps a list led in by a plan told in the passive, or by changes still to come', () => {
    const text = [
      '# Worker pool leak',
      '',
      '## Follow-up',
      '',
      'The following improvements were agreed:',
      '- Add a soak test for the pool',
      '- Cap the retry budget per queue',
      '',
      'Two fixes were kept back for the next release, where we will:',
      '- Rewrite the eviction hook',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add a soak test for the pool', 'Cap the retry budget per queue', 'Rewrite the eviction hook']);
  });
});
