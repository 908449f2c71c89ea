/**
 * A status page prints its post-incident write-up under the state word of the update, as a heading
 * ("## Postmortem"), over the write-up's own text, whose titles often lost their markers on the way.
 * That heading names the post, not a section; what the text under it holds may still decide. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

function sections(text: string): [string, string[], number][] {
  return analyzeDocument(text, 'incidents/2031-02-03-queue.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds, s.heading.line]);
}

const POSTED = [
  '# Job queue delays',
  '',
  'Incident Report for Examplecorp',
  '',
  '## Postmortem',
  '',
  'Sorry to everyone whose exports sat waiting on Tuesday; we know you count on them finishing on time.',
  '',
  'Posted Feb 04, 2031 - 10:20 UTC',
  '',
  '**Resolved**',
  'Exports run normally again.',
  'Posted Feb 03, 2031 - 18:02 UTC',
  '',
].join('\n');

/** The same post with the write-up's own titles as plain lines under the heading. */
const TITLED = POSTED.replace(
  'finishing on time.\n',
  [
    'finishing on time.',
    '',
    'Diagnosis and Cause',
    '',
    'Our dashboards showed the queue growing from the early morning on. We traced it to a worker image that was built without its cache, because a build flag changed, so every export started cold.',
    '',
    'Next steps',
    '',
    '- Pin the build flags of the worker image.',
    '- Alert on the age of the oldest job in the queue.',
    '',
  ].join('\n'),
);

describe('sections: the "Postmortem" heading of a status page post', () => {
  it('reads no section from the state word over an apology', () => {
    assert.deepEqual(sections(POSTED), [['Postmortem', [], 4]]);
  });

  it('reads the plain title lines of the write-up under it, as in a post without headings', () => {
    const found = sections(TITLED);
    assert.deepEqual(found[0], ['Postmortem', [], 4]);
    assert.deepEqual(
      found.slice(1).map(([t, k]) => [t, k[0]]),
      [
        ['Diagnosis and Cause', 'root-cause'],
        ['Next steps', 'action-items'],
      ],
    );
  });

  it('lets the content decide when it is a list of commitments', () => {
    const text = POSTED.replace(
      'Sorry to everyone whose exports sat waiting on Tuesday; we know you count on them finishing on time.',
      [
        'To keep this from happening again:',
        '',
        '- We will pin the build flags of the worker image.',
        '- We will alert on the age of the oldest job in the queue.',
        '- We will add a cold-start test to the release checks.',
      ].join('\n'),
    );
    assert.equal(sections(text)[0][1][0], 'action-items');
  });

  it('keeps a "Postmortem" part of a report that is no status page as its look back', () => {
    const text = [
      '# Export queue stalled',
      '',
      '## Resolution',
      '',
      'We rebuilt the worker image with its cache and the queue drained within the hour.',
      '',
      '## Postmortem',
      '',
      'Two things went wrong at once, and we learned that a build flag deserves a review like code does.',
      '',
    ].join('\n');
    assert.deepEqual(
      sections(text).map(([t, k]) => [t, k[0]]),
      [
        ['Resolution', 'resolution'],
        ['Postmortem', 'lessons-learned'],
      ],
    );
  });

  it('survives a post cut short after its heading', () => {
    assert.deepEqual(sections('# Down\n\nIncident Report for X\n\n## Postmortem\n\nPosted Feb 04, 2031 - 10:20 UTC'), [['Postmortem', [], 4]]);
  });
});
