/**
 * Headings that are sentences, read by what they say, and generic headings read by their body. A
 * first-person pledge to stop doing something ("I won't hot-patch the billing tables again") is
 * the lesson the authors drew; an assurance that the incident will not recur is left to the plan.
 * A heading that only says more is told ("Details", "More information") is the cause when its body
 * tells why it happened, the impact when it counts the harm, and nothing when it tells the events
 * in turn. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { SectionMatcher } from '../../server/src/analysis/model/sections';
import { sectionReader } from './helpers/sections';

const settings = defaultSettings();
const matcher = new SectionMatcher(settings.sections);
const { sectionOf } = sectionReader();

describe('a heading that is the authors pledge', () => {
  it('reads a pledge to stop a habit as the lessons', () => {
    for (const heading of [
      "I won't hot-patch the billing tables in a hurry anymore",
      'We will never skip the staging run again!',
      "We'll never merge on a Friday evening again",
      'I will not trust a green dashboard any more',
      'Never again will I run a migration by hand',
    ])
      assert.deepEqual(matcher.read(heading).kinds, ['lessons-learned'], heading);
  });

  it('reads the section under a pledge as the lessons', () => {
    const text = [
      '# Lost invoices',
      'A script I wrote overwrote a week of invoices on Tuesday.',
      "## I won't hot-patch the billing tables in a hurry anymore",
      'Rushing cost me more time than a careful check with a colleague would have.',
    ].join('\n\n');
    assert.deepEqual(sectionOf(text, "I won't hot-patch the billing tables in a hurry anymore").kinds, ['lessons-learned']);
  });

  it('leaves an assurance that the incident will not recur to the plan, and other sentences alone', () => {
    assert.deepEqual(matcher.read("We won't let this happen again").kinds, ['action-items']);
    assert.deepEqual(matcher.read('Why will this not happen again?').kinds, ['action-items']);
    for (const heading of ['I will not be on call again', 'We will not see this error', 'Never again', 'We never noticed the alert'])
      assert.ok(!matcher.read(heading).kinds.includes('lessons-learned'), heading);
  });
});

describe('a heading that asks what led to the incident', () => {
  it('reads it as the root cause, and a list of the events that led to it as no cause', () => {
    for (const heading of ['What led to this?', 'What led up to the outage', 'So what led to it?'])
      assert.deepEqual(matcher.read(heading).kinds, ['root-cause'], heading);
    assert.ok(!matcher.read('Events that led to the outage').kinds.includes('root-cause'));
    assert.ok(!matcher.read('What leading teams do').kinds.includes('root-cause'));
  });
});

describe('a generic heading read by its body', () => {
  const opening = '# Build secrets scare\n\n## Introduction\n\nA build tool we rely on was tampered with last week; this post tells what we found.';

  it('reads "Incident details" over how a flaw or a cause worked as the root cause', () => {
    const flaw = [
      opening,
      '## Incident details',
      'An outside tool used by our release jobs was tampered with on Monday.',
      'Hostile code was injected into its install script and printed the job tokens into the build output.',
    ].join('\n\n');
    const section = sectionOf(flaw, 'Incident details');
    assert.deepEqual([section.kinds, section.decidedBy], [['root-cause'], 'body']);
    const cause = [opening, '## More information', 'The mirror served a stale index because its sync job had been failing quietly for days.'].join('\n\n');
    assert.deepEqual(sectionOf(cause, 'More information').kinds, ['root-cause']);
  });

  it('reads "Details" that counts who was hit as the impact', () => {
    const text = [opening, '## 2. Details', 'About 1,200 customers could not check out for 45 minutes, and 300 orders were lost.'].join('\n\n');
    assert.deepEqual(sectionOf(text, '2. Details').kinds, ['impact']);
  });

  it('does not read "Details" that tells the events in turn, or gives no reason, as the cause', () => {
    const timeline = [
      opening,
      '## Details',
      '- 09:10 the release job starts',
      '- 09:20 a scan flags the install script, which was caused by a tampered upstream tag',
      '- 09:40 the job tokens are revoked',
    ].join('\n\n');
    assert.ok(!sectionOf(timeline, 'Details').kinds.includes('root-cause'));
    const plain = [opening, '## Details', 'The tool is used in three of our release jobs.', 'Two of them ran during the affected window.'].join('\n\n');
    assert.deepEqual(sectionOf(plain, 'Details').kinds, []);
    // An opening "Details" stays the summary its prose confirms.
    const first = '# Build secrets scare\n\n## Incident details\n\nA build tool was tampered with, because its maintainer account was taken over.';
    assert.deepEqual(sectionOf(first, 'Incident details').kinds, ['summary']);
  });
});

describe('a heading that only hints at a plan, over resolve and no work', () => {
  const incident =
    '# Checkout errors\n\nCheckout failed for an hour after a settings file lost a key.\n\n## Why it broke\n\nThe deploy did not copy the new key, which caused the crash.';

  it('reads prose that draws resolve and holds no work as the lessons', () => {
    const text = `${incident}\n\n## Doing better in future\n\nSettings changes have bitten us before. We need to be far stricter about edits to that file, however small they look.`;
    const section = sectionOf(text, 'Doing better in future');
    assert.deepEqual([section.kinds, section.decidedBy], [['lessons-learned'], 'body']);
  });

  it('keeps the plan when its prose promises work, or holds a list, or the heading names a plan plainly', () => {
    const promised = `${incident}\n\n## Doing better in future\n\nWe need to be stricter here, and we will add a check for missing keys to the deploy next week.`;
    assert.deepEqual(sectionOf(promised, 'Doing better in future').kinds, ['action-items']);
    const listed = `${incident}\n\n## Doing better in future\n\nWe need to be stricter here.\n\n- Add a check for missing keys\n- Copy the settings file on deploy`;
    assert.deepEqual(sectionOf(listed, 'Doing better in future').kinds, ['action-items']);
    const named = `${incident}\n\n## Next steps\n\nWe need to be far stricter about changes to that file.`;
    assert.deepEqual(sectionOf(named, 'Next steps').kinds, ['action-items']);
  });

  it('keeps the plan when its prose only leads into sub-headings that hold the work', () => {
    const parts = `${incident}\n\n## Doing better in future\n\nWe want to keep learning from this. The steps are set out below.\n\n### Right away\n\n- Copy the settings file on deploy\n\n### Later this quarter\n\n- Add a check for missing keys`;
    const section = sectionOf(parts, 'Doing better in future');
    assert.deepEqual([section.kinds, section.decidedBy], [['action-items'], 'meaning']);
    // Ugly input: the lead-in split over short lines, a sub-heading with a trailing colon and nothing in it.
    const ugly = `${incident}\n\n## Doing better in future\n\nWe need to\nbe stricter.\n\n#### Right away:\n\n### Later\n\n- Add a check`;
    assert.deepEqual(sectionOf(ugly, 'Doing better in future').kinds, ['action-items']);
    // With no sub-heading, the same prose is its whole content: the look back, as before.
    const alone = `${incident}\n\n## Doing better in future\n\nWe want to keep learning from this, and we need to be stricter with that file.`;
    assert.deepEqual(sectionOf(alone, 'Doing better in future').kinds, ['lessons-learned']);
  });

  it('reads the same with a control comment or a line break tag inside the prose', () => {
    // A comment that silences one finding on a line must not change what the section is read as.
    for (const inside of [' <!-- postmortem-disable-line action-item-owner -->\n', '<br>', ' <!-- a note -->']) {
      const text = `${incident}\n\n## Doing better in future\n\nSettings changes have bitten us before. We need${inside} to be far stricter about edits to that file.`;
      assert.deepEqual(sectionOf(text, 'Doing better in future').kinds, ['lessons-learned'], JSON.stringify(inside));
    }
  });
});
