import { strict as assert } from 'node:assert';
import { items, postmortem } from './helpers';

/** The items read from a whole document, as [title, owner, done] triples. */
function read(text: string): [string, string | null, boolean][] {
  return items(text).map((i) => [i.title, i.owner, i.done]);
}

describe('action items: a tag in brackets that opens an item', () => {
  it('a name or a team in brackets before the words owns the item', () => {
    const got = read(
      postmortem(
        [
          '- [KDR] Rotate the signing keys of the mirror',
          '- [Quokka] look at raising the gossip window',
          '- **[Storage team]** Add a size cap on uploads',
          '- [ ] [Lina Park] Write the replay runbook',
          '- [Ops] [P2] Pin the base image',
        ].join('\n'),
      ),
    );
    assert.deepEqual(got, [
      ['Rotate the signing keys of the mirror', 'KDR', false],
      ['look at raising the gossip window', 'Quokka', false],
      ['Add a size cap on uploads', 'Storage team', false],
      ['Write the replay runbook', 'Lina Park', false],
      ['[P2] Pin the base image', 'Ops', false],
    ]);
  });

  it('a tag that sorts the work (kind, priority, status, issue, quarter, system) owns nothing', () => {
    const got = read(
      postmortem(
        [
          '- [P1] Add a retry budget',
          '- [Monitoring] Alert on replication lag',
          '- [Security] Rotate the deploy tokens',
          '- [WIP] Move the cron to the scheduler',
          '- [OPS-41] Drop the unused bucket',
          '- [Q3] Split the ingest queue',
          '- [Redis Cluster] Raise the memory limit',
          '- [Follow-up] Check the backup restore',
          '- [Docs](https://example.org/docs) Update the failover page',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      got.map(([, owner]) => owner),
      [null, null, null, null, null, null, null, null, null],
    );
  });

  it('past-tense work after an owner tag is read as done, an adverb before the verb too', () => {
    const got = read(
      postmortem(
        [
          '- [KDR] Removed the stale maintainer group',
          '- [KDR] Completed the audit of every merged change',
          '- [Quokka] Finalized the list of unsafe builds',
          '- [Quokka] Enforced branch protection on all repos',
          '- [KDR] Engaged an outside reviewer for the binaries',
          '- [KDR] Temporarily doubled the reward for reports',
          '- [Quokka] Remove the stale maintainer group',
          '- [KDR] Temporarily double the reward for reports',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      got.map(([title, , done]) => [title, done]),
      [
        ['Removed the stale maintainer group', true],
        ['Completed the audit of every merged change', true],
        ['Finalized the list of unsafe builds', true],
        ['Enforced branch protection on all repos', true],
        ['Engaged an outside reviewer for the binaries', true],
        ['Temporarily doubled the reward for reports', true],
        ['Remove the stale maintainer group', false],
        ['Temporarily double the reward for reports', false],
      ],
    );
  });

  it('broken brackets read as words, without an owner and without a crash', () => {
    const long = `[${'A'.repeat(60)}] Add a guard`;
    const got = read(postmortem(['- [ Add a guard', '- [] Add a guard', `- ${long}`, '- [KDR]'].join('\n')));
    assert.deepEqual(got, [
      ['[ Add a guard', null, false],
      ['[] Add a guard', null, false],
      [long, null, false],
    ]);
  });
});

describe('action items: a list of bare addresses after a lead line', () => {
  /** A document whose summary holds `lines`, and no action-items section. */
  function summary(lines: string[]): string {
    return [
      '# Post-mortem: cache stampede',
      '',
      '## Summary',
      '',
      'The cache fell over twice.',
      '',
      ...lines,
      '',
      '## Timeline',
      '',
      '- 10:02 alert fired',
      '',
    ].join('\n');
  }

  it('is reading, not work, when the line does not name follow-up work', () => {
    const got = items(
      summary([
        'Related commits:',
        '',
        '- https://example.org/cache/commits?author=kim',
        '- [https://example.org/cache/pull/9](https://example.org/cache/pull/9)',
      ]),
    );
    assert.deepEqual(got, []);
  });

  it('still holds items when the line names follow-up work, or the links carry titles', () => {
    const named = items(summary(['Follow-ups:', '', '- https://example.org/cache/issues/41', '- https://example.org/cache/issues/42']));
    assert.deepEqual(
      named.map((i) => i.text),
      ['https://example.org/cache/issues/41', 'https://example.org/cache/issues/42'],
    );
    const titled = items(
      summary([
        'Open items:',
        '',
        '- [Cap the refill rate](https://example.org/cache/issues/43)',
        '- [Warm the cache on deploy](https://example.org/cache/issues/44)',
      ]),
    );
    assert.deepEqual(
      titled.map((i) => i.text),
      ['Cap the refill rate', 'Warm the cache on deploy'],
    );
  });
});

describe('action items: a short title over one sub-bullet that describes it', () => {
  const DOC =
    '# Relay outage\n\n## Summary\n\nThe relay served stale headers. We are adding guards so it cannot happen again.\n\n## Looking Forward\n\nWe found a few areas to work on:\n\n';

  it('is one item, the title, under "Looking Forward"; the plan makes the summary\'s promise no second item', () => {
    const text =
      DOC +
      '1. **Simulator headroom**\n   - Running load tests so the simulator keeps answering under a burst.\n\n' +
      '2. **Faster demotion**\n   - We are looking into demoting a builder after the first timeout.\n\n' +
      '3. **Bounty**\n   - We will open a bounty for the relay code.\n';
    assert.deepEqual(
      items(text).map((i) => [i.text, i.implicit, i.done]),
      [
        ['Simulator headroom', false, false],
        ['Faster demotion', false, false],
        ['Bounty', false, false],
      ],
    );
  });

  it('is done when its description reports the work done', () => {
    const text = postmortem('- **Lag alert**\n  - Added an alert on consumer lag last week.\n- **Replay tool**\n  - Still to be written.');
    assert.deepEqual(
      items(text).map((i) => [i.text, i.done]),
      [
        ['Lag alert', true],
        ['Replay tool', false],
      ],
    );
  });

  it('stays a group when the sub-bullet is a task, a checkbox or holds an owner, or the title ends on a colon', () => {
    const text = postmortem(
      [
        '- **Alerts**',
        '  - Add an alert on consumer lag',
        '- **Runbook**',
        '  - [ ] A page on replaying the queue',
        '- **Replay**',
        '  - A replay tool for the lost hour (owner: Ines)',
        '- Capacity:',
        '  - We will double the broker disks',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Add an alert on consumer lag', 'A page on replaying the queue', 'A replay tool for the lost hour (owner: Ines)', 'We will double the broker disks'],
    );
  });
});

describe('action items: "X to do Y" names X as owner only when X can own work', () => {
  it('reads no owner from a verb, a gerund or a word of manner before "to"', () => {
    const text = postmortem(
      [
        '- Try to teach every engineer why agent forwarding is risky',
        '- Continue to publish images to the public registry',
        '- Remembering to name a comms lead on every incident',
        '- Needless to say, the admin port is now closed',
        '- Reminders to snapshot disks before a rebuild',
        '- Mark to send the customer notice',
        '- Quokka to build the patch release',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => i.owner),
      [null, null, null, null, null, 'Mark', 'Quokka'],
    );
  });

  it('reads no owner from a noun of action before "to", nor from "to" before a quantity or an ordinal', () => {
    const text = postmortem(
      [
        '- Replication to a spare array in the other rack',
        '- Encryption to cover the cold archive too',
        '- Failover to another zone when the primary stalls',
        '- Backups to second site (if budget allows)',
        '- Operations to rehearse the restore',
        '- Nadia to test the failover',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => i.owner),
      [null, null, null, null, 'Operations', 'Nadia'],
    );
  });
});
