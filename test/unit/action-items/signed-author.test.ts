/**
 * In a report its author signs, an item told in the first person ("I will …") is owned by the one
 * who signs: under an e-mail signature delimiter or after a closing salutation. "We will …", an
 * unsigned report and a first name alone give no owner. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { signedAuthor } from '../../../server/src/analysis/model/action-items/signed-author';

function owners(text: string): (string | null)[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => i.owner);
}

const body = [
  '# Outage of the package index',
  '',
  'At 04:00 UTC a scheduled update took the index down; I rolled it back by 06:10 UTC.',
  '',
  'follow-up:',
  '',
  '- We will add a smoke test after each scheduled update.',
  '',
  '- I will make sure that scheduled updates only run in office hours.',
  '',
];

describe('action items: the signed author owns "I will"', () => {
  it('reads the name under a signature delimiter as the owner of the first-person item', () => {
    const text = [...body, '-- ', 'Marta Oyelaran, Infrastructure Lead', 'https://example.org', ''].join('\n');
    assert.deepEqual(owners(text), [null, 'Marta Oyelaran']);
  });

  it('reads the name after a closing salutation', () => {
    const text = [...body, 'Kind regards,', 'Marta Oyelaran', ''].join('\n');
    assert.deepEqual(owners(text), [null, 'Marta Oyelaran']);
    assert.equal(signedAuthor('Thanks for reading.\n\nCheers, Tomas Brandt\n')?.value, 'Tomas Brandt');
  });

  it('gives no owner without a signature, or with a first name alone', () => {
    assert.deepEqual(owners(body.join('\n')), [null, null]);
    assert.deepEqual(owners([...body, 'Best,', 'Marta', ''].join('\n')), [null, null]);
    assert.equal(signedAuthor(''), null);
    assert.equal(signedAuthor('-- \n\n'), null);
    assert.equal(signedAuthor(`${'x'.repeat(5000)}\n-- \nMarta Oyelaran`)?.value, 'Marta Oyelaran');
  });

  it('reads the salutation in any case but the name only as a name is written: a team in lower case signs no person', () => {
    assert.equal(signedAuthor('We are sorry.\n\nThanks,\nthe ops team\n'), null);
    assert.equal(signedAuthor('We are sorry.\n\nkind regards,\nsupport desk staff\n'), null);
    assert.equal(signedAuthor('We are sorry.\n\nKIND REGARDS,\nMarta Oyelaran\n')?.value, 'Marta Oyelaran');
  });
});
