import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Outage of the print service');

describe('facts: contributing factors told plainly', () => {
  it('reads notice of outside work that never reached the team as a communication breakdown', () => {
    assert.deepEqual(cats(...section('What happened', 'Our fibre supplier ran a planned cut-over that we were not told about.')), ['communication_breakdown']);
    assert.deepEqual(cats(...section('What happened', 'The registry moved to new signing keys, a change which the team had never been informed of.')), [
      'communication_breakdown',
    ]);
    assert.deepEqual(cats(...section('What happened', 'The vendor retired the old endpoint, a decision that nobody told us about.')), [
      'communication_breakdown',
    ]);
    // Work the team knew of, or notice that arrived, is no breakdown.
    assert.deepEqual(cats(...section('What happened', 'Our fibre supplier ran a planned cut-over that we were told about a week ahead.')), []);
    assert.deepEqual(cats(...section('What happened', 'The maintenance that we were notified about went as planned.')), []);
  });

  it('reads the people a duty rests on being away as a process gap', () => {
    assert.deepEqual(cats(...section('What could have gone better', 'Both of the engineers who hold the signing keys were on holiday that week.')), [
      'process_gap',
    ]);
    assert.deepEqual(cats(...section('What could have gone better', 'The only admin with access to the registrar was unreachable until noon.')), [
      'process_gap',
    ]);
    // A service unavailable, or one person of many away, tells no gap in how the work is shared.
    assert.deepEqual(cats(...section('Impact', 'All of the print queues were unavailable for an hour.')), []);
    assert.deepEqual(cats(...section('What went well', 'One of the engineers was on holiday, and the others covered for her.')), []);
  });

  it('reads a redundancy only being considered as a design weakness', () => {
    assert.deepEqual(cats(...section('What happened', 'The upstream link failed. We are looking into a secondary uplink provider.')), ['design_weakness']);
    assert.deepEqual(cats(...section('What happened', 'Multi-region failover would be an option later, once the budget allows it.')), ['design_weakness']);
    assert.deepEqual(cats(...section('What happened', 'Multiple host failover is a possibility for next year.')), ['design_weakness']);
    // A backup used in the recovery, or one already in place, is no weakness told.
    assert.deepEqual(cats(...section('What happened', 'We switched traffic to the secondary uplink provider within minutes.')), []);
    assert.deepEqual(cats(...section('What went well', 'The backup transit provider took over as designed.')), []);
  });

  it('reads a machine or service that does not come back on its own as a design weakness', () => {
    assert.deepEqual(cats(...section('Why was it down so long', 'The hosting company does not automatically reboot machines that stop answering.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'The worker did not restart automatically after the crash.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Root cause', 'The queue consumers were not reconnected automatically when the broker came back.')), ['design_weakness']);
    // A restart that did happen on its own tells no weakness.
    assert.deepEqual(cats(...section('What went well', 'The worker restarted automatically after the crash.')), []);
  });

  it('reads a notice that never reached its reader as a tooling failure', () => {
    assert.deepEqual(cats(...section('Detection', 'The probe saw the failure; still, our admin did not receive the notice until dawn.')), ['tooling_failure']);
    // A notice that arrived is fine.
    assert.deepEqual(cats(...section('Detection', 'I received the notice within a minute and logged on.')), []);
  });

  it('does not read logging in as logs', () => {
    assert.deepEqual(cats(...section('Impact', 'Some customers were unable to log into the portal, and others could not log in at all.')), []);
    assert.deepEqual(cats(...section('Impact', 'People failed logging in from the mobile app.')), []);
    // Logs that were missing are still a gap of the tooling.
    assert.deepEqual(cats(...section('What went wrong', 'We had no logs from the print workers, and no alert fired.')), ['tooling_failure']);
  });

  it('stays quick on ugly input', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    for (const [before, unit, after] of [
      ['All of the ', 'engineers ', 'were away.'],
      ['', 'options for a backup ', 'host'],
      ['', 'maintenance that ', 'we were not told about'],
    ]) {
      assertLinear(
        `"${unit}" repeated`,
        (n) => section('What happened', `${before}${unit.repeat(n)}${after}`),
        (args) => cats(...args),
      );
    }
  });
});
