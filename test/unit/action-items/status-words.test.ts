import { strict as assert } from 'node:assert';
import { items, postmortem } from './helpers';

/** The items read from a whole document, as [text, done] pairs. */
function read(text: string): [string, boolean][] {
  return items(text).map((i) => [i.text, i.done]);
}

describe('action items: how the words say the work is done or not', () => {
  it('a past passive at the head of an item reports it done, even when its noun is also a verb of work', () => {
    const got = read(
      postmortem(
        [
          '- patch was rolled out to every relay',
          '- Stale sessions were purged from the cache',
          '- Fix was appplied to the retry loop', // misspelt participle: still the past passive
          '- Alert when the queue was drained for an hour',
          '- Investigate why the backup was skipped',
          '- Document which hosts were affected',
        ].join('\n'),
      ),
    );
    assert.deepEqual(got, [
      ['patch was rolled out to every relay', true],
      ['Stale sessions were purged from the cache', true],
      ['Fix was appplied to the retry loop', true],
      ['Alert when the queue was drained for an hour', false],
      ['Investigate why the backup was skipped', false],
      ['Document which hosts were affected', false],
    ]);
  });

  it('an item that says part of its work is still to come stays open', () => {
    const got = read(postmortem(['- Affected tenants have been listed and will be contacted by support', '- Affected tenants have been listed'].join('\n')));
    assert.deepEqual(got, [
      ['Affected tenants have been listed and will be contacted by support', false],
      ['Affected tenants have been listed', true],
    ]);
  });

  it('a done word as the text of a link opens an item as "Done:" does; a link with other words does not', () => {
    const got = read(
      postmortem(
        [
          '- [Done][pr-7]: add a staging copy of the network config',
          '- [Fixed](https://example.org/pr/8) - pin the image digest',
          '- [Done with the old runbook][doc]: rewrite the failover steps',
          '- [OPS-9][ops-9]: move the cron job off the shared host',
          '',
          '[pr-7]: https://example.org/pr/7',
          '[doc]: https://example.org/doc',
          '[ops-9]: https://example.org/issues/9',
        ].join('\n'),
      ),
    );
    assert.deepEqual(got, [
      ['Done: add a staging copy of the network config', true],
      ['Fixed - pin the image digest', true],
      ['Done with the old runbook: rewrite the failover steps', false],
      ['OPS-9: move the cron job off the shared host', false],
    ]);
  });

  it('a status line over a list says whether its items are done; other lines over a list do not', () => {
    const got = read(
      postmortem(
        [
          'Completed:',
          '',
          '- Traffic moved off the bad region (see the ticket).',
          '- Full audit of the exposed keys (this report)',
          '',
          'In progress:',
          '',
          '- Rotated credentials for the build bots',
          '',
          'Ideas for later:',
          '',
          '- Shard the queue by tenant',
        ].join('\n'),
      ),
    );
    assert.deepEqual(got, [
      ['Traffic moved off the bad region (see the ticket).', true],
      ['Full audit of the exposed keys (this report)', true],
      ['Rotated credentials for the build bots', false],
      ['Shard the queue by tenant', false],
    ]);
  });

  it('a status line that is a sentence, or that has no list after it, changes nothing', () => {
    const got = read(postmortem(['Completed: the first two steps below.', '', '- Shard the queue by tenant', '', 'Done:'].join('\n')));
    assert.deepEqual(got, [['Shard the queue by tenant', false]]);
  });
});

describe('action items: prose that is not a promise', () => {
  const note = (body: string) => `# Wifi clients without addresses\n\n${body}\n`;

  it('"which means X will …" after what was done tells a consequence, not work', () => {
    assert.deepEqual(read(note('I moved the APs to the new group, which means the APs will restart once.')), []);
    assert.deepEqual(read(note('We moved the hosts to the new rack, which means that Ops will see new names.')), []);
    assert.deepEqual(read(note('We rebuilt the pool last night, meaning that the old leases will expire.')), []);
  });

  it('an open question ("as to whether we will …", however spelt) is no commitment', () => {
    assert.deepEqual(read(note('The jury is still out as to whether we will keep the sidecar.')), []);
    assert.deepEqual(read(note('No decision yet as to wether we will keep the sidecar.')), []);
    // The same promise said plainly is one.
    assert.deepEqual(read(note('We will keep the sidecar until the next release.')), [['We will keep the sidecar until the next release.', false]]);
  });

  it('the bullets under "What needs improvement:" are lessons; those under a follow-up line stay items', () => {
    const text = [
      '# Runner outage',
      '',
      '## Review',
      '',
      'What needs improvement:',
      '- The first hour went into the wrong controller.',
      '- A one-line setting took two days to notice.',
      '',
      'Follow-ups:',
      '- Keep runner settings in version control',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [['Keep runner settings in version control', false]]);
  });
});

describe('action items: a plan written as sub-headings with a paragraph each', () => {
  const plan = (body: string) => `# Chain halt\n\n## Summary\n\nBlocks stopped for an hour.\n\n## Future work\n\n${body}\n`;

  it('"It will be …" under a sub-heading naming the work is that work, as "We are going to …" is', () => {
    const got = items(
      plan(
        [
          '### Removal of the trusted-source flag',
          '',
          'The flag skips the receipt check for one source. It will be turned off on every node.',
          '',
          '### Better monitoring',
          '',
          'We are going to compare our blocks with a partner feed.',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      got.map((i) => i.text),
      ['It will be turned off on every node.', 'We are going to compare our blocks with a partner feed.'],
    );
  });

  it('a pronoun sentence that only describes, asks or promises to report is not read', () => {
    const got = items(
      plan(
        [
          '### The trusted-source flag',
          '',
          'It skips the receipt check for one source. Will it be turned off?',
          '',
          '### Old dashboards',
          '',
          'They will be needed for the audit. It would be removed if the vendor agreed.',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      got.map((i) => i.text),
      [],
    );
  });

  it('outside a plan, a pronoun with a firm future stays prose', () => {
    const text = '# Chain halt\n\n## Root cause\n\n### The flag\n\nIt will be turned off on every node.\n\n## Action items\n\n- Add a receipt check\n';
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Add a receipt check'],
    );
  });
});

describe('action items: steps taken during the response are not follow-up work', () => {
  it('a list after "… had to be restarted:" recounts the response, even under a heading read as a plan', () => {
    const text = postmortem(
      [
        'Once the token was replaced, the exporter had to be restarted:',
        '',
        '- open the workloads page',
        '- pick `exporter`',
        '- click "Restart"',
        '',
        'Next steps:',
        '',
        '- Move the token to a service account',
      ].join('\n'),
    );
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Move the token to a service account'],
    );
  });

  it('a lead-in that plans ("We will need to:") still introduces items', () => {
    const text = postmortem(['To close this out we will need to:', '', '- Move the token to a service account', '- Alert on exporter restarts'].join('\n'));
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Move the token to a service account', 'Alert on exporter restarts'],
    );
  });
});

describe('action items: work under way told with any common verb of work', () => {
  const note = (body: string) => `# Key leak\n\n${body}\n`;

  it('"we are establishing …", "we\'re also extending …" and "We\'ve decided to …" are work in prose', () => {
    const got = items(
      note(
        [
          'The build host kept an old agent socket. We are establishing a monthly review of every host key.',
          '',
          "We're also extending the nightly scan to the package mirrors.",
          '',
          "We've decided to retire the shared bastion.",
        ].join('\n'),
      ),
    ).map((i) => i.text);
    assert.deepEqual(got, [
      'We are establishing a monthly review of every host key.',
      "We're also extending the nightly scan to the package mirrors.",
      "We've decided to retire the shared bastion.",
    ]);
  });

  it('finding out about the incident, and a progressive that is no verb of work, are not follow-up work', () => {
    const got = items(
      note(
        [
          "We're still analysing the logs, but so far only one host looks touched.",
          '',
          'We are seeing fewer errors since noon.',
          '',
          'At that point we decided to fail over.',
        ].join('\n'),
      ),
    );
    assert.deepEqual(got, []);
  });
});
