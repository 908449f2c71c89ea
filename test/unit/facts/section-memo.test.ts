import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { factsOf } from '../../../server/src/analysis/model/facts/index';
import { sectionMemo, sectionsOfKind } from '../../../server/src/analysis/model/facts/passages';

const settings = defaultSettings();

const DOC = [
  '# Queue backlog',
  '',
  '## Summary',
  '',
  'Jobs waited for up to 40 minutes.',
  '',
  '## Impact',
  '',
  '1,200 jobs were late and 3% of uploads failed.',
  '',
  '## Root Cause',
  '',
  '1. Why did jobs wait? The workers were stuck.',
  '2. Why were they stuck? A lock was never released, because the release ran only on success.',
  '',
].join('\n');

const analyse = (text: string) => analyzeDocument(text, 'postmortems/q.md', settings);

describe('facts read per section, remembered across versions', () => {
  it('reads a section once while the text elsewhere changes, and again when the section or its line does', () => {
    const memo = sectionMemo<number>();
    let reads = 0;
    const read = (text: string) => {
      const doc = analyse(text);
      return memo(doc, sectionsOfKind(doc, 'impact'), () => ++reads);
    };
    assert.equal(read(DOC), 1);
    // A word typed in the summary: the impact section is the same text on the same line.
    assert.equal(read(DOC.replace('40 minutes', '45 minutes')), 1);
    // Its own text changed.
    assert.equal(read(DOC.replace('1,200 jobs', '1,300 jobs')), 2);
    // The same text two lines further down: its lines differ, so it is read again.
    assert.equal(read(DOC.replace('Jobs waited', 'Jobs waited.\n\nThen more')), 3);
    assert.equal(reads, 3);
  });

  it('gives the same impact figures and root-cause shape as a fresh reading, with their lines', () => {
    const before = factsOf(analyse(DOC), settings);
    const edited = DOC.replace('40 minutes', '45 minutes');
    const after = factsOf(analyse(edited), settings);
    assert.deepEqual(after.impact, before.impact);
    assert.deepEqual(after.rootCause, before.rootCause);
    assert.deepEqual(
      after.impact.map((f) => [f.text, f.line]),
      [
        ['3%', 8],
        ['1,200 jobs', 8],
      ],
    );
    assert.equal(after.rootCause?.whys?.depth, 2);
    assert.equal(after.rootCause?.line, 10);
    // Lines moved by an edit above: the figures are read again on their new line.
    const moved = factsOf(analyse(DOC.replace('Jobs waited', 'Jobs waited.\n\nThen more')), settings);
    assert.deepEqual(
      moved.impact.map((f) => f.line),
      [10, 10],
    );
    assert.equal(moved.rootCause?.line, 12);
    assert.equal(moved.rootCause?.whys?.line, 15);
  });
});
