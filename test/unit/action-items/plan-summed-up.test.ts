/**
 * The sentence that sums up a plan by what it is for ("By taking these measures, we hope to keep
 * …", "With the changes above in place, we expect …", "Together, these steps should greatly reduce
 * …", "We believe the actions listed above will make …") names no work of its own: it is no item,
 * before or after the list it sums up. A sentence that names new work beside the plan ("With these
 * changes in place, we will also add a canary stage") is read as usual. Every sentence here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { items } from './helpers';

const doc = (...lines: string[]) =>
  ['# Cache outage', '', '## Summary', '', 'The cache tier was down for an hour after a bad rollout.', '', '## Follow-up', '', ...lines, ''].join('\n');

describe('action items: a sentence that sums up the plan by its aim', () => {
  it('is no item', () => {
    for (const s of [
      'By taking these measures, we hope to keep the next rollout from touching every node at once.',
      'By implementing the steps above, we aim to shorten the time to detect a bad rollout.',
      'With the changes above in place, we expect to catch a broken config before it ships.',
      'Once all of these fixes land, we are confident the cache tier will ride out a bad node.',
      'Together, these steps should greatly reduce the blast radius of a bad rollout.',
      'Taken together, these improvements will make rollouts safer for everyone.',
      'These changes combined will lower the odds of a repeat.',
      'We believe the actions listed above will significantly reduce the risk of this happening again.',
      'Through these efforts we intend to give customers a steadier service.',
    ])
      assert.ok(promisesStatusOnly(s), s);
  });

  it('drops it after the list and before it, keeping the list', () => {
    const after = items(
      doc(
        'To stop a repeat of this, we will:',
        '',
        '1. Stop the config generator writing the same key twice.',
        '2. Roll changes out to two nodes before the rest.',
        '',
        'By taking these measures, we hope to keep a bad config from reaching the whole fleet.',
      ),
    );
    assert.deepEqual(
      after.map((i) => i.text),
      ['Stop the config generator writing the same key twice.', 'Roll changes out to two nodes before the rest.'],
    );
    const before = items(doc('With the steps below we expect to stop a repeat.', '', '- Add a config lint step', '- Page the on-call on a failed start'));
    assert.deepEqual(
      before.map((i) => i.text),
      ['Add a config lint step', 'Page the on-call on a failed start'],
    );
  });

  it('leaves sentences that name work of their own', () => {
    for (const s of [
      'With these changes in place, we will also add a canary stage.',
      'After these fixes land, we will rerun the load test on the cache tier.',
      'These changes will be rolled out next week.',
      'We will take these measures to keep a bad config from reaching every node.',
      'By the end of March we aim to have the canary stage live.',
      'By adding a canary stage, we will catch a bad config on two nodes.',
      'We hope to finish the config linter this sprint.',
    ])
      assert.ok(!promisesStatusOnly(s), s);
    const read = items(doc('With these changes in place, we will also add a canary stage to the rollout.'));
    assert.equal(read.length, 1);
  });
});
