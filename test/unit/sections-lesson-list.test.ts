/**
 * A list of lessons set out as numbered sub-headings under the lessons ("What I learned", then "1. …",
 * "2. …"): each is one lesson, and a lesson often tells why it matters ("because the old phones …").
 * Those causes do not make the sub-heading the root cause; the same sub-heading elsewhere is read by
 * its content as before. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { kindsOf } = sectionReader();

/** A lesson told with its reasons: two causal links, no work promised. */
const WHY = [
  'The release passed every check on our own laptops, because we only ever tried the newest browser.',
  'Older phones could not load the new script, which led to a blank page for a third of visitors.',
].join('\n');

const doc = (parent: string, heading: string, body = WHY) =>
  [
    '# Blank pages after the release',
    '',
    '## Summary',
    '',
    'After Tuesday’s release some visitors saw a blank page until we rolled back.',
    '',
    `## ${parent}`,
    '',
    `### ${heading}`,
    '',
    body,
    '',
    '### 2. Keep the old build one click away',
    '',
    'Rolling back took a minute once we decided to.',
    '',
  ].join('\n');

describe('a numbered list of lessons under the lessons heading', () => {
  it('reads a lesson that tells why it matters as a part of the lessons, not the root cause', () => {
    const text = doc('What I learned', '1. Test on the phones people use');
    assert.deepEqual(kindsOf(text, 'What I learned'), ['lessons-learned']);
    assert.deepEqual(kindsOf(text, '1. Test on the phones people use'), []);
  });

  it('reads it so with CRLF line ends and under "Lessons learnt"', () => {
    const text = doc('Lessons learnt', '1. Test on the phones people use').replace(/\n/g, '\r\n');
    assert.deepEqual(kindsOf(text, '1. Test on the phones people use'), []);
  });

  it('reads the same sub-heading under a heading that names nothing by its content, as before', () => {
    const text = doc('Notes', '1. Test on the phones people use');
    assert.deepEqual(kindsOf(text, '1. Test on the phones people use'), ['root-cause']);
  });

  it('keeps a sub-heading of the lessons that itself hints at the cause, over a cause, as the root cause', () => {
    const text = doc('What I learned', 'The bug we missed');
    assert.deepEqual(kindsOf(text, 'The bug we missed'), ['root-cause']);
  });

  it('takes odd input without failing: an empty lesson, one of causal words only, many lessons', () => {
    assert.deepEqual(kindsOf(doc('What I learned', '1. Nothing yet', ''), '1. Nothing yet'), []);
    assert.deepEqual(kindsOf(doc('What I learned', '1. Because', 'because because because'), '1. Because'), []);
    const many = doc('What I learned', '1. First').replace(
      '### 2.',
      Array.from({ length: 40 }, (_, i) => `### ${i + 3}. More\n\n${WHY}\n\n`).join('') + '### 2.',
    );
    assert.deepEqual(kindsOf(many, '1. First'), []);
  });
});
