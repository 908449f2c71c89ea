/**
 * "<Name> will take steps to …" names an owner when the name is a party's; when the document
 * writes the name with a version ("Relay v2.4"), it is a product, the thing worked on, and no
 * owner, unless the document also gives a team that name ("the Relay team"). Every document here
 * is written for the test.
 */
import { strict as assert } from 'node:assert';
import { items as readItems } from './helpers';

function owners(text: string): (string | null)[] {
  return readItems(text).map((i) => i.owner);
}

const PRODUCT = [
  '# Relay outage',
  '',
  '## Summary',
  '',
  'Relay v2.4 stopped forwarding messages for an hour.',
  '',
  '## Improvements',
  '',
  'Shorten the release path. Relay will take steps to cut its build times.',
  '',
  '- Mirror Bridge will rebuild the archive index by June',
  '',
].join('\n');

describe('action items: a product named as the subject of a promise', () => {
  it('takes no owner from a product the document names with a version', () => {
    assert.deepEqual(owners(PRODUCT), [null, 'Mirror Bridge']);
  });

  it('takes no owner from the product when the promise is a list item too', () => {
    const list = PRODUCT.replace('Shorten the release path. Relay will take steps to cut its build times.', '- Relay will take steps to cut its build times.');
    assert.deepEqual(owners(list), [null, 'Mirror Bridge']);
    assert.deepEqual(owners(list.replace('Relay v2.4 stopped', 'The relay stopped')), ['Relay', 'Mirror Bridge']);
  });

  it('keeps the owner when the document gives a team the same name, or names no version', () => {
    assert.deepEqual(owners(PRODUCT.replace('stopped forwarding', 'stopped forwarding, and the Relay team rolled back,')), ['Relay', 'Mirror Bridge']);
    assert.deepEqual(owners(PRODUCT.replace('Relay v2.4 stopped', 'The relay stopped')), ['Relay', 'Mirror Bridge']);
  });
});
