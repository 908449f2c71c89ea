/**
 * Kinds of action items read from the plan's sub-heading when the item names none, and further
 * classes of writing: who can be reached during an incident, documentation for operators or for
 * users, training for everyday work, a dashboard that shows what changed. Every item here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { classifyItem, itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

function kindsOf(text: string): [string, string][] {
  const doc = analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings());
  const kinds = itemKindsOf(doc);
  return doc.model.actionItems.map((item, i) => [item.text, kinds[i].kind]);
}

const plan = (body: string[]) => ['# Queue outage', '', '## Summary', '', 'The queue stopped for an hour.', '', '## Action items', '', ...body, ''].join('\n');

describe('facts: kinds of action items, sub-headings and further classes', () => {
  it('gives an item that names no kind the kind its plan sub-heading names', () => {
    assert.deepEqual(
      kindsOf(
        plan([
          '### Partner communications',
          '',
          '- Settle on one chat space for every partner team',
          '',
          '### Exporter dashboards',
          '',
          '- Fix the exporter that drops samples',
          '- Set memory limits on the exporter pods',
          '',
          '### Capacity',
          '',
          '- Double the worker pool',
        ]),
      ),
      [
        ['Settle on one chat space for every partner team', 'communication'],
        ['Fix the exporter that drops samples', 'detection'],
        // An item that names its own kind keeps it.
        ['Set memory limits on the exporter pods', 'prevention'],
        ['Double the worker pool', 'prevention'],
      ],
    );
  });

  it('reads the sub-heading only for the items of its own part', () => {
    // A bold label over a paragraph is not a sub-heading of the plan; a heading of no words names nothing.
    assert.deepEqual(
      kindsOf(plan(['### ---', '', '- Settle on one chat space for every partner team', '', '- **Monitoring**: double the worker pool'])).map(([, k]) => k),
      ['prevention', 'detection'],
    );
    // The narrative sections say what happened: their words give no kind to the plan below them.
    assert.deepEqual(
      kindsOf(['# Queue outage', '', '## Detection', '', 'A customer told us.', '', '## Action items', '', '- Double the worker pool', ''].join('\n')).map(
        ([, k]) => k,
      ),
      ['prevention'],
    );
  });
});
