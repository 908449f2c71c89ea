/**
 * A lesson that ends on where its work is tracked, told in the passive of the problem it names:
 * "This is now being revisited in <issue>", "This should be fixed, see <issue>". The ticket makes
 * it work to follow up; the same words without a ticket stay a remark. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { itemTexts as texts } from './helpers';

const ISSUE = 'https://github.com/acme/relay/issues';

describe('action items: a passive pointed at its ticket, in the lessons beside a list', () => {
  it('reads "this is now being …", "this should be …" and "this will be …" with a ticket as items', () => {
    const text = [
      '# Relay patch release',
      '',
      '## Action Items',
      '',
      '- Add a canary for the relay.',
      '',
      '## Lessons Learned',
      '',
      '* Mirrors were refused on an old rule. This is now being revisited in',
      `  ${ISSUE}/71.`,
      '',
      // Only the verb differs from the one before: "being" is no word of the work, so this is no restatement.
      '* Partners got two days before the release. Even a week may be short. This is now being',
      `  settled in ${ISSUE}/72.`,
      '',
      `* The nightly image fell back to the old branch. This should be fixed, see ${ISSUE}/73.`,
      '',
      `* The mirror list is edited by hand. It will be generated from the registry, tracked in #74.`,
      '',
    ].join('\n');
    assert.deepEqual(
      texts(text).map((t) => t.slice(0, 30)),
      [
        'Add a canary for the relay.',
        'This is now being revisited in',
        'This is now being settled in h',
        'This should be fixed, see http',
        'It will be generated from the ',
      ],
    );
  });

  it('leaves the same passives without a ticket, a ticket told as history, and other subjects alone', () => {
    const text = [
      '# Relay patch release',
      '',
      '## Action Items',
      '',
      '- Add a canary for the relay.',
      '',
      '## Lessons Learned',
      '',
      '* Mirrors were refused on an old rule. This is now being revisited.',
      '',
      '* The nightly image fell back to the old branch. This should be fixed eventually.',
      '',
      `* The bug was first seen in ${ISSUE}/12, which was closed as stale.`,
      '',
      `* The relay is being restarted every night, see ${ISSUE}/75.`,
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add a canary for the relay.']);
  });
});
