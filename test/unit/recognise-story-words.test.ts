/**
 * The story reading (`toldAsStory`) in the everyday words a narrative post tells an outage with:
 * something broke, froze, filled up or ran out, a certificate expired; it was found when someone
 * emailed or the first report came in; it worked again, caught up, was put back. A how-to, a
 * bug hunt, a beta's story or a look back at a home server use some of these words too, and stay
 * out. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { isTaken } from '../support/recognition';

const post = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('recognising a narrative post by the words it tells its outage in', () => {
  it('takes a post telling how its author broke the shop, found out from a customer and put it back', () => {
    const text = post(
      '# The afternoon I took my own shop offline',
      'I sell prints from a small shop I host myself. Last week I broke it for a whole afternoon.',
      'While tidying the web server on Thursday I removed a block of configuration I thought was unused. It was the one that sent the shop address to the app.',
      'Customers who tried to pay saw a blank page from two until half past six. I had no idea, because I was testing on the old address.',
      'A customer emailed me in the evening. I put the block back, reloaded the server, and the shop worked again within a minute.',
      'Every change now goes through a copy of the server first, and a check loads the checkout page every five minutes.',
    );
    assert.equal(isTaken(text), true);
  });

  it('takes a post whose breakage is a frozen queue and an expired certificate, found by a report', () => {
    const text = post(
      '# A quiet night that was not',
      'Our sync service froze on Wednesday night, and nobody could open their shared folders until the morning.',
      'I got the first report at half past eleven. The certificate the workers use to reach storage had expired at eleven, and every worker stopped at once.',
      'I renewed the certificate, restarted the workers and the backlog caught up by two in the morning.',
      'Renewal is automatic now, and an expiring certificate pages whoever is on call a week ahead.',
    );
    assert.equal(isTaken(text), true);
  });

  it('leaves a how-to written after a small scare, a bug hunt, a beta story and a look back at a home server', () => {
    const howto = post(
      '# Renewing our certificates automatically',
      'Last spring a certificate on our staging server expired and nobody noticed for a week. It held up a few test runs and made us look at renewals.',
      'We used to renew every certificate by hand from a reminder. We got a few emails from the provider each time, and someone clicked through.',
      'Now a small job asks for new certificates a month ahead. We rebuilt it twice before it ran again cleanly every night.',
      'The job is about forty lines, and it is in our tools repository if you want it.',
    );
    const bug = post(
      '# The parser bug that ate my weekend',
      'This weekend I chased a bug in my side project. Nothing had shipped; the tests on my laptop broke on Saturday after I changed the time zone.',
      'I noticed that some dates came out a day early. The cause was a helper that built dates without a zone.',
      'I rewrote the helper, fixed the fixtures and the tests ran again by Sunday night.',
    );
    const beta = post(
      '# Six months of our beta',
      'We opened the beta in March with forty testers. The first build crashed on half their phones, and we got several messages within an hour.',
      'We fixed the crash the same day. After that the testers mostly asked for features: dark mode, exports and a widget.',
      'By summer we had four hundred testers. We launch publicly in October.',
    );
    const lab = post(
      '# My home lab, one year on',
      'A year ago I bought a second-hand server and put it under the stairs. It has run my photos and notes since.',
      'It went down twice. Once the disk filled up with camera uploads, and once a power cut took it out while I was away. Both times I put it back together in an evening.',
      'Would I do it again? Yes. It taught me more than any course.',
    );
    for (const text of [howto, bug, beta, lab]) assert.equal(isTaken(text), false);
  });
});
