/**
 * Restoring what the failure took is the responders' work, told with the verb or with its noun
 * ("restoration", "auto-restoration"). Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';
import { assertLinear } from '../../support/growth';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: item kinds of restoration told as a noun', () => {
  it('reads restoration, automatic or not, as response, as the verb restore is read', () => {
    assert.equal(kind('Auto-restoration of the lost index tables'), 'response');
    assert.equal(kind('- **Automatic restoration**: missing buckets are recreated from the nightly copy'), 'response');
    assert.equal(kind('Restore the lost index tables from the nightly copy'), 'response');
  });

  it('lets a word the item names before it decide, and leaves a restored setting to the other readings', () => {
    // Finding out comes first: an alert on a failed restoration is detection.
    assert.equal(kind('Alert when a restoration job fails'), 'detection');
    // A verb that tells people: the status page update is communication.
    assert.equal(kind('Post restoration progress on the status page'), 'communication');
    // The verb form of putting an old setting back stays prevention.
    assert.equal(kind('Restore the previous connection limit on the proxy'), 'prevention');
  });

  it('reads ugly input without failing, in time linear in its length', () => {
    assert.doesNotThrow(() => kind('restoration restoration-restoration'));
    assertLinear(
      'restorations',
      (n) => 'auto-restoration '.repeat(n),
      (text) => void kind(text),
    );
  });
});
