/**
 * An item that opens on the work under way ("We're adjusting …", "In addition, we are tightening …")
 * is open, whatever a clause after it tells as done ("… the speed at which builds are deployed").
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { reportsDone } from '../../../server/src/analysis/model/action-items/reading';
import { items, postmortem } from './helpers';

describe('action items: an item that opens on work under way', () => {
  it('reads the opening as work under way, not the clause after it as done', () => {
    for (const t of [
      'We’re adjusting the pace at which new images are deployed, so a bad build reaches fewer hosts.',
      "We're tightening the limits that were set too high last year.",
      'In addition, we are reworking the job that has been failing quietly.',
      'I am also reviewing the rules that were added in March',
      '**We are currently documenting** the steps that were taken by hand.',
    ])
      assert.equal(reportsDone(t), false, t);
  });

  it('keeps a state reached, and a report after a task, as done', () => {
    for (const t of [
      'We are now using the new builder, which has been deployed.',
      'Rewrite the alerting rules. This has been deployed.',
      'The old keys have been rotated.',
    ])
      assert.equal(reportsDone(t), true, t);
  });

  it('leaves a gerund that names no work to the other readings', () => {
    assert.equal(reportsDone('We are seeing fewer errors since the limits were raised.'), false);
  });

  it('reads the items of a plan told in the progressive as open', () => {
    const body = [
      'The faulty build has been reverted, and we are making changes so it does not happen again:',
      '',
      "* We're adding a canary stage before production.",
      '* We’re adjusting the pace at which new images are deployed, so a bad build reaches fewer hosts.',
      '* Added a rollback button to the deploy tool.',
    ].join('\r\n');
    const found = items(postmortem(body, '\r\n'));
    const byText = new Map(found.map((i) => [i.text.replace(/^\W+/, '').slice(0, 20), i.done]));
    assert.equal(byText.get("We're adding a canar"), false);
    assert.equal(byText.get('We’re adjusting the '), false);
    assert.equal(byText.get('Added a rollback but'), true);
  });

  it('reads odd input without error', () => {
    for (const t of ['', "we're", 'We are ing', 'We are ' + 'x'.repeat(5000) + 'ing', '*** we’re ***']) assert.equal(typeof reportsDone(t), 'boolean');
  });
});
