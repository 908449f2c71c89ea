import { strict as assert } from 'node:assert';
import { detection as taken } from '../support/recognition';

const lines = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('a notice that tells its window ahead or still open is no post-mortem', () => {
  describe('notices left alone', () => {
    it('a live update: investigating, a likely cause, an apology and the next update to come', () => {
      const text = lines(
        '# Sign-in errors in the phone app',
        'We are investigating reports that members cannot sign in to the phone app since 08:15 UTC. The web site still works.',
        'The failures seem to be caused by a lapsed certificate on the sign-in proxy, and an engineer is on it.',
        'We are sorry for the disruption. The next update follows in 30 minutes.',
      );
      assert.equal(taken(text), 'not-a-postmortem');
    });

    it('a live update of requests failing since a time, still being watched, with a cause found', () => {
      const text = lines(
        '## Update: failing uploads in the west region',
        'Some uploads in the west region have been failing since 11:20 UTC. We found a broken storage node to be the cause and are moving writes to its peer.',
        'Failures are going down but we are still monitoring. We will post another update by 12:30 UTC. Sorry for the trouble.',
      );
      assert.equal(taken(text), 'not-a-postmortem');
    });

    it('a change advisory: work planned for a window, a reason, and an earlier outage named as the motive', () => {
      const text = lines(
        '# Advisory: mail relay swap',
        'On Thursday night we will move outgoing mail to a new relay. The swap is planned for 21:00 to 22:00 UTC.',
        'Some messages may wait for a few minutes in the queue because the old relay drains slowly. We decided on the swap because the old relay had an outage in spring that caused lost mail.',
        'We will confirm here when the swap is over.',
      );
      assert.equal(taken(text), 'not-a-postmortem');
    });

    it('a maintenance notice without a title: the service will be down, a cause of the work, an apology', () => {
      const text = lines(
        'The build farm will be offline on 4 July between 19:00 and 20:30 CET while we replace its power supplies.',
        'The work is due to a fault in the current units, which caused two reboots last month.',
        'We will bring the farm back as soon as the units are in and we will send a note when it is back. Sorry for the short notice.',
      );
      assert.equal(taken(text), 'not-a-postmortem');
    });

    it('a note that the server went down for an upgrade, a reason, and when it is expected back', () => {
      const text = lines(
        '# Wiki taken down for its move',
        'Due to a late fix that had to go into the new build, we only took the wiki down at 18:00 for its move.',
        'We expect it to be back up around 20:30 UTC. Thanks for bearing with us.',
      );
      assert.notEqual(taken(text), 'content');
    });
  });

  describe('post-mortems still taken', () => {
    it('one that tells the service back, then what is still to come', () => {
      const text = lines(
        '# Wiki went down during its move',
        'Because a late fix had to go into the new build, the wiki was down from 18:00 to 20:30 UTC on Monday while we moved it.',
        'It was back up at 20:30 UTC and a full report will follow this week.',
      );
      assert.equal(taken(text), 'content');
    });

    it('one that quotes its own live update, then tells the service back', () => {
      const text = lines(
        '# Sign-in outage on 9 April',
        'On 9 April members could not sign in to the phone app for an hour. At 08:30 UTC we posted: "We are investigating sign-in errors. Next update in 30 minutes."',
        'The errors were caused by a lapsed certificate on the sign-in proxy. We replaced it at 09:10 UTC and sign-in recovered by 09:15 UTC.',
        'We have since added an alert two weeks ahead of every expiry. We apologise for the disruption.',
      );
      assert.equal(taken(text), 'content');
    });

    it('one that tells of planned maintenance gone wrong', () => {
      const text = lines(
        '# Ledger upgrade ran over',
        'Our scheduled maintenance on the ledger database was planned for 01:00 to 03:00 UTC on Sunday, but the service stayed down until 05:40 UTC.',
        'The upgrade failed halfway because the new version needed more disk than we had set aside.',
        'We restored the database from the snapshot taken before the window and service was back at 05:40 UTC. We are sorry. We will rehearse every upgrade on a full-size copy.',
      );
      assert.equal(taken(text), 'content');
    });

    it('one that is still investigating a side question after the service came back', () => {
      const text = lines(
        '# Order queue outage',
        'The order queue was down for 40 minutes on Tuesday morning and orders piled up at the shops.',
        'A client library upgrade changed the default prefetch, so the consumers starved. We restarted them with the old setting and the queue drained by 10:45 UTC.',
        'We are still investigating why the canary did not catch the change, and we will pin the setting in the meantime.',
      );
      assert.equal(taken(text), 'content');
    });
  });

  it('ugly input: a lone line, empty paragraphs and a heading with no prose', () => {
    assert.notEqual(taken('We are investigating.\n'), 'content');
    assert.notEqual(taken('#\n\n\n\n## next update\n'), 'content');
  });
});
