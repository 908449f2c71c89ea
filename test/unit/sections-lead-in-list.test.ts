/**
 * A list of bold-led items that a sentence leads into ("The leaked keys could be read in three
 * places:", then "- **Audit exports:** …"): the items finish that sentence, and their bold starts
 * are the things it lists, not the report's sections, whatever their words happen to name. A list
 * of bold labels standing on its own, or under a label of a few words ("Details:"), still stands
 * for sections. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { analyse } = sectionReader();

const report = (lead: string, items: readonly string[]) =>
  [
    '# Signing keys written to the audit log',
    '',
    '## Summary',
    '',
    'For two days a debug flag wrote the signing keys of the billing service into its audit log.',
    '',
    '## Impact',
    '',
    lead,
    '',
    ...items,
    '',
    '## Root cause',
    '',
    'The flag was left on in the release build.',
    '',
  ].join('\n');

const ITEMS = [
  '- **Audit exports / UI responses:** the keys were shown in the admin screen.',
  '- **Recovery snapshots:** the nightly copy kept them for a week.',
  '- **Other downstream lessons stores:** any reader of the same log could see them.',
];

const labels = (text: string) =>
  analyse(text)
    .sections.filter((s) => s.source !== 'heading')
    .map((s) => `${s.heading.text}=${s.kind}`);

describe('sections: a bold-led list that a sentence leads into', () => {
  it('reads the bold starts as the things the sentence lists, not as sections', () => {
    const text = report('Once the flag was on, the keys could be read in three places:', ITEMS);
    assert.deepEqual(labels(text), []);
    assert.deepEqual(
      analyse(text).sections.map((s) => s.kind),
      ['summary', 'impact', 'root-cause'],
    );
  });

  it('reads it so with CRLF line ends, a lead over two lines and a numbered list', () => {
    const numbered = ITEMS.map((item, n) => item.replace(/^- /, `${n + 1}. `));
    const text = report('Once the flag was on, the keys\ncould be read in three places:  ', numbered).replace(/\n/g, '\r\n');
    assert.deepEqual(labels(text), []);
  });

  it('keeps a list of bold labels that stands on its own as sections', () => {
    const text = report('The keys were exposed for two days.', [
      '- **Resolution:** the flag was turned off and the keys rotated.',
      '- **Lessons learned:** release builds need their own settings check.',
    ]);
    assert.deepEqual(labels(text), ['Resolution=resolution', 'Lessons learned=lessons-learned']);
  });

  it('keeps a list under a label of a few words as sections', () => {
    const text = report('Details:', ['- **Resolution:** the flag was turned off.', '- **Lessons learned:** check release settings.']);
    assert.deepEqual(labels(text), ['Resolution=resolution', 'Lessons learned=lessons-learned']);
  });

  it('takes odd input without failing: a colon alone, an empty list item, a lead of code', () => {
    for (const lead of [':', 'We saw this: `a:`', '**Where:**', '']) {
      const text = report(lead, ['- **Resolution:**', '-', '- **Lessons learned:** check release settings.']);
      assert.doesNotThrow(() => analyse(text));
    }
  });
});
