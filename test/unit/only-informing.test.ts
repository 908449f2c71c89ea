/**
 * One notion of a promise only to tell readers more, read the same way by the action-item reading
 * (no item from it) and the recognition reading (no answer to the incident from it), and in both
 * readings other work promised in the same sentence still counts. Every text here is written for
 * the test.
 */
import { strict as assert } from 'node:assert';
import { withoutInforming } from '../../server/src/analysis/model/informing';
import { promisesStatusOnly } from '../../server/src/analysis/model/action-items/reading';
import { items } from './action-items/helpers';
import { detection as taken, isTaken } from '../support/recognition';

/** A post-mortem with no plan section: its prose is read for commitments. */
const prose = (paragraph: string) =>
  `# Spool outage\n\n## Summary\n\nThe mail spool stalled on Tuesday.\n\n## What happened\n\nThe spool disk ran out of inodes.\n\n${paragraph}\n`;

/** An untitled notice: its outage told, dated and regretted, then `promise`. */
const notice = (promise: string) =>
  ['The photo uploads were down on 9 June for most of the afternoon.', 'We apologise for the trouble on Tuesday, 2026-06-09.', promise].join('\n\n') + '\n';

describe('a promise only to tell readers more, shared by the item and recognition readings', () => {
  it('leaves out the clause of informing with what ties it on, and nothing else', () => {
    assert.equal(withoutInforming('We will add a quota alert and keep you posted.'), 'We will add a quota alert.');
    assert.equal(withoutInforming('We plan to run a second status page to help keep members informed.'), 'We plan to run a second status page.');
    assert.equal(withoutInforming("We'll share updates here."), ' here.');
    assert.equal(withoutInforming('We will keep the spool on its own disk.'), 'We will keep the spool on its own disk.');
    assert.equal(withoutInforming('Keep the old host updated until May.'), 'Keep the old host updated until May.');
  });

  it('reads a sentence as status only when nothing but informing is promised', () => {
    for (const t of [
      'We will keep you informed.',
      'We are investigating and will keep you updated.',
      'We are working on a fix and will keep everyone posted.',
      'We will continue to monitor the spool and keep you informed.',
      'We will update this page and let you know.',
      'We shall try to share an update on the spool after the move.',
      'We always try to keep you posted.',
    ])
      assert.equal(promisesStatusOnly(t), true, t);
    for (const t of [
      'We will add a quota alert and keep you posted.',
      'We are moving the spool to a larger disk and will share updates as it goes.',
      'We plan to run a second status page to help keep members informed.',
    ])
      assert.equal(promisesStatusOnly(t), false, t);
  });

  it('finds the work promised beside the informing as an item, and none from the informing alone', () => {
    assert.equal(items(prose('We will add a quota alert on the spool disk and keep you posted.')).length, 1);
    assert.equal(items(prose('We still plan to run a second status page off our own network to help keep members informed.')).length, 1);
    assert.equal(items(prose('We will keep you posted.')).length, 0);
    assert.equal(items(prose('We are looking into it and will keep you updated.')).length, 0);
  });

  it('takes the notice that promises work beside informing, and not the one that only informs', () => {
    assert.equal(taken(notice('We will put the uploads on a second disk and keep you posted.')), 'content');
    assert.equal(isTaken(notice('We will keep you posted.')), false);
    assert.equal(isTaken(notice("We'll post updates here.")), false);
  });

  it('reads broken input without error', () => {
    for (const t of ['', 'and keep you', 'to help keep', 'We will ' + 'and keep you posted '.repeat(200), 'keep keep you you informed informed'])
      assert.equal(typeof promisesStatusOnly(withoutInforming(t)), 'boolean');
  });
});
