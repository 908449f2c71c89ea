/**
 * The kind of an action item is read from what it changes (its verb and object), not from a
 * word inside the object. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';
import { assertLinear } from '../../support/growth';

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

  it('reads integration or end-to-end tests written for the code as prevention, unless they watch a live service', () => {
    assert.equal(kind('Adding comprehensive integration tests for the upload client with large files and retried chunks'), 'prevention');
    assert.equal(kind('- [ ] Add end-to-end tests for the whole refund flow'), 'prevention');
    assert.equal(kind('Write more E2E tests for the invoice screens'), 'prevention');
    // Run continually, watched or alerted on, they find failures.
    assert.equal(kind('Set up continually-running integration tests for the upload API so we are alerted to outages'), 'detection');
    assert.equal(kind('Add integration tests that run against production every hour'), 'detection');
    assert.equal(kind('Write end-to-end tests and page the on-call engineer when they fail'), 'detection');
  });

  it('reads visibility into what the system is doing as detection', () => {
    assert.equal(kind('The ability to see the size of the scan backlog per depot'), 'detection');
    assert.equal(kind('Logging for every webhook call with its processing time'), 'detection');
    assert.equal(kind('More visibility into the queue depth of the label printers'), 'detection');
    // Showing customers where their parcel is tells them; a limit set on the queue is prevention.
    assert.equal(kind('Set a limit on the size of the scan queue'), 'prevention');
  });

  it('reads a thing built to tell users, said in a relative clause, as communication', () => {
    assert.equal(
      kind('The shop gets a maintenance page that informs visitors about the outage and our progress. This page has to stay up when the shop is down.'),
      'communication',
    );
    assert.equal(kind('Design a friendlier error screen which will tell customers the checkout is paused'), 'communication');
    assert.equal(kind('- a banner that notifies **all** subscribers of planned downtime'), 'communication');
    // Mail the product sends when something happens to a user is a feature; what tells the team
    // is no telling of users; a page to the on-call is still the responders'.
    assert.equal(kind('Send a mail that notifies users when their token expires'), 'prevention');
    assert.equal(kind('Add an alarm that notifies the on-call engineer of a full disk'), 'detection');
    assert.equal(kind('Page the on-call engineer when the shop page is down'), 'response');
  });

  it('reads a long run of relative clauses that never name users in linear time', () => {
    assertLinear(
      'relative clauses',
      (n) => 'a page that will inform the the the '.repeat(n) + 'which tells ',
      (text) => kind(text),
    );
  });
});
