/**
 * The harm an incident did, made good: people paid back for what they lost (credit, extra days, a
 * payment) and a system put back faster next time are the recovery's work, response. Compensation
 * in the code's sense (a value corrected for drift, compensating controls) pays nobody. Finding out
 * faster, named before a faster recovery, stays detection. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: the harm of an incident made good is response', () => {
  it('reads people compensated for their losses as response', () => {
    assert.equal(kind('Every merchant whose payout bounced will be compensated.'), 'response');
    assert.equal(kind('The stakers who missed rewards are to receive compensation for the lost epochs'), 'response');
    assert.equal(kind('We will grant two weeks of compensation to all premium members for the trouble.'), 'response');
    assert.equal(kind('We plan to compensate the affected tenants next month'), 'response');
    assert.equal(kind('we will add 5 extra days compensation for the lag'), 'response');
  });

  it('leaves compensation in the sense of code and controls to the other patterns', () => {
    assert.equal(kind('Add compensation logic to the saga for failed payment steps'), 'prevention');
    assert.equal(kind('Compensate for clock skew between the ledger nodes'), 'prevention');
    assert.equal(kind('Review the compensating controls on the admin console'), 'prevention');
  });

  it('reads a recovery made shorter or a system put back sooner as response', () => {
    assert.equal(kind('Rework the image store to cut the recovery time of a lost node in half'), 'response');
    assert.equal(kind('Script the cluster set-up so that we can put it back up much faster if it is lost'), 'response');
    assert.equal(kind('Reduce our restore time for the search index'), 'response');
  });

  it('keeps finding out faster, named first, as detection', () => {
    assert.equal(kind('Better probes on the edge nodes for quicker detection and recovery'), 'detection');
    assert.equal(kind('Add synthetic checks for faster alerting and restores'), 'detection');
    // A faster restore on its own is still the responders'.
    assert.equal(kind('Move the archive to local disks for faster restores'), 'response');
  });
});
