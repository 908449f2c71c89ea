/**
 * "We will take steps so that nothing like this recurs" introduces the
 * measures after it and names no work of its own; a promise that says what the steps are ("… to
 * ensure that deploys wait for the canary", "… by adding a canary") is still an item. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

describe('action items: a promise of steps that names none', () => {
  it('takes the measures after it, not the lead-in', () => {
    const text = [
      '# Tampered download',
      '',
      '## Changes for future releases',
      '',
      'We will take steps to make sure a similar outage never happens again.',
      '',
      '* Sign every release archive.',
      '* Remove write access of inactive maintainers.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Sign every release archive.', 'Remove write access of inactive maintainers.']);
  });

  it('tells an empty promise from one that names its steps', () => {
    assert.ok(promisesStatusOnly('We will take the necessary steps to prevent a recurrence.'));
    assert.ok(promisesStatusOnly('We will take steps to make sure it never happens again.'));
    assert.ok(!promisesStatusOnly('We will take steps to ensure that deploys wait for the canary.'));
    assert.ok(!promisesStatusOnly('We will take steps to prevent this by adding a canary stage.'));
  });
});
