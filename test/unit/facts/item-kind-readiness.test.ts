/**
 * Readiness to recover: an item that makes the responders act better once something has failed
 * (a plan for the recovery, restores made faster, the team's skill with the system) is response,
 * whatever tool or routine it names on the way. Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { classifyItem, itemKindsOf } from '../../../server/src/analysis/model/facts/item-kind';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

function kindsOf(text: string): string[] {
  const doc = analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings());
  const kinds = itemKindsOf(doc);
  return kinds.map((k) => k.kind);
}

describe('facts: readiness to recover is response', () => {
  it('reads a plan or procedure for the recovery as response', () => {
    assert.equal(kind('Write a rollback plan for the ledger schema change and rehearse it on staging'), 'response');
    assert.equal(kind('Keep a failover plan for the primary region next to the pager rota.'), 'response');
    assert.equal(kind('Rehearse the disaster recovery plan twice a year'), 'response');
    // The plan holds routine backups; the item is still the plan.
    assert.equal(kind('Agree a procedure for restoring the tile cache. It may call for hourly snapshots of the index.'), 'response');
  });

  it('reads restores made faster as response, even when the item names the backup tool', () => {
    assert.equal(kind('Switch the photo archive to block-level copies, giving far quicker restores'), 'response');
    assert.equal(kind('Raise the speed of our restores from cold storage'), 'response');
  });

  it("reads raising the team's own skill with a system as response", () => {
    assert.equal(kind('Upskill the support engineers on the billing queue'), 'response');
    assert.equal(kind('Spread Kafka know-how across the on-call engineers'), 'response');
  });

  it('leaves backups, snapshots and training for everyday work to their own kinds', () => {
    assert.equal(kind('Take nightly backups of the ledger database'), 'prevention');
    assert.equal(kind('Snapshot the volume before each upgrade'), 'prevention');
    assert.equal(kind('Train new reviewers on the release process'), 'prevention');
    assert.equal(kind('Increase the disk size of the team build servers'), 'prevention');
    assert.equal(kind('Alert when a restore job runs longer than an hour'), 'detection');
    assert.equal(kind('Add a recovery step to the release checklist'), 'prevention');
  });

  it('reads the old state kept at hand for a while after a change as response', () => {
    assert.equal(kind('We will keep a backup of the old ledger database for two weeks, then delete it.'), 'response');
    assert.equal(kind('Keep at least one prior kernel installed on the build hosts'), 'response');
    assert.equal(kind('keeping the previous release images on the registry until the rollout ends'), 'response');
    // Keeping something running or supported, or a backup on a schedule, is not a way back.
    assert.equal(kind('Keep the old API running for another month'), 'prevention');
    assert.equal(kind('Keep old browsers supported in the checkout'), 'prevention');
    assert.equal(kind('Take weekly backups of the old ledger database'), 'prevention');
    // Ugly input.
    assert.equal(kind('keep keep keep a backup of of old'), 'prevention');
    assert.equal(kind(`keep ${'the old '.repeat(5000)}kernel`), 'prevention');
  });

  it('keeps the aim of stopping a repeat over a faster recovery named in its purpose', () => {
    assert.equal(kind('Move the queue to two zones to prevent similar outages, and for quicker recovery'), 'prevention');
  });

  it('reads the items of a written plan, and takes ugly input', () => {
    const md = [
      '# Disk loss',
      '',
      '## Follow-ups',
      '',
      '1. **Recovery plan** for the search cluster',
      '2. Move the search cluster off the shared volume',
      '3. Faster faster restores?!',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(md), ['response', 'prevention', 'response']);
    assert.equal(kind('recovery plans plans plans'), 'response');
    assert.equal(kind(''), 'prevention');
  });

  it('reads knowing how to act on a failure, and guidance on acting on one, as response', () => {
    assert.equal(kind('Grow the group of engineers who know how to troubleshoot the billing workers'), 'response');
    assert.equal(kind('We wrote internal docs for shipping a patched agent to the partners who run their own nodes.'), 'response');
    assert.equal(kind('Agree on clear criteria for deciding whether to disable the public gateway'), 'response');
    assert.equal(kind('Guidance on how to roll back a bad schema migration'), 'response');
    // Look-alikes: documentation for everyday work, knowing how something works, docs for users.
    assert.equal(kind('Docs for contributors on debugging flaky unit tests'), 'prevention');
    assert.equal(kind('Make sure reviewers understand how the cache keys are built'), 'prevention');
    assert.equal(kind('Documentation for customers on restoring their own exports'), 'communication');
    // Ugly input.
    assert.equal(kind('know how to'), 'prevention');
    assert.equal(kind('criteria for for for'), 'prevention');
    assert.equal(kind('docs on on restore!!'), 'response');
  });
});
