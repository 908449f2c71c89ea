import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: item kind of access control against access for responders', () => {
  it('reads a review of who holds access, and access routed through a gate, as prevention', () => {
    assert.equal(kind('We will review who has access to the billing mailbox and the bug tracker'), 'prevention');
    assert.equal(kind('- [ ] Audit who still holds access to the signing keys'), 'prevention');
    assert.equal(kind('Access to the staging hosts will be via a VPN and hardware keys only.'), 'prevention');
    assert.equal(kind('Access to the admin console is now through a bastion host'), 'prevention');
  });

  it('keeps access given to responders, and access to their guides, as response', () => {
    assert.equal(kind('Give the on-call engineers access to the hosting control panel'), 'response');
    assert.equal(kind('Make sure on-call has access to the console via VPN'), 'response');
    assert.equal(kind('Access to the runbook will be through the team wiki'), 'response');
    assert.equal(kind('Improve out-of-band access to the routers'), 'response');
  });

  it('survives broken input', () => {
    assert.equal(typeof kind('access to  will be via'), 'string');
    assert.equal(typeof kind('review who has access'), 'string');
  });
});
