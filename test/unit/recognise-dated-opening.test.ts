/**
 * A report with the outline of a post-mortem (a cause, three more parts, one of them work to
 * follow) whose first paragraph only dates it ("Date: … to …") and whose next paragraph tells what
 * went wrong: the date line opens it as a sentence in the past would. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { check } from '../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const settings = defaultSettings();
const taken = (text: string) => check(text, { path: 'notes/a.md', settings }).doc?.model.detection ?? 'skipped';
const isTaken = (text: string) => ['title', 'content', 'front-matter', 'path'].includes(taken(text));

const report = (second: string) =>
  [
    '## Summary',
    '',
    'Date: 4 Mar 2025 (~0910) to 4 Mar 2025 (~1140)',
    'Figures from the provider status page.',
    '',
    '## What happened?',
    '',
    second,
    '',
    '## How was it fixed',
    '',
    '0915: the on-call engineer saw thumbnails missing on the front page.',
    '',
    '1130: the thumbnails came from the old resizer again.',
    '',
    '## Cause',
    '',
    'The upstream resizer lost its storage region and returned errors for every new size.',
    '',
    '## What could be done to avoid this in future?',
    '',
    '- Keep the old resizer warm as a fallback.',
    '- Do not cache error responses for more than a minute.',
    '',
  ].join('\n');

describe('recognising an outline opened by a date line', () => {
  it('takes the outline when the paragraph after the date tells something gone wrong', () => {
    assert.equal(taken(report('New thumbnails were failing to load and the resizer went offline.')), 'content');
  });

  it('takes it with CRLF line ends', () => {
    assert.equal(taken(report('Uploads failed for everyone while the resizer was down.').replace(/\n/g, '\r\n')), 'content');
  });

  describe('look-alikes left alone', () => {
    it('the same outline when the paragraph after the date tells nothing gone wrong', () => {
      assert.equal(isTaken(report('The resizer turns uploads into thumbnails of four sizes.')), false);
    });

    it('a dated design document with a problem, a solution, a timeline of the work and the cause it answers', () => {
      const text = [
        '## Summary',
        '',
        'Date: 12 June 2025',
        '',
        'This proposal moves thumbnail resizing into the upload service. The resizer was written in 2019.',
        '',
        '## Problem',
        '',
        'Resizing runs in a separate service that has to be scaled by hand.',
        '',
        '## Root cause',
        '',
        'The resizer keeps every size in memory until the upload ends.',
        '',
        '## Solution',
        '',
        'Stream each size to storage as soon as it is made.',
        '',
        '## Timeline',
        '',
        '- 09:00 kick-off',
        '- 14:00 first review',
        '',
        '## Next steps',
        '',
        '- [ ] Write the streaming writer.',
        '',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });

    it('a README with a dated troubleshooting section', () => {
      const text = [
        '# thumbs',
        '',
        'Date: 1 Feb 2025',
        '',
        'A small resizer for uploads. It was rewritten last year.',
        '',
        '## Troubleshooting',
        '',
        'If thumbnails fail to load after 3 Feb 2025, clear the cache and restart the worker.',
        '',
        '## Changelog',
        '',
        '- 2 Feb 2025: fixed a crash on empty files.',
        '',
      ].join('\n');
      assert.equal(isTaken(text), false);
    });
  });
});
