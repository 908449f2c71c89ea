/**
 * Kinds of action items for classes of writing the first readers left to the default
 * (prevention) or read by a word that does not decide it. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { classifyItem, itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

function kinds(body: string[]): string[] {
  const text = ['# Build outage', '', '## Summary', '', 'The build broke.', '', '## Action items', '', ...body, ''].join('\n');
  return itemKindsOf(analyzeDocument(text, 'postmortems/2026-06-01-test.md', defaultSettings())).map((k) => k.kind);
}

describe('facts: kinds of action items, further classes', () => {
  it('reads a lead item that names no kind by the kind its items agree on', () => {
    assert.deepEqual(
      kinds([
        '- A quicker way of spotting fires after a release:',
        '  - Alerts on reports that gain many votes quickly',
        '  - More monitoring of the tracker in the week after a release',
      ]),
      ['detection', 'detection', 'detection'],
    );
    // Items that disagree leave the lead to its own words.
    assert.deepEqual(
      kinds([
        '- A safer way of cutting each release:',
        '  - Alerts on the error rate after a release',
        '  - A second reviewer on every release branch',
        '  - Tighter limits on the build cache',
      ]).slice(0, 1),
      ['prevention'],
    );
    // A lead that names its own kind keeps it, and gives it to items that name none.
    assert.deepEqual(
      kinds(['- A faster way of paging the on-call engineer:', '  - Route the second alert to the phone', '  - A test page every week']).slice(0, 1),
      ['response'],
    );
  });

  it('reads an item whose own words name no kind by the purpose it states', () => {
    assert.equal(kind('Our platform team now owns every DNS record of the product. This will allow a quicker response to rate limits.'), 'response');
    assert.equal(kind('The build farm is now fully self-hosted. This lets us detect a failed build within minutes.'), 'detection');
    // A task is what it changes, and a benefit told in hindsight names no purpose.
    assert.equal(kind('Add a second reviewer to every release. This will allow a faster response to bad merges.'), 'prevention');
    assert.equal(kind('A second reviewer on every release. This would have detected it in minutes.'), 'prevention');
    // A purpose that names nothing leaves the default.
    assert.equal(kind('The build farm is now fully self-hosted. This removes the need for a public registry.'), 'prevention');
  });

  it('reads documentation written for the responders as response', () => {
    assert.equal(kind('Document the address plan and who owns each server'), 'response');
    assert.equal(kind('document the spare router setup'), 'response');
    // Documenting for users tells them; "document and think about" weighs a design.
    assert.equal(kind('Document that users must not rely on block times'), 'communication');
    assert.equal(kind('Document and think about the memory ratios we allow'), 'prevention');
  });

  it('reads access taken away as prevention, access given to responders as response', () => {
    assert.equal(kind('Accounts of people who left no longer hold write access'), 'prevention');
    assert.equal(kind('Revoke publish access for accounts inactive for a year'), 'prevention');
    assert.equal(kind('Audit and reduce publish rights across the registry'), 'prevention');
    assert.equal(kind('Give the on-call engineers access to the cluster console'), 'response');
  });

  it('reads least privilege as access narrowed, whatever the item says of who keeps access', () => {
    assert.equal(
      kind('**Implement least-privilege in the billing cluster**: separate contexts for each kind of task, so admins have access to only what the task needs'),
      'prevention',
    );
    assert.equal(kind('Apply least privilege to the deploy tokens of the mobile app'), 'prevention');
    assert.equal(kind('LEAST-PRIVILEGES for the CI runners (owner: platform)'), 'prevention');
    // Access given to the responders stays theirs.
    assert.equal(kind('Give the on-call engineers access to the billing console'), 'response');
  });

  it('reads meetings between teams and shared release calendars as communication', () => {
    assert.equal(kind('Create a meeting for the release and docs teams on release weeks'), 'communication');
    assert.equal(kind('Set up a weekly sync between the platform and mobile teams'), 'communication');
    assert.equal(kind('Keep the release calendars published to all who take part'), 'communication');
    assert.equal(kind('Create a release calendar'), 'prevention');
  });

  it('reads diagnostics gathered for the next investigation as response, even beside a probe or a log', () => {
    assert.equal(kind('Added deterministic smoke diagnostics (start-up output, probe log, scripts)'), 'response');
    assert.equal(kind('Diagnostics bundle: added the release log folder'), 'response');
    assert.equal(kind('Add a probe that fails when the worker stops'), 'detection');
  });

  it('reads a simpler purge as response', () => {
    assert.equal(kind('Simplify the purging process for the image service'), 'response');
    assert.equal(kind('Roll back the release'), 'response');
  });

  it('reads going back to the old behaviour as prevention', () => {
    assert.equal(kind('Revert to the old default for the flag'), 'prevention');
  });

  it('reads the plural of a procedure for recovering or responding as response, as the singular is', () => {
    assert.equal(kind('We are looking at ways to write better restore procedures for every cluster.'), 'response');
    assert.equal(kind('Refine our rollback processes so the next revert takes minutes.'), 'response');
    assert.equal(kind('Keep the incident guides in the wiki, one per service.'), 'response');
    assert.equal(kind('Pin the version of the build image.'), 'prevention');
  });

  it('reads a promised post or article on the incident as communication', () => {
    assert.equal(kind('In a few days we will publish a post on what went wrong and a list of fixes we will make to stop it recurring.'), 'communication');
    assert.equal(kind('We will release a full write-up about the failed hosts next month.'), 'communication');
    assert.equal(kind('Share an article on how the failover works.'), 'communication');
    assert.equal(kind('Release the patched build to every region.'), 'prevention');
  });

  it('reads an item by its own clause, not by a tool, a moment or a stage named around it', () => {
    // A tool named as what makes the work possible, or as already in place, is not the work.
    assert.equal(
      kind('Together with the paging service, the new metrics agent will let us set up a weekly on-call rotation for the storage team.'),
      'response',
    );
    assert.equal(kind('With the new dashboards in place we can also start a pager rotation for the weekend.'), 'response');
    // A "when" or "during" clause says when the work acts, not what it is.
    assert.equal(kind('Rework the escalation policy so engineers are called sooner when a failure is detected'), 'response');
    assert.equal(kind('Improve the logging around the importer, so that we can tell afterwards what it did during an incident'), 'detection');
    // Look-alikes: the item's own verb is an alert, or the "when" is the condition the alert watches for.
    assert.equal(kind('Once the pager rotation is staffed, add an alert on replication lag'), 'detection');
    assert.equal(kind('Alert the database team when replication lag passes a minute'), 'detection');
    assert.equal(kind('Add an alert on the rotation job, which should page the weekly rotation whenever it stalls'), 'detection');
    // A "when" that asks is the object of the verb; a purpose clause still says what the work serves.
    assert.equal(kind('Decide when to page the database team'), 'response');
    assert.equal(kind('Add end-to-end tests for the checkout, so that we catch regressions before a release'), 'prevention');
  });

  it('reads an item by what it changes, not by a word of communication', () => {
    // A rule made known and held to changes what people do.
    assert.equal(kind('Communicate and enforce the deploy freeze for every team at the hosting site'), 'prevention');
    assert.equal(kind('Reiterate the change policy to all operators of the shared racks'), 'prevention');
    // Told to users, it informs them.
    assert.equal(kind('Communicate the maintenance policy to customers'), 'communication');
    // How outages are announced is communication.
    assert.equal(kind('Simplify the process for announcing unplanned outages'), 'communication');
    // Channels with peers for a coordinated defence are how the next attack is answered.
    assert.equal(kind('Set up shared channels with neighbouring networks for a coordinated defence'), 'response');
    assert.equal(kind('Coordinate mitigation with the upstream carriers during attacks'), 'response');
    assert.equal(kind('Coordinate the response announcements with the support desk'), 'communication');
  });

  it('reads a status page that is watched as detection, one that is written to as communication', () => {
    assert.equal(kind('Watch the payment provider status page while a release runs'), 'detection');
    assert.equal(kind("Subscribe to the host's status feed"), 'detection');
    assert.equal(kind('Keep an eye on the upstream status pages in the nightly window'), 'detection');
    // Look-alikes: the page written to, or a check on what was written.
    assert.equal(kind('Post an update to the status page within ten minutes'), 'communication');
    assert.equal(kind('Check that the status page says which region is down'), 'communication');
    assert.equal(kind('status page: ||| watch watch watch'), 'communication');
  });

  it('reads documenting the incident as telling it, and documenting how failures look as the response', () => {
    assert.equal(kind('Document the outage in the wiki'), 'communication');
    assert.equal(kind('Documenting this incident for later readers'), 'communication');
    assert.equal(kind('Documented failure signatures so the next stall is recognised'), 'response');
    assert.equal(kind('Reference documentation of the expected queue behaviour'), 'response');
    // Look-alikes: the incident's procedure is the responders'; documentation for users tells them.
    assert.equal(kind('Document the incident response procedure'), 'response');
    assert.equal(kind('Documentation for users on the new export limits'), 'communication');
  });

  it('reads words of finding out or responding inside a stated aim of stopping a repeat as that aim', () => {
    assert.equal(kind('Rework the queue set-up to make sure such stalls stay rare, and that we can recover faster after one.'), 'prevention');
    assert.equal(kind('Move the service to a second region, to make sure this does not recur and that on-call can fail over quickly'), 'prevention');
    // Look-alikes: the item's own work, before the aim or after an aim that opens the sentence,
    // keeps its kind; so does a purpose that names one thing guarded, and telling people.
    assert.equal(kind('Add alerts on the queue depth to prevent similar stalls'), 'detection');
    assert.equal(kind('To prevent similar issues, we added alerts on the queue depth'), 'detection');
    assert.equal(kind('In order to avoid a repeat, we will page the second on-call engineer as well'), 'response');
    assert.equal(kind('Keep monitoring the feeds for faults to stop a repeat'), 'detection');
    assert.equal(kind('Extend the paging rota, preventing a repeat of the missed night'), 'response');
    assert.equal(kind('Add an alert on replication lag to prevent data loss'), 'detection');
    assert.equal(kind('Add a runbook for the failover to make sure the on-call engineer can act at night'), 'response');
    assert.equal(kind('Post a status page notice to avoid similar confusion among customers'), 'communication');
    // Ugly input: a bare purpose, punctuation only, an unfinished clause.
    assert.equal(kind('to prevent'), 'prevention');
    assert.equal(kind(', , to stop'), 'prevention');
    assert.equal(kind('Alert on it, preventing'), 'detection');
  });
  it('reads what the incident left stranded, put right, as the response', () => {
    assert.equal(kind('The stuck payouts were re-submitted by hand and settled'), 'response');
    assert.equal(kind('Undelivered invoices will be re-sent once the queue is healthy'), 'response');
    assert.equal(kind('All missing readings have been backfilled from the archive'), 'response');
    // Look-alikes: a mechanism that retries on its own stops a repeat; telling the people whose
    // payments were stuck is communication; the stuck thing as the subject of a change is prevention.
    assert.equal(kind('Stuck jobs will be re-run automatically by the scheduler'), 'prevention');
    assert.equal(kind('Tell the customers whose orders were stuck that they will be refunded'), 'communication');
    assert.equal(kind('Stuck transfers must never block the payout queue again'), 'prevention');
    // Ugly input.
    assert.equal(kind('stuck were'), 'prevention');
    assert.equal(kind('lost lost lost will be'), 'prevention');
  });

  it('reads people kept informed, listed to be told or sent the account as communication', () => {
    assert.equal(kind('The on-call lead now keeps the support squads in the loop while the outage lasts'), 'communication');
    assert.equal(
      kind('Our escalation procedure asks the duty manager to open a call with the reporter, keeping them posted as the fix lands.'),
      'communication',
    );
    assert.equal(kind('We now hold a list of the tenants to be contacted before a maintenance window.'), 'communication');
    assert.equal(kind('While an outage lasts, make sure the help desk is liaising with the owning teams.'), 'communication');
    assert.equal(kind('We would like to send a short incident report to every school using the portal'), 'communication');
    // Look-alikes: things kept up to date, work done with a vendor, people told by an alert.
    assert.equal(kind('Pin the base images and keep them up to date with the upstream releases'), 'prevention');
    assert.equal(kind('Liaise with the storage vendor to find out why both controllers went active'), 'prevention');
    assert.equal(kind('Set up the disk monitor so the owners need to be notified when usage passes 90%'), 'detection');
    // Ugly input.
    assert.equal(kind('keep them'), 'prevention');
    assert.equal(kind('liaise with'), 'communication');
    assert.equal(kind('users to be'), 'prevention');
  });
});
