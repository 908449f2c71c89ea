/**
 * What a post says while it deals with the incident, which is no follow-up work: whoever is busy
 * bringing the service back ("the network team is working to restore access over a spare link"),
 * readers told they will hear more ("we will update you once the vendor confirms", "further
 * updates to follow"), and a verdict on the incident itself ("we are treating this outage as minor").
 * Look-alikes that name work of their own stay items. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { liveStatusUpdate, promisesStatusOnly } from '../../../server/src/analysis/model/action-items/reading';
import { itemTexts as texts } from './helpers';

describe('action items: the response and news to readers are not follow-up work', () => {
  it('reads anyone busy bringing the service back as the response', () => {
    for (const s of [
      'We are in the process of restoring access through the spare uplink while the carrier checks the line.',
      'The platform team is currently working to restore services from the standby region.',
      'Our storage engineers are working on restoring the database from the snapshot.',
      'We are looking at fixing the issue and bringing the workers back up.',
      'The billing and payments team are looking into it.',
      'We’re trying to get the queue back before the morning batch.',
    ])
      assert.ok(liveStatusUpdate(s), s);
  });

  it('keeps work under way that names its own object', () => {
    for (const s of [
      'We are working on restore drills for every database.',
      'We are looking at a second carrier for the office uplink.',
      'The platform team is working on a faster failover between regions.',
      'We are in the process of moving backups to a second site.',
      'The payments team is looking into retry limits for the card gateway.',
    ])
      assert.ok(!liveStatusUpdate(s), s);
  });

  it('reads news promised to readers and verdicts on the incident as no work', () => {
    for (const s of [
      'We will update you once the carrier has closed the fault.',
      'I’ll email you when the refunds are out.',
      'Members will be notified when this maintenance has been booked.',
      'You will be informed as soon as we know more.',
      'Further updates to follow on the state of the main link.',
      'We will have more updates in the morning.',
      'I’ll write more about the new hardware later.',
      'We are marking this incident as low impact since no mail was lost.',
      'We are treating the outage as a major one.',
    ])
      assert.ok(promisesStatusOnly(s), s);
  });

  it('keeps promises whose words name a change', () => {
    for (const s of [
      'Customers will be notified when their quota runs low.',
      'We will notify on-call engineers by SMS as well as by push.',
      'We will update the runbook for the failover.',
      'We will add an alert that tells the on-call engineer when the link flaps.',
      'We will mark stale jobs as failed after an hour.',
    ])
      assert.ok(!promisesStatusOnly(s), s);
  });

  it('takes no items from a stream of updates that tells the response', () => {
    const text = [
      '# Office link down',
      '',
      'Our network team is working to restore services through the backup line while we wait for the carrier.',
      '',
      'We will update you once the carrier has mended the cable. Further updates to follow.',
      '',
      'We will add a second carrier for the office uplink.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We will add a second carrier for the office uplink.']);
  });
});
