/**
 * Shapes of action items that teams write and the reader did not know: a status or a lone first
 * name after a dash, "Action:" and "TODO:" lines. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { items, postmortem } from './helpers';

/** The items of an action-item section holding `body`, as [text, owner, done]. */
function read(body: string): [string, string | null, boolean][] {
  return items(postmortem(body)).map((i) => [i.text, i.owner, i.done]);
}

describe('action items: shapes teams write', () => {
  it('a status after a dash is no owner; a done word there marks the item done', () => {
    const got = read(
      [
        '- Add a lock timeout — Done',
        '- Move the scheduler — WIP',
        '- Review the runbook — Blocked',
        '- Add tracing – Open',
        '- Rotate the keys — Cancelled',
        '- Cap the workers — In progress',
        '- Split the queue — Priya Raman',
      ].join('\n'),
    );
    assert.deepEqual(got, [
      ['Add a lock timeout — Done', null, true],
      ['Move the scheduler — WIP', null, false],
      ['Review the runbook — Blocked', null, false],
      ['Add tracing – Open', null, false],
      ['Rotate the keys — Cancelled', null, false],
      ['Cap the workers — In progress', null, false],
      ['Split the queue — Priya Raman', 'Priya Raman', false],
    ]);
  });

  it('a common first name alone after a plain hyphen or in closing parentheses owns the item', () => {
    const got = read(['- Alert on lock age - Devon', '- Cap concurrent workers (Lena)', '- Pin the image - latest', '- Cache the results (Redis)'].join('\n'));
    assert.deepEqual(got, [
      ['Alert on lock age - Devon', 'Devon', false],
      ['Cap concurrent workers (Lena)', 'Lena', false],
      ['Pin the image - latest', null, false],
      ['Cache the results (Redis)', null, false],
    ]);
  });

  it('lines labelled "Action:", "Follow-up:" or "TODO:" in one paragraph are one item each', () => {
    const got = read(
      ['TODO: Add a lock timeout to the scheduler', 'Action: Alert on lock age (owner: Devon)', 'Follow-up: Document the restart procedure'].join('\n'),
    );
    assert.deepEqual(got, [
      ['Add a lock timeout to the scheduler', null, false],
      ['Alert on lock age (owner: Devon)', 'Devon', false],
      ['Document the restart procedure', null, false],
    ]);
  });

  it('a line that continues a labelled line belongs to its item', () => {
    const got = read(['Action: Alert on lock age', 'when a lock is held past ten minutes.', 'Action: Cap concurrent workers'].join('\n'));
    assert.deepEqual(
      got.map((g) => g[0]),
      ['Alert on lock age when a lock is held past ten minutes.', 'Cap concurrent workers'],
    );
  });

  it('"Action:" before a task is an item wherever it stands; before a step told done it is none', () => {
    const doc = (para: string) =>
      `# Queue stall\n\n## Summary\n\nThe queue stalled.\n\n## Lessons learned\n\nLocks need timeouts.\n\n${para}\n\n## Action items\n\n- Cap concurrent workers\n`;
    assert.deepEqual(
      items(doc('Action: Alert on lock age, owner: Devon')).map((i) => [i.text, i.owner]),
      [
        ['Alert on lock age, owner: Devon', 'Devon'],
        ['Cap concurrent workers', null],
      ],
    );
    assert.deepEqual(
      items(doc('Action: Restarted the workers and cleared the lock table.')).map((i) => i.text),
      ['Cap concurrent workers'],
    );
  });

  it('"TODO:" alone is a template prompt, unless an owner, a due date or a ticket marks the task', () => {
    const doc = (para: string) => `# Queue stall\n\n## Summary\n\nThe queue stalled.\n\n## Lessons learned\n\nLocks need timeouts.\n\n${para}\n`;
    assert.deepEqual(items(doc('TODO: List the action items here')), []);
    assert.deepEqual(items(doc('TODO: Add a lock timeout to the scheduler')), []);
    assert.deepEqual(
      items(doc('TODO: Add a lock timeout to the scheduler (owner: Maya Chen, due 2026-04-01)')).map((i) => [i.text, i.owner, i.due]),
      [['Add a lock timeout to the scheduler (owner: Maya Chen, due 2026-04-01)', 'Maya Chen', '2026-04-01']],
    );
    assert.deepEqual(
      read('- TODO: Alert on lock age, see OPS-12\n- TODO').map((g) => g[0]),
      ['TODO: Alert on lock age, see OPS-12'],
    );
  });
});
