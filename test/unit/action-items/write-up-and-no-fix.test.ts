/**
 * Two sentences of a blog post that promise no work: one about the write-up itself ("I am writing
 * up the problems of the week"), one that says the authors have no fix and are still finding out.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

describe('action items: the write-up itself, and no fix yet', () => {
  it('takes no item from a sentence about the write-up under way', () => {
    const text = [
      '# A rough fortnight for the map server',
      '',
      'So that everyone knows where things stand, I am writing up the several problems we had since the move.',
      '',
      'The tile cache filled its disk twice and the renderer stopped. I cleared it by hand both times.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
    assert.equal(promisesStatusOnly("We're writing this to explain why uploads failed on Monday."), true);
    assert.equal(promisesStatusOnly('I am writing about what happened to the forum on Sunday.'), true);
  });

  it('takes no item from a sentence that says there is no fix and the authors are still finding out', () => {
    const text = [
      '# A rough fortnight for the map server',
      '',
      'The renderer still stalls for a minute every few nights. This is a problem for which I have no real fix (I do have a couple of theories I am looking into).',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
    assert.equal(promisesStatusOnly('We have no workaround yet and are investigating with the vendor.'), true);
  });

  it('still reads work named beside them', () => {
    assert.equal(promisesStatusOnly('We are writing a runbook for the failover.'), false);
    assert.equal(promisesStatusOnly('We are writing up a checklist for the next migration.'), false);
    assert.equal(promisesStatusOnly('There is no fix yet, but we are adding an alert on the stall while we investigate.'), false);
    assert.equal(promisesStatusOnly('We have no fix yet and will move the renderer to its own host.'), false);
    const text = [
      '# A rough fortnight for the map server',
      '',
      'I have no fix for the stalls yet. I am moving the renderer to a host of its own next week.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['I am moving the renderer to a host of its own next week.']);
  });

  it('reads ugly input without failing', () => {
    assert.equal(promisesStatusOnly(''), false);
    assert.equal(promisesStatusOnly('I am writing up ' + 'the '.repeat(5000)), false);
    // Read up to a bound: the words past it are not looked at, and the reading stays quick.
    assert.equal(typeof promisesStatusOnly('we have no fix '.repeat(2000) + 'investigating'), 'boolean');
    assert.equal(promisesStatusOnly('We have no fix (still investigating)'), true);
  });
});
