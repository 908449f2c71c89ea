/**
 * A promise read whatever the place of its adverb ("we also will", "will also be") and when its
 * subject is left out, as notes are written ("Will add a lag alert.") or as a pasted page that
 * lost a name leaves it ("also will take … into account"). Every sentence here is written for
 * the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { readSentence, subjectOwner } from '../../../server/src/analysis/model/action-items/reading';
import { assertLinear } from '../../support/growth';

function items(...lines: string[]): string[] {
  const text = ['# Broker stall', '', ...lines, ''].join('\n');
  return analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings()).model.actionItems.map((i) => i.text);
}

describe('action items: the modal with its adverb before it, or without a subject', () => {
  it('reads an adverb before the modal as after it', () => {
    assert.equal(readSentence('We also will rotate the signing keys every quarter.')?.kind, 'future');
    assert.equal(readSentence('I then will move the cron jobs to the new scheduler.')?.kind, 'future');
    assert.equal(readSentence('The lag panel will also be reviewed at each on-call handover.')?.kind, 'future');
    assert.equal(subjectOwner('Northwind also will audit the firewall rules of the edge hosts.')?.value, 'Northwind');
    assert.equal(subjectOwner('Quarry Labs then will replace the failing disks.')?.value, 'Quarry Labs');
  });

  it('reads a promise that opens on the modal, its subject left out', () => {
    assert.equal(readSentence('Will add a lag alert on the consumer group.')?.kind, 'future');
    assert.equal(readSentence('Also will review the quotas before each launch.')?.kind, 'future');
    assert.equal(readSentence('also will take the broker limits into account when planning a launch')?.kind, 'future');
    assert.equal(readSentence('Shall document the failover in the runbook.')?.kind, 'future');
  });

  it('finds it in a report, after a sentence that lost its subject', () => {
    const lost = items(
      '## Lessons learned',
      '',
      'now owns every record of the zone. also will take the provider’s rate limits into account before changing any record.',
    );
    assert.ok(
      lost.some((t) => t.startsWith('also will take the provider’s rate limits')),
      JSON.stringify(lost),
    );
    const note = items('## Lessons learned', '', 'The stall lasted an hour. Will add a lag alert on the consumer group.');
    assert.ok(
      note.some((t) => t.startsWith('Will add a lag alert')),
      JSON.stringify(note),
    );
  });

  it('does not read a question, a person named Will, a wait or a behaviour as a promise', () => {
    assert.equal(readSentence('Will this happen again?'), null);
    assert.equal(readSentence('Will Mark restarted the broker at noon.'), null);
    assert.equal(readSentence('Will take a few minutes to drain the queue.'), null);
    assert.equal(readSentence('Will never know the full cause.'), null);
    assert.equal(readSentence('Will be slow for a while.'), null);
    assert.equal(readSentence('It will also be rebooted by the kernel on panic.'), null);
    assert.equal(subjectOwner('Northwind also will be affected by the change.'), null);
    assert.equal(readSentence('We also will never know what the broker held.'), null);
  });

  it('stays bounded on hostile input', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear('a long run of adverbs before the modal', (n) => `${'also '.repeat(n)}will add`, readSentence);
    assertLinear('a modal before one long word', (n) => `Will ${'x'.repeat(n * 10)}`, readSentence);
    assertLinear(
      'a paragraph of modals',
      (n) => `${'Will '.repeat(n)}add.`,
      (text) => items('## Notes', '', text),
    );
  });
});
