/**
 * A check that runs before a change lands, or that fails the change's build, is a gate: it keeps
 * the fault out (prevention), even when the item says it "detects" or "scans". A check that
 * watches what is already running stays detection. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('item kind: a detection that gates a change', () => {
  it('reads a check before every commit, merge or deploy as prevention', () => {
    assert.equal(kind('Git hooks: detect leaked tokens before every commit'), 'prevention');
    assert.equal(kind('Scan the manifests for open ports before each merge'), 'prevention');
    assert.equal(kind('Validate the schema before any deploy'), 'prevention');
  });

  it('reads a check that fails the change in CI as prevention', () => {
    assert.equal(kind('Hash the vendored scripts to detect tampering, failing in CI when a hash differs'), 'prevention');
    assert.equal(kind('Compare lockfiles to detect drift, failing in the pipeline on any change'), 'prevention');
  });

  it('leaves checks of what is running as detection', () => {
    assert.equal(kind('Detect expired certificates on the edge hosts'), 'detection');
    assert.equal(kind('Alert when error rates exceed 2% after a deploy'), 'detection');
    assert.equal(kind('Scan the build logs for token patterns and fail the build'), 'detection');
  });

  it('reads ugly input without failing', () => {
    assert.doesNotThrow(() => kind('detect ' + 'x '.repeat(5000) + 'before every commit'));
    assert.doesNotThrow(() => kind(', failing in'));
    assert.doesNotThrow(() => kind('before any commits, and fail the pipeline'));
  });
});
