/**
 * The caption of a list of parts: a paragraph whose last words hand its work to the list right
 * after it ("… split over the tickets below:", "we will go through these steps") sums the work up;
 * the list's entries are the items, not the paragraph's own promise. A paragraph whose list only
 * gives details of its one piece of work ("Specifically:", "the following hosts:") is still an item.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { captionsListOfParts } from '../../../server/src/analysis/model/action-items/prose';
import { itemTexts as texts } from './helpers';

const LIST = '\n\n- Add a thing\n';

describe('action items: captions of a list of parts', () => {
  it('reads the end of a paragraph that hands its work to the list after it', () => {
    for (const raw of [
      'We are reworking how replicas are rebuilt. That work is divided into the following tickets:',
      'To cut the restore time we still need to script the whole failover. For this we will go through the steps',
      'We have planned a few changes, each tracked on its own:\n\nWe will ship the following improvements, each with its own owner:',
      'Our dashboards need an overhaul; the tasks below:',
    ])
      assert.ok(captionsListOfParts(raw, LIST), raw);
  });

  it('leaves a paragraph whose list gives details, or that closes before it, or that no list follows', () => {
    assert.ok(!captionsListOfParts('We will move the relays to the new release this autumn. Specifically:', LIST));
    assert.ok(!captionsListOfParts('We will add a disk alert. The following hosts need it first:', LIST));
    assert.ok(!captionsListOfParts('We will fix the remaining issues.', LIST));
    assert.ok(!captionsListOfParts('We are reworking replicas. That work is divided into the following tickets:', '\n\nThe tickets are private.\n'));
  });

  it('takes the list’s entries and not the caption’s promise', () => {
    const text = [
      '# Replica lag',
      '',
      '## Follow-up',
      '',
      'We are reworking how replicas are rebuilt after a failover. That work is divided into the following tickets:',
      '',
      '1. [Script the replica rebuild (#210)](https://git.example.org/ops/issues/210)',
      '2. [Alert on replication lag over a minute (#211)](https://git.example.org/ops/issues/211)',
      '',
      'We will move the relays to the new release this autumn. Specifically:',
      '',
      '- the relay in the second region goes first',
      '- the rest follow a week later',
      '',
    ].join('\n');
    const got = texts(text);
    assert.deepEqual(got.slice(0, 3), [
      'Script the replica rebuild (#210)',
      'Alert on replication lag over a minute (#211)',
      'We will move the relays to the new release this autumn.',
    ]);
    assert.ok(!got.some((t) => /reworking/.test(t)));
  });
});
