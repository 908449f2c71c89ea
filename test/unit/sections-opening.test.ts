/**
 * The opening of a report: "The Event", singular, is the one incident told as a story (the
 * summary, when its prose opens the report), not the events in turn; and a heading that only wraps
 * its parts ("## 2031-05-02 report" over "### The event") does not take the opening from the first
 * of them. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { sectionOf } = sectionReader();

const STORY = [
  'On Tuesday at 09:12 a share of our users could not sign in. Those who were already signed in were not affected.',
  '',
  'Our monitoring paged the on-call engineer, who found the name servers slow to take a record change.',
  '',
  'The change went through at 09:25 and sign-in worked again.',
].join('\n');

describe('the opening of a report', () => {
  it('reads "The Event" opening the report as the summary, under a heading that only wraps it or not', () => {
    for (const text of [
      `# Sign-in trouble\n\n### The Event\n\n${STORY}\n\n### Lessons\n\nName servers are slow.\n`,
      `# Sign-in trouble\n\n## 2031-05-02 incident report\n\n### The Event\n\n${STORY}\n\n### Lessons\n\nName servers are slow.\n`,
    ]) {
      const section = sectionOf(text, 'The Event');
      assert.deepEqual(section.kinds, ['summary'], text);
    }
  });

  it('keeps "Events", "Chain of events" and a log under "The Event" as the timeline', () => {
    const log = '- 09:12 sign-in fails\n- 09:15 page sent\n- 09:25 record applied\n';
    for (const heading of ['Events', 'Chain of events'])
      assert.deepEqual(sectionOf(`# Sign-in trouble\n\n## ${heading}\n\n${STORY}\n`, heading).kinds, ['timeline'], heading);
    assert.deepEqual(sectionOf(`# Sign-in trouble\n\n## Summary\n\nSign-in failed.\n\n## The Event\n\n${log}`, 'The Event').kinds, ['timeline']);
  });

  it('does not read "The Event" after the opening as a second summary', () => {
    const text = `# Sign-in trouble\n\n## Summary\n\nSign-in failed for a while.\n\n## The Event\n\n${STORY}\n`;
    assert.notDeepEqual(sectionOf(text, 'The Event').kinds, ['summary']);
  });

  it('lets a wrapping heading with prose of its own open the report', () => {
    const text = `# Sign-in trouble\n\n## 2031-05-02 incident report\n\nA note first.\n\n### The Event\n\n${STORY}\n`;
    assert.notDeepEqual(sectionOf(text, 'The Event').kinds, ['summary']);
  });
});
