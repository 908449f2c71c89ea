/**
 * Three cues of a note to users after an outage, read as the rest of the telling is: an apology in
 * the authors' own voice that names the incident (it opens an untitled note as a first paragraph
 * telling the outage would), the authors' own slip told as the cause ("I accidentally removed",
 * "my fault"), and a consequence told with "as a result". Look-alikes stay unflagged: planned
 * work, a reply sorry for the inconvenience, someone else's words in quotation marks, another's
 * patch that broke something by accident, a case a guide puts. Every text here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection, isTaken } from '../support/recognition';

const lines = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('an apology that names the incident, an own slip, a consequence', () => {
  describe('shapes taken', () => {
    it('an untitled note whose apology for the downtime comes after a greeting and the lost machine', () => {
      const text = lines(
        'Thanks for the patience, everyone, and for all the messages over the weekend.',
        'One of the two machines behind the game lobby was stopped by our cloud host early on Saturday. We are still looking for the cause, and we have rebuilt it from the image.',
        'We are truly sorry for the downtime, and for the saved rooms that could not be restored.',
        'We will keep a copy of the rooms in a second region from now on.',
      );
      assert.equal(detection(text), 'content');
    });

    it('the same note with its apology for an interruption of service', () => {
      const text = lines(
        'Thanks for the patience, everyone, and for all the messages over the weekend.',
        'One of the two machines behind the game lobby was stopped by our cloud host early on Saturday. We are still looking for the cause, and we have rebuilt it from the image.',
        'Our apologies to all players for the interruption of service; some saved rooms could not be restored.',
        'We will keep a copy of the rooms in a second region from now on.',
      );
      assert.equal(detection(text), 'content');
    });

    it('a short titled note whose author owns the slip that took the site down', () => {
      const text = lines(
        '# Lobby outage',
        'We were down for about twenty minutes just now.',
        'While tidying old test machines I accidentally removed the proxy in front of the lobby. I rebuilt it by hand and everything is back online.',
        'That one was entirely my fault.',
      );
      assert.equal(detection(text), 'content');
    });

    it('an untitled note whose author is really sorry for the outage of its day', () => {
      const text = lines(
        'The booking site went down on Sunday morning and stayed offline until noon.',
        "I'm really sorry to everyone who could not book a court.",
        'I will add a second server so that it does not happen again.',
      );
      assert.equal(detection(text), 'content');
    });

    it('a consequence told with "as a result" gives the cause', () => {
      const text = lines(
        '# Upload outage',
        'Uploads failed for an hour on our side. The storage node lost its mount and, as a result, every write was refused.',
        'We remounted the volume and uploads recovered.',
      );
      assert.equal(detection(text), 'content');
    });
  });

  describe('look-alikes left alone', () => {
    it('an untitled notice of planned work sorry for its downtime', () => {
      const text = lines(
        'Hello all,',
        'Tonight between ten and eleven we take the reporting site down for scheduled maintenance, because of the new disks.',
        'We are sorry for the downtime this causes. The site will be back by eleven at the latest.',
      );
      assert.equal(isTaken(text), false);
    });

    it('an untitled reply sorry for the inconvenience, naming no incident', () => {
      const text = lines(
        'Thanks for writing in about the invoice layout.',
        'The new layout came with the April release, because the tax office asked for the extra column.',
        'We apologise for the inconvenience, and we will add a note to the changelog.',
      );
      assert.equal(isTaken(text), false);
    });

    it('an untitled news piece that quotes the company apologising for its outage', () => {
      const text = lines(
        'A payments company was offline for most of Monday, its customers said.',
        'A spokesperson blamed a faulty router. "We are very sorry about the outage and we will add a second link," the firm said in a statement.',
        'The company did not say how many shops were affected.',
      );
      assert.equal(isTaken(text), false);
    });

    it("a piece on another studio's patch that broke saves by accident", () => {
      const text = lines(
        '# Patch pulled',
        'The studio behind the puzzle game pulled its latest patch after it inadvertently wiped some save files.',
        'A new build is due next month, the studio says.',
      );
      assert.equal(isTaken(text), false);
    });

    it('a guide that puts the case of a volume deleted by mistake', () => {
      const text = lines(
        '# Restoring a deleted volume',
        'When we accidentally delete a volume, we restore it from the nightly snapshot.',
        'Open the console, pick the snapshot, and attach the new volume to the same machine.',
      );
      assert.equal(isTaken(text), false);
    });
  });
});
