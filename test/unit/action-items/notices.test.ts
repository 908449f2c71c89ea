/**
 * Lines of a public notice or a status post that read like work and are not the authors' follow-up:
 * the readers' own next steps, legends that explain a plan's columns, updates told while the
 * incident was under way, the recovery steps of one incident among several. Every document here
 * is written for the test; look-alikes that are real items stay items.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { itemTexts as texts } from './helpers';

describe('action items: what a notice asks of its readers', () => {
  it('takes no items from a section of the readers own next steps', () => {
    const text = [
      '# Mail archive outage',
      '',
      'On Monday the mail archive lost its index. We have rebuilt it since.',
      '',
      '## User next steps',
      '',
      '### Reconnect your client',
      '',
      'All mailbox owners should now be able to sign in again with their old password.',
      '',
      'A few special cases:',
      '* **Shared folders:** shared folders will need to be shared again -- write to the help desk to have it done.',
      '* **Old links:** links to the previous address will stop working, so please update your bookmarks.',
      '* **Urgent mail:** if you are waiting on urgent mail, please call us. Send a note with the following:',
      '  * Include the sender and the date in the subject',
      '  * Describe what you expected to receive',
      '',
      'Old archive paths should ***not*** be used in filters.',
      '',
      '## Follow-up work',
      '',
      '- Add an alert on the size of the index',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on the size of the index']);
  });

  it('keeps the authors plan nested under such a heading, and a plain "Next steps"', () => {
    const nested = [
      '# Mail archive outage',
      '',
      'On Monday the mail archive lost its index.',
      '',
      '## What you need to do',
      '',
      'Please update your bookmarks.',
      '',
      '### Our next steps',
      '',
      '- Add an alert on the size of the index',
      '- Rebuild the index every night',
      '',
    ].join('\n');
    assert.deepEqual(texts(nested), ['Add an alert on the size of the index', 'Rebuild the index every night']);
    const plain = [
      '# Mail archive outage',
      '',
      'On Monday the mail archive lost its index.',
      '',
      '## Next steps',
      '',
      '- Add an alert on the size of the index',
      '',
    ].join('\n');
    assert.deepEqual(texts(plain), ['Add an alert on the size of the index']);
  });
});

describe('action items: a legend and a policy before the plan', () => {
  const policy = 'Action items should answer the lessons above. We should keep what worked and stop relying on chance.';
  const plan = (legend: string[], rows: string[], opening = policy) =>
    [
      '# Replica drift',
      '',
      'Two replicas served different rows for a day.',
      '',
      '## Action items',
      '',
      opening,
      '',
      'Every item has a kind:',
      '',
      ...legend,
      '',
      '| Action item | Kind | Priority | Status |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');

  it('takes no items from a list that explains the words of the table, nor from the policy sentence', () => {
    const text = plan(
      [
        '- Fix - changes that stop the fault coming back before the next release.',
        '- Detect - Add checks so we learn of it sooner.',
        '- P1 - Must be done this quarter.',
      ],
      ['| Replicas compare checksums every hour | Detect | P1 | Done |', '| Writes go through one leader | Fix | P1 | |'],
    );
    assert.deepEqual(texts(text), ['Replicas compare checksums every hour', 'Writes go through one leader']);
  });

  it('keeps labelled tasks whose labels the table does not hold, and a "we should" after another opening', () => {
    const text = plan(
      ['- Alerting - Add an alert on replica lag', '- Backups - Test a restore every month'],
      ['| Replicas compare checksums every hour | Detect | P1 | Done |'],
      'The items below are owned by the storage team. We should keep what worked and stop relying on chance.',
    );
    assert.deepEqual(texts(text), [
      'We should keep what worked and stop relying on chance.',
      'Alerting - Add an alert on replica lag',
      'Backups - Test a restore every month',
      'Replicas compare checksums every hour',
    ]);
  });
});

describe('action items: recovery steps under a sub-heading of the recovery', () => {
  const doc = (second: string[]) =>
    [
      '# Two export failures',
      '',
      'Two nightly exports failed in one week.',
      '',
      '## Recovery',
      '',
      '### `INC-7`',
      '',
      '- Find the rows the first export skipped',
      '- Mark the skipped rows for the next run',
      '',
      '### `INC-8`',
      '',
      ...second,
      '',
      '## Follow-up',
      '',
      '- Add a row count check to the export',
      '',
    ].join('\n');

  it('takes no items from the imperative steps of each part of the recovery', () => {
    const text = doc([
      '- Check which day is missing with a query on the load date',
      '- Update the load date of the missing rows',
      '- Run the export again by hand',
    ]);
    assert.deepEqual(texts(text), ['Add a row count check to the export']);
  });

  it('keeps a part that commits in so many words, and a follow-up heading under the recovery', () => {
    const promised = doc(['- We will add a check on the load date', '- We will alert on an empty export']);
    assert.deepEqual(texts(promised), ['We will add a check on the load date', 'We will alert on an empty export', 'Add a row count check to the export']);
    const named = [
      '# Export failure',
      '',
      'The nightly export failed.',
      '',
      '## Recovery',
      '',
      'We re-ran the export by hand.',
      '',
      '### Follow-up work',
      '',
      '- Add a row count check to the export',
      '- Alert on an empty export',
      '',
    ].join('\n');
    assert.deepEqual(texts(named), ['Add a row count check to the export', 'Alert on an empty export']);
  });
});

describe('action items: a status post told while the incident was on', () => {
  it('takes no items from "we are investigating the cause" and "we will fix this as soon as possible"', () => {
    const text = [
      '# Builds are stuck',
      '',
      'Builds are waiting in the queue and do not start.',
      'We are investigating the cause.',
      'We are looking into it and will bring the queue back as quickly as we can.',
      'We will try to fix this as soon as possible.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });

  it('keeps work named by its object, even when promised as soon as possible', () => {
    const text = [
      '# Builds are stuck',
      '',
      'Builds waited in the queue for an hour.',
      'We are investigating a change to the retry limits of the scheduler.',
      'We will add a limit on queued builds as soon as possible.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), [
      'We are investigating a change to the retry limits of the scheduler.',
      'We will add a limit on queued builds as soon as possible.',
    ]);
  });
});

describe('action items: reflection around the plan', () => {
  const doc = (opening: string, closing: string) =>
    [
      '# Queue stall',
      '',
      'The queue stalled for an hour.',
      '',
      '## What we are doing about it',
      '',
      opening,
      '',
      '- We will add a second consumer to the queue.',
      '- We will alert when the queue stops moving.',
      '',
      '## Closing words',
      '',
      closing,
      '',
    ].join('\n');

  it('takes no item from an opening that tells what the team has lived through, nor from "we will continue to analyse the events"', () => {
    const text = doc(
      'This is the first stall we have experienced since launch. We see it as a chance to learn how the queue fails.',
      'We apologise for the trouble. We will continue to analyse the events that led to the stall.',
    );
    assert.deepEqual(texts(text), ['We will add a second consumer to the queue.', 'We will alert when the queue stops moving.']);
  });

  it('keeps a fix the team has made, told as an entry of the plan', () => {
    const text = doc('This is the first stall we have experienced since launch.', 'We apologise for the trouble.').replace(
      '- We will add a second consumer',
      '- We have added a timeout to the consumer.\n- We will add a second consumer',
    );
    const found = analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems;
    assert.deepEqual(
      found.map((i) => [i.text, i.done]),
      [
        ['We have added a timeout to the consumer.', true],
        ['We will add a second consumer to the queue.', false],
        ['We will alert when the queue stops moving.', false],
      ],
    );
  });
});

describe('action items: the work told as the text of a link', () => {
  it('reads a plan and a fix whose verbs are inside the link text', () => {
    const planned = [
      '# Import stalls',
      '',
      'The import stalled twice last week.',
      'To make it less likely, we [plan to move the import to a retrying queue](https://example.org/pr/7).',
      '',
    ].join('\n');
    assert.deepEqual(texts(planned), ['To make it less likely, we plan to move the import to a retrying queue.']);
    const done = [
      '# Import stalls',
      '',
      'The import stalled twice last week.',
      '',
      "We've [added a health probe to the importer](https://example.org/pr/8) to prevent this from happening again.",
      '',
    ].join('\n');
    const found = analyzeDocument(done, 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems;
    assert.deepEqual(
      found.map((i) => [i.text, i.done]),
      [["We've added a health probe to the importer to prevent this from happening again.", true]],
    );
  });

  it('takes nothing from a link whose text tells the incident', () => {
    const text = [
      '# Import stalls',
      '',
      'The import stalled twice last week.',
      'We [read the logs of both nights](https://example.org/logs) and found a lock.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });
});

describe('action items: changes told as made under a heading that says so', () => {
  const doc = (heading: string, lead = 'We made two changes:') =>
    [
      '# Token scopes',
      '',
      'Tokens kept scopes their holders had lost.',
      '',
      `### ${heading}`,
      '',
      `The records were deleted every night. ${lead}`,
      '',
      '1. **Expired sessions are copied to an archive first.** The purge task now saves each row in cold storage.',
      '2. **The caller in every log line.** Every request log entry now records which key signed it.',
      '',
    ].join('\n');

  it('reads the numbered changes under "What we changed in logging" as done', () => {
    const found = analyzeDocument(doc('What we changed in logging'), 'postmortems/2026-06-01-test.md', defaultSettings()).model.actionItems;
    assert.deepEqual(
      found.map((i) => i.done),
      [true, true],
    );
  });

  it('leaves them open under "What we will change in logging"', () => {
    const found = analyzeDocument(doc('What we will change in logging', 'We will make two changes:'), 'postmortems/2026-06-01-test.md', defaultSettings()).model
      .actionItems;
    assert.deepEqual(
      found.map((i) => i.done),
      [false, false],
    );
  });
});

describe('action items: advice to the readers inside the plan', () => {
  it('takes no item from "all <kind of> users should now …", in a paragraph or a bullet', () => {
    const text = [
      '# Sign-in outage',
      '',
      'Sign-in failed for a day.',
      '',
      '## Next steps',
      '',
      'All existing users should now sign in with the new address. We will add a redirect from the old address.',
      '',
      '- All mobile users should update the app',
      '- Ensure users can sign in after a failover',
      '- The on-call rota should include a second person',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), [
      'We will add a redirect from the old address.',
      'Ensure users can sign in after a failover',
      'The on-call rota should include a second person',
    ]);
  });
});

describe('action items: a promise of transparency is no fix', () => {
  it('takes no item from "the steps we have taken to prevent it from happening again" in an opening', () => {
    const text = [
      '# Token leak',
      '',
      'A publishing token leaked for four hours.',
      '',
      'We want to be open about what happened and the steps we have taken to prevent it from happening again.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), []);
  });
});
