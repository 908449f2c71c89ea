/**
 * The telling of the response: bullets that say who was doing what ("Ana and Raj were answering
 * the support mail") under a line that happens to say "action", a decision to wait and watch, and
 * a future inside an "If … then …" sentence. None of them is follow-up work. Every document here
 * is written for the test.
 */
import { strict as assert } from 'node:assert';
import { narratesResponse, tellsWhoWasDoing } from '../../../server/src/analysis/model/action-items/narration';
import { readSentence } from '../../../server/src/analysis/model/action-items/reading';
import type { List } from 'mdast';
import { itemTexts as texts } from './helpers';

function list(...entries: string[]): List {
  return {
    type: 'list',
    children: entries.map((value) => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] })),
  };
}

describe('action items: the response told, not planned', () => {
  it('takes no items from bullets that say who was doing what, under a line that says "action"', () => {
    const text = [
      '# Sign-up flood',
      '',
      '## What happened',
      '',
      'The queue of new accounts grew for hours.',
      '',
      'Everyone sprang into action and we split the work:',
      '* Ana, Bo and Cy were answering the support mail as fast as they could.',
      '* Dee and I were watching the database graphs and talking to our host.',
      '* Dee and I were also approving accounts whenever we had a minute.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('still reads a list of owned tasks under such a line', () => {
    const text = [
      '# Sign-up flood',
      '',
      '## What happened',
      '',
      'The queue of new accounts grew for hours.',
      '',
      'Follow-up actions:',
      '* Ana will add a queue-age alert.',
      '* Dee will write the scaling runbook.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Ana will add a queue-age alert.', 'Dee will write the scaling runbook.']);
  });

  it('tells narration from a plan, bullet by bullet', () => {
    assert.ok(tellsWhoWasDoing('Priya and Tom were restarting the web nodes one by one.'));
    assert.ok(tellsWhoWasDoing('I was keeping an eye on the queue.'));
    assert.ok(!tellsWhoWasDoing('Priya will restart the web nodes one by one.'));
    assert.ok(!tellsWhoWasDoing('Restart the web nodes one by one.'));
    assert.ok(narratesResponse(list('Ana was paging the vendor.', 'Bo and I were draining the queue.', 'Add an alert.')));
    assert.ok(!narratesResponse(list('Ana was paging the vendor.', 'Add an alert.', 'Write a runbook.')));
  });

  it('reads no promise in a decision to wait and watch, or in the consequence of "If … then"', () => {
    assert.equal(readSentence('We decided to monitor the error rate for half an hour before touching anything.'), null);
    assert.equal(readSentence('We decided to keep an eye on the replicas overnight.'), null);
    assert.equal(readSentence('If the workers fall behind then the broker keeps a backlog that Relay will drain later.'), null);
    assert.equal(readSentence('We decided to move the DNS zone to a second provider.')?.kind, 'future');
    assert.equal(readSentence('If the workers fall behind, we will add more of them.'), null);
  });
});
