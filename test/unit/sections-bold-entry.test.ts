/**
 * A list item that is only bold words with nothing under it, among the entries of a list ("- **No
 * orders were lost**", "- **Automatic failover**" under the impact): an entry set in bold for
 * weight, heading nothing, whatever its words name. A bold start with text after it ("- **Resolution:**
 * …"), or with blocks under it, still heads its section. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { analyse } = sectionReader();

const report = (items: readonly string[]) =>
  [
    '# Checkout slow for twenty minutes',
    '',
    '## Summary',
    '',
    'Checkout pages took up to nine seconds to load while a cache node restarted.',
    '',
    '## Impact',
    '',
    ...items,
    '',
    '## Root cause',
    '',
    'The cache node ran out of memory after a config change doubled its key size.',
    '',
  ].join('\n');

const labels = (text: string) =>
  analyse(text)
    .sections.filter((s) => s.source !== 'heading')
    .map((s) => `${s.heading.text}=${s.kind}`);

describe('sections: a bold entry alone in a list', () => {
  it('reads bold entries among plain ones as entries, not sections', () => {
    const text = report(['- Slow checkout for most visitors', '- **No orders were lost**', '- **Timeline unchanged**', '- **Automatic recovery**']);
    assert.deepEqual(labels(text), []);
    assert.deepEqual(
      analyse(text).sections.map((s) => s.kind),
      ['summary', 'impact', 'root-cause'],
    );
  });

  it('reads them so with CRLF line ends, italics and a numbered list', () => {
    const text = report(['1. Slow checkout', '2. _Automatic recovery_', '3. *Lessons learned*']).replace(/\n/g, '\r\n');
    assert.deepEqual(labels(text), []);
  });

  it('keeps bold starts with text after them, or blocks under them, as sections', () => {
    const text = report(['- **Resolution:** the node was restarted with the old config.', '- **Lessons learned**', '', '  Size changes need a load test.']);
    assert.deepEqual(labels(text), ['Resolution=resolution', 'Lessons learned=lessons-learned']);
  });

  it('takes odd input without failing: empty bold, an empty item, nested lists', () => {
    const text = report(['- ****', '-', '- **Recovery**', '  - **Timeline**', '    - **Impact**']);
    assert.doesNotThrow(() => analyse(text));
  });
});
