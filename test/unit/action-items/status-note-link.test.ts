/**
 * A status note in parentheses after an item's title may hold the link to the change that shipped it
 * ("(shipped, [#67](…/pull/67))") or wrap onto the next line of the entry; its first word still
 * tells the item done, and its other words are still read for an owner and a due date. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { scanTokens } from '../../../server/src/analysis/model/action-items/tokens';
import { items, postmortem } from './helpers';

describe('action items: a status note holding a link or a line break', () => {
  it('reads the note done through a link inside it and across a wrapped line', () => {
    assert.equal(scanTokens('**Check every account.** *(shipped, [#67](https://example.org/o/r/pull/67))* A field is no boundary.').done, true);
    assert.equal(scanTokens('**Test the negative.** *(shipped with the fix; kept as practice\n   since)* A test never seen failing proves little.').done, true);
    assert.equal(scanTokens('**Alert on the symptom.** *(outstanding, see [#70](https://example.org/o/r/issues/70))*').done, false);
  });

  it('keeps owner and due in parentheses, and reads no group across a blank line', () => {
    const owned = scanTokens('Rotate the keys (Sam, 2026-04-01)');
    assert.equal(owned.owner?.value, 'Sam');
    assert.equal(owned.due?.text, '2026-04-01');
    assert.equal(scanTokens('Rotate the keys (shipped\n\nlater)').done, false);
    assert.equal(scanTokens('Rotate the keys ((((((((((').done, false);
    assert.equal(scanTokens('(' + '](x)'.repeat(2000) + ')').done, false);
  });

  it('reads numbered entries with such notes', () => {
    const body = [
      '1. **Check every account.** *(shipped, [#67](https://example.org/o/r/pull/67))*',
      '   A field is no boundary.',
      '',
      '2. **Alert on the symptom.** *(outstanding — nothing built)* Nothing paged.',
      '',
      '3. **Test the negative.** *(shipped with the fix; kept as practice',
      '   since)* A test never seen failing proves little.',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => i.done),
      [true, false, true],
    );
  });
});
