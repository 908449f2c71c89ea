/**
 * The authors' progressive inside a relative clause with no "that": "the shard we are working on
 * failed", "the flag I'm looking for." The clause picks out the thing the sentence is about; its
 * preposition is left without an object, and no work is promised. The same verbs with their object
 * ("we are working on a rewrite") stay work under way. The authors' "I'm going to" and "we're going
 * to" say what "I am going to" says: walking the readers through the story is no work either.
 * Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { readSentence, promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { assertLinear } from '../../support/growth';
import { itemTexts } from './helpers';

describe('action items: a progressive that only picks out a thing', () => {
  it('reads no work in a relative clause whose preposition has no object', () => {
    for (const s of [
      'Two of the shards we are working on lost their last hour of writes.',
      'I already know that the second field holds the offset of the record I am looking for.',
      'The parser reads every block, and `read_block` is the function I’m looking for.',
      'Most of the tenants we are talking to were on the old plan.',
      'The mirror we are copying from was stale.',
    ])
      assert.equal(readSentence(s), null, s);
  });

  it('still reads the same verbs when they carry their object, or when the thing is the work', () => {
    for (const s of [
      'We are working on a rewrite of the importer.',
      'We are working on it.',
      'At the moment we are working on a second replica.',
      'This time we are adding a canary stage.',
      'This is something we are working on.',
      'The fix we are working on will ship next week.',
      'Better paging is one of the changes we are working on.',
    ])
      assert.equal(readSentence(s)?.kind, 'progress', s);
  });

  it('takes no item from the story and keeps the plan', () => {
    const text = [
      '# Lost writes',
      '',
      '## What happened',
      '',
      'The primary went read-only at noon. Two of the shards we are working on lost their last hour of writes.',
      '',
      '## Follow-up',
      '',
      'We are working on a second replica in another zone.',
      '',
    ].join('\n');
    assert.deepEqual(itemTexts(text), ['We are working on a second replica in another zone.']);
  });

  it('reads the contracted future of the authors as their plain one, when it walks the readers through', () => {
    assert.ok(promisesStatusOnly('In this write-up, I’m going to show you how the cache came back.'));
    assert.ok(promisesStatusOnly("We're going to walk you through the night."));
    assert.ok(promisesStatusOnly("In this post we're going to go through the timeline."));
    assert.ok(!promisesStatusOnly("We're going to add a second alert on the queue depth."));
    assert.ok(!promisesStatusOnly("I'm going to take the on-call rota through the new runbook."));
  });

  it('names no party from a phrase that opens on a capital word and "to" a noun', () => {
    for (const s of [
      'Contrary to the old export (`dump/*.csv`), the new archive is split by day.',
      'Compared to my first draft, the retry loop is much shorter.',
      'Contrary to what we assumed, the disk had room to spare.',
    ])
      assert.equal(readSentence(s), null, s);
    assert.equal(readSentence('Priya to babysit the migration tonight.')?.kind, 'future');
    assert.equal(readSentence('Sam to send the report (see #12), then close it.')?.kind, 'future');
  });

  it('reads long runs of ugly words in linear time', () => {
    assertLinear(
      'phrase before a clause',
      (n) => 'Contrary to ' + '(x) y '.repeat(n) + '((( '.repeat(n) + ', the file.',
      (text) => readSentence(text),
    );

    assertLinear(
      'relative progressive',
      (n) => 'the shard we are working on '.repeat(n) + 'the the the '.repeat(n) + 'I am looking for.',
      (text) => readSentence(text),
    );
  });
});
