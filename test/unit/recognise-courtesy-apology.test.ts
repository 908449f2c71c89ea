/**
 * An apology for the inconvenience, the confusion or the trouble is a courtesy: with nothing told as
 * gone wrong, it is no telling of an incident, whatever cause a later comment gives. A report that
 * tells its outage and closes on the same courtesy is still one. Every document here is written for
 * the test.
 */
import { strict as assert } from 'node:assert';
import { detection } from '../support/recognition';

const lines = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('an apology that is only a courtesy', () => {
  it('does not take a maintainer reply that apologises for the inconvenience of a change', () => {
    const text = lines(
      '# Export format is different in 4.2',
      'Changing the export layout in a minor version was my call, and in hindsight a poor one. I did not expect so many scripts to read it.',
      'I apologise for the inconvenience. The next layout change will come with a notice a release ahead.',
      'Thanks, that clears it up. My earlier post was harsh because of the deadline I was under.',
    );
    assert.notEqual(detection(text), 'content');
  });

  it('takes a report that tells its outage and apologises for the inconvenience', () => {
    const text = lines(
      '# Export service outage',
      'On Tuesday our export service was down for two hours because a disk on the worker filled up.',
      'We cleared old files and the service recovered at 11:40 UTC. We apologise for the inconvenience.',
    );
    assert.equal(detection(text), 'content');
  });

  it('takes a reply that is sorry for the downtime itself', () => {
    const text = lines(
      '# Export service',
      'I am sorry for the downtime this morning. The export worker ran out of disk because of a log that never rotated.',
      'I have set up rotation, and the service is running again.',
    );
    assert.equal(detection(text), 'content');
  });

  it('reads odd input without failing', () => {
    assert.doesNotThrow(() => detection('Sorry for the inconvenience.\n'));
    assert.doesNotThrow(() => detection('# \n\nWe apologise for any  \n\n inconvenience\u0000.\n'));
  });
});
