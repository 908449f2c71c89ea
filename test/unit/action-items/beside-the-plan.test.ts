/**
 * Prose beside a list of the plan: a firm promise in the close of the report ("## In closing") is
 * work the list may not hold; a change told done in the story that the list restates (its purpose
 * told first, its words in another form) is that item, not a second; and "which we will use" after
 * work done tells the use of what was done, not a promise. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { readSentence } from '../../../server/src/analysis/model/action-items/reading';
import { contentWords } from '../../../server/src/analysis/model/action-items/prose';

function read(text: string): [string, boolean][] {
  return analyzeDocument(text, 'postmortems/2026-09-01-test.md', defaultSettings()).model.actionItems.map((i) => [i.text, i.done]);
}

function report(cause: string, close: string, heading = 'In closing'): string {
  return [
    '# Relay outage',
    '',
    '## Root cause',
    '',
    cause,
    '',
    '## Corrective actions',
    '',
    '- Rotate the relay logs every hour on the image.',
    '- Grow the relay fleet with a larger set of fixed addresses that can be handed out.',
    '',
    `## ${heading}`,
    '',
    close,
    '',
  ].join('\n');
}

describe('action items: prose beside the plan', () => {
  it('reads a firm promise in the close of the report as an item', () => {
    for (const heading of ['In closing', 'Conclusion', 'Final thoughts', 'Wrapping up']) {
      const got = read(
        report('The relay disks filled up.', 'We are sorry. Beyond the fixes above, we will run a wider review of single points of failure.', heading),
      );
      assert.deepEqual(
        got.map(([t]) => t),
        [
          'Rotate the relay logs every hour on the image.',
          'Grow the relay fleet with a larger set of fixed addresses that can be handed out.',
          'Beyond the fixes above, we will run a wider review of single points of failure.',
        ],
        heading,
      );
    }
  });

  it('reads no item from the close when it only apologises or keeps watching', () => {
    const got = read(report('The relay disks filled up.', 'We are sorry for the trouble. We will keep monitoring the relays closely.'));
    assert.equal(got.length, 2);
  });

  it('reads nothing new from a closing heading of another kind under the default reading', () => {
    const got = read(report('The relay disks filled up.', 'We will run a wider review of single points of failure.', 'Thanks'));
    assert.equal(got.length, 2);
  });

  it('takes a change told done in the story that the list restates as that item', () => {
    const got = read(
      report('To keep partners from blocking us again, we handed out a set of fixed addresses to the relay fleet.', 'Thank you for bearing with us.'),
    );
    assert.equal(got.length, 2, got.map(([t]) => t).join(' | '));
  });

  it('still reads a change told done in the story that the list does not hold', () => {
    const got = read(report('The disks had no limit. We have since added a size limit to the spool, which will prevent a full disk.', 'Thanks.'));
    assert.deepEqual(
      got.map(([t]) => t),
      [
        'We have since added a size limit to the spool, which will prevent a full disk.',
        'Rotate the relay logs every hour on the image.',
        'Grow the relay fleet with a larger set of fixed addresses that can be handed out.',
      ],
    );
  });

  it('reads "which we will use" after work done as done, and other promises as before', () => {
    assert.equal(readSentence('We have also acquired a block of public addresses which we will use for the relays.')?.kind, 'done');
    assert.equal(readSentence("We've installed two spare switches that we'll utilise in the lab.")?.kind, 'done');
    assert.equal(readSentence('We have ordered new disks which we will install next week.')?.kind, 'future');
    assert.equal(readSentence('We will add a check that we will use nightly.')?.kind, 'future');
  });

  it('compares the words of the work, not its purpose, and forms of a word as one', () => {
    assert.deepEqual([...contentWords('To stop this from happening again, we assigned fixed addresses.')].sort(), ['address', 'assign', 'fixed']);
    assert.ok(contentWords('addresses were assigned').has('assign'));
    assert.ok(contentWords('Assign the addresses').has('assign'));
  });
});
