/**
 * A bold label of work carried out since the incident ("**Actions taken:**", "**Action taken:**")
 * inside the lessons, or beside a label of the work still planned ("**Actions planned:**"): each
 * entry under it is an item, done, and so is the first sentence of a paragraph under it or after
 * it on its line ("Our runbook is now …", "We have widened …"). Elsewhere such a label still heads
 * the steps of the response. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function read(text: string): [string, boolean][] {
  return analyzeDocument(text, 'postmortems/2026-08-01-test.md', defaultSettings()).model.actionItems.map((i) => [i.text, i.done]);
}

function lessons(parts: string[]): string {
  return [
    '# Leaked signing key',
    '',
    '## Summary',
    '',
    'A signing key was pasted into a public chat room and had to be replaced.',
    '',
    '## Lessons learned',
    '',
    ...parts,
    '',
  ].join('\n');
}

describe('action items: labels of actions taken beside the plan', () => {
  it('reads a list under "Actions taken:" beside "Actions planned:" as items done', () => {
    const text = lessons([
      '### Reports reached us late',
      '',
      'The bounty page did not list the old client, so the finder wrote to a mailbox no one read.',
      '',
      '**Actions taken:**',
      '',
      '1. We have widened the bounty scope to cover the old client.',
      '',
      '**Actions planned:**',
      '',
      '1. We will page the security rota on every report marked critical.',
    ]);
    assert.deepEqual(read(text), [
      ['We have widened the bounty scope to cover the old client.', true],
      ['We will page the security rota on every report marked critical.', false],
    ]);
  });

  it('reads the first sentence of a paragraph under the label, or after it on its line, as an item done', () => {
    const text = lessons([
      '### Keeping the secret',
      '',
      'The flaw was talked about in an open channel before the fix was out.',
      '',
      '**Action taken:**',
      '',
      'Our response runbook is now linked from the chat topic. It asks for a private room from the first minute.',
      '',
      '### Telling others',
      '',
      '**Action taken:** The steps for telling forks are now written in our security policy.',
      '',
      '### Pausing the system',
      '',
      '**Action taken:**',
      '',
      'We have agreed on when to pause the bridge:',
      '',
      '- If an attack is under way: pause at once.',
      '- Otherwise: keep it running.',
    ]);
    assert.deepEqual(read(text), [
      ['Our response runbook is now linked from the chat topic.', true],
      ['The steps for telling forks are now written in our security policy.', true],
      ['We have agreed on when to pause the bridge:', true],
    ]);
  });

  it('reads the label beside a plan label outside the lessons too', () => {
    const text = [
      '# Broker outage',
      '',
      '## Summary',
      '',
      'The brokers ran out of disk on 3 March.',
      '',
      '## Disk alarms',
      '',
      '**Actions completed:**',
      '',
      '- Our disk alarm now fires at seventy per cent.',
      '',
      '**Next steps:**',
      '',
      '- Move the broker logs to their own volume.',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      ['Our disk alarm now fires at seventy per cent.', true],
      ['Move the broker logs to their own volume.', false],
    ]);
  });

  it('still reads "Actions taken:" in the telling of the response as steps taken, not items', () => {
    const text = [
      '# Broker outage',
      '',
      '## Summary',
      '',
      'The brokers ran out of disk on 3 March.',
      '',
      '## Resolution',
      '',
      '**Actions taken:**',
      '',
      '- Restarted the brokers with a larger disk.',
      '- Replayed the stuck messages.',
      '',
      '**Actions planned:**',
      '',
      '- Add an alarm on broker disk use.',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [['Add an alarm on broker disk use.', false]]);
  });

  it('leaves a lone "Action taken:" label outside the lessons as the steps of the response', () => {
    const text = [
      '# Broker outage',
      '',
      '## Summary',
      '',
      'The brokers ran out of disk on 3 March.',
      '',
      '## Disk alarms',
      '',
      '**Action taken:**',
      '',
      'We moved the broker logs to a larger volume. Messages flowed again by noon.',
      '',
    ].join('\n');
    assert.deepEqual(read(text), []);
  });
});
