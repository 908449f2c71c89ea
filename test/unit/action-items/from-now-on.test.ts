/**
 * Beside the plan's list, under a heading of the authors' own words, a firm promise is read when
 * it is told as the remedy ("To fix this, we'll …") or when it says it holds from now on ("we will
 * leave names out in future cases", "going forward, we'll ask first"): work the list may not
 * hold. Other promises there are part of the discussion. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';
import { itemTexts as texts } from './helpers';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

function doc(paragraph: string): string {
  return [
    '# Queue outage',
    '',
    '## Sharing our notes',
    '',
    'We kept a public document of the response while it lasted.',
    '',
    paragraph,
    '',
    '## Follow-up',
    '',
    '- Add an alert on queue depth',
    '- Move the queue to its own disk',
    '',
  ].join('\n');
}

describe('action items: a promise that holds from now on, beside the list', () => {
  it('reads it under a heading of the authors’ own words', () => {
    assert.deepEqual(
      texts(doc('The notes named the on-call engineer, with her consent; we will leave names out in future cases so nobody feels pressed to agree.')),
      [
        'The notes named the on-call engineer, with her consent; we will leave names out in future cases so nobody feels pressed to agree.',
        'Add an alert on queue depth',
        'Move the queue to its own disk',
      ],
    );
    assert.equal(texts(doc('Going forward, we’ll ask every responder before a notes page goes public.')).length, 3);
  });

  it('leaves other promises of that discussion alone', () => {
    assert.deepEqual(texts(doc('We will keep the notes page up for a month.')), ['Add an alert on queue depth', 'Move the queue to its own disk']);
  });

  it('reads what the published account says of the people in it as communication', () => {
    assert.equal(kind('We will leave names out in future cases so nobody feels pressed to see theirs published.'), 'communication');
    assert.equal(kind('Anonymise the responders’ names in every public write-up.'), 'communication');
    assert.equal(kind('Remove customer names from the debug logs.'), 'prevention');
    assert.equal(kind('Strip user names out of the alert e-mails.'), 'prevention');
  });
});
