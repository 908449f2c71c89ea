/**
 * The paragraph that opens a section and leads into the work listed after it (a list right after
 * it, or sub-sections holding the lists) and names that work only as a whole ("changes", "steps")
 * is an introduction: its sentences of intent are no items, the entries are. Look-alikes keep
 * their items: the paragraph with no list of items after it, one that names one piece of work, a
 * paragraph that is a task itself, and a commitment told later. Every document here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts } from './helpers';

const story = ['# Cache stampede on login', '', '## Summary', '', 'The session cache expired at once and the database fell over.', ''];

describe('action items: the opening paragraph that leads into the work', () => {
  it('reads the list after a section opening paragraph, not the paragraph', () => {
    const text = [
      ...story,
      '## Next steps',
      '',
      'We care about this a great deal, and we are making real changes after this outage.',
      '',
      '1. **Spread cache expiry.** Each key gets a random offset.',
      '1. **Add a login rate limit.** Bursts past the limit wait in a queue.',
      '',
    ].join('\n');
    assert.deepEqual(itemTexts(text), [
      'Spread cache expiry. Each key gets a random offset.',
      'Add a login rate limit. Bursts past the limit wait in a queue.',
    ]);
  });

  it('reads the lists of the sub-sections after it, not the paragraph over them', () => {
    const text = [
      ...story,
      '## Looking ahead',
      '',
      'We will learn from this in the open. What follows are the steps we have committed to.',
      '',
      '### Right away',
      '',
      '- Warm the cache before a deploy',
      '',
      '### Later',
      '',
      '- Move sessions to a store that survives restarts',
      '',
    ].join('\n');
    assert.deepEqual(itemTexts(text), ['Warm the cache before a deploy', 'Move sessions to a store that survives restarts']);
  });

  it('keeps a commitment when no list of items follows the paragraph', () => {
    const text = [...story, '## What we will do', '', 'We will add jitter to every cache expiry before the next release.', ''].join('\n');
    assert.deepEqual(itemTexts(text), ['We will add jitter to every cache expiry before the next release.']);
  });

  it('keeps a paragraph that is a task itself, and a commitment that does not open the section', () => {
    const task = [
      ...story,
      '## Actions',
      '',
      'Add jitter to every cache expiry.',
      '',
      '- Page the on-call when logins fail',
      '- Load test the login path',
      '',
    ].join('\n');
    assert.ok(itemTexts(task).includes('Add jitter to every cache expiry.'));
    const later = [
      ...story,
      '## Actions',
      '',
      '- Page the on-call when logins fail',
      '- Load test the login path',
      '',
      'We will also add jitter to every cache expiry.',
      '',
      '- Review the cache settings of the other services',
      '',
    ].join('\n');
    assert.ok(itemTexts(later).includes('We will also add jitter to every cache expiry.'));
  });

  it('keeps a commitment that names one piece of work, though a list of items follows it', () => {
    const text = [
      ...story,
      '## Follow-up',
      '',
      'The platform team will move sessions to a store that survives restarts.',
      '',
      '- Page the on-call when logins fail',
      '- Load test the login path',
      '',
    ].join('\n');
    assert.deepEqual(itemTexts(text), [
      'The platform team will move sessions to a store that survives restarts.',
      'Page the on-call when logins fail',
      'Load test the login path',
    ]);
  });

  it('reads ugly input without failing: an empty section, a paragraph with nothing after it', () => {
    assert.deepEqual(itemTexts([...story, '## Next steps', '', '## Notes', '', 'We are making changes.', '', '- '].join('\n')), []);
    assert.doesNotThrow(() => itemTexts('## Next steps\n\nWe are making changes.\n\n-\n'));
  });
});
