/**
 * An entry that opens on a verb written with its prefix set off by a hyphen ("Re-worked the secrets
 * handling", "Re-enabled the backups") tells work done as "Reworked …" does; the same verb as a
 * command ("Re-enable the backups") is still to do. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { reportsDone } from '../../../server/src/analysis/model/action-items/reading';
import { items, postmortem } from './helpers';

describe('action items: a past verb with a hyphenated prefix', () => {
  it('reads the past of a hyphenated verb of work as done, its command as open', () => {
    assert.equal(reportsDone('Re-worked our token handling so a leak is shorter-lived.'), true);
    assert.equal(reportsDone('Re-enabled the nightly backup job'), true);
    assert.equal(reportsDone('Re-enable the nightly backup job'), false);
    assert.equal(reportsDone('Re-'), false);
    assert.equal(reportsDone('re-re-re-worked'), false);
  });

  it('reads a list of changes made, one written with a hyphen, as done', () => {
    const body = [
      '- Tightened the release workflow.',
      '',
      '- Switched to the new package manager.',
      '',
      '- Re-worked our secrets handling to make the response faster.',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => i.done),
      [true, true, true],
    );
  });
});
