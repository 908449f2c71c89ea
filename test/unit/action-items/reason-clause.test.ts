/**
 * A progressive in a clause of reason or time: "Since we are rebuilding the replicas, the nightly
 * dump is paused" gives the circumstance of what the sentence says (a status explanation), not
 * work it promises. The main clause is read as usual, and the same progressive as the main clause
 * is work under way. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { readSentence } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

describe('action items: a progressive in a clause of reason or time', () => {
  it('reads no work from the circumstance', () => {
    for (const s of [
      'Since we are rebuilding the replicas the nightly dump is paused for a while.',
      'Because we’re retiring the old host, its log shipping stops on Friday.',
      'As we are moving the mail queue, a few messages may arrive twice.',
      'The export runs by hand now that we are replacing the scheduler.',
    ])
      assert.equal(readSentence(s), null, s);
  });

  it('still reads the main clause and a progressive that is the main clause', () => {
    assert.equal(readSentence('While we are moving the queue, we will keep the old one running.')?.kind, 'future');
    assert.equal(readSentence('We are rebuilding the replicas on faster disks.')?.kind, 'progress');
    assert.equal(readSentence('Since the outage, we are adding a check on every deploy.')?.kind, 'progress');
  });

  it('takes no item from a status explanation in the plan', () => {
    const text = [
      '# Replica lag',
      '',
      '## Follow-up',
      '',
      '- Add an alert on replication lag',
      '',
      'Our dumps are two days old. Since we are rebuilding the replicas the nightly dump is paused for a while.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on replication lag']);
  });
});
