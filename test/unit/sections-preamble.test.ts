/**
 * A report that tells the incident in brief before its first heading has its summary there: a
 * heading after it that names the story by its words ("So, what happened?") is the story again, read by its
 * content, not a second summary. Without such prose, or with a line too short to sum anything up,
 * the heading stays the summary. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { analyse, sectionOf } = sectionReader();

const PREAMBLE = 'Yesterday the upload service refused files for half an hour after a release. Here is how it went and what we learned from it.';
const STORY = [
  'We shipped the new release to the upload hosts in the early afternoon.',
  'Soon after, the error tracker filled with messages about a missing setting.',
  'We looked at the proxy first and found nothing wrong there.',
  'Then a colleague tried the console on one host and saw the same message.',
  'We put the old release back by hand and uploads worked again.',
].join('\n');
const END = '\n\n## Why did it happen?\n\nA setting was renamed because of a refactor, which caused the hosts to fail at start.\n';

describe('a summary told before the first heading', () => {
  it('does not read a later heading that names the story as a second summary', () => {
    const section = sectionOf(`# Upload outage\n\n${PREAMBLE}\n\n## So, what happened?\n\n${STORY}${END}`, 'So, what happened?');
    assert.notDeepEqual(section.kinds, ['summary']);
  });

  it('keeps the heading the summary with no preamble, or a preamble too short to sum up', () => {
    for (const before of ['', 'Draft.\n\n']) {
      const section = sectionOf(`# Upload outage\n\n${before}## So, what happened?\n\n${STORY}${END}`, 'So, what happened?');
      assert.deepEqual(section.kinds, ['summary'], before);
    }
  });

  it('reads the configured name "What happened?" after a preamble as the cause when it tells a dense chain of causes', () => {
    const cause = 'A worker host ran out of disk. Because the queue keeps its journal there, the broker refused new jobs, which led to the failed exports.';
    const caused = sectionOf(`# Upload outage\n\n${PREAMBLE}\n\n## What happened?\n\n${cause}\n`, 'What happened?');
    assert.deepEqual(caused.kinds, ['root-cause']);
    // The same account telling the harm done (who could not work, what stopped responding) is the impact too.
    const harmed =
      'The search host stopped responding because its disk filled. As a result the site could not load any listing, and buyers were unable to check out.';
    assert.deepEqual(sectionOf(`# Upload outage\n\n${PREAMBLE}\n\n## What happened?\n\n${harmed}\n`, 'What happened?').kinds, ['root-cause', 'impact']);
    // The story told again at length, a cause named along the way, is the cause: the summary was told before it.
    const told = sectionOf(`# Upload outage\n\n${PREAMBLE}\n\n## What happened?\n\n${STORY}\nIt failed because of a renamed setting.${END}`, 'What happened?');
    assert.deepEqual(told.kinds, ['root-cause']);
    // So is a list of what happened, one step naming what set it off.
    const steps = [
      '- Our alerts fired early in the morning, then a notice from the host said the server would be shut off due to suspected abuse.',
      '- The host shut off the server following a false alarm in its abuse filter.',
      '- Support later agreed and turned it back on.',
    ].join('\n');
    assert.deepEqual(sectionOf(`# Upload outage\n\n${PREAMBLE}\n\n## What happened\n\n${steps}\n`, 'What happened').kinds, ['root-cause']);
    // The story told again with no cause in it stays the summary its configured name says.
    assert.deepEqual(sectionOf(`# Upload outage\n\n${PREAMBLE}\n\n## What happened?\n\n${STORY}${END}`, 'What happened?').kinds, ['summary']);
    // Ugly input: the heading alone, or over a single word, after the preamble.
    assert.doesNotThrow(() => sectionOf(`# Upload outage\n\n${PREAMBLE}\n\n## What happened?\n\nbecause\n`, 'What happened?'));
    assert.deepEqual(sectionOf(`# Upload outage\n\n${PREAMBLE}\n\n## What happened?\n`, 'What happened?').kinds, ['summary']);
    // Under the title alone, or after a line too short to sum anything up, it is the summary.
    for (const before of ['', 'Draft.\n\n'])
      assert.deepEqual(sectionOf(`# Upload outage\n\n${before}## What happened?\n\n${cause}\n`, 'What happened?').kinds, ['summary'], before);
  });

  it('keeps a heading that names the summary as such', () => {
    const section = sectionOf(`# Upload outage\n\n${PREAMBLE}\n\n## Summary\n\n${STORY}${END}`, 'Summary');
    assert.deepEqual(section.kinds, ['summary']);
  });

  it('reads a plain "What happened:" line after such prose, in a post with no headings, as the cause when it names one', () => {
    const steps = [
      '1. We moved the traffic to the second site.',
      'The move left one service behind, because the switch tool skipped it.',
      '2. We restarted the old balancer.',
    ].join('\n');
    const post = (body: string, before = PREAMBLE) =>
      `${before}\n\nWhat happened:\n\n${body}\n\nAgreed actions:\n\n1. Rewrite the switch tool.\n2. Check every service after a move.\n`;
    assert.deepEqual(sectionOf(post(steps), 'What happened').kinds, ['root-cause']);
    // With no cause named, or no prose before it, it stays the summary.
    assert.deepEqual(sectionOf(post('1. We moved the traffic.\n2. We restarted the old balancer.'), 'What happened').kinds, ['summary']);
    assert.deepEqual(sectionOf(post(steps, 'Draft.'), 'What happened').kinds, ['summary']);
    // Ugly input: the line alone at the end.
    assert.doesNotThrow(() => analyse(`${PREAMBLE}\n\nWhat happened:\n\nAgreed actions:\n`));
  });
});
