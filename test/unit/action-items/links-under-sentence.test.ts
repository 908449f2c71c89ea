/**
 * One to three entries that are each only a link, under a sentence that ends on a colon and tells
 * no work ("For example:", "More on this at:"): the links finish that sentence, as what to read or
 * the tickets of work told before it, not items of their own. Every document here is written for
 * the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts as texts } from './helpers';

const doc = (heading: string, ...blocks: string[]) =>
  ['# Queue stall on the billing cluster', '', `## ${heading}`, '', ...blocks.flatMap((b) => [b, ''])].join('\n');

describe('action items: a few links that finish a sentence', () => {
  it('takes past incidents given as examples for pointers, not work', () => {
    const text = doc(
      'Cluster layout',
      'The billing queue runs on one broker, which has hurt us before. For example:',
      '- [Broker ran out of file handles in March](https://git.example.com/ops/infra/issues/41)',
      '- [Consumers stuck behind one slow partition](https://git.example.com/ops/infra/issues/57)',
      '- [Lag spikes](https://git.example.com/ops/infra/issues/63)',
    );
    assert.deepEqual(texts(text), []);
  });

  it('keeps the work a paragraph tells, not the tickets it points to after it', () => {
    const text = doc(
      'Follow-up work',
      'We are going to add a second broker and spread the partitions over both. The details are tracked in:',
      '- [Second broker for billing (#88)](https://git.example.com/ops/infra/issues/88)',
      '- [Partition spreading (!12)](https://git.example.com/ops/infra/merge_requests/12)',
    );
    const items = texts(text);
    assert.equal(items.length, 1);
    assert.match(items[0], /second broker/);
  });

  it('leaves longer lists of links, labels and work captions as they were', () => {
    const many = doc(
      'Follow-up work',
      'The work is split across the following issues:',
      ...[1, 2, 3, 4].map((n) => `- [Harden broker ${n}](https://git.example.com/ops/infra/issues/${n})`),
    );
    assert.equal(texts(many).length, 4);
    const label = doc('Follow-up work', 'Tracking issues:', '- https://git.example.com/ops/infra/issues/7', '- https://git.example.com/ops/infra/issues/8');
    assert.equal(texts(label).length, 2);
    const work = doc('Follow-up work', 'We will rebuild the queue alerts:', '- [Alert on consumer lag](https://git.example.com/ops/infra/issues/9)');
    assert.deepEqual(texts(work), ['Alert on consumer lag']);
    const tasks = doc(
      'Follow-up work',
      'We are reworking the broker setup. That work is split into these tickets:',
      '- [Add a second broker (#88)](https://git.example.com/ops/infra/issues/88)',
      '- [Alert on consumer lag (#89)](https://git.example.com/ops/infra/issues/89)',
    );
    assert.deepEqual(texts(tasks), ['Add a second broker (#88)', 'Alert on consumer lag (#89)']);
  });

  it('reads ugly input without failing', () => {
    assert.doesNotThrow(() => texts(doc('Follow-up work', 'one two three four five:', '- []()', '- [](x)', '- <>')));
    assert.doesNotThrow(() => texts(doc('Follow-up work', 'word '.repeat(5000) + ':', '- [a](b)')));
  });
});
