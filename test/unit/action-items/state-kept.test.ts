/**
 * "Sign-ups will remain closed until the new checks are in place": a state the service keeps for
 * now, told to readers; no work is named in it, so it is no item. Every document here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { keepsState } from '../../../server/src/analysis/model/action-items/state-kept';
import { items, postmortem } from './helpers';

describe('action items: a state kept for now', () => {
  it('takes no item from a bullet or a sentence that only says how things stay', () => {
    const body = [
      '- We will move the mirror to a second provider by June.',
      '- Anonymous downloads from the mirror will remain disabled until the new rate limits are live.',
      '',
      'The upload form will stay closed for the time being.',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => i.text),
      ['We will move the mirror to a second provider by June.'],
    );
  });

  it('tells a state kept from work that keeps it', () => {
    for (const s of [
      'Sign-ups will stay closed for now.',
      'The old API remains read-only until the migration ends',
      'Access to the admin panel will remain restricted as a precaution.',
    ])
      assert.ok(keepsState(s), s);
    for (const s of [
      'We will remain vigilant',
      'We will add a check so the API stays read-only',
      'Keep the old API read-only until June',
      'The bucket will stay private and we will rotate keys.',
      'Rate limits will remain in place and we will add a dashboard; then open sign-ups.',
      '',
      'will remain closed '.repeat(30),
    ])
      assert.ok(!keepsState(s), s.slice(0, 60));
  });
});
