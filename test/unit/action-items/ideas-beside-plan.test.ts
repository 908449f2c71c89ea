/**
 * A document that keeps a committed plan ("## Actions") beside a list of ideas ("## What we might
 * try", "## Suggestions", "## Options considered"): only the committed list is the plan. A list of
 * ideas with no committed plan beside it is read as usual. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function texts(text: string): string[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => i.text);
}

const story = ['# Search index went stale', '', '## Summary', '', 'The nightly reindex stopped for two days and nobody noticed.', ''];

describe('action items: ideas beside the committed plan', () => {
  it('reads only the committed list when a question heading offers what could be done', () => {
    const text = [
      ...story,
      '## Possible improvements',
      '',
      '### What could we change so it cannot stall again?',
      '',
      '- a second reindex worker',
      '- split the job per shard',
      '',
      '## Actions',
      '',
      '- Add an alert on index age (Ravi)',
      '- Write a runbook for a stalled reindex (Mei)',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on index age (Ravi)', 'Write a runbook for a stalled reindex (Mei)']);
  });

  it('keeps a plan whose heading names a deadline or a risk with words of possibility', () => {
    for (const heading of ['Fixes to ship as soon as possible', 'Preventing potential recurrence']) {
      const text = [
        ...story,
        '## Follow-up actions',
        '',
        '- [ ] Page the search on-call when the index is older than six hours',
        '',
        `## ${heading}`,
        '',
        '- [ ] Run the reindex per shard (Ines, due 2026-07-01)',
        '',
      ].join('\n');
      assert.deepEqual(
        texts(text),
        ['Page the search on-call when the index is older than six hours', 'Run the reindex per shard (Ines, due 2026-07-01)'],
        heading,
      );
    }
  });

  it('leaves suggestions, options and things we might try unread beside the plan', () => {
    for (const heading of ['Suggestions from the review', 'Options considered', 'Things we might try later', 'Ideas']) {
      const text = [
        ...story,
        '## Follow-up actions',
        '',
        '- [ ] Page the search on-call when the index is older than six hours',
        '',
        `## ${heading}`,
        '',
        '- Move the index to a managed service',
        '- Rebuild the index from the event log',
        '',
      ].join('\n');
      assert.deepEqual(texts(text), ['Page the search on-call when the index is older than six hours'], heading);
    }
  });

  it('reads a list of ideas as the plan when the document has no other', () => {
    const text = [...story, '## Recommendations', '', '- Add an alert on index age', '- Rebuild the index from the event log', ''].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on index age', 'Rebuild the index from the event log']);
  });

  it('reads a question heading over the only plan as the plan', () => {
    const text = [...story, '## What could we do better next time?', '', '- Add an alert on index age', '- Test the reindex after each deploy', ''].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on index age', 'Test the reindex after each deploy']);
  });

  it('keeps suggestions nested inside the plan itself', () => {
    const text = [
      ...story,
      '## Action items',
      '',
      '- Add an alert on index age',
      '',
      '### Suggested by the reviewers',
      '',
      '- Test the reindex after each deploy',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on index age', 'Test the reindex after each deploy']);
  });

  it('keeps a recommended part of a plan split by state', () => {
    const text = [
      ...story,
      '## Prevention',
      '',
      '### Implemented',
      '',
      '- Added an alert on index age',
      '',
      '### Recommended',
      '',
      '- Test the reindex after each deploy',
      '',
      '## Action items',
      '',
      '- Write a runbook for a stalled reindex',
      '',
    ].join('\n');
    assert.deepEqual(texts(text).slice(-2), ['Test the reindex after each deploy', 'Write a runbook for a stalled reindex']);
  });

  it('copes with empty and unclosed idea sections', () => {
    const text = [...story, '## Ideas', '', '## Actions', '', '- Add an alert on index age', '', '## Possible', '', '-', ''].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on index age']);
  });
});
