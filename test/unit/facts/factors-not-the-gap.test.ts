/**
 * Words that sit beside a gap word but tell no gap: a silence the fix or the check is there to
 * rule out, and what users could not do while the outage lasted. Every sentence here is written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Outage of the ferry timetable');
const doc = withSections('Outage of the ferry timetable');

describe('facts: a silence ruled out is no silent failure', () => {
  it('reads a failure that must not happen silently as what a fix is for', () => {
    assert.deepEqual(cats('# Ferry incidents', '', 'Each entry says what broke and what we changed so it cannot recur silently.'), []);
    assert.deepEqual(cats(...section('Follow-up', 'The new probe makes sure the importer will not fail silently again.')), []);
    assert.deepEqual(cats(...section('Notes', 'We asked whether the sync was working and not failing silently?')), []);
    assert.deepEqual(cats(...section('Notes', 'SO THE FEED CAN NO LONGER BREAK SILENTLY.')), []);
  });

  it('still reads a silence that happened as the tooling that did not tell', () => {
    assert.deepEqual(cats(...section('Root cause', 'The timetable importer failed silently for two nights.')), ['tooling_failure']);
    // The negation is of another step: the job that did not run still went quiet.
    assert.deepEqual(cats(...section('Root cause', 'The cleanup did not run and silently left the old rows behind.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Root cause', 'The uploads were not retried; they silently vanished.')), ['tooling_failure']);
  });

  it('stays linear on a long run of negated words before the adverb', () => {
    assertLinear(
      'negated words before silently',
      (n) => `${'not fail '.repeat(n)}silently`,
      (text) => cats(...section('Root cause', text)),
      200,
    );
  });
});

describe('facts: what users could not do is the impact, no gap', () => {
  it('reads users unable to reach the app as no gap of access', () => {
    assert.deepEqual(
      cats(
        ...doc(
          ['Summary', 'For five hours riders were unable to sign in and access their ferry passes. The cause was a power cut at the hosting site.'],
          ['Impact', 'Customers could not open their passes or access the booking page during the outage.'],
        ),
      ),
      [],
    );
    assert.deepEqual(
      cats(...section('Impact', 'users  WERE UNABLE TO check in and access   the app.', 'Visitors could no longer access the monitoring page.')),
      [],
    );
  });

  it('still reads a gap told beside the impact', () => {
    // A second negation on the line tells the gap itself.
    assert.deepEqual(
      cats(
        ...doc(
          ['Summary', 'Users could not access the site, and no alert fired for an hour.'],
          ['Root cause', 'Nobody was paged: the monitoring did not cover the booking page.'],
        ),
      ),
      ['tooling_failure'],
    );
    // What was not done for users (they could not be given access) still tells a gap.
    assert.deepEqual(
      cats(
        ...doc(
          ['Summary', 'Customers could not be given access to their tickets for a day.'],
          ['What went wrong', 'Staff had no access to the ticket store that night.'],
        ),
      ),
      ['process_gap'],
    );
    // Staff who could not get access is a gap of access, not the users' impact.
    assert.deepEqual(
      cats(
        ...doc(
          ['Summary', 'The on-call engineer had no access to the database host.'],
          ['Root cause', 'Access for the on-call rota was never granted, and no access was set up for the backup admin.'],
        ),
      ),
      ['process_gap'],
    );
  });

  it('stays linear on a long subject before the inability', () => {
    assertLinear(
      'a long run of user words',
      (n) => `${'users and customers '.repeat(n)}were unable to access the app.`,
      (text) => cats(...section('Impact', text)),
      200,
    );
  });
});

describe('facts: a line labelled as the impact tells what was lost, no gap', () => {
  it('reads the negations of an impact line as no weak evidence', () => {
    assert.deepEqual(
      cats(
        ...doc(
          ['Incident 1', '* Impact: No file access, no access to the build hosts', '* Duration: two hours'],
          ['Cause', 'The storage controller lost power; file access came back without any action from us.'],
        ),
      ),
      [],
    );
    assert.deepEqual(cats(...section('Incident 2', '- **USER IMPACT**:   no access to the archive, NO ACCESS to the timetable')), []);
  });

  it('still reads a gap told as such on an impact line, and an impact told in a sentence', () => {
    // A gap told as such counts wherever it is written.
    assert.deepEqual(cats(...section('Incident 1', '**Impact:** no alert fired and nobody was paged for an hour.')), ['tooling_failure']);
    // The word in a sentence labels nothing: its negation still makes a topic word beside it a point.
    assert.deepEqual(
      cats(
        ...doc(
          ['Incident 1', 'The impact on file access was that no access was possible for an hour.'],
          ['Cause', 'Access to the storage was not restricted to the admins.'],
        ),
      ),
      ['process_gap'],
    );
  });

  it('stays linear on a long impact line', () => {
    assertLinear(
      'a long impact line',
      (n) => `* Impact: ${'no access, '.repeat(n)}no files`,
      (text) => cats(...section('Incident 1', text)),
      200,
    );
  });
});
