/**
 * Work under way and remedies told in the wordings development set D showed in a long remediation
 * plan: two adverbs before the verb ("we are currently also setting up …"), short verbs ("we're running
 * …"), the work named by its means ("we are handling this by moving …"), the remedy named as
 * such ("Our solution is to …", "The main change in the build setup is to …"), and a promise whose
 * next sentence says it is already done. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { readSentence, reportsBackDone } from '../../../server/src/analysis/model/action-items/reading';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { postmortem } from './helpers';

function items(text: string) {
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.actionItems;
}

const kind = (sentence: string) => readSentence(sentence)?.kind ?? null;

describe('action items: work under way and remedies in the plan', () => {
  it('reads work under way after two adverbs, with a short verb, or named by its means', () => {
    assert.equal(kind('We are currently also setting up weekly restore drills for every database.'), 'progress');
    assert.equal(kind("We're also running the importer in its own sandbox from now on."), 'progress');
    assert.equal(kind('We are mitigating this by moving the signing step onto an offline laptop.'), 'progress');
    assert.equal(kind('We are doing this by rotating the tokens every month, and also by auditing them.'), 'progress');
    // States of the service and finding out are not work under way.
    assert.equal(kind("We're running low on disk on the old cluster."), null);
    assert.equal(kind('We are running on the spare region until Friday.'), null);
    assert.equal(kind('We are seeing this by looking at the proxy logs.'), null);
    assert.equal(kind('We are checking this by replaying the queue.'), null);
  });

  it('reads a remedy named as such as a commitment, not one told in the past', () => {
    assert.equal(kind('Our solution is to keep every secret in the vault, from the base image up.'), 'future');
    assert.equal(kind('The main change in our build and release tooling is to move off the old CI server.'), 'future');
    assert.equal(kind('The fix for this is to pin the base image.'), 'future');
    assert.equal(kind('The main change was to move off the old CI server.'), null);
    assert.equal(kind('Our solution worked for a while.'), null);
  });

  it('finds such sentences as items of a plan told in paragraphs, and reads a promise said to be done since as done', () => {
    const text = [
      '# Leaked deploy key',
      '',
      '## Remediation',
      '',
      '### Access',
      '',
      'Shell access was far too broad. We are mitigating this by moving every deploy onto the pipeline, so nobody needs a shell on the hosts.',
      '',
      "We're also running each service in its own container by default from now on.",
      '',
      '### Patching',
      '',
      'Going forward, we are currently also setting up a monthly scan of every public host.',
      '',
      '### CI infrastructure',
      '',
      'The main change in our build setup is to move from the old CI server to a hosted one. The latter has now been extended to every repository we ship.',
      '',
      'Our solution is to keep every secret in the vault. It replaces the shared config repository.',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => [i.text.slice(0, 40), i.done]),
      [
        ['We are mitigating this by moving every d', false],
        ["We're also running each service in its o", false],
        ['Going forward, we are currently also set', false],
        ['The main change in our build setup is to', true],
        ['Our solution is to keep every secret in ', false],
      ],
    );
  });

  it('reads a sentence as done since only when it points back and says now, already or since', () => {
    assert.equal(reportsBackDone('The latter has now been extended to every pipeline.'), true);
    assert.equal(reportsBackDone('This is already in place on the main hosts.'), true);
    assert.equal(reportsBackDone('It has been tested on staging.'), false);
    assert.equal(reportsBackDone('The database has now been moved.'), false);
    assert.equal(reportsBackDone('It has now been agreed and will be rolled out next week.'), false);
    assert.equal(reportsBackDone(''), false);
    assert.equal(reportsBackDone(`This has now been ${'x'.repeat(50_000)}ed.`), false);
  });

  it('reads no item from the problems a heading in the plan lists, only its tasks and the work after it', () => {
    const text = [
      '# Broken token drop',
      '',
      '## Follow-up',
      '',
      '### Drop contract bugs',
      '',
      'Two small bugs remain in the drop contract.',
      '',
      '- the [token names](https://example.com/src/state.rs) are hard-coded, so a test chain cannot use its own.',
      '- payout function is unfinished.',
      '- Add a test for the refund path.',
      '',
      '### Identified problems:',
      '',
      '* No second way into the core routers.',
      '* Emergency access depends on the VPN being up.',
      '',
      '### Work',
      '',
      '* Set up a jump host outside the VPN.',
      '* Write the access runbook.',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Add a test for the refund path.', 'Set up a jump host outside the VPN.', 'Write the access runbook.'],
    );
    // A heading of the plan that only mentions issues, such as one over tickets, keeps its items.
    const tickets = '# Outage\n\n## Follow-up issues\n\n- Cache warmup is slow after deploys\n- Alerts fire too late\n';
    assert.deepEqual(
      items(tickets).map((i) => i.text),
      ['Cache warmup is slow after deploys', 'Alerts fire too late'],
    );
  });

  it('reads no item from the signs a heading in the plan tells readers to watch for, only its tasks', () => {
    const text = [
      '# Queue workers starved',
      '',
      '## 5. Symptoms and prevention',
      '',
      '### 5.1 Tell-tale signs',
      '',
      'Any of these means the pool is running dry again:',
      '',
      '- worker logs: lease expired while waiting on the broker',
      '- Jobs stuck in pending with no worker assigned',
      '- `queue depth` climbing while CPU on the workers sits near zero',
      '- Add an alert on the lease expiry rate',
      '',
      '### 5.2 Red flags to look out for',
      '',
      '1. Retries piling up on one tenant',
      '2. The broker dropping idle connections',
      '',
      '### 5.3 Guard rails',
      '',
      '- Cap the pool per tenant',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['Add an alert on the lease expiry rate', 'Cap the pool per tenant'],
    );
    // Unnumbered, with the heading spelt in capitals and a trailing colon: the same.
    const plain =
      '# Outage\n\n## Action items\n\n### SYMPTOMS:\n\n- Disk latency above a second\n- Writes timing out\n\n### Work\n\n- Move the journal to its own disk\n';
    assert.deepEqual(
      items(plain).map((i) => i.text),
      ['Move the journal to its own disk'],
    );
  });

  it('reads an entry ending on a colon over sub-bullets as an item when it names a goal, carries a status or stands among items', () => {
    const text = [
      '# Queue stall',
      '',
      '## Follow-up',
      '',
      '### Process',
      '',
      '* A faster way to spot a surge of duplicate reports:',
      '  * Alerts for reports that gather many votes in an hour',
      '  * Weekly triage of new reports after each release',
      '',
      '### Measures implemented',
      '',
      '1. **Two monitoring paths**:',
      '   - Host metrics from the node exporter',
      '   - Chain metrics via a patched exporter of our own',
      '2. **Inventory**: every node is now listed in both paths',
      '3. **Config audit**: all nodes checked against the inventory',
      '',
      '### Later',
      '',
      '- Cable ties on every server in the rack',
      '- A config check in the deploy pipeline',
      '- **Automatic failover** (in development):',
      '  - Trigger: a whole session of missed votes',
      '  - Polling every 30 seconds',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => [i.text.slice(0, 36), i.done]),
      [
        ['A faster way to spot a surge of dupl', false],
        ['Alerts for reports that gather many ', false],
        ['Weekly triage of new reports after e', false],
        ['Two monitoring paths:', true],
        ['Inventory: every node is now listed ', true],
        ['Config audit: all nodes checked agai', true],
        ['Cable ties on every server in the ra', false],
        ['A config check in the deploy pipelin', false],
        ['Automatic failover (in development):', false],
      ],
    );
  });

  it('keeps a short label or a label among other labels a group over the items under it', () => {
    const text = [
      '# Queue stall',
      '',
      '## Action items',
      '',
      '- Short term:',
      '  - Raise the worker limit',
      '- Long term:',
      '  - Split the queue per tenant',
      '  - Add a stall alert',
      '- Hire a second on-call engineer',
      '',
      '* Ownership of the queue:',
      '  * Name an owner for the queue',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => [i.text, i.category]),
      [
        ['Raise the worker limit', 'Short term'],
        ['Split the queue per tenant', 'Long term'],
        ['Add a stall alert', 'Long term'],
        ['Hire a second on-call engineer', null],
        ['Name an owner for the queue', 'Ownership of the queue'],
      ],
    );
  });

  it('reads no work in what the write-up itself says, advises or weighs', () => {
    assert.equal(kind('We should also acknowledge that the reporter waited a week for our answer.'), null);
    assert.equal(kind('We should point out that no data left the building.'), null);
    assert.equal(kind("We'd like to recommend that every distribution ships a safer default."), null);
    assert.equal(kind('As a general principle, we should prefer small changes to big ones.'), null);
    // Work to do is still read.
    assert.equal(kind('We should add a check on the key directory.'), 'should');
    assert.equal(kind("We'd like to add a second jump host."), 'should');
    assert.equal(kind('In general, we will add a test for every parser bug.'), 'future');
    const text = [
      '# Signing keys exposed',
      '',
      '## Remediation',
      '',
      'We should also acknowledge that the reporter waited a week for an answer.',
      '',
      'Releases are now built on one offline laptop. We are moving the signing keys onto it.',
      '',
      'Alternatives at the time included:',
      '',
      '- In a better world we would have reproducible builds and sign their hashes.',
      '- We could hand the builds to a hosted build service.',
      '',
      "We'd like to recommend that every distribution ships a safer default.",
      '',
      'As a general principle, we should retire temporary hosts on time.',
      '',
      '## Closing',
      '',
      "On that note, we're going to go back to building new features for a while.",
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => i.text),
      ['We are moving the signing keys onto it.'],
    );
  });

  it('reads "Immediate actions" with a window to come ("(0-7 days)") as a part of the plan, not a record of the response', () => {
    const plan = [
      '# Archive job removed live builds',
      '',
      '## Action items',
      '',
      '### Immediate actions (0-7 days)',
      '',
      '- [x] **Rebuilt every affected project**',
      '- [x] **Add a job that keeps the active build of each project**',
      '',
    ].join('\n');
    assert.deepEqual(
      items(plan).map((i) => [i.text, i.done]),
      [
        ['Rebuilt every affected project', true],
        ['Add a job that keeps the active build of each project', true],
      ],
    );
    // Without a window, ticked steps under "Immediate actions" are the response itself.
    assert.deepEqual(items(plan.replace(' (0-7 days)', '')), []);
  });

  it('reads a promise with "they" for the party named in the sentence before, with that party as its owner', () => {
    const text = [
      '# Testnet split',
      '',
      '## Follow-up',
      '',
      '- Add a fuzz test for the event parser',
      '',
      '## Lessons learned',
      '',
      'Nimbus team shipped a hot fix within the hour. They are also going to review every parser of contract events.',
      '',
      'Users reported stuck deposits. They will retry once the chain moves.',
      '',
      'The relay held up well. They will see more load next month.',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => [i.text.slice(0, 36), i.owner]),
      [
        ['Add a fuzz test for the event parser', null],
        ['They are also going to review every ', 'Nimbus team'],
      ],
    );
    const made = items(text)[1];
    assert.equal(text.slice(made.ownerSpan!.start, made.ownerSpan!.end), 'Nimbus team');
  });
});

describe('a task of the plan that leads into what it allows', () => {
  it('reads "Label: Configure …, allowing:" as one item and the bullets after it as its parts', () => {
    const body = [
      'Remote console: Set up a serial console server in each rack, allowing:',
      ' - Login over SSH with a personal key.',
      ' - Staff to reach a frozen switch from home.',
      ' - Add a runbook page for the console server',
      '',
      'Power:',
      ' - Second feed for the core rack.',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => i.text),
      ['Remote console: Set up a serial console server in each rack', 'Add a runbook page for the console server', 'Second feed for the core rack.'],
    );
  });

  it('does the same for a list entry and for "so that:", and leaves a lead-in that is no task alone', () => {
    const body = [
      '- Add a standby database in the second region, so that:',
      '  - failover takes minutes, not hours',
      '  - reads can go to the nearest copy',
      '- Review the alert thresholds',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => i.text),
      ['Add a standby database in the second region, so that:', 'Review the alert thresholds'],
    );
    // "This change is big, allowing:" starts with no verb of doing: its bullets stay the items.
    const notTask = ['The new plan is broad, allowing:', '', '- Rotate the keys monthly', '- A second on-call rota'].join('\n');
    assert.deepEqual(
      items(postmortem(notTask)).map((i) => i.text),
      ['Rotate the keys monthly', 'A second on-call rota'],
    );
  });
});

describe('a soft commitment pointed at its ticket', () => {
  const text = [
    '# Relay outage',
    '',
    '## Action items',
    '',
    '- https://example.org/acme/relay/issues?q=label%3Arelay-outage',
    '',
    '## Lessons learned',
    '',
    '### What went wrong',
    '',
    '* Retries were all or nothing, which was quick to ship. We should offer finer control over',
    '  retries, see https://example.org/acme/relay/issues/41.',
    '* The pager rota had one name on it. We need to add a second rota, tracked in #52.',
    '* The release went out on a Friday. We should pick a calmer day for releases.',
    '* The alert fired late. We should have caught the lag sooner, see #53.',
    '',
  ].join('\n');

  it('reads "we should …, see <issue>" and "we need to …, tracked in #52" beside a list as items, not the same words without a ticket', () => {
    assert.deepEqual(
      items(text).map((i) => i.text.slice(0, 40)),
      ['https://example.org/acme/relay/issues?q=', 'We should offer finer control over retri', 'We need to add a second rota, tracked in'],
    );
  });

  it('reads them in a document without a list too', () => {
    const alone = text.replace('- https://example.org/acme/relay/issues?q=label%3Arelay-outage', 'None yet.');
    assert.deepEqual(
      items(alone).map((i) => i.text.slice(0, 40)),
      ['We should offer finer control over retri', 'We need to add a second rota, tracked in'],
    );
  });
});
