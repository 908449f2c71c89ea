/**
 * A bold line in a part of a plan ("## Prevention" → "### 3. Alerting" → "**Detect mass deletes:**")
 * is a topic of that plan, as it is right under the plan's own heading; a part that has a kind of its
 * own, or a heading that is no plan, leaves its bold lines to be read. Every document here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const settings = defaultSettings();
const kindsOf = (text: string) => analyzeDocument(text, 'postmortems/x.md', settings).model.sections.map((s) => [s.heading.text, s.kinds.join('+')].join(': '));

const PART = '**Detect mass deletes:**\n\n- Alert when a volume is deleted in production\n- Alert when a node is wiped\n';

describe('bold lines in the parts of a plan', () => {
  it('reads a bold line two levels under a plan as a topic of it', () => {
    const text = `# Wiped cluster\n\n## Summary\n\nThe cluster was wiped.\n\n## Prevention measures\n\n### 1. Review every change\n\n- Review the plan before applying\n\n### 2. Alerting\n\n${PART}`;
    assert.ok(!kindsOf(text).some((k) => k.startsWith('Detect mass deletes')), kindsOf(text).join(' | '));
  });

  it('reads the same line under headings that are no plan', () => {
    const text = `# Wiped cluster\n\n## Summary\n\nThe cluster was wiped.\n\n## Notes\n\n### Part two\n\n**Detection:** a colleague saw the nodes vanish from the dashboard.\n`;
    assert.ok(
      kindsOf(text).some((k) => k === 'Detection: detection'),
      kindsOf(text).join(' | '),
    );
  });
});
