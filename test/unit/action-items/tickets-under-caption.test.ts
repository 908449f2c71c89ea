/**
 * A paragraph of the plan that tells work and ends on a colon over a list of bare addresses: the
 * addresses are the tickets of that work, the paragraph's sentence is the item. Every document
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts as texts } from './helpers';

const plan = (...blocks: string[]) => ['# Upload errors after the storage switch', '', '## Next steps', '', ...blocks.flatMap((b) => [b, ''])].join('\n');

describe('action items: bare ticket addresses under the work they track', () => {
  it('takes the work the caption tells, not the address under it', () => {
    const text = plan(
      'The hotfix turned the old provider back on, but its bucket was only meant for testing. The stored uploads should be copied to a bucket meant for production:',
      '- https://git.example.com/acme/uploads/issues/77',
    );
    const items = texts(text);
    assert.equal(items.length, 1);
    assert.match(items[0], /^The stored uploads should be copied to a bucket meant for production/);
  });

  it('leaves the addresses items when the caption names no work', () => {
    const text = plan('Tracking issues:', '- https://git.example.com/acme/uploads/issues/77', '- https://git.example.com/acme/uploads/issues/78');
    assert.equal(texts(text).length, 2);
  });

  it('leaves titled links and longer lists of addresses as they were', () => {
    const titled = plan(
      'We will move the uploads to a production bucket:',
      '- [Copy uploads to the production bucket](https://git.example.com/acme/uploads/issues/77)',
    );
    assert.deepEqual(texts(titled), ['Copy uploads to the production bucket']);
    const many = plan('We should close these gaps:', ...[1, 2, 3, 4].map((n) => `- https://git.example.com/acme/uploads/issues/${n}`));
    assert.equal(texts(many).length, 4);
  });

  it('reads ugly input without failing', () => {
    assert.doesNotThrow(() => texts(plan(':', '- https://', '- <https://x>')));
    assert.doesNotThrow(() => texts(plan('We should ' + 'move '.repeat(3000) + ':', '- https://example.com/1')));
  });
});
