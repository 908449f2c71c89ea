/**
 * A category or a trigger is read from what the clause says failed or started the incident, not
 * from one word in it. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { categoriesOf as cats, triggerOf as trigger, withSection, withSections } from '../../support/causes';
import { nameWordsAsX } from '../../../server/src/analysis/model/facts/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Outage of the parcel tracker');
const doc = withSections('Outage of the parcel tracker');

describe('facts: a factor is told by what failed, not by a word beside it', () => {
  it('reads input handled silently by design as no silent failure', () => {
    assert.deepEqual(cats(...section('Follow-up', '- Duplicate receipts are now handled silently, so a retried upload no longer raises an error.')), []);
    assert.deepEqual(cats(...section('Follow-up', '- Repeated pings from a scanner are silently deduplicated by the gateway.')), []);
    // Something that failed or went missing without a sound still is the tooling's gap.
    assert.deepEqual(cats(...section('Root cause', 'The label printer job failed silently for three nights.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Root cause', 'The sync worker silently dropped half of the parcel scans.')), ['tooling_failure']);
  });

  it('reads a message the code passes, got no answer, as no breakdown between people', () => {
    assert.deepEqual(cats(...section('Why it broke', "When the worker's message was the one lost, no answer came back to the page.")), []);
    assert.deepEqual(cats(...section('Why it broke', "If the message's handler threw first, no answer reached the tab. No answer meant no refresh.")), []);
    // A message sent to another party that got no reply is one.
    assert.deepEqual(
      cats(
        ...section(
          'What went wrong',
          'We sent a message to the courier company about the scans and got no answer for four days. Nobody there replied to calls either.',
        ),
      ),
      ['communication_breakdown'],
    );
  });

  it('reads requests that failed to communicate with a system as no breakdown between people', () => {
    const told = (line: string) => cats(...section('Impact', line));
    assert.deepEqual(told('For four hours 2,100 read requests and 90 write requests failed to communicate with object storage.'), []);
    assert.deepEqual(told('The sync workers failed to communicate with the queue until the broker came back.'), []);
    assert.deepEqual(told('During the window our uploads failed to communicate with the cache servers.'), []);
    // People left untold are one, and so is a failed exchange with the people who own a service.
    assert.deepEqual(told('The release team failed to communicate the schema change to the mobile developers.'), ['communication_breakdown']);
    assert.deepEqual(told('We failed to communicate with the service owners before the cut-over.'), ['communication_breakdown']);
    // Ugly input.
    assert.deepEqual(told('requests failed to communicate with with the the storage storage'), []);
  });

  it('reads harm told as absent as no gap of the logs or the pipeline named beside it', () => {
    assert.deepEqual(
      cats(
        ...section(
          'Assessment',
          '1. We read through every build log from the affected week.',
          '2. No tokens were leaked into the build logs we kept.',
          '3. The compromise touched only our CI runners, not the published packages.',
        ),
      ),
      [],
    );
    // A gap told of the logs themselves still names them.
    assert.deepEqual(cats(...section('What went wrong', '- No logs were kept for the scan importer.', '- The import job had no alerting at all.')), [
      'tooling_failure',
    ]);
  });
});

describe('facts: a step the team forgot', () => {
  it('reads a step told as forgotten by the team as a slip', () => {
    assert.deepEqual(cats(...section('Why it broke', 'The scans went unchecked because we forgot to add the new depot to the import rules.')), [
      'human_action',
    ]);
    // A renewal forgotten stays the routine's gap, and a habit told in the negative is no slip.
    assert.deepEqual(cats(...section('Why it broke', 'We forgot to renew the tracker domain.')), ['process_gap']);
    assert.deepEqual(cats(...section('Why it broke', 'We never forget to tag a release before it ships.')), []);
  });
});

describe('facts: a word inside a product name decides no trigger', () => {
  it('reads a capitalised word inside a name told in a sentence as part of the name', () => {
    assert.equal(trigger(...doc(['Summary', 'On Tuesday the tracker had a short Regional Provider Directory outage, so searches returned nothing.'])), null);
    // The provider named as a party, or a name that opens with the vendor, still tells one.
    assert.equal(trigger(...doc(['Summary', 'The tracker went down when our hosting provider had an outage of their API.'])), 'dependency');
    assert.equal(trigger(...doc(['Summary', 'Our Hosting Provider outage took the tracker down for an hour.'])), 'dependency');
    // A heading in title case is read as it is.
    assert.equal(trigger(...doc(['Summary', 'A bad release went out.'], ['Root cause', 'A Regression Released In Version 4 broke the tracker.'])), 'change');
  });

  it('puts the words inside a name as the pattern it stands for does, in linear time on a long run of capitalised words', function () {
    this.timeout(120_000);
    const pattern = (text: string) => text.replace(/(?<=\b[a-z][\w'-]* (?:[A-Z][\w.'-]* )+)[A-Z][a-z][\w-]*(?= [A-Z][\w.-]*\b)/g, 'X');
    for (const text of [
      'a brief Partner Release Tracker Status outage',
      'the Regional  Vendor Directory page',
      "O'neil Foo Bar Baz qux",
      'x-y Ab Cd Ef, Gh Ij Kl',
      'Ab Cd Ef Gh',
      'the A.B Cd_e Fg-h Ij',
      'café Ab Cd Ef',
    ])
      assert.equal(nameWordsAsX(text), pattern(text), text);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'Bc', 'b', 'x', ' ', ' ', '.', "'", '-', '_', '1', ',', '\t', 'é', 'Zz9'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.equal(nameWordsAsX(text), pattern(text));
      }),
      { seed: 11, numRuns: 5000 },
    );
    // Before: every capitalised word looked back over the whole run before it; 96 KB of them in a cause took three seconds.
    assertLinear('a long run of capitalised words', (n) => `the ${'Ab '.repeat(n)}outage`, nameWordsAsX, 500);
    assertLinear('a long word of small letters and quotes', (n) => `${"'a".repeat(n)} Ab Cd Ef`, nameWordsAsX, 500);
    assertLinear(
      'a cause told with a long run of capitalised words',
      (n) => `the ${'Ab '.repeat(n)}release broke it`,
      (text) => trigger(...section('Root cause', text)),
      4000,
    );
  });
});
