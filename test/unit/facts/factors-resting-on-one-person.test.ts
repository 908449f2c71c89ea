/**
 * A design weakness told as what the team shares resting on one person: keys tied to someone's
 * login, a renewal charged to someone's own card. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Object store errors');

describe('facts: what the team shares resting on one person', () => {
  it('reads shared keys or a domain tied to one person as a design weakness', () => {
    assert.deepEqual(cats(...section('Cause', 'The storage keys our workers used were bound to a former employee’s login and died with it.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('Cause', 'The deploy credentials were linked to an individual user account, not to a service account.')), [
      'design_weakness',
    ]);
  });

  it("reads a renewal paid with one person's own card as a design weakness", () => {
    assert.deepEqual(cats(...section('Cause', 'The registrar had my personal card on file, and that card had expired.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Cause', 'Her personal credit card was the one attached to the hosting plan.')), ['design_weakness']);
  });

  it("does not read what is each user's own by nature, or a personal address used to read mail", () => {
    assert.deepEqual(cats(...section('Design', 'Every session token is tied to a user account.')), []);
    assert.deepEqual(cats(...section('Design', 'Your access keys are bound to your user account.')), []);
    assert.deepEqual(cats(...section('Detection', 'I saw the report in my personal mail box at seven.')), []);
  });

  it('reads ugly input in linear time', () => {
    for (const [before, unit, after] of [
      ['keys ', 'were ', 'tied to a user'],
      ['my personal card ', 'and ', 'assigned'],
    ])
      assertLinear(
        `"${unit}" repeated`,
        (n) => section('Cause', `${before}${unit.repeat(n)}${after}`),
        (args) => cats(...args),
      );
  });
});
