/**
 * Three readings of what a plan's entries are, decided by the entries and not by the heading over them:
 * an entry led by a status word ("Implemented: …", "Suggested: …", "[Planned] …") is follow-up work
 * wherever it stands, its state read from the word; a list or table of bare values (hosts, keys, names
 * in lower case) under an action heading records what a change touched and holds no work; and a
 * sub-entry that opens on a verb of doing under an item is an item of its own. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function items(text: string): { text: string; done: boolean }[] {
  return analyzeDocument(text, 'postmortems/2026-03-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

const HEAD = ['# Queue workers stalled', '', '## Summary', '', 'On Tuesday the queue workers stopped taking jobs for two hours after a bad config push.', ''];

describe('action items: entries led by a status word', () => {
  it('reads "Implemented:" and "Suggested:" entries under a mitigations heading as the plan', () => {
    const got = items(
      [
        ...HEAD,
        '## Mitigations',
        '',
        '* Implemented: A spare worker pool on standby.',
        '* Implemented: Config pushes rolled out one zone at a time.',
        '* Suggested: Block pushes that change every zone at once.',
        '* Proposed: A review step for queue settings.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((i) => [i.text.split(':')[0], i.done]),
      [
        ['Implemented', true],
        ['Implemented', true],
        ['Suggested', false],
        ['Proposed', false],
      ],
    );
  });

  it('reads a single entry led by a word of work ahead', () => {
    const got = items([...HEAD, '## Mitigations', '', '- Suggested: Write a procedure for rebuilding the queue state from backups.', ''].join('\n'));
    assert.equal(got.length, 1);
    assert.equal(got[0].done, false);
  });

  it('reads other ways of writing the status: bold with a dash, in brackets, pending and in progress', () => {
    const got = items(
      [
        ...HEAD,
        '## What changes',
        '',
        '- **Done** - Alert when the queue depth grows for ten minutes.',
        '- [Planned] Canary the config on one worker first.',
        '- Pending: Document how to drain a worker by hand.',
        '- In progress: Split the queue per tenant.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((i) => i.done),
      [true, false, false, false],
    );
  });

  it('reads no items from a record of the response whose entries are all told done', () => {
    const got = items(
      [...HEAD, '## Resolution', '', '- Fixed: the bad value in the worker config.', '- Deployed: the corrected config to all zones.', ''].join('\n'),
    );
    assert.deepEqual(got, []);
  });

  it('reads no items from a lone done entry or from labels that are no status', () => {
    const got = items(
      [
        ...HEAD,
        '## Notes',
        '',
        '- Done: the workers were back by noon.',
        '',
        '## Details',
        '',
        '- Note: the config is kept in the ops repo.',
        '- Cause: a missing unit on the timeout.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(got, []);
  });
});

describe('action items: lists and tables of records under an action heading', () => {
  it('reads no items from a list of host names or a table of DNS records', () => {
    const got = items(
      [
        ...HEAD,
        '## Corrective actions',
        '',
        'We removed the records that pointed these names at old buckets:',
        '',
        '- oldassets',
        '- legacy-media',
        '- files.example.net',
        '',
        'The ops team also removed:',
        '',
        '| type  | name               |',
        '| ----- | ------------------ |',
        '| CNAME | docs.example.net   |',
        '| A     | www.docs.example.net |',
        '',
        '- Review the DNS records every quarter.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((i) => i.text),
      ['Review the DNS records every quarter.'],
    );
  });

  it('reads no items from a table of settings or a list of values in code', () => {
    const got = items(
      [
        ...HEAD,
        '## Action items',
        '',
        '| setting | before | after |',
        '| --- | --- | --- |',
        '| worker_timeout | 30s | 120s |',
        '| max_jobs | 10 | 40 |',
        '',
        '- `queue.retry=3`',
        '- `queue.backoff=2s`',
        '',
        '- Add an alert on stalled workers.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((i) => i.text),
      ['Add an alert on stalled workers.'],
    );
  });

  it('keeps terse noun items and single capitalised words of work', () => {
    const got = items(
      [
        ...HEAD,
        '## Action items',
        '',
        '- Alerting for queue depth',
        '- Runbook for draining a worker',
        '',
        '## Follow-ups',
        '',
        '- Dashboards',
        '- Runbooks',
        '',
      ].join('\n'),
    );
    assert.equal(got.length, 4);
  });

  it('keeps a table with a column of work, even when its cells are short', () => {
    const got = items(
      [...HEAD, '## Action items', '', '| Action | Owner |', '| --- | --- |', '| rotate-keys | @ana |', '| purge-cache | @ben |', ''].join('\n'),
    );
    assert.equal(got.length, 2);
  });

  it('keeps links and ticket keys, which stand for tracked tasks', () => {
    const got = items(
      [...HEAD, '## Action items', '', '- https://example.com/ops/issues/41', '- example.com/ops/issues/42', '- OPS-43', '- #44', ''].join('\n'),
    );
    assert.equal(got.length, 4);
  });

  it('copes with empty and odd entries', () => {
    const got = items([...HEAD, '## Action items', '', '- ', '- x', '-   ', '| a |', '| - |', '| |', ''].join('\n'));
    assert.ok(Array.isArray(got));
  });
});

describe('action items: nested work under an item', () => {
  it('reads sub-entries that turn something back on or raise a need', () => {
    const got = items(
      [
        ...HEAD,
        '## Action items',
        '',
        '- Work with the platform team on the worker budget.',
        '    - Turn the spare pool back on for this service. **(Done as of 2026-03-04)**',
        '    - Raise the need for a budget review with finance.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((i) => [i.text.slice(0, 10), i.done]),
      [
        ['Work with ', false],
        ['Turn the s', true],
        ['Raise the ', false],
      ],
    );
  });

  it('leaves sub-entries that only say more of their item', () => {
    const got = items(
      [...HEAD, '## Action items', '', '- Add a second queue region.', '    - This lets a zone fail without stopping every worker.', ''].join('\n'),
    );
    assert.equal(got.length, 1);
  });
});
