import { strict as assert } from 'node:assert';
import { emptyTally, factFigures, factsScorer, scoreFacts } from '../../eval/facts-scorer';

const DOC = [
  '# Incident: stale search', // 1
  '', // 2
  '## Root Cause', // 3
  '', // 4
  'A misconfigured firewall rule blocked the indexer, and no alert fired for two hours.', // 5
  'The indexer was a single point of failure in the design.', // 6
  '', // 7
  '## Action Items', // 8
  '', // 9
  '- [ ] Add an alert on index age (owner: Ana Lima, due: 2026-05-01)', // 10
  '- [ ] Write a runbook for restarting the indexer (owner: Ana Lima, due: 2026-05-01)', // 11
  '- [ ] Split the indexer in two (owner: Ana Lima, due: 2026-05-01)', // 12
].join('\n');

describe('eval: facts scorer', () => {
  it('counts item kinds right and wrong, categories found, extra and missed, and the trigger', () => {
    const t = emptyTally();
    const misses: string[] = [];
    scoreFacts(
      DOC,
      {
        action_items: [
          { line: 10, text: 'Add an alert', kind: 'detection' },
          { line: 11, text: 'Write a runbook', kind: 'response' },
          { line: 12, text: 'Split the indexer', kind: 'communication' },
          { line: 40, text: 'not read by the engine', kind: 'prevention' },
        ],
        root_cause_categories: [
          { category: 'tooling_failure', line: 5 },
          { category: 'process_gap', line: 6 },
        ],
        trigger: 'configuration',
      },
      t,
      (line, message) => misses.push(`${line} ${message}`),
    );
    assert.deepEqual([t.kindLabelled, t.kindMatched, t.kindRight], [4, 3, 2]);
    assert.deepEqual([t.categoryTrue, t.categoryFalse, t.categoryMissed], [1, 1, 1]);
    assert.deepEqual([t.triggerLabelled, t.triggerAnswered, t.triggerRight], [1, 1, 1]);
    assert.deepEqual(
      misses.map((m) => m.replace(/ \(from.*/, '')),
      ['12 item kind: expected communication, got prevention', '6 category: got design_weakness', '6 category: expected process_gap, got nothing'],
    );
    const f = factFigures(t);
    assert.equal(f.itemKind.accuracy, 2 / 3);
    assert.equal(f.categories.precision, 0.5);
    assert.equal(f.trigger.accuracy, 1);
  });

  it('scores a label against the item that starts on its line, not an earlier one whose lines hold it', () => {
    const doc = [
      '# T', // 1
      '', // 2
      '## What we will change', // 3
      '', // 4
      'We will split the export job into two smaller jobs so that one slow', // 5
      'tenant no longer holds the rest back. We are also going to publish', // 6
      'a notice on the status page whenever an export runs late.', // 7
    ].join('\n');
    const t = emptyTally();
    const misses: string[] = [];
    const labels = {
      action_items: [
        { line: 5, text: 'split the export job', kind: 'prevention' },
        { line: 6, text: 'publish a notice on the status page', kind: 'communication' },
      ],
    };
    scoreFacts(doc, labels, t, (line, message) => misses.push(`${line} ${message}`));
    assert.deepEqual([t.kindLabelled, t.kindMatched, t.kindRight], [2, 2, 2], misses.join('; '));
  });

  it('scores each of several items starting on one line against the label whose words it says', () => {
    const doc = [
      '# T', // 1
      '', // 2
      '## Next steps', // 3
      '', // 4
      'We will add an alert on the depth of the mail queue. We will also write a runbook for draining the mail queue by hand.', // 5
    ].join('\n');
    const t = emptyTally();
    const misses: string[] = [];
    const labels = {
      action_items: [
        { line: 5, text: 'a wish the engine does not read as an item', kind: 'prevention' },
        { line: 5, text: 'write a runbook for draining the mail queue', kind: 'response' },
        { line: 5, text: 'add an alert on the depth of the mail queue', kind: 'detection' },
      ],
    };
    scoreFacts(doc, labels, t, (line, message) => misses.push(`${line} ${message}`));
    assert.deepEqual([t.kindLabelled, t.kindMatched, t.kindRight], [3, 2, 2], misses.join('; '));
  });

  it('counts an abstained trigger against coverage only, and a wrong one against accuracy', () => {
    const t = emptyTally();
    scoreFacts('# T\n\n## Root Cause\n\nWe do not know yet.\n', { action_items: [], trigger: 'change' }, t, () => {});
    assert.deepEqual([t.triggerLabelled, t.triggerAnswered], [1, 0]);
    assert.equal(factFigures(t).trigger.accuracy, null);
    scoreFacts(DOC, { action_items: [], trigger: 'capacity' }, t, () => {});
    assert.deepEqual([t.triggerAnswered, t.triggerRight], [1, 0]);
  });

  it('keeps the misses of the tuned part only, and reports both parts', () => {
    const scorer = factsScorer();
    const labels = { action_items: [{ line: 12, text: 'Split', kind: 'communication' }], root_cause_categories: [], trigger: 'configuration' };
    scorer.add('tuned', 'a.md', labels, { text: DOC });
    scorer.add('heldOut', 'b.md', labels, { text: DOC });
    assert.equal(scorer.misses().filter((m) => m.startsWith('a.md:')).length, scorer.misses().length);
    assert.ok(scorer.misses().length > 0);
    const results = scorer.results();
    assert.equal(results.heldOut.itemKind.matched, 1);
    assert.equal(results.all.itemKind.matched, 2);
    assert.deepEqual(
      scorer.rows().map((r) => r[0]),
      ['action item kind right', 'categories precision', 'categories recall', 'trigger right (when answered)'],
    );
  });

  it('scores the last column apart from the corpus, with its own cells and misses', () => {
    const scorer = factsScorer();
    const labels = {
      action_items: [
        { line: 10, text: 'Add an alert', kind: 'detection' },
        { line: 12, text: 'Split', kind: 'communication' },
      ],
      trigger: 'configuration',
    };
    scorer.addOwn('dev/a.md', labels, { text: DOC });
    assert.deepEqual(scorer.misses(), []);
    assert.equal(scorer.results().all.itemKind.matched, 0);
    assert.equal(scorer.results().own.itemKind.matched, 2);
    assert.deepEqual(scorer.ownCells(), ['0.50 (of 2)', '—', '—', '1.00 (1/1)']);
    assert.deepEqual(
      scorer.ownMisses().map((m) => m.replace(/ \(from.*/, '')),
      ['dev/a.md:12 item kind: expected communication, got prevention'],
    );
  });
});
