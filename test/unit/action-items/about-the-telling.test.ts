/**
 * The authors announcing how the write-up itself goes: what a part of it will tell, how its
 * analysis is cut up, or the method it follows. Their future is about the document, not the
 * system: no item. The same verbs with work as their object ("We'll split the queue into two
 * shards", "we will use a canary stage for every release") stay items. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

describe('action items: the authors announcing the write-up', () => {
  it('reads what a part of the write-up will tell, its cut and its method', () => {
    for (const s of [
      'In this post we will go through the night hour by hour.',
      'Throughout this document, I’ll describe the cluster as it stood before the change.',
      'On this page, we will list every disruption of the hosted plan.',
      'Below, we are going to summarise what the customers saw.',
      'We’ll split the outage into three parts: the slowdown, the failover and the clean-up.',
      'I’ll break down the different phases of the response.',
      'To get at the underlying causes we will apply an exercise known as the fishbone diagram.',
      'We will use the five whys to trace the failure back.',
    ])
      assert.ok(promisesStatusOnly(s), s);
  });

  it('keeps work on the system told with the same verbs', () => {
    for (const s of [
      'We’ll split the job queue into two shards.',
      'We will use a canary stage for every release.',
      'We will review how the two chat rooms share the announcements.',
      'We will look at adding a pool in front of the database.',
      'This quarter we will describe every alert in the runbook.',
      'We will break up the monolith into three services.',
    ])
      assert.ok(!promisesStatusOnly(s), s);
  });

  it('takes no item from the announcement and still reads the plan', () => {
    const text = [
      '# Search index lost',
      '',
      'The search index was dropped during a resize. In this write-up we will look at how the resize went wrong.',
      '',
      '## Root cause',
      '',
      'We’ll break the incident into two problems: the drop itself, and the slow rebuild.',
      '',
      '## Follow-up',
      '',
      'We will break up the indexer into a writer and a reader.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We will break up the indexer into a writer and a reader.']);
  });
});
