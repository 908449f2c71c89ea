/**
 * Two shapes of a plan's prose around its list: a legend of the labels the plan sorts its work by
 * ("- P0 - Critical for the next release", "- Detect - Find out sooner"), which is no work, and a
 * lead-in that counts the changes made ("We made three changes:"), whose list is work done. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import type { List } from 'mdast';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { legendList } from '../../../server/src/analysis/model/action-items/lists';

function read(body: string[]): { text: string; done: boolean }[] {
  const text = ['# Lost writes', '', '## Summary', '', 'Some writes were lost.', '', '## Action items', '', ...body, ''].join('\n');
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

function list(markdown: string): List {
  return parseMarkdown(markdown).children[0] as List;
}

describe('action items: the legend of a plan, and changes counted as made', () => {
  it('takes no items from the definitions of the kinds and priorities the plan uses', () => {
    const items = read([
      'Each item has one of three kinds:',
      '',
      '- Prevent - Keep the same fault from shipping again.',
      '- Detect - Find out sooner when writes go missing.',
      '- Mitigate - Shorten the time users need to recover.',
      '',
      'And a priority:',
      '',
      '- P0 - Needed before the next release.',
      '- P1 - Needed this quarter.',
      '',
      '| Action item | Kind | Priority |',
      '| --- | --- | --- |',
      '| Add a check that compares replicas after each test run | Detect | P0 |',
    ]);
    assert.deepEqual(
      items.map((i) => i.text),
      ['Add a check that compares replicas after each test run'],
    );
  });

  it('tells a legend from a list of work that opens on the same words', () => {
    assert.ok(legendList(list('- P0 - Needed before the next release.\n- P2: Nice to have.\n'), []));
    assert.ok(legendList(list('- **Detection** – finding out sooner\n- **Response** – acting faster\n'), []));
    assert.ok(!legendList(list('- Detect stale replicas within a minute.\n- Prevent writes to a read-only node.\n'), []));
    assert.ok(!legendList(list('- P0 - Needed before the next release.\n'), []));
  });

  it('reads the list after "We made three changes:" as done', () => {
    const items = read([
      'The old records were deleted every night. We made three changes:',
      '',
      '1. **Old rows are copied to an archive first.** The job keeps what it deletes.',
      '2. **A weekly comparison** of the archive with the live table.',
      '3. **Names in the access log.** Each line ends with the account.',
    ]);
    assert.deepEqual(
      items.map((i) => i.done),
      [true, true, true],
    );
    assert.deepEqual(
      read(['We will make three changes:', '', '1. Archive records before deletion.', '2. Compare the archive with the live table.']).map((i) => i.done),
      [false, false],
    );
  });
});
