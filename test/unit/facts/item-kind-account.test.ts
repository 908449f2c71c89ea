/**
 * The incident's own account passed on, and what it cost written down, tell people what happened.
 * Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: the account of the incident passed on is communication', () => {
  it('reads passing this account on as communication, whatever it is passed on for', () => {
    assert.equal(kind('Circulate this among the leads so they recall the rota is short'), 'communication');
    assert.equal(kind('Share this report with the board'), 'communication');
    assert.equal(kind('Forward the post-mortem to finance'), 'communication');
    assert.equal(kind('Present the review at the all-hands.'), 'communication');
  });

  it('reads writing down what the incident cost as communication', () => {
    assert.equal(kind('Document data loss (if any)'), 'communication');
    assert.equal(kind('Record what was lost for each tenant'), 'communication');
    assert.equal(kind('List the affected customers'), 'communication');
  });

  it('leaves things handed out that are not the account, and other documenting, to their own words', () => {
    assert.equal(kind('Distribute this config to all hosts'), 'prevention');
    assert.equal(kind('Distribute the load across zones'), 'prevention');
    assert.equal(kind('Share the document store credentials'), 'prevention');
    assert.equal(kind('Share the review checklist'), 'prevention');
    assert.equal(kind('Document data retention rules'), 'response');
  });

  it('copes with ugly input', () => {
    assert.equal(kind('SHARE THIS  WITH   everyone!!'), 'communication');
    assert.equal(kind('share this'), 'prevention');
  });
});
