import { strict as assert } from 'node:assert';
import { toldWindowNotice } from '../../server/src/analysis/model/detect';
import { detection as taken } from '../support/recognition';

const lines = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('recognising a short untitled notice by the incident window it tells', () => {
  describe('shapes taken', () => {
    it('a window given by two zoned times, a cause, and credit owed to those hit', () => {
      const text = lines(
        'Our mail relay had an outage from 06:40 UTC until 08:05 UTC on Thursday.',
        'It was caused by an expired signing key on the relay, which made every receiving server refuse our mail.',
        'Every affected account has been credited one week of service.',
      );
      assert.equal(taken(text), 'content');
    });

    it('a stretch told as gone by, the reason told, and what has been changed since', () => {
      const text = lines(
        'We suffered an outage of the checkout pages last night that lasted for about 25 minutes.',
        'The reason checkout failed is that a queue our payment worker reads from ran out of space.',
        'We have moved that queue to a larger volume and added an alert on its size.',
        'Thanks to everyone who wrote in while it was down.',
      );
      assert.equal(taken(text), 'content');
    });

    it('curled apostrophes, a downtime stretch and an apology with a promise', () => {
      const text = lines(
        'We had roughly 40 minutes of downtime on the dashboard on Monday morning.',
        'A database migration locked the sessions table, which caused every login to time out.',
        'We’re sorry for the trouble. We’ll run such migrations in two steps from now on.',
      );
      assert.equal(taken(text), 'content');
    });
  });

  describe('look-alikes left alone', () => {
    it('a maintenance notice that gives its window ahead', () => {
      const text = lines(
        'The API was unavailable in an earlier window too; this time we planned maintenance from 01:00 UTC to 03:00 UTC on Sunday.',
        'The work is needed because of a storage upgrade.',
        'We will post here when it is done.',
      );
      // The reading of an incident told with its cause and an answer (`toldIncident`) still takes it: not this one's.
      assert.equal(toldWindowNotice(text.trim().split(/\n\n/)), false);
    });

    it('a status update of an incident still open', () => {
      const text = lines(
        'Our sign-in service went down at 14:10 UTC and the outage began to spread to the mobile app by 14:25 UTC.',
        'We are investigating; the cause appears to be due to a faulty load balancer.',
        'We will provide an update within 30 minutes.',
      );
      assert.equal(toldWindowNotice(text.trim().split(/\n\n/)), false);
    });

    it('a release note that fixes a crash, with no window', () => {
      const text = lines(
        'This release fixes a crash in the exporter that was caused by a missing font.',
        'We have also updated the installer and rewritten the help pages.',
        'Upgrade with the usual command.',
      );
      assert.equal(toldWindowNotice(text.trim().split(/\n\n/)), false);
      assert.notEqual(taken(text), 'content');
    });

    it('a runbook case put with times and a stretch', () => {
      const text = lines(
        'If the queue was down for more than 10 minutes, restart the consumers.',
        'When the outage started before 02:00 UTC and ended after 03:00 UTC, it is usually due to the backup job.',
        'We have documented the steps below.',
      );
      assert.equal(toldWindowNotice(text.trim().split(/\n\n/)), false);
      assert.notEqual(taken(text), 'content');
    });

    it('a window notice under a title or headings is left to the other readings', () => {
      const long = lines(
        'We had an outage from 06:40 UTC until 08:05 UTC.',
        'It was caused by an expired key.',
        'Credit has been issued.',
        'One.',
        'Two.',
        'Three.',
        'Four.',
      );
      assert.equal(toldWindowNotice(long.trim().split(/\n\n/)), false);
    });

    it('ugly input: empty, only times, one line', () => {
      assert.equal(toldWindowNotice([]), false);
      assert.equal(toldWindowNotice(['10:00 UTC 11:00 UTC 12:00 UTC']), false);
      assert.notEqual(taken('We were down from 10:00 UTC to 11:00 UTC due to a bug. We have fixed it.\n'), 'content');
    });
  });
});
