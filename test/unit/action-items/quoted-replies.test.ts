/**
 * Replies quoted inside the author's story ("All we got back was "we're looking into it" from the
 * host") are another party's words: no commitment of the authors, so no item. Every document here
 * is written for the test.
 */
import { strict as assert } from 'node:assert';
import { insideQuote } from '../../../server/src/analysis/model/action-items/quoted';
import { readSentence } from '../../../server/src/analysis/model/action-items/reading';
import { items } from './helpers';

const story = (paragraph: string) =>
  ['# Our game server went dark again', '', '## What happened', '', 'The rented box dropped off the network twice in one week.', '', paragraph, ''].join('\n');

describe('action items: replies quoted in the story', () => {
  it('takes no item from a promise inside a reply the author quotes', () => {
    const text = story(
      'I opened a ticket and waited. The only answer was "we are looking into it" from the support desk. A day later the reply in my ticket read “we will move away from that upstream in a few days. stay tuned”.',
    );
    assert.deepEqual(items(text), []);
  });

  it('still takes the authors’ own promise beside a quote', () => {
    const text = story('Support only said "we are looking into it". We will move the server to another host by the end of the month.');
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['We will move the server to another host by the end of the month.'],
    );
  });

  it('reads a sentence that is all quote, or names a thing in quotes, as usual', () => {
    assert.ok(readSentence('"We will add a second uplink," the team wrote.'));
    assert.ok(readSentence('We will add an alert named "disk almost full".'));
    assert.equal(readSentence('All I got back was "we will fix it soon" from the host.'), null);
    assert.equal(readSentence('Their status page said “we are working on a fix”.'), null);
  });

  it('finds the quote a position falls in, with unbalanced or missing marks', () => {
    const s = 'He said "we will move soon" and left.';
    assert.ok(insideQuote(s, s.indexOf('we will')));
    assert.ok(!insideQuote(s, s.indexOf('and left')));
    assert.ok(insideQuote('The reply was "we will move. later', 16));
    assert.ok(!insideQuote('No quotes here at all', 5));
    assert.ok(!insideQuote('', 0));
    assert.ok(!insideQuote('“”””“', 3));
  });
});
