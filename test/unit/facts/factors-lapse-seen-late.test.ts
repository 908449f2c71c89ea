/**
 * A check the authors say they skipped, or a fact they say they did not see in time, is their own
 * lapse told in hindsight: a human action. A check done, or a fact seen, is none. Every sentence
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Payroll export stalled');

describe('facts: a check skipped or a fact seen too late', () => {
  it('reads them as a human action', () => {
    assert.deepEqual(cats(...section('What happened', 'We swapped the export hosts on Friday. We did not check that the old queue had drained.')), [
      'human_action',
    ]);
    assert.deepEqual(cats(...section('What happened', 'What we didn’t realise then was that the spare host held a stale token.')), ['human_action']);
    assert.deepEqual(
      cats(
        ...section(
          'What happened',
          'The ledger needed its own account type, and it wasn’t understood at the time that the default one would refuse transfers.',
        ),
      ),
      ['human_action'],
    );
  });

  it('does not read a check done or a fact seen as one', () => {
    assert.deepEqual(cats(...section('What happened', 'We checked that the old queue had drained before the swap.')), []);
    assert.deepEqual(cats(...section('What happened', 'We realised at noon that the spare host was slow, and moved the jobs.')), []);
    assert.deepEqual(cats(...section('What went well', 'It was understood at the time that the default account would do.')), []);
  });

  it('survives ugly input', () => {
    assert.deepEqual(cats(...section('What happened', "we didn't check that\r", '', 'WE DID NOT REALIZE THAT', "> - what i didn't realize was")), [
      'human_action',
    ]);
  });

  it('stays linear on long runs of the words', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    assertLinear(
      'a long run of checks not done',
      (n) => 'we did not check '.repeat(n),
      (text) => cats(...section('What happened', text)),
      200,
    );
  });
});
