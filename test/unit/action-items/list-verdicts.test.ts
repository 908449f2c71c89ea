import { strict as assert } from 'node:assert';
import type { List } from 'mdast';
import { commitmentList, imperativeList } from '../../../server/src/analysis/model/action-items/lists';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';

/**
 * A list is read as commitments when two in three of its entries commit to work, and as work to
 * do when three in four open on an imperative; the reading stops once the entries left cannot
 * reach the share, which must not change the verdict at either side of it. Our own sentences.
 */
function list(entries: readonly string[]): List {
  const root = parseMarkdown(`${entries.map((e) => `- ${e}`).join('\n')}\n`);
  const node = root.children[0];
  assert.equal(node?.type, 'list');
  return node;
}

const COMMIT = 'We will add a check for the expiry date.';
const IMPERATIVE = 'Add a probe on the replica lag';
const NOTE = 'The cache was cold for an hour.';

describe('action items: list verdicts at their thresholds', () => {
  it('reads a list as commitments at two in three, wherever the commitments stand', () => {
    assert.equal(commitmentList(list([COMMIT, COMMIT, NOTE])), true);
    assert.equal(commitmentList(list([NOTE, COMMIT, COMMIT])), true);
    assert.equal(commitmentList(list([NOTE, NOTE, COMMIT, COMMIT, COMMIT, COMMIT])), true);
    assert.equal(commitmentList(list([NOTE, COMMIT, NOTE])), false);
    assert.equal(commitmentList(list([NOTE, NOTE, NOTE, COMMIT, COMMIT, COMMIT])), false);
    assert.equal(commitmentList(list([...Array(20).fill(NOTE), COMMIT])), false);
    assert.equal(commitmentList(list(['', '', COMMIT])), false);
  });

  it('reads a list as work to do at three in four, wherever the imperatives stand', () => {
    assert.equal(imperativeList(list([NOTE, IMPERATIVE, IMPERATIVE, IMPERATIVE])), true);
    assert.equal(imperativeList(list([IMPERATIVE, IMPERATIVE, IMPERATIVE, NOTE])), true);
    assert.equal(imperativeList(list([NOTE, NOTE, IMPERATIVE, IMPERATIVE, IMPERATIVE, IMPERATIVE, IMPERATIVE, IMPERATIVE])), true);
    assert.equal(imperativeList(list([NOTE, NOTE, IMPERATIVE, IMPERATIVE])), false);
    assert.equal(imperativeList(list([...Array(12).fill(NOTE), IMPERATIVE])), false);
  });
});
