/**
 * A list led by a line that says its steps were carried out within the response ("Everything
 * below was done the same day the alert fired:", "and these immediate fixes were performed:")
 * recounts the response, inside a plan's section or outside any: its steps, told in the past, are
 * not follow-up work. A lead-in that aims the same steps ahead ("… were taken to prevent a repeat:")
 * or gives no time within the response still leads a plan. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import type { Paragraph } from 'mdast';
import { recountsSteps } from '../../../server/src/analysis/model/action-items/lead-ins';
import { assertLinear } from '../../support/growth';
import { itemTexts as texts } from './helpers';

const doc = (lead: string) =>
  [
    '# Mirror tampering',
    '',
    '## Summary',
    '',
    'Someone pushed altered files to the download mirror on 9 June.',
    '',
    '## Action items',
    '',
    lead,
    '',
    '1. Compared every file on the mirror with the signed originals.',
    '2. Restored the three altered files from the signed originals.',
    '3. Removed the leaked upload key from the mirror.',
    '',
  ].join('\n');

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

describe('action items: a list led by steps carried out within the response', () => {
  it('takes no item from steps the lead-in places within the response', () => {
    assert.deepEqual(texts(doc('Everything below was done the same day the tampering was found:')), []);
    assert.deepEqual(texts(doc('We warned the users, and these immediate fixes were performed:')), []);
    assert.deepEqual(texts(doc('*All of THESE were completed during the incident*:')), []);
  });

  it('still reads the steps when the lead-in aims them ahead or gives no time', () => {
    assert.equal(texts(doc('The following steps were taken to prevent a repeat of this the same day:')).length, 3);
    assert.equal(texts(doc('The following have been completed:')).length, 3);
  });

  it('tells the lead-ins apart by their words alone (ugly input)', () => {
    assert.ok(recountsSteps(paragraph('These were all carried out immediately:')));
    assert.ok(!recountsSteps(paragraph('These were all carried out immediately so that it cannot happen again:')));
    // No colon at the end: a sentence of the story, not a lead-in.
    assert.ok(!recountsSteps(paragraph('The following was completed the same day.')));
    assert.ok(!recountsSteps(paragraph(':')));
    assert.ok(!recountsSteps(paragraph('')));
  });

  it('reads a long lead-in in linear time', () => {
    assertLinear(
      'done-in-response lead-in',
      (n) => paragraph('the following was done '.repeat(n) + 'the same day:'),
      (node) => recountsSteps(node),
      64,
      2,
    );
    assertLinear(
      'many anchors',
      (n) => paragraph('immediately '.repeat(n) + 'these were done:'),
      (node) => recountsSteps(node),
      64,
      2,
    );
  });
});
