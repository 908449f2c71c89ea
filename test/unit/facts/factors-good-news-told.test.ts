/**
 * A negation that tells good news, a name or an idiom that looks like a topic word, and a program's
 * own message name no contributing factor; data joined by a store is no change that went out.
 * Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, triggerOf as trigger, withSection, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Outage of the lantern booking site');
const doc = withSections('Outage of the lantern booking site');

describe('facts: good news told with a negation names no gap', () => {
  it('reads a recovery with no data loss as no gap of the recovery', () => {
    const told = (...lines: string[]) => cats(...section('Summary', ...lines));
    assert.deepEqual(
      told('The team spent the night finding a way to recover the bookings with minimal or no data loss.', 'The ledger was recovered without any data loss.'),
      [],
    );
    // A recovery told as missing still is a gap of the design.
    assert.deepEqual(told('There was no way to recover the bookings once the disk failed.', 'Recovery was impossible without a replica.'), ['design_weakness']);
  });

  it('reads a table of what was spared, and a list of what was not affected, as no gap', () => {
    assert.deepEqual(
      cats(
        ...doc(
          ['Summary', 'A volunteer laptop was stolen from a car. No lantern package, source tree, CI runner, or booking data was affected.'],
          ['Scope', '| Area | State |', '|---|---|', '| **CI/CD runners** | **Not affected.** |', '| **Booking database** | **Not affected.** |'],
        ),
      ),
      [],
    );
  });

  it('reads no sign of misuse, and a notice that readers need do nothing, as no gap', () => {
    assert.deepEqual(
      cats(
        ...section(
          'Assessment',
          'Keys with registry access were rotated the same day. No evidence any were used against our hosts.',
          'Keys with admin access were revoked as well. No action is required by users.',
          'Every account is monitored for odd logins. There is no sign any key was misused.',
          'The monitoring shows no indication of the hosts being accessed.',
        ),
      ),
      [],
    );
    // A gap told beside them still counts.
    assert.deepEqual(cats(...section('Assessment', 'No alert fired when the keys were copied.', 'Nobody monitored the registry logins at all.')), [
      'tooling_failure',
    ]);
  });
});

describe('facts: a name or an idiom is no topic', () => {
  it('reads a product whose name begins like "scale" as no scaling', () => {
    assert.deepEqual(
      cats(...section('What happened', 'Scalora 2.1 is a broken build and should never be installed.', 'The Scalix host was not reachable for an hour.')),
      [],
    );
    // Scaling told as missing is the design's.
    assert.deepEqual(cats(...section('Root cause', 'The booking service could not scale past one node.', 'It was never designed to scale out.')), [
      'design_weakness',
    ]);
  });

  it('reads parts told as coupled as a weakness of the design', () => {
    assert.deepEqual(cats(...section('Why it happened', 'The booking page is tightly coupled to the payment service.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Why it happened', 'The two services were coupled, so one crash took both down.')), ['design_weakness']);
  });

  it('reads a negation inside a quoted error of the program as its words, not the author’s', () => {
    assert.deepEqual(
      cats(
        ...section(
          'Timeline',
          '- 09:10 Read the logs showing `ImportError: No module named lanterns`.',
          '- 09:20 The worker kept printing `TypeError: book is not a function` in its logs.',
        ),
      ),
      [],
    );
  });
});

describe('facts: checks told as passing in a verification are no false green', () => {
  it('reads checks that passed when someone verified the recovery or diagnosed the fault as no gap', () => {
    assert.deepEqual(cats(...section('Recovery', '1. Re-ran the installer.', '2. Verified recovery with the smoke script, showing all checks passed.')), []);
    assert.deepEqual(cats(...section('Diagnosis', 'I checked the DHCP pools and the controller configs. Checks passed.')), []);
    // Checks that passed while the fault shipped are the tooling's gap.
    assert.deepEqual(cats(...section('Root cause', 'The CI checks passed although the migration dropped a column.')), ['tooling_failure']);
  });

  it('reads a long verification without slowing down', () => {
    assertLinear(
      'a long line before checks that passed',
      (n) => `We verified ${'the pool and '.repeat(n)}all checks passed.`,
      (text) => cats(...section('Recovery', text)),
      200,
    );
  });
});

describe('facts: data merged by the store is no change', () => {
  it('reads records merged as no change that set the incident off', () => {
    assert.equal(
      trigger(
        ...section(
          'Root cause',
          'A disk in the storage node failed at 02:00 and the node went down.',
          'On handoff the old and existing data is merged. Duplicate records merged cleanly.',
          'The disk failure took the node down.',
        ),
      ),
      'infrastructure',
    );
    // A merged pull request is one.
    assert.equal(trigger(...section('Root cause', 'A pull request that changed the booking form was merged and deployed at noon.')), 'change');
  });

  it('reads a long run of data words without slowing down', () => {
    assertLinear(
      'a long list of merged data words',
      (n) => `merging ${'the old '.repeat(n)}data`,
      (text) => trigger(...section('Root cause', text)),
      200,
    );
  });
});

describe('facts: a chat channel is a thing the system holds, not a way of telling', () => {
  it('reads channels a bot bridges or deletes as no communication topic', () => {
    assert.deepEqual(
      cats(
        ...section(
          'What happened',
          'The relay bot dropped every channel link at midnight, and it is not clear why.',
          'The backup does not hold the channel links, so we cannot restore them by hand.',
          'The bot does not unlink a channel on a short network error.',
        ),
      ),
      [],
    );
    // A channel named as one of telling people still is.
    assert.deepEqual(
      cats(
        ...section(
          'What went wrong',
          'The incident channel was not opened until an hour in.',
          'The status channel was never used during the outage.',
          'The support channels did not get the workaround.',
        ),
      ),
      ['communication_breakdown'],
    );
  });
});

describe('facts: a misconfigured alert is no trigger', () => {
  it('reads a misconfiguration of the alerting as why nobody was told, not what set the incident off', () => {
    assert.equal(
      trigger(
        ...section(
          'What happened',
          'The error logs should have pinged me in the chat, but because of a misconfiguration that never happened.',
          'The uptime monitor was incorrectly configured to check the old hostname.',
        ),
      ),
      null,
    );
    // A misconfiguration of the service itself still is one, though an alert is told after it.
    assert.equal(trigger(...section('Root cause', 'A misconfigured firewall rule blocked the indexer, and no alert fired for two hours.')), 'configuration');
    assert.equal(trigger(...section('Root cause', 'A misconfiguration of the load balancer sent all traffic to one pool.')), 'configuration');
  });

  it('reads a long alerting line without slowing down', () => {
    assertLinear(
      'a long run of alert words before a misconfiguration',
      (n) => `${'alerts '.repeat(n)}misconfigured`,
      (text) => trigger(...section('Root cause', text)),
      200,
    );
  });
});
