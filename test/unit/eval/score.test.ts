import { strict as assert } from 'node:assert';
import type { DocumentLabels, LabelledItem } from '../../eval/labels';
import { partOf } from '../../eval/labels';
import { readDocument } from '../../eval/read';
import { addTally, emptyTally, figures, scoreDocument, sentenceSpan, type Reading } from '../../eval/score';

function labels(over: Partial<DocumentLabels>): DocumentLabels {
  return {
    file: 'x.md',
    line_count: 0,
    sections_present: [],
    sections_missing: [],
    action_items: [],
    timeline: null,
    blaming_sentences: [],
    vague_owner_items: [],
    non_blaming_distractors: [],
    ...over,
  };
}

/** What the engine read, empty but for what a test gives. */
function readingWith(over: Partial<Reading>): Reading {
  return { text: '', sections: [], items: [], timeline: null, findings: [], ...over };
}

/** An item as read on one line: no owner or due date, not done, unless given. */
function readItem(line: number, text: string, over: Partial<Reading['items'][number]> = {}): Reading['items'][number] {
  return { line, endLine: line, text, owner: null, due: null, dueText: null, done: false, ...over };
}

/** A labelled item: no owner or due date, done or not left open, unless given. */
function labelledItem(line: number, text: string, over: Partial<LabelledItem> = {}): LabelledItem {
  return { line, text, has_owner: false, owner_text: null, has_due_date: false, due_text: null, done: null, ...over };
}

const DRAFT = `# Post-mortem: queue stall

## Summary

The billing queue stopped for forty minutes.

## Why did it stall?

A retry storm filled the broker.

## Follow-up

| Action | Owner | Due |
| --- | --- | --- |
| Cap retries per consumer | Dana | 2026-05-01 |
| Page on broker disk above 80% | the team | |

## Timeline (UTC)

- 10:05 Broker disk full
- 09:55 Retries begin
`;

describe('accuracy benchmark scorer', () => {
  it('scores the engine on a document of our own: sections, items, vague owners and timeline order', () => {
    const reading = readDocument(DRAFT);
    const tally = scoreDocument(
      'draft.md',
      labels({
        line_count: 22,
        sections_present: [
          { section: 'summary', heading: 'Summary', line: 3 },
          { section: 'root_cause', heading: 'Why did it stall?', line: 7 },
          { section: 'action_items', heading: 'Follow-up', line: 11 },
          { section: 'timeline', heading: 'Timeline (UTC)', line: 18 },
        ],
        action_items: [
          { line: 15, text: 'Cap retries per consumer', has_owner: true, owner_text: 'Dana', has_due_date: true, due_text: '2026-05-01', done: null },
          {
            line: 16,
            text: 'Page on broker disk above 80%',
            has_owner: true,
            owner_text: 'the team',
            owner_vague: true,
            has_due_date: false,
            due_text: null,
            done: null,
          },
        ],
        vague_owner_items: [{ line: 16, text: 'Page on broker disk', owner_text: 'the team' }],
        timeline: { format: 'list', entries: 2, timezone_stated: true, in_order: false },
      }),
      reading,
    );
    const f = figures(tally);
    // Summary, action items and the timeline are read; "Why did it stall?" is a root cause by meaning.
    assert.equal(tally.sections['summary'].found, 1);
    assert.equal(tally.sections['action-items'].found, 1);
    assert.equal(tally.sections['timeline'].found, 1);
    assert.equal(tally.sections['root-cause'].labelled, 1);
    assert.equal(f.actionItems.foundCount, 2);
    assert.equal(f.actionItems.extraCount, 0);
    assert.equal(f.actionItems.ownerRight, 1);
    assert.equal(f.actionItems.dueRight, 1);
    assert.equal(f.actionItems.vagueOwnersFound, 1);
    assert.equal(f.timeline.read, 1);
    assert.equal(f.timeline.outOfOrderFound, 1);
    assert.equal(f.timeline.falseAlarms, 0);
    // Impact and lessons learned are neither labelled nor read: no extra, no miss for them.
    assert.equal(tally.sections['impact'].extra, 0);
    assert.ok(!tally.misses.some((m) => /impact|lessons/.test(m)), tally.misses.join('\n'));
  });

  it('counts a section read but not labelled as extra, and one labelled but not read as a miss', () => {
    const read = readingWith({ text: '# T\n\n## Notes\n\n## Impact\n', sections: [{ kind: 'impact', line: 5, heading: 'Impact' }] });
    const tally = scoreDocument('d.md', labels({ sections_present: [{ section: 'summary', heading: 'Notes', line: 3 }] }), read);
    const f = figures(tally);
    assert.equal(f.sections.precision, 0);
    assert.equal(f.sections.recall, 0);
    assert.deepEqual(
      tally.misses.sort(),
      ['d.md:3 section: expected summary ("Notes"), got nothing', 'd.md:5 section: expected no impact, got "Impact" read as impact'].sort(),
    );
  });

  it('matches items one to one, a child label to the child item rather than its parent', () => {
    const read = readingWith({
      items: [readItem(3, 'Parent', { endLine: 5 }), readItem(4, 'Child', { owner: 'Ana Lima', done: true }), readItem(9, 'Not an item')],
    });
    const tally = scoreDocument(
      'd.md',
      labels({
        action_items: [
          labelledItem(4, 'Child', { has_owner: true, owner_text: '@ana', done: true }),
          labelledItem(3, 'Parent', { has_due_date: true, due_text: 'Q3', done: false }),
        ],
      }),
      read,
    );
    const f = figures(tally);
    assert.equal(f.actionItems.foundCount, 2);
    assert.equal(f.actionItems.extraCount, 1);
    assert.equal(tally.items.ownerRight, 2, 'the owner "@ana" is read as "Ana Lima" (one word in common), and the parent has none');
    assert.equal(tally.items.dueRight, 1, 'the parent has a labelled due date that was not read');
    assert.equal(tally.items.doneRight, 2);
    assert.ok(tally.misses.includes('d.md:3 action item due: expected "Q3", got none'));
    assert.ok(tally.misses.includes('d.md:9 action item: expected none, got "Not an item"'));
  });

  it("matches a label to the item that says its words when a paragraph item starts on another label's line", () => {
    // A paragraph whose first commitment is in its second sentence is read as one item starting on
    // the paragraph's first line; the label of that first sentence must not take it.
    const read = readingWith({ items: [readItem(7, 'We will also split the index into smaller cells.', { endLine: 9 })] });
    const tally = scoreDocument(
      'd.md',
      labels({
        action_items: [labelledItem(7, 'We have already changed the tool', { done: true, uncertain: true }), labelledItem(8, 'We will also split the index')],
      }),
      read,
    );
    assert.equal(tally.items.labelled, 1);
    assert.equal(tally.items.found, 1);
    assert.deepEqual(tally.misses, []);
  });

  it('leaves uncertain items out of both the count and the extras', () => {
    const tally = scoreDocument(
      'd.md',
      labels({ action_items: [labelledItem(2, 'Maybe', { uncertain: true })] }),
      readingWith({ items: [readItem(2, 'Maybe')] }),
    );
    assert.equal(tally.items.labelled, 0);
    assert.equal(tally.items.extra, 0);
  });

  it('widens a labelled fragment of a wrapped sentence to the whole sentence', () => {
    const text = 'First sentence here. The operator was careless\nwhen restarting the node. Next one.\n';
    const starts = [0, text.indexOf('\n') + 1];
    const [start, end] = sentenceSpan(text, starts, { line: 2, text: 'when restarting the node.' });
    assert.equal(text.slice(start, end), 'The operator was careless\nwhen restarting the node.');
  });

  it('ends a sentence on its stop when closing marks follow it', () => {
    const text = 'Intro line.\nThen: **the script was mine.** I renewed it late, as the card had expired. _Noted._ Next.\n';
    const starts = [0, text.indexOf('\n') + 1];
    const span = (label: string) => {
      const [start, end] = sentenceSpan(text, starts, { line: 2, text: label });
      return text.slice(start, end);
    };
    assert.equal(span('as the card had expired'), 'I renewed it late, as the card had expired.');
    assert.equal(span('the script was mine'), 'Then: **the script was mine.**');
    assert.equal(span('Next'), 'Next.');
  });

  it('finds blame inside the sentence, counts flagged distractors and other flagged lines', () => {
    const text = 'The operator was careless\nwhen restarting the node.\n\nSam paged the database team.\n\nThe deploy went out at noon.\n';
    const at = (s: string) => text.indexOf(s);
    const finding = (s: string) => ({
      ruleId: 'blaming-language',
      start: at(s),
      end: at(s) + s.length,
      line: text.slice(0, at(s)).split('\n').length,
      endLine: text.slice(0, at(s)).split('\n').length,
      message: 'blame',
    });
    const read = readingWith({ text, findings: [finding('careless'), finding('Sam paged'), finding('deploy')] });
    const tally = scoreDocument(
      'd.md',
      labels({
        line_count: 7,
        blaming_sentences: [{ line: 2, text: 'when restarting the node.', category: 'individual_judgment' }],
        non_blaming_distractors: [{ line: 4, text: 'Sam paged the database team.' }],
      }),
      read,
    );
    const f = figures(tally);
    assert.equal(f.blame.certainRecall, 1);
    assert.equal(f.blame.distractorsFlagged, 1);
    assert.equal(tally.blame.otherLines, 1);
    assert.ok(Math.abs((f.blame.otherLinesPer1000 ?? 0) - 1000 / 7) < 1e-9);
  });

  it('counts a finding inside a labelled blame as that blame, not against a look-alike that shares its sentence', () => {
    const text = 'Intro.\nRae reboots the host; the disk then fails to mount (we should have checked the fstab first) and a spare takes over.\n';
    const at = (s: string) => text.indexOf(s);
    const finding = (s: string) => ({ ruleId: 'blaming-language', start: at(s), end: at(s) + s.length, line: 2, endLine: 2, message: 'blame' });
    const score = (findings: ReturnType<typeof finding>[]) =>
      scoreDocument(
        'd.md',
        labels({
          line_count: 3,
          blaming_sentences: [{ line: 2, text: 'we should have checked the fstab first', category: 'group_or_self_fault' }],
          non_blaming_distractors: [{ line: 2, text: 'Rae reboots the host; the disk then fails to mount' }],
        }),
        readingWith({ text, findings }),
      ).blame;
    const inBlame = score([finding('should have checked')]);
    assert.equal(inBlame.allFound, 1);
    assert.equal(inBlame.distractorsFlagged, 0, 'the remark is the blame; the look-alike beside it was left alone');
    assert.equal(inBlame.otherLines, 0);
    // A finding on the look-alike's own words still counts against it.
    assert.equal(score([finding('Rae reboots')]).distractorsFlagged, 1);
    // One reaching across both counts against both.
    assert.equal(score([finding('mount (we should')]).distractorsFlagged, 1);
  });

  it('reports a timeline-order finding on an in-order timeline as a false alarm', () => {
    const read = readingWith({
      timeline: { entries: [{ line: 3, time: '10:00:00' }] },
      findings: [{ ruleId: 'timeline-order', start: 0, end: 1, line: 3, endLine: 3, message: 'out of order' }],
    });
    const f = figures(scoreDocument('d.md', labels({ timeline: { format: 'table', entries: 4, timezone_stated: true, in_order: true } }), read));
    assert.equal(f.timeline.falseAlarms, 1);
    assert.equal(f.timeline.entriesRead, 0.25);
  });

  it('gives no figure rather than a made-up one when nothing was labelled, and sums tallies', () => {
    const empty = figures(emptyTally());
    assert.equal(empty.sections.precision, null);
    assert.equal(empty.actionItems.found, null);
    assert.equal(empty.blame.certainRecall, null);
    const a = emptyTally();
    a.items.labelled = 2;
    a.items.found = 1;
    const b = emptyTally();
    b.items.labelled = 2;
    b.items.found = 2;
    assert.equal(figures(addTally(a, b)).actionItems.found, 0.75);
  });

  it('counts the documents the engine takes for post-mortems by themselves, under a path that says nothing', () => {
    // Its title names the draft a post-mortem; without it, its content still does (a summary, a
    // cause, follow-up and a timeline). Notes about the queue that tell no incident are not one.
    assert.equal(readDocument(DRAFT).recognised, true);
    assert.equal(readDocument(DRAFT.replace('# Post-mortem: queue stall', '# Queue stall')).recognised, true);
    const untitled = readDocument('# Queue notes\n\n## Summary\n\nThe billing queue has three consumers.\n\n## Follow-up\n\n- Add a fourth\n');
    assert.equal(untitled.recognised, false);
    const a = scoreDocument('a.md', labels({}), untitled);
    const b = scoreDocument('b.md', labels({}), readingWith({ recognised: true }));
    assert.equal(a.recognised, 0);
    assert.ok(a.misses.some((m) => m.startsWith('a.md:1 recognised:')));
    assert.equal(b.recognised, 1);
    assert.equal(figures(addTally(a, b)).recognised, 0.5);
    // A reading that does not say is neither counted nor reported.
    const c = scoreDocument('c.md', labels({}), readingWith({}));
    assert.equal(c.recognised, 0);
    assert.deepEqual(c.misses, []);
  });

  it('keeps the held-out documents apart by their number', () => {
    assert.equal(partOf('40-anything.md'), 'heldOut');
    assert.equal(partOf('41-anything.md'), 'tuned');
    assert.equal(partOf('08-anything.md'), 'tuned');
  });
});
