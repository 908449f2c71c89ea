/**
 * Sections read by what their body does. Headings that name the story ("What happened",
 * "Description"): a body that explains why it happened is the cause; one that tells the story in
 * brief, naming a cause in passing, stays the summary. A summary of something ("Summary of the
 * impact") is a summary first. A table of key facts inside a summary is its content. Every
 * document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { SectionMatcher } from '../../server/src/analysis/model/sections';
import { sectionReader } from './helpers/sections';

const settings = defaultSettings();
const { sectionOf } = sectionReader();

/** A story told as its causes: each step says what led to the next. */
const CHAIN = [
  'Sign-ups doubled over the spring, and because of that the session store ran close to its memory limit.',
  'A nightly compaction job then paused writes for a few seconds, which meant that every web node queued its requests.',
  'The queues filled, causing the health checks to time out.',
  'The balancer took the nodes out of rotation as a result, so visitors saw the maintenance page.',
].join('\n\n');

describe('a heading that names the story, read by what its body does', () => {
  it('reads "What happened" over a chain of causes as the root cause, opening the report or after other sections', () => {
    const opening = `# Sessions lost\n\n## What happened\n\n${CHAIN}\n\n## Next steps\n\n- Add memory to the session store\n- Move compaction to a replica\n`;
    const happened = sectionOf(opening, 'What happened');
    assert.deepEqual([happened.kinds, happened.decidedBy], [['root-cause'], 'body']);
    const later = `# Sessions lost\n\n## Impact\n\nVisitors could not log in for forty minutes.\n\n## Timeline\n\n- 02:10 UTC compaction starts\n- 02:50 UTC logins work again\n\n## What happened?\n\n${CHAIN}\n`;
    assert.deepEqual(sectionOf(later, 'What happened?').kinds, ['root-cause']);
  });

  it('reads the first account of the report, naming its cause as such, as the summary and the root cause', () => {
    const named = `${CHAIN}\n\nThe cause was a memory limit set for half the traffic we now have.`;
    const opening = `# Sessions lost\n\n## What happened\n\n${named}\n\n## Next steps\n\n- Add memory to the session store\n`;
    assert.deepEqual(sectionOf(opening, 'What happened').kinds, ['summary', 'root-cause']);
    // A summary told before it: the story again, its causes only.
    const after = `# Sessions lost\n\n## Summary\n\nLogins failed for forty minutes.\n\n## What happened\n\n${named}\n`;
    assert.deepEqual(sectionOf(after, 'What happened').kinds, ['root-cause']);
    // No sentence that names the cause as such: the causes only, as before.
    assert.deepEqual(sectionOf(opening.replace('The cause was a', 'We had a'), 'What happened').kinds, ['root-cause']);
  });

  it('reads the items of a list past a log pasted into one of them', () => {
    const log = '```\n' + 'ERROR worker pool exhausted; request dropped\n'.repeat(150) + '```';
    const text = [
      '# Sessions lost',
      '## Description',
      `- The nightly compaction started at 02:10 UTC and, due to a new schedule, ran at peak.\n- The workers logged:\n\n  ${log.split('\n').join('\n  ')}\n\n- The queues filled because compaction paused writes, which meant that logins timed out.\n- The cause is a memory limit set for half the traffic we now have.`,
    ].join('\n\n');
    assert.deepEqual(sectionOf(text, 'Description').kinds, ['summary', 'root-cause']);
    assert.deepEqual(sectionOf(text.replace(/```[^]*```/, 'nothing else.'), 'Description').kinds, ['summary', 'root-cause']);
  });

  it('reads the heading written as a link to its own anchor the same way', () => {
    const text = `# Sessions lost\n\nLogins failed for forty minutes on Tuesday night.\n\n## [What Happened?](/blog/sessions-lost#what-happened)\n\n${CHAIN}\n`;
    assert.deepEqual(sectionOf(text, 'What Happened?').kinds, ['root-cause']);
  });

  it('reads "Description" over a flaw and what it let someone do as the root cause', () => {
    const text = [
      '# Advisory: shared links',
      '## Description',
      'The share endpoint did not check who owned a folder, allowing anyone with a link id to list it.',
      'The vulnerability was introduced in release 4.2 when the handler was rewritten.',
      'Because ids were sequential, the flaw was easy to walk.',
    ].join('\n\n');
    assert.deepEqual(sectionOf(text, 'Description').kinds, ['root-cause']);
  });

  it('keeps a "What happened" that tells the story in brief, naming a cause in passing, as the summary', () => {
    const brief = [
      '# Sessions lost',
      '## What happened',
      'On Tuesday night visitors could not log in for forty minutes because the session store was full.',
      'We added memory and logins came back; the details follow.',
      '## Root cause',
      'The session store had no headroom left.',
    ].join('\n\n');
    assert.deepEqual(sectionOf(brief, 'What happened').kinds, ['summary']);
    // Three causal words spread over a long account: the story, not its causes.
    const long = [
      '# Sessions lost',
      '## What happened',
      'Tuesday was the first warm evening of the year and traffic climbed from seven o’clock.',
      'By nine the login page was slow, because the session store was close to full.',
      'Support opened a ticket, and the on-call engineer joined a call with the storage team.',
      'They looked at the dashboards together and agreed to add memory.',
      'The change went out at ten; that led to a short restart of the store.',
      'Visitors were logged out once more while it restarted.',
      'After the restart the page was fast again, and the ticket was closed.',
      'The next morning the team wrote up the evening and planned a review.',
      'The compaction job was the reason the store filled so quickly, as the review later showed.',
      'Nobody lost any data.',
      'The status page was updated twice during the evening.',
      'A second review is booked for next week.',
      '## Root cause',
      'The session store had no headroom left.',
    ].join('\n\n');
    assert.deepEqual(sectionOf(long, 'What happened').kinds, ['summary']);
  });

  it('keeps a heading that names a summary as such over the same chain of causes', () => {
    for (const heading of ['Summary', 'Incident overview', 'TL;DR']) {
      const text = `# Sessions lost\n\n## ${heading}\n\n${CHAIN}\n`;
      assert.deepEqual(sectionOf(text, heading).kinds, ['summary'], heading);
    }
  });
});

describe('a heading that is a summary of something', () => {
  const reader = new SectionMatcher(settings.sections);

  it('reads "Summary of the impact" and its like as the summary first, and the section its subject names besides', () => {
    assert.deepEqual(reader.read('Summary of the impact').kinds, ['summary', 'impact']);
    assert.deepEqual(reader.read('Summary of impact').kinds, ['summary', 'impact']);
    assert.deepEqual(reader.read('Overview of the customer impact').kinds, ['summary', 'impact']);
    assert.deepEqual(reader.read('Summary of the disruption').kinds, ['summary']);
    const text =
      '# Wallet sign-ins failed\n\n## Summary of the impact\n\nFor three hours on Monday about 2,000 people could not sign in, because the token service was down.\n\n## Timeline\n\n- 09:00 sign-ins fail\n- 12:00 sign-ins work\n';
    assert.deepEqual(sectionOf(text, 'Summary of the impact').kinds, ['summary', 'impact']);
  });

  it('leaves a description of a thing to the thing it names, and "Impact" alone to the impact', () => {
    assert.deepEqual(reader.read('Description of the defect').kinds, ['root-cause']);
    assert.deepEqual(reader.read('Impact summary').kinds[0], 'impact');
    assert.deepEqual(reader.read('Impact').kinds, ['impact']);
  });
});

describe('a table of key facts inside a summary', () => {
  const kinds = (text: string) => analyzeDocument(text, 'postmortems/x.md', settings).model.sections.map((s) => [s.heading.text, s.kinds.join('+')]);
  const table =
    '| | |\n|---|---|\n| **Impact** | Mail delayed for two hours |\n| **Cause** | A certificate renewal that failed |\n| **Detection** | A customer wrote to support |\n';

  it('reads its rows as the content of the summary, not as sections of their own', () => {
    const text = `# Mail delayed\n\n## Summary\n\n${table}\n## Timeline\n\n- 08:00 renewal fails\n- 10:00 mail flows again\n`;
    assert.deepEqual(kinds(text), [
      ['Summary', 'summary'],
      ['Timeline', 'timeline'],
    ]);
    // Plain keys, a header row of field names, and a numbered summary heading: the same.
    const plain = `# Mail delayed\n\n# 1. Incident overview\n\n| Field | Value |\n| --- | --- |\n| Root cause | An expired certificate |\n| Resolution | Renewed it by hand |\n`;
    assert.deepEqual(kinds(plain), [['1. Incident overview', 'summary']]);
  });

  it('still reads such a table standing for the report, or under a heading that names no section, as its sections', () => {
    assert.deepEqual(kinds(`# Mail delayed\n\n${table}`), [
      ['Impact', 'impact'],
      ['Cause', 'root-cause'],
      ['Detection', 'detection'],
    ]);
    assert.deepEqual(kinds(`# Mail delayed\n\n## Key facts at a glance\n\n${table}`).length > 0, true);
    assert.deepEqual(kinds(`# Mail delayed\n\n## Facts\n\n${table}`), [
      ['Facts', ''],
      ['Impact', 'impact'],
      ['Cause', 'root-cause'],
      ['Detection', 'detection'],
    ]);
  });
});
