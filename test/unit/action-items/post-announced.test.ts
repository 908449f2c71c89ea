/**
 * The sentence that opens a post by announcing what it tells ("Here's what happened, and what
 * we're doing so it does not happen again.", "This post explains what broke and how we are fixing
 * it.") points at the rest of the post: it is no item, whatever verb of work it holds. A sentence
 * that names the work itself ("Here is the fix we will ship on Monday") is read as usual, and so is
 * one whose promise comes after a colon. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { items as readItems } from './helpers';

describe('action items: a sentence that announces the post', () => {
  it('is no item', () => {
    for (const s of [
      "Here's what broke, and how we're changing things so it won't recur.",
      'Here is what went wrong and what we are changing so that it does not recur.',
      'This post explains what broke on Monday and how we are fixing it.',
      'Below is a summary of why the queue stalled and what we are doing about it.',
      'In this post we describe what failed and how we plan to prevent a repeat.',
    ])
      assert.ok(promisesStatusOnly(s), s);
    const text = [
      'On Monday the upload service was down for two hours. Here is what went wrong and what we are changing so that it does not recur.',
      '',
      'A disk filled up on the only upload node.',
      '',
    ].join('\n');
    assert.deepEqual(
      readItems(text).map((i) => i.text),
      [],
    );
  });

  it('leaves sentences that name the work', () => {
    for (const s of [
      'Here is the fix we will ship on Monday.',
      'Here is how we will prevent this: we will add a second upload node.',
      'We will explain to every customer how the refund works.',
    ])
      assert.ok(!promisesStatusOnly(s), s);
  });
});
