/**
 * A service told back in a word of its state ("back in service", "back into operation", "back to
 * working order", "operational again", "functional again") is the service brought back, as "back
 * online" and "working again" are: what was done, the answer an account of an incident gives. A
 * case put ("when the node is back in service") is read as before. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection } from '../support/recognition';

function account(back: string): string[] {
  return [
    '# The build farm was down',
    '',
    'We moved the package store to a new disk on Tuesday, and I paused the build farm for the copy.',
    '',
    'The copy stopped halfway: it turned out the new disk had been formatted with a smaller block size.',
    '',
    `I formatted it again and copied the store a second time. ${back}`,
    '',
  ];
}

describe('recognising a service told back in a word of its state', () => {
  for (const back of [
    'The build farm is now back in service.',
    'By the evening the farm was back into operation.',
    'Everything is back to working order.',
    'The farm has been operational again since Wednesday.',
    'The builders were functional again within the hour.',
  ])
    it(`takes an account whose answer is "${back}"`, () => {
      assert.equal(detection(account(back).join('\n')), 'content');
      assert.equal(detection(account(back).join('\r\n')), 'content');
    });

  it('does not take the same account without the service told back', () => {
    assert.notEqual(detection(account('The builders are idle for now.').join('\n')), 'content');
  });

  it('does not take a guide that puts the case', () => {
    const guide = [
      '# Moving the package store',
      '',
      'Pause the build farm before the copy, and format the new disk with the block size of the old one.',
      '',
      'Copy the store. When the copy is done, the build farm is back in service.',
      '',
    ];
    assert.notEqual(detection(guide.join('\n')), 'content');
  });

  it('reads odd input without failing', () => {
    assert.doesNotThrow(() => detection(account(`back in${' '.repeat(50000)}service \u0000 again`).join('\n')));
    assert.doesNotThrow(() => detection(account('operational'.repeat(5000) + ' again').join('\n')));
  });
});
