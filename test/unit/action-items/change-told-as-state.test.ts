/**
 * A follow-up carried out and told as the state it left, with "now" ("The build farm is now fully
 * self-hosted", "Our platform team now owns every DNS record"), then a sentence that points back
 * and says what it guards against or makes possible ("This removes the need for …", "This will let
 * us react …"): one item, done, wherever it is told. The service back in working order ("The site
 * is now back up. This means …") is the recovery, not such a change. Every document and sentence
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { stateThenPurpose } from '../../../server/src/analysis/model/action-items/reading';
import { itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';

function items(text: string): { text: string; done: boolean; kind: string }[] {
  const doc = analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings());
  const kinds = itemKindsOf(doc);
  return doc.model.actionItems.map((i, k) => ({ text: i.text, done: i.done, kind: kinds[k].kind }));
}

describe('action items: a change told as the state it left', () => {
  it('reads a state with "now" followed by what it guards against', () => {
    for (const [state, purpose] of [
      ['The build farm is now fully self-hosted.', 'This removes the need for a public registry.'],
      ['Our platform team now owns every DNS record of the product.', 'This will let us react to rate limits within minutes.'],
      ['now has sole control over the signing keys.', 'This will allow a faster rotation if a key leaks again in the future.'],
      ['Every backup is now encrypted at rest, with keys kept apart from the data.', 'It mitigates the loss of a single disk.'],
    ])
      assert.ok(stateThenPurpose(state, purpose), state);
  });

  it('leaves the service back in order, the incident state and a bare state alone', () => {
    for (const [state, purpose] of [
      ['The site is now back up.', 'This means customers can sign in again.'],
      ['All services are now operating normally.', 'This should allow queued jobs to drain.'],
      ['The cluster is now degraded.', 'This prevents new writes.'],
      ['The cache is now warm.', 'This will allow pages to load fast again.'],
      ['The build farm is now fully self-hosted.', 'We moved it last spring.'],
      ['If the build farm is now self-hosted, nobody told us.', 'This removes the need for a registry.'],
      ['Is the build farm now self-hosted?', 'This would remove the need for a registry.'],
    ])
      assert.ok(!stateThenPurpose(state, purpose), state);
  });

  it('takes such a change from the lessons of a report as one item, done', () => {
    const text = [
      '# Sign-in failures',
      '',
      '## What happened',
      '',
      'For twenty minutes a slow DNS provider kept new sessions from resolving the sign-in host.',
      '',
      '## Lessons learned',
      '',
      'Our platform team now owns every DNS record of the product. This will allow a quicker response to rate limits if the provider slows down again in the future.',
      '',
    ].join('\n');
    const read = items(text);
    assert.equal(read.length, 1, JSON.stringify(read));
    assert.match(read[0].text, /now owns every DNS record/);
    assert.equal(read[0].done, true);
    // The purpose belongs to the item and names what the change serves.
    assert.match(read[0].text, /quicker response to rate limits/);
    assert.equal(read[0].kind, 'response');
  });

  it('takes nothing from the telling of the recovery', () => {
    const text = [
      '# Sign-in failures',
      '',
      '## Resolution',
      '',
      'The provider applied the pending changes at 09:10. Sign-in is now back to normal. This means every session resolves again.',
      '',
      'The cache is now warm. This lets pages load fast again.',
      '',
    ].join('\n');
    assert.deepEqual(items(text), []);
  });
});
