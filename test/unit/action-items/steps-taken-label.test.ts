/**
 * Inside the plan, the steps of the response listed under a label that says they were taken
 * ("Immediate actions taken:") record what was done, not follow-up work. An entry under it that is
 * still to do, or a change made to last, stays an item. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts as texts } from './helpers';

describe('action items: steps taken listed inside the plan', () => {
  const doc = (label: string) =>
    [
      '# Broker outage',
      '',
      '## Summary',
      '',
      'The message brokers stopped on 3 March.',
      '',
      '## Corrective and preventive measures',
      '',
      `- **${label}**:`,
      '  * Traffic was drained from the west region',
      '  * Dashboards confirmed the scope of the fault',
      '  * Added an alert on broker memory to catch this in the future',
      '  * Wrote down the recovery steps for future on-call shifts',
      '  * We will move the brokers to larger hosts (owner: Ana)',
      '- **Longer term**:',
      '  * Add a second broker cluster',
      '',
    ].join('\n');

  it('keeps from a label of steps taken only what is still to do or made to last', () => {
    assert.deepEqual(texts(doc('Immediate actions taken')), [
      'Added an alert on broker memory to catch this in the future',
      'Wrote down the recovery steps for future on-call shifts',
      'We will move the brokers to larger hosts (owner: Ana)',
      'Add a second broker cluster',
    ]);
  });

  it('reads every entry under a label that does not say the steps were taken', () => {
    const found = texts(doc('Short-term fixes'));
    assert.ok(found.includes('Traffic was drained from the west region'), found.join(' | '));
    assert.ok(found.includes('Add a second broker cluster'), found.join(' | '));
  });

  it('reads a checkbox under such a label as an item', () => {
    const text = ['# Outage', '', '## Action items', '', '- Steps taken:', '  - [x] Rolled the router back', '  - Restarted the pods', ''].join('\n');
    assert.deepEqual(texts(text), ['Rolled the router back']);
  });
});
