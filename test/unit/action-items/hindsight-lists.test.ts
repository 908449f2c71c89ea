/**
 * A list under a heading of hindsight ("What I should have done", "What we should have caught") is
 * the lesson, told as what the authors would do over; it is no follow-up work, though its entries
 * open on verbs. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { PATH } from './helpers';

const doc = (heading: string, list: string) =>
  [
    '# Post-mortem: cache wipe',
    '',
    '## Summary',
    '',
    'A cleanup script emptied the shared cache on Tuesday.',
    '',
    `## ${heading}`,
    '',
    list,
    '',
    '## Follow-up',
    '',
    '- [ ] Add a dry-run flag to the cleanup script',
    '- [ ] Page the storage on-call when the cache shrinks by half',
    '',
  ].join('\n');

const read = (text: string) => analyzeDocument(text, PATH, defaultSettings()).model;

describe('action items: a list under a heading of hindsight', () => {
  it('reads the heading as lessons and takes no item from its list', () => {
    for (const heading of ['What I Should Have Done', "What we should've done", 'What We Should Have Caught']) {
      const model = read(
        doc(heading, '1. **Run it locally first** with a copy of the cache\n2. Ask before running anything destructive\n3. Check the target path twice'),
      );
      assert.equal(model.sections.find((s) => s.heading.text === heading)?.kind, 'lessons-learned', heading);
      assert.deepEqual(
        model.actionItems.map((i) => i.text),
        ['Add a dry-run flag to the cleanup script', 'Page the storage on-call when the cache shrinks by half'],
        heading,
      );
    }
  });

  it('still reads a plan told as what to do next', () => {
    const model = read(doc('What we should do next', '- Add a size check before the cleanup runs\n- Move the cache behind a quota'));
    assert.deepEqual(model.actionItems.map((i) => i.text).slice(0, 2), ['Add a size check before the cleanup runs', 'Move the cache behind a quota']);
  });
});
