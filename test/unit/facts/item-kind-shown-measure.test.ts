/**
 * A view or command made to show the team a measure of the system (how much, how many, which
 * events, what state) is how trouble is seen sooner: detection, when no other word of the item
 * names a kind. The same shown to users or the public tells them, and is not read so. Every
 * sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

function kind(text: string) {
  return classifyItem({ text, category: null }).kind;
}

describe('item kind: a measure of the system shown to the team', () => {
  it('reads a view or command that shows a measure as detection', () => {
    assert.equal(kind('Build an admin page that shows the number of stuck uploads'), 'detection');
    assert.equal(kind('Add a shell command which tells the free space on each volume'), 'detection');
    assert.equal(kind('A richer job history to display the events that retried each task'), 'detection');
  });

  it('leaves what is shown to users or the public to the other readings', () => {
    assert.notEqual(kind('Add a banner that shows the current state to customers'), 'detection');
    assert.notEqual(kind('A status page to show the state of each region'), 'detection');
    assert.notEqual(kind('Show a friendlier error when the upload fails'), 'detection');
  });

  it('lets the other words of the item decide first', () => {
    assert.equal(kind('Write a runbook page that shows the number of replicas to restore'), 'response');
  });

  it('reads broken or half-written input without throwing', () => {
    assert.equal(typeof kind('that shows the'), 'string');
    assert.equal(typeof kind('to display'), 'string');
  });
});
