/**
 * Kinds of work on the incident that has happened: finding out how or why it came about is work
 * against a repeat (prevention), whatever the item names beside it, and a promise to update the
 * entry the readers are looking at tells them (communication). Every item here is written for the
 * test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';
import { assertLinear } from '../../support/growth';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: item kinds of work on the incident that happened', () => {
  it('reads finding out how or why something came about as prevention, whatever the item names beside it', () => {
    assert.equal(kind('Work out how the cache was emptied on the edge nodes and update the deploy runbook'), 'prevention');
    assert.equal(kind('- [ ] Find out why the billing job could run twice, then tell the playbook owners'), 'prevention');
    assert.equal(kind('Dig into what happened to the queue before the restart; escalate if needed'), 'prevention');
    // How to act next time names no past event; why an alert stayed silent is about finding out;
    // the cause found faster during the next incident serves the response.
    assert.equal(kind('Determine how to escalate to the storage vendor at night'), 'response');
    assert.equal(kind('Work out why the disk alert did not fire'), 'detection');
    assert.equal(kind('Investigate why the node was evicted, faster, with a playbook'), 'response');
  });

  it('reads a promise to update the entry being read as communication', () => {
    assert.equal(kind('Keep readers posted: update this entry every hour until the queue drains.'), 'communication');
    assert.equal(kind('We will post updates in this entry as we learn more'), 'communication');
    assert.equal(kind('Update this incident page with the final numbers'), 'communication');
    // Updating a page of the product is not telling people.
    assert.notEqual(kind('Update the landing page to load the fonts locally'), 'communication');
  });

  it('reads ugly input without throwing', () => {
    for (const text of ['', 'work out why', 'why was', 'update this', 'determine how to', '**Investigate** why _it_ was'])
      assert.doesNotThrow(() => kind(text));
  });

  it('reads long repetitive items in linear time', () => {
    const shapes: [string, (n: number) => string][] = [
      ['how and why', (n) => 'investigate why '.repeat(n) + 'the'],
      ['words after why', (n) => 'find out why ' + 'the '.repeat(n) + 'job'],
      ['updates', (n) => 'update this '.repeat(n) + 'part'],
    ];
    for (const [what, make] of shapes) assertLinear(what, make, kind);
  });
});
