/**
 * A resolution split into the stages of a schedule ("### Short term" beside "### Long term") is a
 * plan: the authors have put the work in order and in time. Steps under one sub-heading of the
 * recovery, with no schedule beside them, stay the recovery. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function texts(text: string): string[] {
  return analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems.map((i) => i.text);
}

const doc = (parts: string[]) =>
  [
    '# Queue stalled after a broker upgrade',
    '',
    '## Summary',
    '',
    'The queue stopped for ten minutes.',
    '',
    '## Resolution',
    '',
    ...parts,
    '',
    '## Lessons Learned',
    '',
    '- Upgrades need a soak period',
    '',
  ].join('\n');

describe('action items: stages of a schedule under the resolution', () => {
  it('reads the work of each stage, numbered or bulleted, with its code below', () => {
    const text = doc([
      '### Immediate (Done)',
      '- Restarted the broker on both hosts',
      '- Queue drained again',
      '',
      '### Short-term (Recommended)',
      '',
      '1. **Add a soak check** to `upgrade.py`:',
      '   ```python',
      '   wait_ready(60)',
      '   ```',
      '',
      '2. **Pin the broker version** in the image',
      '',
      '### Long-term (Recommended)',
      '',
      '1. Run two brokers behind the balancer',
      '2. Alert when a broker leaves the cluster',
    ]);
    assert.deepEqual(texts(text), [
      'Add a soak check to upgrade.py:',
      'Pin the broker version in the image',
      'Run two brokers behind the balancer',
      'Alert when a broker leaves the cluster',
    ]);
  });

  it('leaves the steps of one sub-heading of the recovery out, stage-named or not', () => {
    assert.deepEqual(texts(doc(['### Immediate', '', '- Restart the broker on both hosts', '- Drain the queue by hand'])), []);
    assert.deepEqual(texts(doc(['### Broker A', '', '- Restart the broker', '', '### Broker B', '', '- Restart the broker', '- Drain the queue by hand'])), []);
  });
});
