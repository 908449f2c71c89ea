/**
 * A design weakness told as a step the system leaves to people: a file the deploy does not
 * update, a volume the tooling does not create, a recovery that needs someone's hands. Every
 * sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Booking portal errors');

describe('facts: a step the system leaves to people', () => {
  it('reads a part the system does not update or create on its own as a design weakness', () => {
    assert.deepEqual(cats(...section('What went wrong', 'The flags file is not automatically updated by the release, so the new key was absent.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('What went wrong', 'The mount failed because the installer does not automatically create the volume.')), [
      'design_weakness',
    ]);
    // Told across a line break, as a paragraph wraps it.
    assert.deepEqual(cats(...section('What went wrong', 'The flags file on each host is not', 'automatically updated by the release.')), ['design_weakness']);
  });

  it('reads a recovery that needs someone to step in as a design weakness', () => {
    assert.deepEqual(cats(...section('Why it lasted', 'Clearing the full disk required manual intervention on every gateway.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Lessons', "After such a rollback we need the hosting team's intervention to get back to a normal state.")), [
      'design_weakness',
    ]);
  });

  it('does not read a recovery that needed no one, or a part that does update itself', () => {
    assert.deepEqual(cats(...section('Resolution', 'The service came back without intervention once the queue drained.')), []);
    assert.deepEqual(cats(...section('Resolution', 'The failover required no manual intervention.')), []);
    assert.deepEqual(cats(...section('Setup', 'The flags file is automatically updated by every release.')), []);
  });

  it('reads ugly input in linear time', () => {
    for (const [before, unit, after] of [
      ['requires ', 'the ', 'intervention'],
      ['', 'is not ', 'automatically updated'],
    ])
      assertLinear(
        `"${unit}" repeated`,
        (n) => section('What went wrong', `${before}${unit.repeat(n)}${after}`),
        (args) => cats(...args),
      );
  });
});
