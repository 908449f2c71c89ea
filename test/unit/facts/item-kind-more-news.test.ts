/**
 * A promise of more news to the readers (more posts in the same place, the page updated later, a
 * write-up to follow, people kept informed) keeps people informed: communication. Updating a thing
 * that is not an account of the incident, and transparency into a system, are not. Every sentence
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

function kind(text: string) {
  return classifyItem({ text, category: null }).kind;
}

describe('item kind: more news promised to the readers', () => {
  it('reads a promise of further posts or updates as communication', () => {
    assert.equal(kind("We'll keep posting here until the mirrors are healthy."), 'communication');
    assert.equal(kind('I will continue to update this thread tonight.'), 'communication');
    assert.equal(kind('This page will be updated as the vendor tells us more.'), 'communication');
    assert.equal(kind('The status page shall get updated every hour.'), 'communication');
    assert.equal(kind('We will follow up with a full write-up next week.'), 'communication');
    assert.equal(kind('Sorry for the trouble, we will update with a postmortem soon.'), 'communication');
    assert.equal(kind('We are keeping our customers informed by email.'), 'communication');
    assert.equal(kind('As before, we will provide transparency after incidents like this one.'), 'communication');
  });

  it('leaves updates of things and transparency into a system to the other readings', () => {
    assert.notEqual(kind('Continue updating the firmware on the remaining switches'), 'communication');
    assert.notEqual(kind('The config will be updated to raise the pool size.'), 'communication');
    assert.notEqual(kind('We will update the runbook with the new failover steps.'), 'communication');
    assert.notEqual(kind('Keep the worker images updated weekly'), 'communication');
    assert.notEqual(kind('Provide transparency into the queue depth for the on-call engineer'), 'communication');
  });

  it('reads broken or half-written input without throwing', () => {
    assert.equal(typeof kind('keep you'), 'string');
    assert.equal(typeof kind('this page will be'), 'string');
    assert.equal(typeof kind('provide transparency'), 'string');
    assert.equal(typeof kind(''), 'string');
  });
});

describe('item kind: more news promised beside other work', () => {
  it('lets the work the item names decide before the promise', () => {
    assert.equal(kind('Add an alert on replica lag; we will keep you posted on the rollout.'), 'detection');
  });
});
