/**
 * A list led by the plan the authors had then ("The move was supposed to be quick:", "Our plan
 * was:", "We had planned to:") holds the steps of the operation as planned at the time, not
 * follow-up work, inside a plan's section or outside any, as a list led by the steps taken is.
 * A list led by what comes next is still read. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts as texts } from './helpers';
import { recountsSteps } from '../../../server/src/analysis/model/action-items/lead-ins';
import type { Paragraph } from 'mdast';
import { assertLinear } from '../../support/growth';

const steps = [
  '1. Stop every service on the old box',
  '2. Take a backup of the mail folders',
  '3. Restore the folders on the new box',
  '4. Start everything again',
];

const doc = (heading: string, lead: string, after = 'The backup took all night, and the restore failed twice.') =>
  [
    '# Moving the mail server',
    '',
    'Last weekend I moved the mail server to a new system.',
    '',
    `## ${heading}`,
    '',
    lead,
    '',
    ...steps,
    '',
    '## Day one',
    '',
    after,
    '',
  ].join('\n');

describe('action items: a list led by the plan the authors had then', () => {
  it('takes no item from the steps of an operation as planned at the time', () => {
    assert.deepEqual(texts(doc('The Plan', 'The move was supposed to be quick and easy:')), []);
    assert.deepEqual(texts(doc('Background', 'Our original plan was:')), []);
    assert.deepEqual(texts(doc('How it went', 'We had planned to do it in one evening, in this order:')), []);
    assert.deepEqual(texts(doc('THE PLAN', '*The switch WAS MEANT TO take an hour*:')), []);
  });

  it('still reads a list led by what comes next, and the work promised after it', () => {
    assert.equal(texts(doc('The Plan', 'This is what we will do next time:')).length, 4);
    const found = texts(doc('The Plan', 'The move was supposed to be quick and easy:', 'Next time I will test the restore before the move.'));
    assert.deepEqual(found, ['Next time I will test the restore before the move.']);
  });

  it('reads a long lead-in of plan words in linear time', () => {
    const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });
    assertLinear(
      'past plan lead-in',
      (n) => paragraph('the plan was supposed to '.repeat(n) + 'x:'),
      (node) => recountsSteps(node),
      64,
      2,
    );
  });
});
