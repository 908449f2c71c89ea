/**
 * Follow-up work told in prose by the state it is in now ("the fix is now in place", "the bug in
 * the alerting is already patched"), work under way told by the effort as the subject ("Work is
 * ongoing to scan …"), and a need told as a chance ("it may need to be added back"). Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { readSentence, toldInPlaceNow } from '../../../server/src/analysis/model/action-items/reading';
import { items } from './helpers';
import { assertLinear } from '../../support/growth';

/** A post-mortem with no plan section: its follow-ups are told in the prose of `part`. */
function told(heading: string, part: string): string {
  return [
    '# Outage of the build farm',
    '',
    '## Summary',
    '',
    'The build farm stopped taking jobs for three hours when the artifact store was unreachable.',
    '',
    '## Timeline',
    '',
    '- 10:02 UTC: builds start failing',
    '- 13:05 UTC: builds pass again',
    '',
    `## ${heading}`,
    '',
    part,
    '',
  ].join('\n');
}

describe('action items: a follow-up told as in place now', () => {
  it('reads a fix told as now in place, among the lessons, as a follow-up done', () => {
    const text = told(
      'Lessons learned',
      'A single upload step could stop every build. A fix is now put in place so the builds carry on when the store is down.',
    );
    const found = items(text);
    assert.equal(found.length, 1);
    assert.match(found[0].text, /^A fix is now put in place/);
    assert.equal(found[0].done, true);
  });

  it('reads a patch told as already made, after another clause of the sentence', () => {
    const text = told(
      'Why the alert stayed quiet',
      'The probe saw the outage within the hour, but a bug in the paging rule kept it quiet. Our alerting keeps improving, and the bug in the paging check is already patched.',
    );
    const found = items(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].done, true);
  });

  it('reads "was added already" with the prevention as its subject', () => {
    assert.ok(toldInPlaceNow('The main piece of prevention was added already: memory alerts on every host.'));
    assert.ok(toldInPlaceNow('The new disk check is already deployed on every runner.'));
    assert.ok(toldInPlaceNow('Monitoring of the queue depth is now in place.'));
  });

  it('leaves a state of the incident, a condition and a question alone', () => {
    assert.ok(!toldInPlaceNow('The release was already started when the store went down.'));
    assert.ok(!toldInPlaceNow('Users who were already logged in kept working.'));
    assert.ok(!toldInPlaceNow('If the fix is already deployed, skip this step.'));
    assert.ok(!toldInPlaceNow('Is the fix already deployed?'));
    assert.ok(!toldInPlaceNow('The fix is deployed to the runners.'));
    // The work must be the subject of the clause that is in place, not a word of another clause.
    assert.ok(!toldInPlaceNow('We read the monitoring, and the release was already deployed.'));
  });

  it('reads work under way told by the effort as the subject', () => {
    assert.equal(readSentence('Work is also ongoing to scan the other services for the same weakness.')?.kind, 'progress');
    assert.equal(readSentence('A project is underway to replace the old bridge.')?.kind, 'progress');
    assert.equal(readSentence('Attempts to restore the backups underway.'), null);
    assert.equal(readSentence('The outage is ongoing for some users.'), null);
    assert.equal(readSentence('If work is ongoing to move the queue, wait for it.'), null);
  });

  it('reads such work among the lessons as an open item', () => {
    const text = told('Lessons learned', 'Work is also ongoing to scan the other services for the same weakness and to fix what it finds.');
    const found = items(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].done, false);
  });

  it('takes a need told as a chance for no commitment', () => {
    assert.equal(readSentence('Some servers lost the bot - it may need to be added back with the invite link.'), null);
    assert.equal(readSentence('The limits might need to be reviewed later.'), null);
    assert.equal(readSentence('The limits need to be reviewed.')?.kind, 'need');
    const text = told('Impact', 'Some servers lost the bot for no clear reason; it may need to be added back with the invite link.');
    assert.deepEqual(items(text), []);
  });

  it('stays linear on a long run of the words it reads', function () {
    this.timeout(60000);
    assertLinear('already done', (n) => `${'the fix is already '.repeat(n)}done`, toldInPlaceNow);
    assertLinear('ongoing', (n) => `${'work is ongoing '.repeat(n)}to`, readSentence);
    assertLinear('may need to', (n) => `${'it may need to be '.repeat(n)}added`, readSentence);
    assertLinear('put in place', (n) => told('Lessons learned', `${'A fix is now put in place and '.repeat(n)}.`), items, 16);
  });
});
