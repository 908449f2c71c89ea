/**
 * How everyday work is to be done, written down (design decisions, patterns, conventions, a
 * migration's or an upgrade's procedure), is prevention; documentation of failures and of the
 * recovery stays the responders'. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { ITEM_KINDS, classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: kinds of action items, the ways of everyday work written down', () => {
  it('reads design decisions, patterns and conventions written down as prevention', () => {
    assert.equal(kind('Document the queue protocol design decisions in the repository'), 'prevention');
    assert.equal(kind('Document safe retry patterns'), 'prevention');
    assert.equal(kind('Write down our naming conventions for feature flags'), 'prevention');
    assert.equal(kind('Record the architecture decisions behind the cache layer'), 'prevention');
  });

  it("reads a migration's or an upgrade's written procedure as prevention", () => {
    assert.equal(kind('Document schema migration procedures'), 'prevention');
    assert.equal(kind('Write the cluster upgrade process down'), 'prevention');
  });

  it('keeps documentation of failures and of the recovery as response', () => {
    assert.equal(kind('Document the failure patterns of the broker'), 'response');
    assert.equal(kind('Document the restore procedures for the ledger'), 'response');
    assert.equal(kind('Document how to rebuild the index by hand'), 'response');
    assert.equal(kind('Document incident patterns seen in the queue'), 'response');
  });

  it('keeps ugly input to one kind', () => {
    assert.equal(kind('document '.repeat(200) + 'patterns'), 'prevention');
    assert.equal(kind('DOCUMENT PATTERNS.'), 'prevention');
    assert.ok(ITEM_KINDS.includes(kind('Document \t  patterns')));
    assert.equal(kind('decisions patterns conventions'), 'prevention');
  });
});
