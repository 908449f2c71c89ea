/**
 * A closing vow ("This must never happen again", "We have to do better here", "we take it more
 * seriously now") names no work: as the last bullet of a plan or a sentence after it, it is no item;
 * nor is the feeling about work named before ("we're proud of the progress we're making"). Every document here is written for
 * the test.
 */
import { strict as assert } from 'node:assert';
import { closingVow } from '../../../server/src/analysis/model/action-items/vows';
import { readSentence } from '../../../server/src/analysis/model/action-items/reading';
import { items, postmortem } from './helpers';

describe('action items: closing vows', () => {
  it('takes no item from a vow as the last bullet of a plan', () => {
    const body = [
      '1. **Never reset** the shared database from a laptop',
      '2. Add a confirmation prompt to the reset script',
      '3. **This outage must never happen again**',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => i.text),
      ['Never reset the shared database from a laptop', 'Add a confirmation prompt to the reset script'],
    );
  });

  it('takes no item from a vow told in the prose after the plan', () => {
    const body = [
      'We will add a dry-run mode to the migration tool.',
      '',
      'Our users trusted us with their files and we let them down. We have to do better here, and we are confident we will.',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => i.text),
      ['We will add a dry-run mode to the migration tool.'],
    );
  });

  it('takes no item from a closing paragraph of stance and feeling', () => {
    const body = [
      'We will add a dry-run mode to the migration tool.',
      '',
      "Looking back, we've begun to take release safety far more seriously, even before this outage. There is plenty left to do, but we are proud of the progress we're making.",
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => i.text),
      ['We will add a dry-run mode to the migration tool.'],
    );
    // A verb of work with its object still names the work under way.
    assert.ok(readSentence("We're making the release checks mandatory."));
  });

  it('tells a vow from work that keeps it', () => {
    for (const vow of [
      'This must never happen again.',
      '**This incident must never happen again**',
      'A mistake like this cannot be allowed to happen again.',
      'Such an outage should not recur.',
      'Never again.',
      'We must do better.',
      'We need to do much better for our customers.',
      'We take uptime very seriously.',
    ])
      assert.ok(closingVow(vow), vow);
    for (const work of [
      'Add a guard so this cannot happen again',
      'This must never happen again, so we will add a guard on resets.',
      'We must do better at testing migrations by running them on a copy.',
      'We need to do better alerting on disk usage',
      'Never run the reset script against production',
      'We take security seriously and will add two-factor login to every account.',
      'We now take backups more seriously by testing restores weekly.',
      '',
      'x'.repeat(5000),
    ])
      assert.ok(!closingVow(work), work.slice(0, 60));
  });

  it('still takes a checkbox whatever its words', () => {
    assert.deepEqual(
      items(postmortem('- [ ] This must never happen again')).map((i) => i.text),
      ['This must never happen again'],
    );
  });
});
