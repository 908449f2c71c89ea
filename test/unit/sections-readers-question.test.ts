/**
 * A heading that asks a reader's question in the reader's own voice ("What if my site is still
 * down?", "Am I affected?") over an answer addressed to them ("If yours is, you can …") is an entry
 * of a FAQ standing alone after the report: no section, whatever its words hint at. The author's own
 * question ("What have I learned?"), answered as "I", keeps its reading. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const analyse = (text: string) => analyzeDocument(text, 'postmortems/2031-02-11-mirror-outage.md', defaultSettings()).model;
const kindsOf = (text: string, heading: string) => analyse(text).sections.find((s) => s.heading.text === heading)?.kinds;

const report = (question: string, answer: string) =>
  [
    '# Mirror outage, 11 February',
    '',
    'For three hours our download mirrors served stale files after a sync job stopped.',
    '',
    '## Root cause',
    '',
    'The sync job crashed because its lock file was never removed after a reboot.',
    '',
    '## Next steps',
    '',
    '- We will remove stale lock files at boot.',
    '- We will alert when a sync is more than an hour old.',
    '',
    `## ${question}`,
    '',
    answer,
    '',
  ].join('\n');

describe("sections: a reader's question standing alone", () => {
  it('reads "What if my mirror is still affected?" answered to the reader as no section', () => {
    const text = report(
      'What if my mirror is still affected?',
      'If your mirror still serves old files, you can write to the ops list and we will resync it for you.',
    );
    assert.deepEqual(kindsOf(text, 'What if my mirror is still affected?'), []);
  });

  it('reads "Am I affected?" and "How do I get my files back?" so too', () => {
    for (const question of ['Am I affected?', 'How do I get my files back?']) {
      const text = report(question, 'Only downloads made during the outage were stale. Download them again and your checksums will match.');
      assert.deepEqual(kindsOf(text, question), [], question);
    }
  });

  it('keeps the author\'s own question, answered as "I"', () => {
    const text = report(
      'What have I learned?',
      'I learned that a lock file can outlive the process that made it, and that you should never trust one after a reboot.',
    );
    assert.deepEqual(kindsOf(text, 'What have I learned?'), ['lessons-learned']);
  });

  it("keeps a question in the reader's voice whose answer does not speak to the reader", () => {
    const text = report('Was my data affected?', 'About 4,000 downloads returned stale files, and 12 users could not sign in for an hour.');
    assert.deepEqual(kindsOf(text, 'Was my data affected?'), ['impact']);
  });

  it('leaves headings that are no question, or ask in the plural, to their words', () => {
    const text = report('What we are changing', 'You will see new mirrors next month: we will add two in Europe.');
    assert.deepEqual(kindsOf(text, 'What we are changing'), ['action-items']);
  });

  it('survives ugly input: a question mark alone, a long question, an empty answer', () => {
    assert.deepEqual(kindsOf(report('?', 'You can ask us.'), '?') ?? [], []);
    const long = `What if my ${'very '.repeat(80)}old mirror is affected?`;
    assert.deepEqual(kindsOf(report(long, 'Then you can resync it.'), long), []);
    assert.doesNotThrow(() => analyse(report('Am I affected?', '')));
  });
});
