/**
 * Alerting told as out of service ("the paging to the chat was unavailable") is the tooling that
 * could not tell; so is a monitor, an alert or an autoscaler told as too slow ("did not flag the
 * stall quickly enough"). Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Stalled ledger export');

describe('facts: alerting out of service, or too slow', () => {
  it('reads alerting, paging or notifications told as unavailable or down as the tooling gap', () => {
    assert.deepEqual(cats(...section('What went wrong', '* Paging to the chat room was unavailable after the bot upgrade.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('What went wrong', '- The notification system was down for the whole weekend.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('What went wrong', '- Alerts were broken since the mail relay moved.')), ['tooling_failure']);
  });

  it('reads a monitor, an alert or an autoscaler told as too slow as the tooling gap', () => {
    assert.deepEqual(cats(...section('What went wrong', '- Monitoring and alerting did not flag the stall quickly enough.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Findings', 'During the peak the autoscaler did not add workers fast enough, so we added them by hand.')), [
      'tooling_failure',
    ]);
    // Told across a line break, as a paragraph wraps it.
    assert.deepEqual(cats(...section('Findings', 'During the peak the autoscaler did not', 'add workers fast enough, so we added them by hand.')), [
      'tooling_failure',
    ]);
  });

  it('leaves look-alikes unread: a service the alert told of, people too slow, a wait', () => {
    assert.deepEqual(cats(...section('Timeline', '- 09:12 We got notifications that the export was unavailable.')), []);
    assert.deepEqual(cats(...section('Timeline', '- 09:40 The export should be back soon enough.')), []);
    assert.deepEqual(cats(...section('Summary', 'The monitoring showed the export was down for an hour.')), []);
  });

  it('reads ugly input without failing, in linear time', () => {
    assert.doesNotThrow(() => cats(...section('Findings', 'alerting was was was', 'monitoring and did not enough')));
    const long = (n: number) =>
      section('Findings', `The monitoring did not ${'x '.repeat(n)}quickly enough.`, `Alerting to the ${'chat '.repeat(n)}was unavailable.`);
    assertLinear('a long run between the monitor and "enough"', long, (args) => cats(...args));
  });
});
