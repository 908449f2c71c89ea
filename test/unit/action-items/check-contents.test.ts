/**
 * The inside of a check is no plan: the entries nested under an item that names a checklist, the
 * list after a lead-in saying what a check verifies, and the boxes ticked on every run of a checklist
 * say what is checked, not work to do. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { specifiesCheck } from '../../../server/src/analysis/model/action-items/lead-ins';
import { itemTexts as texts } from './helpers';

const story = ['# Queue drained into the void', '', '## Summary', '', 'A consumer acknowledged messages before it stored them.', ''];

describe('action items: the contents of a check', () => {
  it('reads an item naming a checklist as one item, its boxes as its content', () => {
    const text = [
      ...story,
      '## Action items',
      '',
      '1. Add an alert on consumer lag',
      '2. **Restart checklist:**',
      '   - [ ] Confirm the consumer group name',
      '   - [ ] Compare the queue depth before and after',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on consumer lag', 'Restart checklist:']);
  });

  it('reads what a check must verify as its specification', () => {
    for (const lead of ['Add a CI job to verify:', 'Write a nightly script that checks that:', 'We will add a deploy gate which validates:']) {
      const text = [
        ...story,
        '## Follow-ups',
        '',
        '- Store each message before acknowledging it',
        '',
        lead,
        '',
        '- every consumer acknowledges after its write',
        '- no queue has more than one consumer group',
        '',
      ].join('\n');
      assert.deepEqual(texts(text), ['Store each message before acknowledging it'], lead);
    }
  });

  it('reads the boxes ticked before each run under a checklist heading as the checklist', () => {
    const text = [
      ...story,
      '## Prevention',
      '',
      '### Consumer release checklist',
      '',
      'Before every consumer release:',
      '',
      '- [ ] Reviewed the acknowledgement order',
      '- [ ] Replayed a day of traffic in staging',
      '',
      '### Storage',
      '',
      '- [ ] Turn on write-ahead logging for the store',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Turn on write-ahead logging for the store']);
  });

  it('keeps a follow-up checklist and a plain group label as the plan', () => {
    const text = [
      ...story,
      '## Action items',
      '',
      '- **Follow-up checklist:**',
      '  - [ ] Add an alert on consumer lag',
      '- Monitoring:',
      '  - Page on a lag over five minutes',
      '',
      'Before the next release:',
      '',
      '- Replay a day of traffic in staging',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on consumer lag', 'Page on a lag over five minutes', 'Replay a day of traffic in staging']);
  });

  it('keeps work to check something as work', () => {
    const text = [...story, '## Next steps', '', 'We still need to check:', '', '- Compare the replica against the primary', ''].join('\n');
    assert.equal(specifiesCheck('We still need to verify:'), false);
    assert.equal(specifiesCheck('Create a deployment checklist'), false);
    assert.equal(specifiesCheck('Before each deploy:'), false);
    assert.equal(specifiesCheck('Before each deploy:', 'Deploy checklist'), true);
    assert.equal(specifiesCheck('Before each deploy:', 'Action checklist'), false);
    assert.equal(specifiesCheck('x'.repeat(5000) + ' checks to verify:'), true);
    assert.deepEqual(texts(text), ['Compare the replica against the primary']);
  });
});
