/**
 * An item whose stated purpose is finding out sooner is detection, whatever it names on the way.
 * Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';
import { assertLinear } from '../../support/growth';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: an item for finding out sooner', () => {
  it('reads work told as there to catch the problem sooner as detection', () => {
    assert.equal(kind("We're reworking the worker's retry counter, so we can catch the failures sooner."), 'detection');
    assert.equal(kind('Tidy the queue metrics. This would allow us to detect anomalies much earlier.'), 'detection');
    assert.equal(kind('Improve this so that the team can spot such issues faster'), 'detection');
  });

  it('leaves bugs caught earlier, and work with no such purpose, to the other readings', () => {
    // Catching bugs before a release is the tests' work against a repeat.
    assert.equal(kind('Add unit tests for the parser so we can catch bugs earlier.'), 'prevention');
    assert.equal(kind("We're working on improving the retry logic."), 'prevention');
    // Ugly input.
    assert.equal(kind('so we can catch catch sooner sooner'), 'prevention');
  });

  it('reads a long purpose without slowing down', () => {
    assertLinear('a long item before the purpose', (n) => `${'so we can '.repeat(n)}catch the issues sooner`, kind, 200);
  });
});
