/**
 * Topic words read in a sense that names no gap: coordinates of a place, a program that is
 * "zone-aware", programs that communicate with each other, access through a network. Beside a
 * negation they are not weak evidence of a process gap, a person's act or a communication
 * breakdown; the same words in their gap sense still are. Every sentence here is written for the
 * test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Outage of the tide tables');

describe('facts: topic words in a sense that names no gap', () => {
  it('reads coordinates of a place, or a routine of who lines up what, as no coordination', () => {
    assert.deepEqual(
      cats(
        ...section('Root cause', 'The coordinates of the buoys were not saved after the restart.', '', 'No coordinates were kept for the new markers either.'),
      ),
      [],
    );
    assert.deepEqual(cats(...section('Root cause', 'THE GRID COORDINATES WERE NOT STORED.', '', 'no coordinates, no tiles')), []);
    // Coordination told as missing still names the process gap.
    assert.deepEqual(cats(...section('Root cause', 'There was no coordination between the two teams on the rollout.')), ['process_gap']);
  });

  it('reads a word joined to "aware" as how a program behaves, not what a person knew', () => {
    assert.deepEqual(cats(...section('Root cause', 'The balancer is not zone-aware.', '', 'The client is not rack-aware either.')), []);
    // A person who did not know still is a person unaware.
    assert.deepEqual(
      cats(...section('Root cause', 'The operator was not aware of the change to the feed.', '', 'The harbour staff were not aware the schedule had moved.')),
      ['communication_breakdown', 'human_action'],
    );
  });

  it('reads programs that communicate with each other as a connection, not people told', () => {
    assert.deepEqual(
      cats(
        ...section(
          'Root cause',
          'The pods cannot communicate when the overlay is down.',
          '',
          'The nodes lost communication with the storage cluster and never came back.',
          '',
          'Requests failed to communicate with the database for an hour.',
        ),
      ),
      [],
    );
    // People left untold still are a communication breakdown.
    assert.deepEqual(
      cats(
        ...section(
          'Root cause',
          'The tide feed stopped because the schema changed.',
          '',
          'Nobody told the support team about the outage, and the status page was not updated.',
        ),
      ),
      ['communication_breakdown'],
    );
  });

  it('reads access through a network as a connection, not a permission someone lacked', () => {
    assert.deepEqual(cats(...section('Root cause', 'There was no internet access on the host.', '', 'Without SSH access we could not log in to it.')), []);
    assert.deepEqual(cats(...section('Root cause', 'Only one engineer had access to the registrar account, and nobody else had access.')), ['process_gap']);
  });

  it('reads a spare kept running as redundancy, not a backup of data that a process keeps', () => {
    const told = (...lines: string[]) => cats(...section('Root cause', ...lines));
    assert.deepEqual(
      told(
        'The switch to the backup pumping unit did not happen by itself.',
        '',
        'Restarting the feed did not help; the traffic was rerouted to a backup and the feed came back.',
      ),
      [],
    );
    assert.deepEqual(told('no backup power, no backup links'), []);
    // A copy of the data that was never taken still names the process gap.
    assert.deepEqual(told('No backups of the tide database had been taken for a month.', '', 'The restore procedure was not tested.'), ['process_gap']);
  });

  it('stays linear on long runs of the words', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear(
      'a long run of joined and network words',
      (n) => `${'not zone-aware internet access coordinates pods communicate rerouted to a backup power '.repeat(n)}with the database`,
      (text) => cats(...section('Root cause', text)),
      200,
    );
  });
});
