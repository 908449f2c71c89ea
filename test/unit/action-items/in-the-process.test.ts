/**
 * Work under way told as "in the process of": "we are in the process of moving the backups" is
 * work in hand as "we are moving the backups" is, in the plan and beside its list, in a paragraph
 * with no other word of work. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function items(text: string): [string, boolean][] {
  return analyzeDocument(text, 'postmortems/2026-07-04-test.md', defaultSettings()).model.actionItems.map((i) => [i.text, i.done]);
}

describe('action items: work told as in the process of being done', () => {
  it('reads the sentence in a paragraph of the plan that has no other word of work', () => {
    const text = [
      '# Replica lag',
      '',
      '## Follow-up',
      '',
      '- Add an alert on replication lag',
      '',
      'Recovering quickly matters more to us than never failing. Right now we are in the process of writing',
      'a drill that restores last night’s copy onto a spare host every week.',
      '',
    ].join('\n');
    assert.deepEqual(items(text), [
      ['Add an alert on replication lag', false],
      ['Right now we are in the process of writing a drill that restores last night’s copy onto a spare host every week.', false],
    ]);
  });

  it('reads it whatever the verb after it', () => {
    const text = [
      '# Replica lag',
      '',
      '## Next steps',
      '',
      '- Page the database rota on lag',
      '',
      'The team is in the process of retiring the old backup host.',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map(([t]) => t),
      ['Page the database rota on lag', 'The team is in the process of retiring the old backup host.'],
    );
  });

  it('leaves a paragraph that tells of the incident in the process of something', () => {
    const text = [
      '# Replica lag',
      '',
      '## Follow-up',
      '',
      '- Page the database rota on lag',
      '',
      'In the process of cleaning up old hosts, the replica lost its source.',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map(([t]) => t),
      ['Page the database rota on lag'],
    );
  });
});
