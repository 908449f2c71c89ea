/**
 * Work the authors say they are partway through ("we're midway through a wider push to …")
 * is an open item in the plan, even in its own paragraph after the list. Every document here is
 * written for the test; the same words about the incident, in the past, stay out.
 */
import { strict as assert } from 'node:assert';
import { items as readItems } from './helpers';

function items(text: string): { text: string; done: boolean }[] {
  return readItems(text).map((i) => ({ text: i.text, done: i.done }));
}

describe('action items: work the authors are partway through', () => {
  it('reads an effort under way, told after the list, as an open item', () => {
    const text = [
      '# Queue stall',
      '',
      'We were in the middle of a deploy when the queue stalled.',
      '',
      '## Next steps',
      '',
      '- Add a timeout to every queue read',
      '',
      'We are now in the middle of a longer effort to take session reads off the primary database.',
      '',
      "Beyond that, we're partway through moving the cron jobs to the new scheduler.",
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => [i.text, i.done]),
      [
        ['Add a timeout to every queue read', false],
        ['We are now in the middle of a longer effort to take session reads off the primary database.', false],
        ["Beyond that, we're partway through moving the cron jobs to the new scheduler.", false],
      ],
    );
  });

  it('takes no item from the same words about the incident or a review under way', () => {
    const text = [
      '# Queue stall',
      '',
      '## Next steps',
      '',
      '- Add a timeout to every queue read',
      '',
      'We were in the middle of a longer effort to move the queue when it stalled. We are in the middle of the incident review.',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Add a timeout to every queue read'],
    );
  });
});
