/**
 * A section that tells what went well praises the people and tools of the response: its entries
 * and prose are no work, however a sentence there sounds ("a real will to help"). Every document
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { tellsWhatWentWell } from '../../../server/src/analysis/model/action-items/went-well';
import { items } from './helpers';

function doc(parts: string[], eol = '\n'): string {
  const text = ['# Post-mortem: queue stall', '', '## Summary', '', 'The billing queue stalled for an hour on 4 March.', '', ...parts, ''].join('\n');
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

const PLAN = ['## Action items', '', '- Add an alert on queue depth', '- Document the restart of the consumer', ''];

describe('action items: what went well', () => {
  it('reads the headings that name only what went well', () => {
    for (const h of [
      'What went well',
      'What Went Right',
      'Things that went well',
      'What worked',
      'What Worked Well ✅',
      'What worked (quick wins)',
      'What went well & where we got lucky',
      'The good',
    ])
      assert.equal(tellsWhatWentWell(h), true, h);
    for (const h of [
      'What went well and what did not',
      'What went wrong',
      'What worked and what to improve',
      'Lessons: what went well',
      'What went well, next steps',
      'Actions',
      'Things that worked against us',
      '',
    ])
      assert.equal(tellsWhatWentWell(h), false, h);
  });

  it('takes no item from praise beside a plan', () => {
    const text = doc([
      '## What went well',
      '',
      '- Good teamwork between the payments and the platform teams',
      '- Strong will to learn and a good attitude in the support team',
      '- The runbook will need no change: it held up',
      '',
      ...PLAN,
    ]);
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Add an alert on queue depth', 'Document the restart of the consumer'],
    );
  });

  it('takes no item from praise in a document with no plan', () => {
    const text = doc([
      '## Cause',
      '',
      'A consumer crashed on a malformed message. We will add a dead-letter queue for such messages.',
      '',
      '## What went right',
      '',
      'Great will to help from everyone on the bridge. We will keep the rollback script as it is: it worked.',
      '',
    ]);
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['We will add a dead-letter queue for such messages.'],
    );
  });

  it('still reads work under a heading that names what went wrong as well', () => {
    const text = doc(['## What went well and what did not', '', 'The alert fired late. We will add an alert on queue depth.', '']);
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['We will add an alert on queue depth.'],
    );
  });

  it('keeps the plan after an empty or odd section, with CRLF', () => {
    const text = doc(['## What went well', '', '## What worked', '', '-', '- **', '', ...PLAN], '\r\n');
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Add an alert on queue depth', 'Document the restart of the consumer'],
    );
  });

  it('ends with the document when the section is last', () => {
    const text = doc([...PLAN, '## What went well', '', '- Great will to help from Team Kestrel']);
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Add an alert on queue depth', 'Document the restart of the consumer'],
    );
  });
});
