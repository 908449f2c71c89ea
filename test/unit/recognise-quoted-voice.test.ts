/**
 * Words in quotation marks are someone else's: a news piece that quotes a studio's "we apologise"
 * tells the studio's incident, not its own authors'. Every text here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection as taken, isTaken } from '../support/recognition';

const paragraphs = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('recognising whose voice tells the incident when words are quoted', () => {
  it('leaves a news piece whose only first person is a quoted apology', () => {
    const text = paragraphs(
      'A small studio shipped an update to its puzzle game last month to fix some errors, but it wiped the saves of some players, and the update was pulled within a day.',
      'The wiping was due to a migration of old save files, which failed for games that were nearly finished.',
      'The same update is now back on the store unchanged, because a new one would cost the studio too much to certify.',
      'In a post, its lead wrote: "To the few players who lost their progress, we are truly sorry and we will keep looking for a way to restore it."',
    );
    assert.equal(isTaken(text), false);
    // The same words in “curled” quotation marks.
    assert.equal(isTaken(text.replace(/"/g, (_, at: number) => (text.indexOf('"') === at ? '\u201C' : '\u201D'))), false);
  });

  it('still takes the authors’ own account that quotes what a customer wrote', () => {
    const text = paragraphs(
      'Our upload service was down on Tuesday for forty minutes after a certificate on the storage gateway expired.',
      'It was caused by a renewal job that had failed silently for a week under an account whose password had been rotated.',
      'One customer wrote to us: "I could not send my files to the printer all morning."',
      'We have since moved the renewal to a service account and added an alert thirty days before any certificate expires.',
    );
    assert.equal(taken(text), 'content');
  });

  it('still takes an account told in the first person outside the quotes, an apology quoted in it', () => {
    const text = paragraphs(
      '# Checkout outage on 3 March',
      'We lost checkout for an hour on 3 March when a schema change locked the orders table.',
      'Our status page said "we are investigating" at 10:05 and "resolved" at 11:02.',
      'We will run schema changes in two steps from now on.',
    );
    assert.equal(taken(text), 'content');
  });
});
