/**
 * Kinds of action items read from the plan's sub-heading when the item names none, and further
 * classes of writing: who can be reached during an incident, documentation for operators or for
 * users, training for everyday work, a dashboard that shows what changed. Every item here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { classifyItem, itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

function kindsOf(text: string): [string, string][] {
  const doc = analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings());
  const kinds = itemKindsOf(doc);
  return doc.model.actionItems.map((item, i) => [item.text, kinds[i].kind]);
}

const plan = (body: string[]) => ['# Queue outage', '', '## Summary', '', 'The queue stopped for an hour.', '', '## Action items', '', ...body, ''].join('\n');

describe('facts: kinds of action items, sub-headings and further classes', () => {
  it('gives an item that names no kind the kind its plan sub-heading names', () => {
    assert.deepEqual(
      kindsOf(
        plan([
          '### Partner communications',
          '',
          '- Settle on one chat space for every partner team',
          '',
          '### Exporter dashboards',
          '',
          '- Fix the exporter that drops samples',
          '- Set memory limits on the exporter pods',
          '',
          '### Capacity',
          '',
          '- Double the worker pool',
        ]),
      ),
      [
        ['Settle on one chat space for every partner team', 'communication'],
        ['Fix the exporter that drops samples', 'detection'],
        // An item that names its own kind keeps it.
        ['Set memory limits on the exporter pods', 'prevention'],
        ['Double the worker pool', 'prevention'],
      ],
    );
  });

  it('reads the sub-heading only for the items of its own part', () => {
    // A bold label over a paragraph is not a sub-heading of the plan; a heading of no words names nothing.
    assert.deepEqual(
      kindsOf(plan(['### ---', '', '- Settle on one chat space for every partner team', '', '- **Monitoring**: double the worker pool'])).map(([, k]) => k),
      ['prevention', 'detection'],
    );
    // The narrative sections say what happened: their words give no kind to the plan below them.
    assert.deepEqual(
      kindsOf(['# Queue outage', '', '## Detection', '', 'A customer told us.', '', '## Action items', '', '- Double the worker pool', ''].join('\n')).map(
        ([, k]) => k,
      ),
      ['prevention'],
    );
  });

  it('reads work on who can be reached across time zones as response', () => {
    assert.equal(kind('Only one team can approve zone changes today. Add the web team so that people in other time zones can approve too.'), 'response');
    assert.equal(kind('Arrange follow-the-sun cover for the payments queue'), 'response');
    assert.equal(kind('Set up round-the-clock coverage for the storage cluster'), 'response');
    // A zone of a cloud, a stored time zone and a second reviewer are not who can be reached.
    assert.equal(kind('Roll certificate changes out one availability zone at a time'), 'prevention');
    assert.equal(kind('Store timestamps with their time zone'), 'prevention');
    assert.equal(kind('Require approval from a second maintainer for zone changes'), 'prevention');
  });

  it('reads documentation of the service for its operators as response, for its users as communication', () => {
    assert.equal(kind('Operators need fuller documentation of the production cluster.'), 'response');
    assert.equal(kind('Better docs on the cluster architecture'), 'response');
    assert.equal(kind('Improve the documentation for users of the upload API'), 'communication');
    assert.equal(kind('Publish a short guide for affected customers on re-linking their accounts'), 'communication');
    // "Document the runbook" stays the responders'.
    assert.equal(kind('Document the runbook for the failover'), 'response');
  });

  it('reads onboarding and training for everyday work as prevention, training for incidents as response', () => {
    assert.equal(kind('Write a guide to onboard new reviewers of the package index'), 'prevention');
    assert.equal(kind('Train existing api maintainers to help with the web repository'), 'prevention');
    assert.equal(kind('Train new maintainers on the incident process'), 'response');
    assert.equal(kind('Onboard new maintainers to the on-call rota'), 'response');
    assert.equal(kind('Run a failover training every quarter'), 'response');
  });

  it('reads a dashboard that shows what changed last as response, one that shows a rate as detection', () => {
    assert.equal(kind('Show the latest deploy on the orders dashboard'), 'response');
    assert.equal(kind('Add deploy markers to the latency graphs'), 'response');
    assert.equal(kind('A dashboard that shows which flags changed today'), 'response');
    assert.equal(kind('Add the failed-login rate to the auth dashboard'), 'detection');
    assert.equal(kind('Chart the error rate of the last hour on the dashboard'), 'detection');
  });

  it('reads a routine job that fails on empty output as detection, a failing build or deploy as prevention', () => {
    assert.equal(kind('Make the nightly sync fail when it copies zero rows'), 'detection');
    assert.equal(kind('Fail the backup job if the archive is empty'), 'detection');
    assert.equal(kind('Fail the build when a migration drops a column'), 'prevention');
    assert.equal(kind('Fail the deploy if the config file is empty'), 'prevention');
  });

  it('reads an end-to-end test with words between as detection, and a plan to be posted as communication', () => {
    assert.equal(kind('Add an end-to-end checkout test that pays with a saved card'), 'detection');
    assert.equal(kind('Pay back the affected holders, with the plan to be published next week'), 'communication');
    assert.equal(kind('A patch to be posted for review'), 'prevention');
  });

  it('keeps ugly input to one kind', () => {
    assert.equal(kind('people in   time zones'), 'prevention');
    assert.equal(kind('documentation for'), 'prevention');
    assert.equal(kind('fail the job when ' + 'x '.repeat(5000)), 'prevention');
    assert.equal(kind('last '.repeat(300) + 'dashboard'), 'detection');
  });

  it('reads a snapshot schedule as prevention, restoration procedures and backfill tooling as response', () => {
    assert.equal(kind('Weekly NAS snapshot schedule'), 'prevention');
    assert.equal(kind('Snapshot policy for the ledger volumes'), 'prevention');
    assert.equal(kind('Rehearse the restoration procedure each quarter'), 'response');
    assert.equal(kind('Better replay tooling for the event queue'), 'response');
    // A snapshot taken to start again from is recovery work; a backfill job for a new column is a change.
    assert.equal(kind('Snapshot the volume and start a fresh container from it'), 'response');
    assert.equal(kind('Add a backfill job for the new column'), 'prevention');
  });

  it("reads the open tasks of a recovery's to-do list as response, unless their part puts them later", () => {
    const doc = (heading: string) =>
      [
        '# Cluster wiped',
        '',
        '## Summary',
        '',
        'A reset removed every node.',
        '',
        heading,
        '',
        '### First hour',
        '',
        '- [ ] Bring up the network plugin',
        '- [ ] Alert on node resets',
        '',
        '### Long term (next month)',
        '',
        '- [ ] Create a backup strategy',
        '',
      ].join('\n');
    assert.deepEqual(
      kindsOf(doc('## 🧯 Recovery TODO')).map(([, k]) => k),
      ['response', 'detection', 'prevention'],
    );
    assert.deepEqual(
      kindsOf(doc('## Remaining recovery steps')).map(([, k]) => k),
      ['response', 'detection', 'prevention'],
    );
    // A resolution told as what was done, or a plan of no recovery, leaves the tasks to their words.
    assert.deepEqual(
      kindsOf(doc('## Recovery steps taken')).map(([, k]) => k),
      ['prevention', 'detection', 'prevention'],
    );
    assert.deepEqual(
      kindsOf(doc('## Resolution')).map(([, k]) => k),
      ['prevention', 'detection', 'prevention'],
    );
  });
});
