/**
 * A plan written as sub-headings with a paragraph each, no bullets and no "we will": a sub-heading
 * that names one piece of work is an item and its paragraph is the item's body (owner, due date and
 * done state may be told there); a sub-heading that names a group ("Short term", "Detection", "Q3")
 * stays the group of the items under it. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { namesGroup } from '../../../server/src/analysis/model/action-items/plan-sections';
import { normaliseHeading } from '../../../server/src/analysis/base/normalise';
import { itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';

function read(text: string) {
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.actionItems;
}

const doc = (plan: string, heading = 'Remediation') =>
  `# Search index outage\n\n## Summary\n\nSearch served stale results for two hours.\n\n## ${heading}\n\n${plan}\n`;

describe('action items: a sub-heading of the plan that names the work, over its description', () => {
  it('reads a noun-phrase sub-heading over a paragraph that opens on the work as one item, as a verb-led one is', () => {
    const text = doc(
      [
        '### Standby indexer in a second region',
        '',
        'Keep a warm copy of the indexer in another region, so a lost zone no longer stops indexing. It would need a second queue consumer.',
        '',
        '### Rebuild the stale shards',
        '',
        'Run a full rebuild of the three shards that served stale results.',
      ].join('\n'),
    );
    const items = read(text);
    assert.deepEqual(
      items.map((i) => [i.text, i.shape, i.category, i.done]),
      [
        ['Standby indexer in a second region', 'heading', null, false],
        ['Rebuild the stale shards', 'heading', null, false],
      ],
    );
    // The item runs over its description, to the next heading.
    assert.ok(text.slice(items[0].start, items[0].end).endsWith('a second queue consumer.'));
  });

  it('reads the owner, the due date and the done state from the paragraph under the heading', () => {
    const items = read(
      doc(
        [
          '### Size budget per index shard',
          '',
          'Cap every index shard at forty gigabytes and split the larger ones overnight. Owner: Priya Nair, due 2026-08-01.',
          '',
          '### Quota on bulk imports',
          '',
          'Limit each tenant to one bulk import at a time. This is already in place.',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      items.map((i) => [i.text, i.owner, i.due, i.done]),
      [
        ['Size budget per index shard', 'Priya Nair', '2026-08-01', false],
        ['Quota on bulk imports', null, null, true],
      ],
    );
  });

  it('reads the shape in a section that names the plan together with another part ("Root cause and remediation")', () => {
    const text = doc(
      [
        'The shards grew past what one node can hold.',
        '',
        '### Size budget per index shard',
        '',
        'Cap every index shard at forty gigabytes. This would keep a rebuild under ten minutes.',
      ].join('\n'),
      'Root cause and remediation',
    );
    assert.deepEqual(
      read(text).map((i) => [i.text, i.shape]),
      [['Size budget per index shard', 'heading']],
    );
  });

  it('keeps a sub-heading that names a group as the group of the items beneath it, mixed with item headings', () => {
    const text = doc(
      [
        '### Short term',
        '',
        '- Add a lag alert for the indexer',
        '- Document the replay in the runbook',
        '',
        '### Standby indexer in a second region',
        '',
        'Keep a warm copy of the indexer in another region.',
        '',
        '### Detection',
        '',
        'Page the on-call when indexing falls ten minutes behind.',
        '',
        'Alert when a shard passes thirty gigabytes.',
        '',
        '### Q3',
        '',
        '#### Move the index to the new cluster',
        '',
        'Run both clusters side by side for a week first.',
      ].join('\n'),
    );
    assert.deepEqual(
      read(text).map((i) => [i.text, i.shape, i.category]),
      [
        ['Add a lag alert for the indexer', 'bullet', 'Short term'],
        ['Document the replay in the runbook', 'bullet', 'Short term'],
        ['Standby indexer in a second region', 'heading', null],
        ['Page the on-call when indexing falls ten minutes behind.', 'sentence', 'Detection'],
        ['Alert when a shard passes thirty gigabytes.', 'sentence', 'Detection'],
        ['Move the index to the new cluster', 'heading', null],
      ],
    );
  });

  it('a heading over two paragraphs that each open on work groups them: two items, not one', () => {
    const text = doc(['### Index capacity work', '', 'Cap every index shard at forty gigabytes.', '', 'Split the larger shards overnight.'].join('\n'));
    assert.deepEqual(
      read(text).map((i) => [i.text, i.shape]),
      [
        ['Cap every index shard at forty gigabytes.', 'sentence'],
        ['Split the larger shards overnight.', 'sentence'],
      ],
    );
  });

  it('is not read under a timeline or a root cause, for a question, a thing described, or a heading with sub-headings', () => {
    const timeline = [
      '# Search index outage',
      '',
      '## Timeline',
      '',
      '### Early morning recovery',
      '',
      'Restart the indexer, said the first message in the channel.',
      '',
      '## Root cause',
      '',
      '### Shard growth on the primary',
      '',
      'Split the larger shards, the runbook said, but nobody did.',
      '',
      '## Action items',
      '',
      '- Add a lag alert',
      '',
    ].join('\n');
    assert.deepEqual(
      read(timeline).map((i) => i.text),
      ['Add a lag alert'],
    );
    const plan = doc(
      [
        '### Why did the shards grow so large?',
        '',
        'Nobody split them after the import.',
        '',
        '### The old import job',
        '',
        'It still runs every night and nobody owns it.',
        '',
        '### Index capacity',
        '',
        'Monitor the growth of every shard.',
        '',
        '#### Cap the primary shard',
        '',
        'Forty gigabytes at most.',
      ].join('\n'),
    );
    assert.deepEqual(
      read(plan).map((i) => [i.text, i.shape]),
      [
        ['Monitor the growth of every shard.', 'sentence'],
        ['Cap the primary shard', 'heading'],
      ],
    );
  });

  it('reads a verb-led sub-heading over sub-headings of its own as their group, not one more item', () => {
    const items = read(
      doc(
        [
          '### Build a restore tool for the index',
          '',
          'It has two halves, written one after the other.',
          '',
          '#### Dumping the shards',
          '',
          'The first half copies each shard to cold storage every night.',
          '',
          '#### Loading a dump',
          '',
          'The second half loads a dump into an empty cluster.',
          '',
          '### Rotate the indexer credentials',
          '',
          'Replace the shared key with one per region.',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      items.map((i) => i.text),
      ['Rotate the indexer credentials'],
    );
    // A verb-led sub-heading over a deeper sub-heading that is itself a piece of work: the deeper one is the item.
    assert.deepEqual(
      read(doc(['### Harden the indexer', '', '#### Add a lag alert on the queue', '', 'Page when the lag passes ten minutes.'].join('\n'))).map((i) => i.text),
      ['Add a lag alert on the queue'],
    );
  });

  it('reads the kind of such an item from its description when its heading names none', () => {
    const text = doc(['### Lag budget for the indexer', '', 'Add an alert when indexing falls ten minutes behind.'].join('\n'));
    const analysed = analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings());
    assert.deepEqual(
      analysed.model.actionItems.map((i) => i.text),
      ['Lag budget for the indexer'],
    );
    assert.equal(itemKindsOf(analysed)[0].kind, 'detection');
  });

  it('tells group names from names of work', () => {
    for (const group of [
      'Short term',
      'Long-term',
      'Q3 2026',
      'Detection and alerting',
      'P1',
      'In progress',
      'Phase 2',
      'Platform team',
      'Other items',
      'Next quarter',
    ])
      assert.ok(namesGroup(normaliseHeading(group)), group);
    for (const work of ['Standby indexer in a second region', 'Size budget per index shard', 'User-chosen restore point'])
      assert.ok(!namesGroup(normaliseHeading(work)), work);
  });

  it('survives ugly input: an empty heading, a heading alone at the end, a heading of only marks', () => {
    for (const plan of ['### \n\nAdd a lag alert.', '### Standby indexer in a second region', '### ***\n\nKeep a warm copy of the indexer.', '###    \n\n'])
      assert.doesNotThrow(() => read(doc(plan)));
    assert.deepEqual(
      read(doc('### Standby indexer in a second region')).map((i) => i.text),
      [],
    );
  });
});
