/**
 * An item that is a question settled by looking ("check whether …", "check if …") finds out what is
 * so: detection, when no other word of it names a kind. Weighing whether something can be done is
 * not finding out, and keeps the default. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

function kind(text: string) {
  return classifyItem({ text, category: null }).kind;
}

describe('item kind: an item that checks whether something is so', () => {
  it('reads a check of what happened or what is covered as detection', () => {
    assert.equal(kind('Check whether the staging ledger was hit by the same fault.'), 'detection');
    assert.equal(kind('Check if the uptime probe covers the search endpoint'), 'detection');
    assert.equal(kind('checking whether older clients saw corrupted pages'), 'detection');
  });

  it('leaves a check of what could be done to the default', () => {
    assert.equal(kind('Check if we can move the cache to a second region'), 'prevention');
    assert.equal(kind("Check whether it's feasible to pin the base image"), 'prevention');
    assert.equal(kind('Check if there is a way to shard the queue'), 'prevention');
  });

  it('lets the other words of the item decide first', () => {
    assert.equal(kind('Check whether the runbook covers a failed primary'), 'response');
    assert.equal(kind('Check whether the weekly ledger backups are tested'), 'response');
    assert.notEqual(kind('Add a check if the disk is above 90% full'), 'detection');
  });

  it('reads broken or half-written input without throwing', () => {
    assert.equal(typeof kind('check if'), 'string');
    assert.equal(typeof kind('** Check whether'), 'string');
  });
});
