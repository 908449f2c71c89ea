/**
 * A typo is a person's slip when it is told as the fault: where it sits, who made it, or what it
 * broke. A typo named alone (one left in old code by another project, one an attacker's script
 * carried, one of two guesses at the cause) tells no act of the team. Every sentence here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Failed renewals of the library cards');

describe('facts: a typo named alone is no human action', () => {
  it('reads a typo left by others, carried by an intruder, or guessed at as no act of the team', () => {
    assert.deepEqual(
      cats(...section('What happened', 'Deep in the old importer sat a typo, older than the team, that the new runtime no longer tolerated.')),
      [],
    );
    assert.deepEqual(cats(...section('What happened', 'Next time the scanner will hardly stumble on a typo again.')), []);
    assert.deepEqual(cats(...section('Possible causes', '- Card code typo or a stale cache', '- A clock skew on the renewal host')), []);
  });

  it('reads ugly input: capitals, no punctuation', () => {
    assert.deepEqual(cats(...section('What happened', 'A TYPO, YEARS OLD, LIVED IN THE VENDORED PARSER')), []);
  });

  it('still reads a typo told with where it sits, who made it or what it broke', () => {
    assert.deepEqual(cats(...section('What happened', 'A typo in the renewal job pointed it at the archive database.')), ['human_action']);
    assert.deepEqual(cats(...section('What happened', 'The renewals stopped because of a typo.')), ['human_action']);
    assert.deepEqual(cats(...section('What happened', 'I made a small typo while editing the schedule.')), ['human_action']);
    assert.deepEqual(cats(...section('What happened', 'The schedule was broken by a typo.')), ['human_action']);
    assert.deepEqual(cats(...section('What happened', 'The outage came from typos the night shift made in the proxy rules.')), ['human_action']);
  });

  it('stays linear on a long run of typos', () => {
    assertLinear(
      'typos without a maker',
      (n) => `${'typo '.repeat(n)}or not`,
      (text) => cats(...section('What happened', text)),
      200,
    );
  });
});
