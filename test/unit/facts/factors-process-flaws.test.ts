/**
 * Pressure to ship told as what shaped the work is a gap in the process, as time pressure is; a
 * flaw, gap or weakness told as sitting in a way of working is the process's gap, not a weakness
 * of the design, unless the "process" is a running program. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Broken payroll export');

describe('facts: pressure to ship, and flaws told in a process', () => {
  it('reads pressure to ship or merge as a process gap', () => {
    assert.deepEqual(cats(...section('Contributing factors', '- We felt pressure to ship the export fix before the payday run.')), ['process_gap']);
    assert.deepEqual(cats(...section('Contributing factors', '- There was pressure to get the patch merged that day, so the review was skipped.')), [
      'process_gap',
    ]);
  });

  it('reads flaws or gaps told in a process as a process gap, not a design weakness', () => {
    assert.deepEqual(cats(...section('Summary', 'The rollback exposed flaws in our release and review process.')), ['process_gap']);
    assert.deepEqual(cats(...section('Summary', 'It showed gaps in the on-call handover procedure.')), ['process_gap']);
  });

  it('leaves look-alikes to their own reading: a flaw in a running process, pressure of a system', () => {
    assert.deepEqual(cats(...section('Root cause', 'A flaw in the worker process leaked file handles.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Root cause', 'Memory pressure on the export host slowed every job.')), []);
  });

  it('reads ugly input without failing, in linear time', () => {
    assert.doesNotThrow(() => cats(...section('Summary', 'flaws in in in process process', 'pressure to to')));
    const long = (n: number) => section('Summary', `There were flaws in ${'and '.repeat(n)}process.`, `pressure ${'to '.repeat(n)}ship`);
    assertLinear('a long run of "and" after "flaws in"', long, (args) => cats(...args));
  });
});
