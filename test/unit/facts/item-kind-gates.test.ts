/**
 * Kinds read from what the work is for, not from the word it names: a test that reproduces the
 * failure is a gate, a detection that blocks is a guard, backups checked and restores practised
 * ready the responders, training on everyday practice keeps the work safe, a way to measure usage
 * and a channel for reporting vulnerabilities find the next problem, and mail to the people hurt
 * tells them. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem, itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { assertLinear } from '../../support/growth';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: item kinds read from what the work is for', () => {
  it('reads a test that reproduces the failure, or covers the main paths before a change lands, as prevention', () => {
    assert.equal(kind('E2E test that reproduces the upgrade bug on a throwaway network'), 'prevention');
    assert.equal(kind('Write an integration test reproducing this crash in the sync worker'), 'prevention');
    assert.equal(kind('Add integration tests for the critical checkout flows'), 'prevention');
    assert.equal(kind('- [ ] end-to-end tests covering key user journeys'), 'prevention');
    assert.equal(kind('Run the e2e suite tests on every pull request'), 'prevention');
    // Tests run against the live service find failures; a bare wish for them keeps its reading.
    assert.equal(kind('Smoke tests against production every five minutes'), 'detection');
    assert.equal(kind('We need integration tests on the server repository'), 'detection');
  });

  it("reads a person's approval put before a release as a gate, whoever is asked for it", () => {
    assert.equal(kind('Set up a bot that pings the on-call engineers to manually approve each new plugin release'), 'prevention');
    assert.equal(kind('Every pull request to the schema repository will require a manual review and approval by a second maintainer.'), 'prevention');
    assert.equal(kind('Deploys of the ledger service need sign-off from the database owner'), 'prevention');
    // The on-call engineers paged for a failing release, or approvers spread over time zones, serve the response.
    assert.equal(kind('Page the on-call engineer when a plugin release fails'), 'response');
    assert.equal(kind('Add approvers in other time zones so a change can be approved at night'), 'response');
    // Ugly input.
    assert.equal(kind('approve approve approve'), 'prevention');
  });

  it('reads a detection that blocks an action as a guard', () => {
    assert.equal(kind('Environment detection blocks table drops in production'), 'prevention');
    assert.equal(kind('A check that refuses deploys on Fridays'), 'prevention');
    assert.equal(kind('Add detection for stalled replicas'), 'detection');
  });

  it('reads backups checked and restores practised as response, backups taken as prevention', () => {
    assert.equal(kind('- [ ] Regular backup verification (monthly)'), 'response');
    assert.equal(kind('Schedule regular backup restore tests'), 'response');
    assert.equal(kind('Verify the nightly backups can be restored'), 'response');
    assert.equal(kind('Hold rehearsals with the whole team on restoring the gateways'), 'response');
    assert.equal(kind('Practise failing over to the standby region'), 'response');
    assert.equal(kind('Take nightly backups of the ledger'), 'prevention');
    // An alert on the backups is how a bad one is found.
    assert.equal(kind('Alert us when backup verification fails'), 'detection');
  });

  it('reads training on everyday practice as prevention, training for incidents as response', () => {
    assert.equal(kind('Team training on safe testing procedures'), 'prevention');
    assert.equal(kind('Train developers in secure coding practices'), 'prevention');
    assert.equal(kind('Incident training on the escalation procedures'), 'response');
    assert.equal(kind('Training for the on-call rota on our recovery procedures'), 'response');
    assert.equal(kind('Training on the new admin console'), 'response');
  });

  it('reads a response made faster as response, whatever the item reworks', () => {
    assert.equal(kind('Reworked our secrets store to make our response to leaks like this faster'), 'response');
    assert.equal(kind('Make the response to paging storms more robust'), 'response');
  });

  it('reads a way to measure usage, error tracking and a vulnerability report channel as detection', () => {
    assert.equal(kind('Provide a way to measure total disk usage per region (even by hand)'), 'detection');
    assert.equal(kind('Error tracking for the import jobs'), 'detection');
    assert.equal(kind('Make the instructions for reporting a vulnerability easy to find on every site'), 'detection');
    assert.equal(kind('Publish a vulnerability disclosure policy'), 'detection');
  });

  it('reads mail to the people hurt as communication, mail the product sends as its own kind', () => {
    assert.equal(kind('We are emailing all affected users to help them get back what they lost.'), 'communication');
    assert.equal(kind('Contact the impacted customers about their refunds'), 'communication');
    assert.notEqual(kind('Email affected users when their key expires'), 'communication');
  });

  it('reads an item named by the resilience it builds as prevention, unless another word decides', () => {
    assert.equal(kind('Fault tolerance for the importer'), 'prevention');
    assert.equal(kind('Redundant alerting path for the pager'), 'detection');
    const md = [
      '# Import stalls',
      '',
      '## Action items',
      '',
      '1. **Partner API resilience pattern**',
      '',
      '   Wrap each call in a retry; log the failure to monitoring and fall back to the cache.',
      '',
      '2. **Error tracking**',
      '',
      '   Send the failures of the nightly import to one place.',
      '',
    ].join('\n');
    const doc = analyzeDocument(md, 'postmortems/2026-07-03-import.md', defaultSettings());
    assert.deepEqual(
      itemKindsOf(doc).map((k) => k.kind),
      ['prevention', 'detection'],
    );
  });

  it('takes ugly input and reads a plan written as a checklist', () => {
    assert.equal(kind(''), 'prevention');
    assert.equal(kind('backup backup verification verification!!'), 'response');
    assert.equal(kind('TRAINING ON SAFETY PROCEDURES'), 'prevention');
    const md = [
      '# Test data wiped',
      '',
      '## Action items',
      '',
      '- [x] Environment detection blocks deletion outside tests',
      '- [ ] Team training on test safety procedures',
      '- [ ] Regular backup verification (weekly)',
      '',
    ].join('\n');
    const doc = analyzeDocument(md, 'postmortems/2026-07-02-wipe.md', defaultSettings());
    assert.deepEqual(
      itemKindsOf(doc).map((k) => k.kind),
      ['prevention', 'prevention', 'response'],
    );
  });

  it('reads long repetitive items in linear time', () => {
    const shapes: [string, (n: number) => string][] = [
      ['rehearsals', (n) => 'rehearse '.repeat(n) + 'the plan'],
      ['backups verified', (n) => 'verify the '.repeat(n) + 'backups'],
      ['integration tests', (n) => 'integration tests '.repeat(n) + 'for'],
      ['training', (n) => 'train on the '.repeat(n) + 'procedures'],
      ['mail', (n) => 'email affected '.repeat(n) + 'users'],
      ['usage', (n) => 'a way to measure '.repeat(n) + 'the'],
      ['approvals', (n) => 'approve the '.repeat(n) + 'plan'],
    ];
    for (const [what, make] of shapes) assertLinear(what, make, kind);
  });
});
