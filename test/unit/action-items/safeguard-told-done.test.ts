/**
 * A document with no plan whose only follow-up is told inside another section, in the present
 * perfect passive: "a new alarm has been set up to page us when …". Such a new safeguard is a done,
 * implicit item; the failure, the recovery and the analysis told in the same tense are not, and a
 * document that keeps a plan or another item does not read it. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { newSafeguardAt } from '../../../server/src/analysis/model/action-items/reading';

function read(text: string) {
  return analyzeDocument(text, 'postmortems/2026-05-01-test.md', defaultSettings()).model.actionItems;
}

const doc = (cause: string, tail = '') =>
  '# Expired certificate on the status site\n\nThe status site served an expired certificate for six hours.\n\n' +
  '## Timeline\n\n- **09:10 UTC** - The certificate expired.\n- **15:20 UTC** - A renewed certificate was deployed.\n\n' +
  `## Root cause\n\n${cause}\n${tail}`;

describe('action items: a new safeguard told as made, in the passive, in a document with no plan', () => {
  it('reads it as one implicit item, done, from the safeguard clause of the sentence', () => {
    const text = doc(
      'The renewal job skipped one domain after the move to the scheduler. The domain list is fixed now, and a new alarm has been set up to page us when a renewal fails.',
    );
    const items = read(text);
    assert.deepEqual(
      items.map((i) => [i.text, i.done, i.implicit, i.shape]),
      [['a new alarm has been set up to page us when a renewal fails.', true, true, 'sentence']],
    );
    assert.equal(text.slice(items[0].start, items[0].start + 11), 'a new alarm');
  });

  it('reads a plural subject and an adverb between the verbs, in any section', () => {
    const text = doc('The renewal job skipped one domain.', '\n## Lessons learned\n\nAdditional checks have now been added to the release pipeline.\n');
    assert.deepEqual(
      read(text).map((i) => [i.text, i.done, i.implicit]),
      [['Additional checks have now been added to the release pipeline.', true, true]],
    );
  });

  it('does not read the failure, the recovery or the analysis told in the same tense', () => {
    for (const cause of [
      'The certificate has expired because the renewal job skipped one domain.',
      'The service has been restored and the root cause has been identified.',
      'The node has been restarted and the renewal job has been run again by hand.',
      'The alert has been acknowledged and a ticket has been created for the renewal.',
    ])
      assert.deepEqual(read(doc(cause)), [], cause);
  });

  it('does not read a safeguard that was not made, or only in a condition', () => {
    for (const cause of [
      'An alert should have been created when the job moved.',
      'No alert has been set up for the renewal yet.',
      'An alarm has not been set up for the renewal.',
      'If a check had been added, we would have known. Once a monitor has been configured, it pages the rota.',
    ])
      assert.deepEqual(read(doc(cause)), [], cause);
  });

  it('is not read when the document keeps a plan, or holds another item', () => {
    const said = 'The renewal job skipped one domain. A new alarm has been set up to page us when a renewal fails.';
    assert.deepEqual(
      read(doc(said, '\n## Action items\n\n- Move the renewal job to the shared scheduler\n')).map((i) => i.text),
      ['Move the renewal job to the shared scheduler'],
    );
    assert.deepEqual(read(doc(said, '\n## Action items\n\nNone yet.\n')), []);
    assert.deepEqual(
      read(doc(`${said} We will move the job to the shared scheduler.`)).map((i) => i.text),
      ['We will move the job to the shared scheduler.'],
    );
  });

  it('finds the safeguard words in a sentence, and nothing in look-alikes or ugly input', () => {
    assert.equal(newSafeguardAt('That is fixed, and a separate probe has been created to watch the job.'), 'That is fixed, and '.length);
    assert.equal(newSafeguardAt('A daily expiry check has since been scheduled.'), 0);
    assert.equal(newSafeguardAt('The disk has been replaced.'), -1);
    assert.equal(newSafeguardAt('A test has been run against staging.'), -1);
    assert.equal(newSafeguardAt(''), -1);
    assert.equal(newSafeguardAt(`${'a '.repeat(20000)}alert has been added`), -1);
    assert.equal(newSafeguardAt(`an ${'extra '.repeat(5000)}alert has been added`), -1);
  });
});
