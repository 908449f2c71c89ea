/**
 * Sentences that forecast when a service comes back ("Uploads will resume on Monday") read like a
 * named owner's promise and are not work. Every document here is written for the test; look-alikes
 * where a named party will take work up again stay items.
 */
import { strict as assert } from 'node:assert';
import { items as readItems } from './helpers';

function texts(text: string): string[] {
  return readItems(text).map((i) => i.text);
}

describe('action items: a forecast of a service coming back', () => {
  it('takes no item from a notice that says when the service will be back', () => {
    const text = [
      '# Photo uploads unavailable',
      '',
      '## 12 June (ID: `UPLOADS_DOWN_2`)',
      '',
      '**NOTICE:** uploads are off while the storage provider moves our bucket. Uploads will resume on 14 June, give or take a few hours.',
      '',
      '## 3 June',
      '',
      'Search was slow for most of the morning. Search will return to normal operations within the hour. Thumbnails will come back online shortly.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('keeps a named party that will take work up again, in prose and in the plan', () => {
    const text = [
      '# Photo uploads unavailable',
      '',
      'Uploads failed for two hours. Uploads will resume tomorrow morning.',
      '',
      '## Follow-up',
      '',
      'Storage Ops will resume the bucket migration next week.',
      '',
      '- Support to return the duplicate charges by Friday',
      '- Dana will recover the lost thumbnails from the backup',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), [
      'Storage Ops will resume the bucket migration next week.',
      'Support to return the duplicate charges by Friday',
      'Dana will recover the lost thumbnails from the backup',
    ]);
  });
});
