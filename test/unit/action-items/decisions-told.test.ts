/**
 * Decisions told as steps of the response: "we decided to unpublish the release" in the telling
 * of the resolution, of the cause or of the incident as it went (its timeline), and a line that opens on "Decided to …" with no subject (the verb is no
 * one's name). A decision told among the lessons or the plan is still work. Every document here
 * is written for the test.
 */
import { strict as assert } from 'node:assert';
import { readSentence, subjectOwner } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

describe('action items: decisions told as steps of the response', () => {
  it('takes no item from a decision in the resolution', () => {
    const text = [
      '# Broken package published',
      '',
      '## Resolution',
      '',
      'Since the broken version was only an hour old, we decided to unpublish it and point latest back at the previous one.',
      '',
      '## Action items',
      '',
      '| Action | Owner |',
      '| --- | --- |',
      '| Mark the package private | @kim |',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Mark the package private']);
  });

  it('takes no item from a decision told in the cause or the timeline', () => {
    const text = [
      '# Rollout halted',
      '',
      '## Root cause',
      '',
      'The new signing step rejected packets from older nodes because the key format had changed.',
      'Facing a deadline as the other region was already past midnight, we decided to cancel the rollout and retry the next day.',
      '',
      '## Timeline',
      '',
      'At 22:10 the first node failed. With half the fleet down, we decided to roll back every node by hand.',
      '',
      '## Action items',
      '',
      '- Accept both key formats for one release',
      '',
    ].join('\r\n');
    assert.deepEqual(texts(text), ['Accept both key formats for one release']);
  });

  it('still reads a promise beside a decision in the cause, and a decision with no plan beside it in the lessons', () => {
    const text = [
      '# Rollout halted',
      '',
      '## Root cause',
      '',
      'Late in the evening we decided to cancel the rollout. We will add a check of the key format to the release job.',
      '',
      '## Lessons learned',
      '',
      'We decided to hold every rollout to office hours from now on.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), [
      'We will add a check of the key format to the release job.',
      'We decided to hold every rollout to office hours from now on.',
    ]);
  });

  it('still reads a decision about the future outside the resolution', () => {
    const text = [
      '# Broken package published',
      '',
      '## Resolution',
      '',
      'We unpublished the broken version.',
      '',
      '## Lessons learned',
      '',
      'We decided to require a second reviewer on every release from now on.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We decided to require a second reviewer on every release from now on.']);
  });

  it('reads no owner in the past of a verb that opens a line', () => {
    assert.equal(subjectOwner('Decided to block every request except from the office.'), null);
    assert.equal(subjectOwner('Tried to restart the proxy twice.'), null);
    assert.equal(readSentence('Decided to block every request except from the office.'), null);
    assert.equal(subjectOwner('Ted to rotate the keys by Friday.')?.value, 'Ted');
    assert.equal(subjectOwner('Fred to rotate the keys by Friday.')?.value, 'Fred');
  });
});
