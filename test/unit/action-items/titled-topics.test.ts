/**
 * In a list outside the plan, a bold entry over a list of its own leads follow-up work only when it
 * is written as a label, closed by a colon ("- **Review actions**:" over the tasks). A bold title
 * with no colon ("3. **Skip no prevention**" over its points, among lessons titled the same way)
 * names a topic, and a bold name before a bracket and its value ("- **Correct record** (main): …")
 * states a fact: neither is a label of work, whatever word of the plan it holds. Every document
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import type { ListItem } from 'mdast';
import { leadLabel } from '../../../server/src/analysis/model/action-items/lead-ins';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { items } from './helpers';

function firstEntry(md: string): ListItem {
  const list = parseMarkdown(md).children.find((c) => c.type === 'list');
  assert.ok(list && list.type === 'list');
  return list.children[0];
}

function texts(md: string): string[] {
  return items(md).map((i) => i.text);
}

describe('action items: bold titles outside the plan that are topics, not labels of work', () => {
  it('takes a bold title closed by a colon, inside or after the emphasis, for a label', () => {
    assert.equal(leadLabel(firstEntry('- **Review actions**:\n  - Add a runbook\n')), 'Review actions');
    assert.equal(leadLabel(firstEntry('- **Follow-ups:**\n  - Add a runbook\n')), 'Follow-ups');
    assert.equal(leadLabel(firstEntry('- _Next steps_ :\n  - Add a runbook\n')), 'Next steps');
    assert.equal(leadLabel(firstEntry('- Corrective actions:\n  - Add a runbook\n')), 'Corrective actions');
  });

  it('takes no bold title without its colon for a label', () => {
    assert.equal(leadLabel(firstEntry('1. **Skip no prevention**\n   - Hooks matter\n')), null);
    assert.equal(leadLabel(firstEntry('- **Correct record** (main): 10.0.0.1\n')), null);
    assert.equal(leadLabel(firstEntry('- **Hardening pays off** - more below\n')), null);
    assert.equal(leadLabel(firstEntry('- **Review actions**\n')), null);
  });

  it('reads no item from lessons titled with a word of the plan', () => {
    const md = [
      '# Key leak in the docs',
      '',
      '## Lessons learned',
      '',
      '1. **Scan early**',
      '   - The scanner caught it before release',
      '   - Scanning belongs in every pipeline',
      '2. **Skip no prevention**',
      '   - Local hooks are cheap',
      '   - Hooks save a failed build',
      '3. **Hardening pays off**',
      '   - Fewer open ports, fewer surprises',
      '',
    ].join('\n');
    assert.deepEqual(texts(md), []);
  });

  it('reads no item from facts led by a bold name before a bracket', () => {
    const md = [
      '# Records overwritten',
      '',
      '## What changed',
      '',
      '**shop.example**:',
      '- **Correct record** (main): 10.0.0.1, 10.0.0.2',
      '- **Wrong record** (set by the script): 10.9.9.9',
      '- **Status**: fixed',
      '',
    ].join('\n');
    assert.deepEqual(texts(md), []);
  });

  it('still reads the tasks under a label of work in a list of key facts', () => {
    const md = '# Queue outage\n\n- **Impact**: an hour of delay\n- **Follow-ups:**\n  - Add a runbook for broker restarts\n  - Alert on consumer lag\n';
    assert.deepEqual(texts(md), ['Add a runbook for broker restarts', 'Alert on consumer lag']);
  });

  it('survives ugly input: an empty title, a lone colon, emphasis with nothing after it', () => {
    for (const md of ['- ****:\n  - x\n', '- **:**\n', '- *\n', '- **a**:\n', '- **Follow-ups**\n  -\n'])
      assert.doesNotThrow(() => {
        leadLabel(firstEntry(md));
        items(`# Outage\n\n${md}`);
      }, md);
  });
});
