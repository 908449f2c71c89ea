/**
 * A report whose headings name no part of a post-mortem, read by the order of its body: a failure
 * told in the past in the opening paragraphs, then, further on than the opening the quick reading
 * looks at, its cause and what was done or will be. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { accountGoesOn } from '../../server/src/analysis/model/detect';
import { detection as taken, isTaken } from '../support/recognition';

/** Paragraphs of detail that tell neither a cause nor an answer. */
const detail = [
  'The first graphs showed the queue depth climbing on every shard.',
  'Two of us looked at the worker logs while a third read the dashboards.',
  'The logs were quiet apart from slow acknowledgements.',
  'The brokers themselves looked healthy on every graph.',
  'Memory on the workers stayed flat through the morning.',
  'The load balancer spread requests evenly as it should.',
  'Nobody had touched the worker hosts that week.',
  'The shards that lagged most held the largest tenants.',
];

const report = (opening: string, later: readonly string[], headings = ['Part 1', 'Part 2', 'Part 3']) =>
  [
    `# ${headings[0]}`,
    '',
    opening,
    '',
    `## ${headings[1]}`,
    '',
    ...detail.flatMap((p) => [p, '']),
    `## ${headings[2]}`,
    '',
    ...later.flatMap((p) => [p, '']),
  ].join('\n');

const opening = 'On Monday our export jobs failed and customers were left without their reports for four hours.';
const later = [
  'The stall was caused by a retry setting that a library upgrade had reset to zero.',
  'We have restored the setting and we will pin it in the deployment config.',
];

describe('recognising a report whose account goes on past its opening', () => {
  it('takes a failure told first and its cause and answer told after the detail, under headings that name nothing', () => {
    assert.equal(taken(report(opening, later)), 'content');
  });

  it('takes the same with the headings in other words, and with CRLF line ends', () => {
    assert.equal(taken(report(opening, later, ['Exports on Monday', 'Looking around', 'Afterwards'])), 'content');
    assert.equal(taken(report(opening, later).replace(/\n/g, '\r\n')), 'content');
  });

  it('reads the cause and the answer only after the failure, and the failure only in the opening', () => {
    assert.equal(accountGoesOn([opening, ...later]), true);
    // The answer before the failure, or the failure told late, makes no account.
    assert.equal(accountGoesOn([...later, 'x', 'y', opening]), false);
    assert.equal(accountGoesOn([opening, later[0]]), false);
    assert.equal(accountGoesOn([opening, later[1]]), false);
    // A case put and a question tell nothing.
    assert.equal(accountGoesOn(['If the export jobs failed, customers would receive no reports.', ...later]), false);
    assert.equal(accountGoesOn([opening, 'Was it caused by the upgrade?', later[1]]), false);
  });

  it('takes an opening that announces the account ("Here’s what happened: …") in words of no failure, as one that tells it', () => {
    const announced = 'Here’s what happened: around six in the evening the nightly exports simply stopped.';
    assert.equal(taken(report(announced, later, ['Quiet exports', 'Part 2', 'Part 3'])), 'content');
    assert.equal(accountGoesOn(['A word about our week.', "Here's what happened.", ...later]), true);
    // Announced too late, or with no cause or answer after it, it makes no account.
    assert.equal(accountGoesOn(['One.', 'Two.', 'Three.', "Here's what happened.", ...later]), false);
    assert.equal(accountGoesOn(["Here's what happened.", later[1]]), false);
    assert.equal(isTaken(report(announced, [later[1]], ['Quiet exports', 'Part 2', 'Part 3'])), false);
  });

  it('reads ugly input without failing', () => {
    assert.equal(accountGoesOn([]), false);
    assert.equal(accountGoesOn(['', '', '']), false);
    assert.equal(accountGoesOn(['failed '.repeat(2000), 'because '.repeat(2000)]), false);
    assert.equal(isTaken(report('', [])), false);
  });

  it('leaves a report without a cause anywhere alone', () => {
    assert.equal(isTaken(report(opening, [later[1]])), false);
  });

  describe('look-alikes left alone', () => {
    it('a release announcement with a known issues list', () => {
      const text = report(
        'Version 5 of the exporter is out today, with faster uploads and a new settings page.',
        ['Known issues:', 'Exports to old servers may fail because the new format needs a recent server.', 'We will add a fallback in the next minor release.'],
        ['Exporter 5', 'What is new', 'Known issues'],
      );
      assert.equal(isTaken(text), false);
    });

    it('a tutorial that breaks something on purpose', () => {
      const text = report(
        'In this walkthrough you will stop a worker on purpose and watch the queue fill.',
        ['Stop the worker with the command below; the queue fills because nothing drains it.', 'Now start the worker again and we will see the queue drain.'],
        ['Breaking the queue', 'Setting up', 'Watching it fill'],
      );
      assert.equal(isTaken(text), false);
    });

    it("a status page's maintenance notice", () => {
      const text = report(
        'On Saturday we will carry out work on the database and exports will be unavailable for an hour.',
        ['The work is needed because the disks are near their end of life.', 'We will post an update when the work is done.'],
        ['Database work', 'What to expect', 'Why'],
      );
      assert.equal(isTaken(text), false);
    });

    it('a research write-up with dates', () => {
      const text = report(
        'Between 2023-03-01 and 2023-03-20 we measured the tail latency of the queue under three loads.',
        ['The tail grew with load because acknowledgements were batched.', 'We will repeat the runs with smaller batches next quarter.'],
        ['Queue latency study', 'Method', 'Results'],
      );
      assert.equal(isTaken(text), false);
    });
  });
});
