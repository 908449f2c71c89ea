/**
 * A document that keeps a committed plan ("## Actions") beside a list of ideas ("## What we might
 * try", "## Suggestions", "## Options considered"): only the committed list is the plan. A list of
 * ideas with no committed plan beside it is read as usual. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts as texts } from './helpers';

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

  it('leaves lettered or numbered alternatives unread, also inside a part of the plan', () => {
    const text = [
      ...story,
      '## Action items',
      '',
      '- Page the search on-call when the index is older than six hours',
      '',
      '## Prevention',
      '',
      '### Option A: Run the reindex per shard',
      '',
      '```sh',
      'reindex --shard all --parallel 4',
      '```',
      '',
      '### Option B - Managed index',
      '',
      'Move the index to the hosted service and drop the job.',
      '',
      '### Option 3: Keep the job',
      '',
      '- Keep it as it is, and watch its age by hand.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Page the search on-call when the index is older than six hours']);
    // One option alone, or one marked as the road taken, is read as usual.
    const single = text.replace('### Option B - Managed index', '### Managed index').replace('### Option 3: Keep the job', '### Keep the job');
    assert.ok(texts(single).includes('Keep it as it is, and watch its age by hand.'));
    const taken = text.replace('### Option 3: Keep the job', '### Option 3: Keep the job (chosen)');
    assert.ok(texts(taken).includes('Keep it as it is, and watch its age by hand.'));
  });

  it('copes with empty and unclosed idea sections', () => {
    const text = [...story, '## Ideas', '', '## Actions', '', '- Add an alert on index age', '', '## Possible', '', '-', ''].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on index age']);
  });

  it('copes with broken lists and empty stages in staged recommendations', () => {
    const text = [
      ...story,
      '## Actions',
      '',
      '- Add an alert on index age',
      '',
      '## Recommendations',
      '',
      '### _Immediate_ (tonight',
      '*   1) Run the reindex per shard',
      '   continued on a lazy line',
      '### Long term —',
      '-',
      '### P1:',
      '',
    ].join('\r\n');
    assert.deepEqual(texts(text), ['Add an alert on index age', 'Run the reindex per shard continued on a lazy line']);
  });

  it('reads recommendations split into stages of a schedule as the plan beside another', () => {
    for (const [first, second] of [
      ['Immediate (before the next deploy)', 'Long term (this quarter)'],
      ['P0 — now', 'P1: next sprint'],
      ['**Short-term**', 'Medium-term'],
    ]) {
      const text = [
        ...story,
        '## Mitigations applied',
        '',
        '- [x] Restarted the reindex by hand',
        '- [ ] Add an alert on index age',
        '',
        '## Recommendations',
        '',
        `### ${first}`,
        '',
        '1. Run the reindex per shard',
        '',
        `### ${second}`,
        '',
        '1. Move the index to a managed service',
        '2. Rebuild the index from the event log',
        '',
      ].join('\r\n');
      assert.deepEqual(
        texts(text).slice(-3),
        ['Run the reindex per shard', 'Move the index to a managed service', 'Rebuild the index from the event log'],
        first,
      );
    }
  });

  it('leaves ideas unread when only one part names a stage, or a stage qualifies a subject', () => {
    for (const [first, second] of [
      ['Immediate', 'Someday'],
      ['Immediate monitoring', 'Long-term monitoring'],
    ]) {
      const text = [
        ...story,
        '## Follow-up actions',
        '',
        '- [ ] Page the search on-call when the index is older than six hours',
        '',
        '## Recommendations',
        '',
        `### ${first}`,
        '',
        '- Run the reindex per shard',
        '',
        `### ${second}`,
        '',
        '- Move the index to a managed service',
        '',
      ].join('\n');
      assert.deepEqual(texts(text), ['Page the search on-call when the index is older than six hours'], first);
    }
  });

  it('leaves staged recommendations that open on prose, not lists, as ideas', () => {
    const text = [
      ...story,
      '## Follow-up actions',
      '',
      '- [ ] Page the search on-call when the index is older than six hours',
      '',
      '## Recommended fixes',
      '',
      '### P0 (now)',
      '',
      '**Split the job per shard** so that one stall cannot stop all of it. This means:',
      '',
      '- each shard finishes on its own',
      '',
      '### P1 (later)',
      '',
      'A managed index would take the job away from us:',
      '',
      '- the vendor runs the reindex',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Page the search on-call when the index is older than six hours']);
  });
});
