/**
 * Work promised with a verb of resolve rather than "will": "the team resolves to …", "we have
 * resolved to …", "the Billing group expects to ship …", "Ops is prioritising work to …". The
 * subject is the authors, a team or a named party, and the verb after "to" is a verb of work; a
 * host that "resolves to" an address, a forecast ("we expect to see …") and a step of the response
 * told in the past ("we resolved to roll back") stay unread. Every sentence here is written for the
 * test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { readSentence, subjectOwner } from '../../../server/src/analysis/model/action-items/reading';

function read(body: string) {
  const text = ['# Mail relay outage', '', 'The outbound relay queued every message for two hours after its certificate expired.', '', body, ''].join('\n');
  return analyzeDocument(text, 'postmortems/2026-05-02-relay.md', defaultSettings()).model.actionItems;
}

describe('action items: work promised with a verb of resolve', () => {
  it('reads the ways teams write it, with the party as owner', () => {
    assert.equal(readSentence('Going forward, the platform team resolves to rotate the relay certificate every month.')?.kind, 'future');
    assert.equal(readSentence('We have resolved to move the renewal into the deploy pipeline.')?.kind, 'future');
    assert.equal(readSentence('We are resolved to add a second relay in another region.')?.kind, 'future');
    assert.equal(readSentence('We expect to publish the full timeline on the status page by Friday.')?.kind, 'future');
    assert.equal(readSentence('Infra is prioritising work to replace the hand-made certificate with a managed one.')?.kind, 'future');
    assert.equal(readSentence('The mail group is now prioritising work on automating the renewal.')?.kind, 'future');
    assert.equal(readSentence('Our storage squad has resolved to quarterly review the relay settings.')?.kind, 'future');
    assert.equal(subjectOwner('Additionally, the platform team resolves to rotate the relay certificate every month.')?.value, 'the platform team');
    assert.equal(subjectOwner('Infra is prioritising work to replace the hand-made certificate.')?.value, 'Infra');
    assert.equal(subjectOwner('The Billing group expects to ship the retry fix by 14 May.')?.value, 'The Billing group');
  });

  it('finds them in prose with no action-items section, with owner and due', () => {
    const found = read(
      'Our relay team is prioritising work to add an expiry alert on every certificate. We expect to publish a fuller write-up by 30 May 2026. The team resolves to check the relay certificates every quarter.',
    );
    assert.deepEqual(
      found.map((i) => [i.text.slice(0, 24), i.owner, i.dueText ?? null]),
      [
        ['Our relay team is priori', 'Our relay team', null],
        ['We expect to publish a f', null, '30 May 2026'],
        ['The team resolves to che', 'The team', null],
      ],
    );
  });

  it('leaves look-alikes unread', () => {
    for (const sentence of [
      'The relay hostname resolves to an address in the old range.',
      'Mail resolves to the backup relay when the primary is down.',
      'The issue resolves to normal within a minute of the restart.',
      'We expect to see the queue drain by noon.',
      'We expect the queue to drain within the hour.',
      'At 14:10 we resolved to roll back the relay change.',
      'The attacker expects to find an open relay.',
      'If the alert fires again, the team resolves to page the vendor.',
    ])
      assert.equal(readSentence(sentence), null, sentence);
    assert.deepEqual(read('At 14:10 we resolved to roll back the relay change. The hostname resolves to the new relay now.'), []);
  });
});
