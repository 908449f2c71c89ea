/**
 * "Story", "A failure story", "Our story": the account of the incident, read as "What happened" is
 * read (the summary, unless its content says it tells the cause). "Stories" in the plural ("User
 * stories", "Success stories") and the story's moral name no account. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { DEFAULT_SECTIONS, defaultSettings } from '../../server/src/analysis/base/settings';
import { SectionMatcher } from '../../server/src/analysis/model/sections';
import { assertLinear } from '../support/growth';

const settings = defaultSettings();
const kindsOf = (text: string) =>
  analyzeDocument(text, 'postmortems/x.md', settings).model.sections.map((s) => [s.heading.text, s.kinds.join('+') || null] as const);
const reader = new SectionMatcher(DEFAULT_SECTIONS);
const read = (heading: string) => reader.read(heading).kinds;

describe('the story as a heading', () => {
  it('reads the story as the account, and other stories and histories as none', () => {
    for (const heading of ['Story', 'The story', 'A failure story', 'Our story', '### **Story**']) assert.deepEqual(read(heading), ['summary'], heading);
    for (const heading of [
      'User stories',
      'User story',
      'Success stories',
      'A success story',
      'Story points',
      'History',
      'Backstory',
      'Storage layout',
      'Stor',
    ])
      assert.ok(!read(heading).includes('summary'), heading);
    assert.deepEqual(read('Moral of the story'), ['lessons-learned']);
  });

  it('takes a story heading under a titled front matter for the opening section, not a second title', () => {
    const text = [
      '---',
      'title: "A quiet week"',
      '---',
      '',
      '## A failure story',
      '',
      'Last month my backup job stopped and I only found out when a disk died. Nothing was lost in the end.',
      '',
      '### Afterwards',
      '',
      'I now check the job by hand every Sunday.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text)[0], ['A failure story', 'summary']);
  });

  it('reads a story told after a first part as the account', () => {
    const text = [
      '# The mirror that went dark',
      '',
      '### Pattern',
      '',
      '1. A mirror can drop out of rotation without a sound',
      '',
      '### Story',
      '',
      'On a Tuesday the download mirror stopped answering. Users saw timeouts for most of the afternoon until we moved the traffic.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text).at(-1), ['Story', 'summary']);
  });

  it('leaves a story of causes to its content, as it does "What happened"', () => {
    const text = [
      '# Queue stall',
      '',
      '## Summary',
      '',
      'The job queue stalled for an hour.',
      '',
      '## The story',
      '',
      'The queue stalled because the lock table filled up.',
      'The table filled up because a retry loop never released its locks.',
      'That loop ran because a timeout was set to zero, which caused every job to retry at once.',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text)[1], ['The story', 'root-cause']);
  });

  it('reads long headings of story words in linear time', function () {
    this.timeout(120_000);
    assertLinear(
      'story words',
      (n) => `${'story '.repeat(n)}${'stories '.repeat(n)}`,
      (t) => reader.read(t),
      64,
    );
    assertLinear(
      'a story heading over a long account',
      (n) => `# T\n\n## A failure story\n\n${'It broke because the disk was full. '.repeat(n)}\n`,
      (t) => kindsOf(t),
      32,
    );
  });
});
