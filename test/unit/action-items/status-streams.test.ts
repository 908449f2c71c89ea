/**
 * Status-page update streams and the commitments of an apology told without a list: the state a
 * status page posts an update under ("*Investigating* - …") marks what follows as told while the
 * incident lasts; "this post will be updated …" promises news, not work; a fix booked in the
 * passive ("an update has been scheduled to fix …") is work to come; and the authors' effort told
 * by what it is set on ("we are focused on …", "we continue to harden …") is work under way.
 * Every document and sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { liveStatusUpdate, promisesStatusOnly, readSentence } from '../../../server/src/analysis/model/action-items/reading';

function items(text: string): { text: string; done: boolean }[] {
  return analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings()).model.actionItems.map((i) => ({ text: i.text, done: i.done }));
}

describe('action items: status-page streams', () => {
  it('reads an update opened by a status label as told while the incident lasts', () => {
    for (const s of [
      '*Investigating* - We are looking into slow page loads on the dashboard.',
      '**Identified** — We are rolling the edge proxies back to the earlier build.',
      'Monitoring: we are watching the error rate of the payment workers.',
      '_Verifying (2)_ - We are checking each region after the switch.',
    ])
      assert.ok(liveStatusUpdate(s), s);
    for (const s of [
      'We are adding an alert on queue depth.',
      'Investigating the gap, we are adding a second probe on the queue.',
      'Update - we are adding a second probe on the queue.',
      'Monitoring is what we are adding to the old cluster next.',
    ])
      assert.ok(!liveStatusUpdate(s), s);
  });

  it('reads a post promised to be updated as news for readers, not work', () => {
    for (const s of [
      'This incident page will be updated when we know more.',
      'The status page will be updated as the vendor replies.',
      'This page will be updated.',
    ])
      assert.ok(promisesStatusOnly(s), s);
    for (const s of ['The runbook page will be updated to cover the failover steps.', 'The incident template will be updated with a field for the trigger.'])
      assert.ok(!promisesStatusOnly(s), s);
  });

  it('reads a fix booked in the passive as work to come', () => {
    for (const s of [
      'A firmware update has been scheduled to fix the leak in the controller.',
      '*Resolved* - A replacement of the faulty line card has been planned for Sunday night to remove the fault.',
    ])
      assert.equal(readSentence(s)?.kind, 'future', s);
    assert.equal(readSentence('The maintenance had been scheduled to upgrade the routers when the link dropped.')?.kind ?? null, null);
  });

  it('takes from a stream of labelled updates only the fix it books', () => {
    const text = [
      '# Frankfurt: packet loss',
      '',
      '*Investigating* - We are investigating reports of packet loss in one of our regions. This incident page will be updated when we know more.',
      '',
      '*Identified* - The loss comes from a faulty line card in a core router. Traffic has been moved to the second router.',
      '',
      '*Update* - A firmware update has been scheduled to fix the line card fault. Traffic stays on the second router until then.',
      '',
    ].join('\n');
    const read = items(text);
    assert.equal(read.length, 1, JSON.stringify(read));
    assert.match(read[0].text, /firmware update has been scheduled/);
    assert.equal(read[0].done, false);
  });
});

describe('action items: commitments told as the effort of the authors', () => {
  it('reads an effort set on work as work under way', () => {
    for (const s of [
      'We are determined to move every database off the shared hosts this year.',
      'But we are focused on spreading the load over more regions as soon as we can.',
      'Our attention has been focused on finding out why the alarms stayed quiet for six hours.',
      'We hired two more engineers, and continue to spread our databases over more zones.',
      'We continue to harden the edge against floods like this one.',
    ])
      assert.equal(readSentence(s)?.kind, 'progress', s);
  });

  it('leaves the response, a mission, a state and an empty promise alone', () => {
    for (const s of [
      'We are focused on restoring service for every region.',
      'We are focused on bringing the sign-in service back online.',
      'We remain focused on providing a dependable service.',
      'We are determined to get to the bottom of this.',
      'We are determined to make this right.',
      'We continue to see errors on the queue.',
      'We continue to improve.',
      'If we are focused on moving the databases, the billing work waits.',
    ])
      assert.equal(readSentence(s), null, s);
  });

  it('takes the commitments of an apology with no list or heading', () => {
    const text = [
      '# Downtime',
      '',
      'This morning a schema change locked the main table and every page of the site failed to load for two hours.',
      '',
      'We are sorry. We are determined to move every schema change onto the online migration tool. We doubled the size of the database team this month, and continue to spread our data over more shards.',
      '',
      'Thank you for bearing with us.',
      '',
    ].join('\n');
    const read = items(text).map((i) => i.text);
    assert.equal(read.length, 2, JSON.stringify(read));
    assert.match(read[0], /determined to move every schema change/);
    assert.match(read[1], /continue to spread our data/);
  });

  it('takes nothing from an apology that tells only the response', () => {
    const text = [
      '# Downtime',
      '',
      'This morning a schema change locked the main table and every page of the site failed to load for two hours.',
      '',
      'We are sorry. Our attention is focused on restoring every account, and we continue to see a few slow pages.',
      '',
    ].join('\n');
    assert.deepEqual(items(text), []);
  });
});
