/**
 * A check of the running service made right after each deploy finds what the deploy broke sooner:
 * detection. A test run before the change lands stays a gate, and any other word of the item
 * decides before this reading. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';
import { assertLinear } from '../../support/growth';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: item kinds of a check made right after a deploy', () => {
  it('reads a check, a test or a verification right after each deploy, release or upgrade as detection', () => {
    assert.equal(kind('We confirm the queue worker picks up jobs after every deploy.'), 'detection');
    assert.equal(kind('- [ ] Check name resolution from a pod right after each deployment'), 'detection');
    assert.equal(kind('Verify the sign-in form loads immediately after the release'), 'detection');
    assert.equal(kind('2. **Smoke-test the public API after each rollout.**'), 'detection');
  });

  it('leaves a test before the change lands, and work after a deploy that checks nothing, to the other readings', () => {
    assert.equal(kind('Run the full test suite before every deploy'), 'prevention');
    assert.equal(kind('Do not deploy after 16:00 on a Friday'), 'prevention');
    assert.equal(kind('Restart the cache after every deploy'), 'prevention');
    // A word the item names first decides: a runbook step is the responders'.
    assert.equal(kind('Add a runbook step to check the workers after each deploy'), 'response');
    // A check and a deploy in different sentences are not one reading.
    assert.equal(kind('Check the pods by hand. Deploy the agent after the release.'), 'prevention');
  });

  it('reads ugly input without failing, in time linear in its length', () => {
    assert.doesNotThrow(() => kind('check after after after deploy deploy'));
    assert.doesNotThrow(() => kind('after every deploy'));
    assertLinear(
      'checks and afters with no deploy',
      (n) => 'check '.repeat(n) + 'after every '.repeat(n),
      (text) => void kind(text),
    );
  });
});
