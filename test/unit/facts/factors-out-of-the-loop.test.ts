/**
 * People left out of what happened, told by the idiom and not by a gap word: "the squad felt out of
 * the loop". Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Outage of the listings search');
const told = (line: string) => cats(...section('What went wrong', line));

describe('facts: people left out of the loop', () => {
  it('reads people who felt or were kept out of the loop as a communication breakdown', () => {
    assert.deepEqual(told('The payments squad felt out of the loop until the review a week later.'), ['communication_breakdown']);
    assert.deepEqual(told('Support was kept entirely out of the loop while the database was restored.'), ['communication_breakdown']);
    // Kept in the loop is no breakdown.
    assert.deepEqual(told('We kept the support team in the loop with hourly notes.'), []);
  });

  it('takes ugly input in linear time', () => {
    assert.deepEqual(told('loop loop out of of the the loop'), []);
    const shapes: [string, (n: number) => string][] = [
      ['felt', (n) => 'felt '.repeat(n) + 'out of the'],
      ['loops', (n) => 'kept out of the '.repeat(n) + 'loops'],
    ];
    for (const [what, make] of shapes) assertLinear(what, make, (line) => told(line));
  });
});
