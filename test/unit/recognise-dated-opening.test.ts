/**
 * A report with the outline of a post-mortem (a cause, three more parts, one of them work to
 * follow) whose first paragraph only dates it ("Date: … to …") and whose next paragraph tells what
 * went wrong: the date line opens it as a sentence in the past would. When it does not, the outline
 * may still be taken by the other readings (a timeline told by the clock in the past). Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { detection as taken, isTaken } from '../support/recognition';

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

  it('takes an outline opened by a date line when its timeline tells the hours gone by, whatever the next paragraph says', () => {
    // The outline alone does not take it (the next paragraph names no failure the reading knows),
    // but a timeline told by the clock in the past does, as it would without the date line.
    const text = [
      '# Queue stall',
      '',
      'Date: 2026-03-11',
      '',
      '## Summary',
      '',
      'The billing queue stalled for forty minutes.',
      '',
      '## Timeline',
      '',
      '| Time (UTC) | Event |',
      '|---|---|',
      '| 09:02 | The consumer crashed on a malformed message |',
      '| 09:20 | The queue-age alert fired |',
      '| 09:42 | The consumer restarted with the message skipped |',
      '',
      '## Root cause',
      '',
      'One malformed message stopped the consumer, which had no way to set it aside.',
      '',
      '## Recovery checklist',
      '',
      '- [ ] Replay the dead-letter queue (owner: Ana Ruiz)',
      '- [ ] Add a schema check on the producer (owner: Li Wei)',
      '- [x] Page on queue age over five minutes (owner: Ana Ruiz)',
      '',
    ].join('\n');
    assert.equal(taken(text), 'content');
    assert.equal(taken(text.replace(/\n/g, '\r\n')), 'content');
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

    it('a dated design document whose timeline of the work is told by the clock, ahead', () => {
      const text = [
        '# Resizer streaming',
        '',
        'Date: 12 June 2025',
        '',
        '## Summary',
        '',
        'This proposal moves thumbnail resizing into the upload service.',
        '',
        '## Timeline',
        '',
        '| Time | Step |',
        '|---|---|',
        '| 09:00 | Kick-off with the storage team |',
        '| 11:00 | Review of the writer |',
        '| 14:00 | Sign-off |',
        '',
        '## Root cause',
        '',
        'The resizer keeps every size in memory until the upload ends.',
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
