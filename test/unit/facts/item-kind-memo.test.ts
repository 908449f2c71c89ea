/**
 * The kinds read from items' words are kept by the words (a check reads every item's kind, and an
 * edit leaves almost all of them as they were): what is handed out must stay a copy, and an item
 * whose words change must be read again. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { classifyItem, itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import { IncrementalParser } from '../../../server/src/analysis/parse/incremental';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

const PATH = 'postmortems/2026-06-01-queue.md';

function document(items: string[]): string {
  return ['# Queue outage', '', '## Summary', '', 'The queue stalled for an hour.', '', '## Action items', '', ...items, ''].join('\n');
}

describe('facts: kinds of action items kept by their words', () => {
  it('hands out a copy: a change made to one reading does not reach the next', () => {
    const words = 'Page the on-call engineer when the queue depth passes a limit';
    const first = classifyItem({ text: words, category: null });
    const evidence = [...first.evidence];
    first.evidence.push('changed by the caller');
    first.kind = 'communication';
    const second = classifyItem({ text: words, category: null });
    assert.notEqual(second, first);
    assert.deepEqual(second.evidence, evidence);
    assert.notEqual(second.kind, 'communication');
  });

  it('reads an item again when an edit changes its words, and keeps the others', () => {
    const settings = defaultSettings();
    const parser = new IncrementalParser(0);
    const before = document(['- Cap the retries of the queue client', '', '- Draft a notice for customers about delays']);
    const after = document(['- Alert on the queue depth when it grows', '', '- Draft a notice for customers about delays']);
    const kinds = (text: string) => itemKindsOf(analyzeDocument(text, PATH, settings, (t) => parser.parse(t))).map((k) => k.kind);
    const fresh = (text: string) => itemKindsOf(analyzeDocument(text, PATH, settings)).map((k) => k.kind);
    assert.deepEqual(kinds(before), fresh(before));
    assert.deepEqual(kinds(after), fresh(after));
    assert.notDeepEqual(fresh(before), fresh(after));
    // And back: the first words' reading is still theirs.
    assert.deepEqual(kinds(before), fresh(before));
  });

  it('reads ugly words alike each time (empty, markup only, very long)', () => {
    for (const text of ['', '   ', '**', '`x`', 'monitor '.repeat(2000)]) {
      const a = classifyItem({ text, category: null });
      const b = classifyItem({ text, category: null });
      assert.deepEqual(a, b);
      assert.notEqual(a, b);
    }
  });
});
