/**
 * A status archive posts one dated update after another ("**Notice**: …", "**Update**: …", each
 * closed by the time it was posted). What such an update says will happen ("the nodes will be
 * down on Saturday", "we will continue tomorrow") is news for the users during the incident, not
 * follow-up work (read by `model/status-log.ts`, which also keeps their labels from being read as
 * sections). Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts as texts } from './helpers';

describe('action items: updates of a status log', () => {
  it('takes no items from stamped updates that announce what will happen', () => {
    const text = [
      '# Build farm incidents',
      '',
      '### March 2-4',
      '',
      '**Resolved**: All build agents are back.',
      '<br><span class="timestamp">March 4, 09:30 CET</span>',
      '',
      '**Update**: Half of the agents are back. We will continue the disk swap tomorrow morning.',
      '<br><span class="timestamp">March 3, 18:00 CET</span>',
      '',
      '**Notice**: The build farm will be unavailable on Saturday while we replace the storage shelf.',
      'Queued jobs will be started afterwards.',
      '<br><span class="timestamp">March 2, 11:10 CET</span>',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('reads updates joined by hard breaks and stamped by a shortcode', () => {
    const text = [
      '# Chat bot down',
      '',
      'The bot was offline for two days.\\',
      '**Investigating:** The provider is looking into it. {{< track "2024-03-04 08:10:00" >}}\\',
      '**Monitoring:** A patch is out, but we are still watching the host for the next weeks. {{< track "2024-03-04 12:40:00" >}}',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('still reads a commitment in an update whose date is in its label, or that carries no time', () => {
    const stamped = ['# Queue outage', '', 'The queue stalled for an hour.', '', '**Update 2024-03-05:** We will add an alert on queue age.', ''].join('\n');
    assert.deepEqual(texts(stamped), ['Update 2024-03-05: We will add an alert on queue age.']);
    const bare = ['# Queue outage', '', 'The queue stalled for an hour.', '', '**Update**: We will add an alert on queue age.', ''].join('\n');
    assert.equal(texts(bare).length, 1);
  });

  it('still reads the prose of a post-mortem beside a stamped update', () => {
    const text = [
      '# Queue outage',
      '',
      '**Resolved**: The queue drains again.',
      '<br><span class="timestamp">May 4, 10:00 PDT</span>',
      '',
      'We will add an alert on queue age so a stall pages the on-call.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We will add an alert on queue age so a stall pages the on-call.']);
  });
});
