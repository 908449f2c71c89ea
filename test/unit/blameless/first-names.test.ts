import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { datasetNames, FIRST_NAMES_DATA_PATH, firstNamesModule } from '../../../scripts/generate-first-names';
import { packNames, unpackNames } from '../../../server/src/analysis/model/blameless/first-names';
import { PACKED_FIRST_NAMES } from '../../../server/src/analysis/model/blameless/first-names-data';
import { classifyWord } from '../../../server/src/analysis/model/blameless/people';
import type { Token } from '../../../server/src/analysis/model/blameless/tokens';
import { runOurs } from '../../fixtures/blameless/load';

const word = (raw: string): Token => ({ kind: 'word', raw, norm: raw.toLowerCase(), start: 0, end: raw.length, literal: false });
const nobody = { names: new Set<string>() };
/** The characters that stand for pairs, three characters apart before the first digit. */
const pairSymbols = (packed: string): string[] => {
  const symbols: string[] = [];
  for (let at = 0; at < packed.length && !/\d/.test(packed[at]); at += 3) symbols.push(packed[at]);
  return symbols;
};

describe('first names, packed', () => {
  it('packs and unpacks a sorted list, shared prefixes longer than nine letters and hyphens included', () => {
    const names = ['al', 'alexandra', 'alexandrapolis', 'alexandrapolitan', 'ann-marie', 'anna', 'b'];
    const packed = packNames(names);
    assert.equal(packed, '0al2exandra9polis9politan1nn-marie3a0b');
    assert.deepEqual(unpackNames(packed), names);
    assert.deepEqual(unpackNames(''), []);
    assert.throws(() => packNames(['bob', 'al']), /sorted/);
    assert.throws(() => packNames(['r2d2']), /digits/);
  });

  it('writes pairs that come back often as one character, pairs of pairs too, and reads them back', () => {
    const names = [
      'adeline',
      'adelina',
      'angeline',
      'angelina',
      'caroline',
      'carolina',
      'evelina',
      'eveline',
      'josephine',
      'josephina',
      'madeline',
      'madelina',
    ].sort();
    const packed = packNames(names);
    const prefixesOnly = names.reduce((n, name) => n + name.length + 1, 0);
    assert.ok(packed.length < prefixesOnly - 10, `${packed.length} characters`);
    assert.ok(pairSymbols(packed).length >= 2, 'the pairs come first');
    assert.deepEqual(unpackNames(packed), names);
    // A character the names hold is never made to stand for a pair.
    const marked = ['a!b', 'b!b', 'c!b', 'd!b', 'e!b', 'f!b', 'g!b', 'h!b'];
    assert.deepEqual(unpackNames(packNames(marked)), marked);
    const symbols = pairSymbols(packNames(marked));
    assert.ok(symbols.length > 0 && !symbols.includes('!'), `pairs written as ${symbols.join(' ')}`);
  });

  it('holds every name of both datasets, each once, and nothing else', () => {
    const names = unpackNames(PACKED_FIRST_NAMES);
    assert.ok(names.length > 8000, `${names.length} names`);
    assert.deepEqual(names, datasetNames());
    assert.equal(readFileSync(FIRST_NAMES_DATA_PATH, 'utf8'), firstNamesModule(), 'the committed data is what `npm run generate:names` writes');
  });

  it('recognises every dataset name, written with a capital, as someone rather than an unknown capitalised word', () => {
    const unknown = datasetNames().filter((name) => classifyWord(word(name.charAt(0).toUpperCase() + name.slice(1)), nobody, false) === 'capitalised');
    assert.deepEqual(unknown, []);
    assert.equal(classifyWord(word('Zorblaxia'), nobody, false), 'capitalised', 'a word that is no name stays unknown');
    assert.equal(classifyWord(word('Aaren'), nobody, false), 'named');
    assert.equal(classifyWord(word('Zsazsa'), nobody, false), 'named');
  });

  it('takes words that open sentences for words, not names, though the datasets hold them', () => {
    for (const raw of ['Even', 'Else', 'Early', 'Any']) assert.equal(classifyWord(word(raw), nobody, true), 'system', raw);
    assert.deepEqual(
      runOurs('Even customers who pinned the old client and did not update it saw the errors.').blame,
      [],
      'a sentence opened by "Even" blames no one called Even',
    );
    assert.equal(runOurs('Even Bob forgot to renew the domain.').blame.length, 1, 'a name after "Even" is still a person');
  });
});
