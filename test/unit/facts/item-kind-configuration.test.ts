/**
 * Work on a configuration is read by what it changes (the configuration), not by a watching word
 * beside it or in its purpose. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: work on a configuration is prevention', () => {
  it('reads reviewing, improving or hardening a configuration as prevention, whatever else it names', () => {
    assert.equal(
      kind('Improving our balancer configuration so it probes each host for stale data. Hosts already have health checks that find this.'),
      'prevention',
    );
    assert.equal(kind('Going forward we add alerting, and we are also reviewing the configuration so this cannot recur.'), 'prevention');
    assert.equal(kind('Tighten the Nginx config on the edge nodes'), 'prevention');
    assert.equal(kind('Audit the firewall configuration on every edge host and add a monitor for drift'), 'prevention');
    assert.equal(kind('Rework the queue consumer config so slow hosts are checked and dropped'), 'prevention');
  });

  it('leaves the configuration of a tool that watches, pages or tells to that tool', () => {
    assert.equal(kind('Review the alerting configuration'), 'detection');
    assert.equal(kind('Change the config of the pager rotation'), 'response');
    assert.equal(kind('Update the proxy configuration to page on-call when it fails'), 'detection');
    assert.equal(kind('Improve the status page configuration'), 'communication');
    // No work on the configuration: the watching words decide.
    assert.equal(kind('Add health checks to the web tier'), 'detection');
    assert.equal(kind('Alert when the configuration of a host drifts'), 'detection');
  });

  it('copes with ugly input', () => {
    assert.equal(kind('REVIEW   the  CONFIG!!!'), 'prevention');
    assert.equal(kind('configuration'), 'prevention');
    assert.equal(kind(''), 'prevention');
  });
});
