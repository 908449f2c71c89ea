/**
 * A notice sent to users without a title that owns up to its outage though it names no cause: its
 * opening tells what went down or broke, it says on what day, it is sorry, and it says what will be
 * done. Every text here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection as taken, isTaken } from '../support/recognition';

const notice = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('recognising an untitled notice that owns up to its outage without a cause', () => {
  describe('shapes taken', () => {
    it('the service down on its morning, an apology and the work promised', () => {
      const text = notice(
        'The booking service was down this morning from shortly after six until half past nine.',
        'Our storage vendor had a fault in one region, and the database that holds sessions kept answering with errors we had never met.',
        'We will add a replica of that database in a second region and widen our alerts to cover answers that only carry errors.',
        'Our apologies to everyone who could not book a lane.',
      );
      assert.equal(taken(text), 'content');
    });

    it('a volume that filled up, dated, with the checks promised and the team sorry', () => {
      const text = notice(
        'Mon Jan 6 09:12:00 CET 2025: by nine the shared volume for home folders had filled up, and writes by shell users failed for an hour.',
        'One member had a runaway log file of several gigabytes; the size limit that should have stopped it was switched off in their settings.',
        'Our space alarm watched the disks but not the per-user areas, so nobody was paged. That will be corrected this week.',
        'We are sorry for the trouble and will go over our alerting so this does not happen again.',
      );
      assert.equal(taken(text), 'content');
    });

    it('the same with curled apostrophes and lines wrapped inside a paragraph', () => {
      const text = notice(
        'The forum went offline last night\nfor a little over two hours.',
        'A clean-up job removed the wrong folder and the site could not\nstart without it.',
        'We’re sorry. We’ll keep a copy of that folder off the host from now on.',
      );
      assert.equal(taken(text), 'content');
    });
  });

  describe('look-alikes left alone', () => {
    it('a writer sorry for a late newsletter after a storm took the internet away', () => {
      const text = notice(
        'Hi all,',
        'The letter you expected this morning is late: a storm last night cut our internet, and I lost most of the evening.',
        'I am sorry for the wait, and I will send it out within two days.',
      );
      assert.equal(isTaken(text), false);
    });

    it('a note that promises only to tell more, in two wordings, while the same note promising work is taken', () => {
      const note = (promise: string) =>
        notice('The upload outage that members had on 3 May is over.', 'We are sorry for the trouble on Friday, 2024-05-03.', promise);
      assert.equal(isTaken(note('We will keep you informed.')), false);
      assert.equal(isTaken(note("We'll post an update here tomorrow.")), false);
      assert.equal(taken(note('We will add a second disk for uploads and keep you informed.')), 'content');
    });

    it('an apology for a maintenance window that ran into the day', () => {
      const text = notice(
        'The site was unavailable this morning while our scheduled maintenance ran longer than planned.',
        'We apologise for the interruption.',
        'We will move future maintenance to the weekend.',
      );
      assert.equal(isTaken(text), false);
    });

    it('a help article that is sorry for problems in general, on no day', () => {
      const text = notice(
        'We apologise for any trouble you have receiving your parcel. Carriers can be slow in winter.',
        'First check the tracking page. If the parcel has not moved for a week, write to us.',
        'We will open a claim with the carrier for you.',
      );
      assert.equal(isTaken(text), false);
    });

    it('an apology with a promise whose opening tells nothing gone down', () => {
      const text = notice(
        'Thanks to everyone who wrote in yesterday about the new pricing page.',
        'The numbers on it were confusing, and we are sorry for that.',
        'We will publish a clearer table next week.',
      );
      assert.equal(isTaken(text), false);
    });

    it('an outage told without an apology or a promise stays to the other readings', () => {
      const text = notice(
        'The booking service was down this morning from shortly after six until half past nine.',
        'It was a quiet morning otherwise, and the team spent it on the new lane map.',
        'Bookings picked up again in the afternoon.',
      );
      assert.equal(isTaken(text), false);
    });
  });
});
