/**
 * The component account of cause-accounts.ts starts a component's name only at the first word of a
 * run of name characters, or right after that word when it is no subject ("the", "an", "not" …).
 * These tests hold that pattern to the one that tried every word start (the same source without
 * `FIRST_START`) on made-up lines, and time a long hyphenated word before a verb of inability.
 */
import { strict as assert } from 'node:assert';
import { accountedBreak, COMPONENT_ACCOUNT, FIRST_START } from '../../../server/src/analysis/model/facts/cause-accounts';
import { assertLinear } from '../../support/growth';
import { random } from '../../support/random';

/** The pattern as it was, every word start tried. */
const EVERY_START = new RegExp(COMPONENT_ACCOUNT.source.replace(FIRST_START, ''), COMPONENT_ACCOUNT.flags);

const WORDS = ['the', 'an', 'a', 'not', 'The', 'AN', 'q', 'relay', 'users', 'ops', 'team', 'no', 'one', 'we', 'x1', 'cache_b', 'also', 'then'];
const JOINS = ['-', '-', '.', "'", '`', '--', ' ', ' ', ' ', ', ', '; ', ': ', '.-', ' -'];
const VERBS = ['could not', "couldn't", 'was unable to', 'ran out of', 'could not be', 'would not', 'is incompatible with'];
const ENDS = [' decode frames.', ' reached.', ' memory', '', ' serve it', ' its handles, and stalled.'];

function line(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  let text = next() < 0.3 ? pick(['-', '`', '.', '(']) : '';
  const parts = 1 + Math.floor(next() * 6);
  for (let i = 0; i < parts; i++) text += pick(WORDS) + pick(JOINS);
  text += pick(VERBS) + pick(ENDS);
  if (next() < 0.4) text += ` ${pick(WORDS)}${pick(JOINS)}${pick(WORDS)} ${pick(VERBS)}${pick(ENDS)}`;
  return text;
}

const reading = (m: RegExpExecArray | null) => m && { at: m.index, words: m[0], groups: { ...m.groups } };

describe('facts: where a component account starts its subject (cause-accounts.ts)', function () {
  this.timeout(120_000);

  it('matches where the pattern that tried every word start matched, with the same groups', () => {
    const next = random(73);
    let matched = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = line(next);
      const expected = reading(EVERY_START.exec(text));
      assert.deepEqual(reading(COMPONENT_ACCOUNT.exec(text)), expected, text);
      if (expected) matched++;
    }
    assert.ok(matched > 2_000, `only ${matched} lines matched: the generated lines test too little`);
  });

  it('starts a name after a leading word that is no subject, as before', () => {
    assert.equal(accountedBreak('The-relay could not decode frames.')?.words, '-relay could not');
    assert.equal(accountedBreak('An-old-relay could not decode frames.')?.words, '-old-relay could not');
    assert.equal(accountedBreak('the q-q-relay could not decode frames.')?.words, 'q-q-relay could not');
    assert.equal(accountedBreak('The depot-ops team could not decode frames.'), null);
  });

  const joined = (n: number) => Array.from({ length: n }, () => 'q').join('-');
  it('reads a long hyphenated word away from the verb in linear time', () => {
    assertLinear('a long word, then a component', (n) => `The ${joined(n)} relay could not decode frames.`, accountedBreak, 250);
  });
  it('reads a long subject clause before the verb in linear time', () => {
    assertLinear('a symptom, then a component', (n) => `Every ${joined(n)} could not be opened; the relay could not decode frames.`, accountedBreak, 250);
  });
});
