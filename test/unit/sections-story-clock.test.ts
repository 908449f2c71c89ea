/**
 * "What happened" over an account in prose told along the clock: six lines of prose or more, two
 * of them writing a time of day. The story is the report's timeline, told as prose, besides what
 * its words and causes make it; a section read as the timeline elsewhere keeps that part. A brief
 * account with a time window, a long one with a single time, and times in a pasted log are no
 * such story. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { check } from '../../server/src/analysis/engine/engine';
import { sectionReader } from './helpers/sections';
import { assertLinear } from '../support/growth';

const settings = defaultSettings();
const { sectionOf, kindsOf } = sectionReader();
const missingSections = (text: string) =>
  check(text, { path: 'postmortems/x.md', settings, now: new Date('2026-12-01T00:00:00Z'), disableFixes: false })
    .findings.filter((f) => f.ruleId === 'required-sections')
    .map((f) => /"([^"]+)" section/.exec(f.message)?.[1]);

const STORY = [
  'At **09:12** we shipped a new build of the queue worker to every region.',
  'Right after it went out the workers stopped taking jobs and the backlog grew.',
  'We first thought the broker was at fault and restarted it, which changed nothing.',
  'Someone then noticed the new build read its settings from a path that no longer existed.',
  'We turned on the maintenance banner so that users knew their exports would be late.',
  'Rolling back by hand took longer than planned because the old package had been removed.',
  'By **09:40** the old build was running again and the backlog drained within minutes.',
].join('\n');
const WHY = '\n\n## Why did it happen?\n\nThe settings path moved in the same release, so the worker found no configuration.\n';

describe('"What happened" told along the clock', () => {
  it('is the timeline too, after a preamble, and the report is not told it lacks one', () => {
    const text = `# Export queue stalled\n\nOur export queue stopped for half an hour today.\n\n## What happened?\n\n${STORY}${WHY}`;
    const happened = sectionOf(text, 'What happened?');
    assert.ok(happened.kinds.includes('timeline'), happened.kinds.join(', '));
    assert.ok(
      happened.because.some((b) => /along the clock/.test(b)),
      happened.because.join('; '),
    );
    assert.ok(!missingSections(text).includes('Timeline'), missingSections(text).join(', '));
  });

  it('keeps the kinds it had, and counts one paragraph per event as well as one sentence per line', () => {
    const paragraphs = STORY.split('\n').join('\n\n');
    const text = `# Export queue stalled\n\n## Summary\n\nExports stopped for half an hour.\n\n## What happened?\n\n${paragraphs}${WHY}`;
    const without = `# Export queue stalled\n\n## Summary\n\nExports stopped for half an hour.\n\n## What happened?\n\n${paragraphs.replace(/\*\*09:\d\d\*\*/g, 'then')}${WHY}`;
    const before = kindsOf(without, 'What happened?');
    assert.ok(!before.includes('timeline'), before.join(', '));
    assert.deepEqual(kindsOf(text, 'What happened?'), [...before, 'timeline']);
  });

  it('gives the timeline way to a section read as one', () => {
    const timeline = '\n\n## Timeline\n\n- 09:12 build shipped\n- 09:25 cause found\n- 09:40 rolled back\n';
    const text = `# Export queue stalled\n\nOur export queue stopped today.\n\n## What happened?\n\n${STORY}${WHY}${timeline}`;
    assert.ok(!kindsOf(text, 'What happened?').includes('timeline'));
    assert.deepEqual(kindsOf(text, 'Timeline'), ['timeline']);
  });

  it('is no timeline when brief, when one line holds the times, or when only one time is written', () => {
    const brief = `# Export queue stalled\n\n## What happened?\n\nExports stalled between 09:12 and 09:40 UTC.\nA bad build was rolled back.${WHY}`;
    assert.ok(!kindsOf(brief, 'What happened?').includes('timeline'));
    const window = STORY.replace('By **09:40** the', 'Then the').replace('At **09:12** we', 'Between 09:12 and 09:40 we');
    const windowed = `# Export queue stalled\n\nOur export queue stopped today.\n\n## What happened?\n\n${window}${WHY}`;
    assert.ok(!kindsOf(windowed, 'What happened?').includes('timeline'));
    const once = STORY.replace('By **09:40** the', 'Later the');
    assert.ok(
      !kindsOf(`# Export queue stalled\n\nOur export queue stopped today.\n\n## What happened?\n\n${once}${WHY}`, 'What happened?').includes('timeline'),
    );
  });

  it('counts no time written in a pasted log, and reads no other heading so', () => {
    const log = '```\n09:12:03 worker: no settings at /etc/q.conf\n09:12:04 worker: exiting\n```';
    const once = STORY.replace('By **09:40** the', 'Later the');
    const logged = `# Export queue stalled\n\nOur export queue stopped today.\n\n## What happened?\n\n${once}\n\n${log}${WHY}`;
    assert.ok(!kindsOf(logged, 'What happened?').includes('timeline'));
    const background = `# Export queue stalled\n\n## Summary\n\nExports stopped.\n\n## Background\n\n${STORY}${WHY}`;
    assert.ok(!kindsOf(background, 'Background').includes('timeline'));
  });

  it('stays linear on a long run of digits and colons', function () {
    this.timeout(60000);
    const text = (n: number) =>
      `# Export queue stalled\n\nOur export queue stopped today.\n\n## What happened?\n\n${`${'1:1'.repeat(n)}${' 2pm'.repeat(n >> 4)}\n`.repeat(3)}${STORY}${WHY}`;
    assertLinear('digits and colons', text, (t) => sectionOf(t, 'What happened?'), 256);
  });
});
