/**
 * The frame of a labelled line the fact readers pick out (`fieldLabel`): a name after a bullet or
 * not, bold or not, then a colon. Every line here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { fieldLabel } from '../../../server/src/analysis/model/facts/passages';
import { assertLinear } from '../../support/growth';

describe('facts: a line labelled with a field name', () => {
  const label = fieldLabel('(?:spill|leak)s?');

  it('reads the name bare, after a bullet, bold around the name or around name and colon, in any case', () => {
    for (const line of ['Spill: the tank overflowed', '- leaks: two valves', '* **Spill**: at dawn', '+ __LEAK:__ slow', '  **Spills** : all night', 'leak:'])
      assert.ok(label.test(line), line);
  });

  it('reads no other name, a name inside a sentence, or a numbered entry', () => {
    for (const line of ['Spillway: open', 'The spill: at dawn', '1. Spill: at dawn', '> Spill: quoted', 'Spill at dawn', '- - Spill: twice', ''])
      assert.equal(label.test(line), false, line);
  });

  it('matches through the colon only, so the words after it can be read on their own', () => {
    assert.equal('**Leak:** a slow drip'.replace(label, ''), '** a slow drip');
    assert.equal('- Spill: a fast one'.replace(label, ''), ' a fast one');
  });

  it('takes time linear in the length of an ugly line of spaces and marks', function () {
    this.timeout(120_000);
    assertLinear(
      'runs of spaces and bold marks before no colon',
      (n) => `${' '.repeat(n)}- **${'spill'.repeat(n)}** `,
      (line) => label.test(line),
      512,
    );
  });
});
