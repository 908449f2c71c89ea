/**
 * The record a report closes on ("**Last updated**: …", "**Document status:** Draft - pending
 * review", "**Next review**: after the audit"), written after the plan: lines that name settings of
 * the report, not work, though a bold title before a colon looks like a task told in a paragraph.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { closingRecord } from '../../../server/src/analysis/model/action-items/sign-off';
import { settingValue } from '../../../server/src/analysis/model/action-items/lists';

const read = (text: string) => analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings());
const texts = (text: string) => read(text).model.actionItems.map((i) => i.text);

const report = (ending: string[]) =>
  [
    '# Mirror outage',
    '',
    '## Summary',
    '',
    'The package mirror served stale indexes for a morning.',
    '',
    '## Follow-up work',
    '',
    '- Add a freshness check on the mirror index',
    '- Page the mirror rota when the check fails',
    '',
    ...ending,
    '',
  ].join('\n');

const PLAN = ['Add a freshness check on the mirror index', 'Page the mirror rota when the check fails'];

describe('action items: the record a report closes on', () => {
  it('reads no item from the closing record after the plan', () => {
    assert.deepEqual(texts(report(['---', '', '**Document status:** Draft - pending review by the mirror team'])), PLAN);
    assert.deepEqual(
      texts(report(['---', '', '**Last updated**: 2026-06-02', '**Prepared by**: Mirror team', '**Next review**: after the index audit'])),
      PLAN,
    );
    assert.deepEqual(texts(report(['**Last updated**: 2026-06-02  ', '**Status**: Mirror healthy; audit pending', '', '---', ''])), PLAN);
  });

  it('still reads a closing paragraph that asks for work', () => {
    assert.deepEqual(texts(report(['---', '', '**Next step:** we will move the mirror to a second region.'])).length, 3);
    assert.deepEqual(texts(report(['**Action item:** Rotate the mirror signing key'])), [...PLAN, 'Rotate the mirror signing key']);
    // A short task after an item label is an item too, however few its words.
    for (const label of ['Action item: Rotate keys', 'AI: Rotate keys', '**Follow-up:** Rotate keys'])
      assert.deepEqual(texts(report(['---', '', label])), [...PLAN, 'Rotate keys'], label);
    assert.deepEqual(texts(report(['**Mirror:** Rebuild the index from the upstream snapshot', '', '**Last updated**: 2026-06-02'])).length, 3);
  });

  it('finds where the closing record starts, ugly input included', () => {
    const children = (text: string) => read(text).root.children;
    const kids = children(report(['---', '', '**Last updated**: 2026-06-02', '', '<!-- end -->']));
    assert.equal(closingRecord(kids), kids.length - 2);
    assert.equal(closingRecord([]), 0);
    const none = children(report([]));
    assert.equal(closingRecord(none), none.length);
    assert.equal(settingValue('Threshold: 5'), '5');
    assert.equal(settingValue('Paging: page the whole rota'), null);
    assert.equal(settingValue('Status: Draft - pending review'), 'Draft - pending review');
    assert.equal(settingValue('Planned: a second mirror'), null);
    assert.equal(settingValue('no colon here'), null);
    assert.equal(settingValue(`${'word '.repeat(5000)}: x`), null);
  });
});
