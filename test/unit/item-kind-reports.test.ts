/**
 * An item that publishes an interim, preliminary or final report, or says such a report will be
 * published, tells people what happened: communication. A contingency plan is what the responders
 * do when the failure comes again: response. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../server/src/analysis/model/facts/item-kind';

function kind(text: string) {
  return classifyItem({ text, category: null }).kind;
}

describe('item kind: reports published and contingency plans', () => {
  it('reads a report published as communication', () => {
    assert.equal(kind('We expect to release the interim incident report next week.'), 'communication');
    assert.equal(kind('Publish a preliminary incident report for the partners'), 'communication');
    assert.equal(kind('A final report will also be published on the status site.'), 'communication');
  });

  it('reads the post-mortem documented as communication, not its process', () => {
    assert.equal(kind('Document postmortem for future reference'), 'communication');
    assert.equal(kind('documented the post-mortem in the wiki'), 'communication');
    assert.notEqual(kind('Document the postmortem process for new on-call staff'), 'communication');
  });

  it('reads a blog written about the outage as communication', () => {
    assert.equal(kind('Write our first blog on a major outage.'), 'communication');
    assert.equal(kind('We will publish a short blog post on the failover.'), 'communication');
    assert.equal(kind('Move the blog to the new static host'), 'prevention');
  });

  it('reads a contingency plan as response', () => {
    assert.equal(kind('Write a contingency plan for the next cooling failure'), 'response');
  });

  it('leaves other reports and plans as they were', () => {
    assert.equal(kind('Rotate the signing key named in the final report'), 'prevention');
    assert.equal(kind('The capacity plan will be reviewed every quarter.'), 'prevention');
  });
});
