/**
 * The kind of an action item is read from what it changes (its verb and object), not from a
 * word inside the object. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: a kind is read from what the item changes', () => {
  it('reads automating a workflow as prevention, whatever the workflow is named after', () => {
    assert.equal(kind('Fully automate the member announcement workflows.'), 'prevention');
    assert.equal(kind('Script the mailing-list edits done by hand today'), 'prevention');
    // What is sent, named as such, is told to people.
    assert.equal(kind('Automate the status page updates'), 'communication');
    assert.equal(kind('Notify affected customers by email during outages'), 'communication');
  });

  it('reads tests that inject faults as prevention', () => {
    assert.equal(kind('Broader integration tests using fault injection for the scan queue'), 'prevention');
    assert.equal(kind('Add chaos testing for the courier webhooks'), 'prevention');
    // Tests that watch production still find outages.
    assert.equal(kind('Run the end-to-end tests against production every ten minutes and alert on failure'), 'detection');
  });

  it('reads visibility into what the system is doing as detection', () => {
    assert.equal(kind('The ability to see the size of the scan backlog per depot'), 'detection');
    assert.equal(kind('Logging for every webhook call with its processing time'), 'detection');
    assert.equal(kind('More visibility into the queue depth of the label printers'), 'detection');
    // Showing customers where their parcel is tells them; a limit set on the queue is prevention.
    assert.equal(kind('Set a limit on the size of the scan queue'), 'prevention');
  });
});
