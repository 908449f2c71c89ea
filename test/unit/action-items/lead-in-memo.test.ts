/**
 * The lead-in checks the reader makes of every list and of the paragraph before it (a list led by
 * status words, a lead-in that recounts steps taken) are kept per node: asked again, in either
 * order of their flags, they answer as read the first time, and a node re-parsed after an edit is
 * read afresh.
 */
import { strict as assert } from 'node:assert';
import type { Paragraph } from 'mdast';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { recountsSteps, statusLedList } from '../../../server/src/analysis/model/action-items/lead-ins';
import { IncrementalParser } from '../../../server/src/analysis/parse/incremental';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { firstList } from './helpers';

function firstParagraph(md: string): Paragraph {
  const paragraph = parseMarkdown(md).children.find((c) => c.type === 'paragraph');
  assert.ok(paragraph && paragraph.type === 'paragraph');
  return paragraph;
}

describe('lead-in checks kept per node', () => {
  it('answers a list led by status words the same, asked again with either flag', () => {
    const ahead = firstList('- Planned: move the queue to its own disk\n- Pending: page on a stalled consumer\n');
    assert.equal(statusLedList(ahead, true), true);
    assert.equal(statusLedList(ahead, false), true);
    assert.equal(statusLedList(ahead, true), true);
    // Work told done only: a list of the record, in the telling of the incident, but led by status words elsewhere.
    const done = firstList('- Fixed: the queue has its own disk\n- Shipped: the consumer alert\n');
    assert.equal(statusLedList(done, false), true);
    assert.equal(statusLedList(done, true), false);
    assert.equal(statusLedList(done, false), true);
    const plain = firstList('- The queue filled\n- Done\n- Planned\n');
    assert.equal(statusLedList(plain), false);
    assert.equal(statusLedList(plain, true), false);
    // One entry whose word places the work ahead.
    const one = firstList('- To do: split the consumers\n');
    assert.equal(statusLedList(one, true), true);
    assert.equal(statusLedList(one), true);
  });

  it('answers a lead-in that recounts steps the same, asked again, and each paragraph for itself', () => {
    const steps = firstParagraph('To get the writes flowing again, we then did the following:\n');
    const plan = firstParagraph('Here is what we will change:\n');
    for (let i = 0; i < 2; i++) {
      assert.equal(recountsSteps(steps), true);
      assert.equal(recountsSteps(plan), false);
    }
    assert.equal(recountsSteps(undefined), false);
    assert.equal(recountsSteps(firstList('- a\n- b\n')), false);
  });

  it('reads the items of an edited lead-in and list as a fresh parse does', () => {
    const doc = (lead: string, word: string) =>
      [
        '# Post-mortem: Queue stall',
        '',
        '## Summary',
        '',
        'The consumers stalled for an hour when the broker disk filled up.',
        '',
        '## What happened',
        '',
        lead,
        '',
        '- Restart the consumers one by one',
        '- Drain the dead-letter queue',
        '',
        '## Later on',
        '',
        `- ${word}: give the broker its own disk`,
        `- ${word}: alert when the disk passes eighty percent`,
        '',
      ].join('\n');
    const versions = [
      doc('To get things moving, we then did the following:', 'Planned'),
      doc('To keep it from coming back, we will:', 'Planned'),
      doc('To keep it from coming back, we will:', 'Fixed'),
      doc('To get things moving, we then did the following:', 'Fixed'),
    ];
    const settings = defaultSettings();
    const parser = new IncrementalParser(0);
    const texts = (text: string, reuse?: (t: string) => ReturnType<typeof parseMarkdown>) =>
      analyzeDocument(text, 'postmortems/queue-stall.md', settings, reuse).model.actionItems.map((i) => `${i.text}|${i.done}`);
    for (const version of versions)
      assert.deepEqual(
        texts(version, (t) => parser.parse(t)),
        texts(version),
      );
  });
});
