import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';

const section = withSection('Outage of the ledger service');

describe('facts: contributing factors told as a fault the tests or a filter let through', () => {
  it('reads a fault that should have been caught in testing, or a missed test case, as a tooling failure', () => {
    // "Should have been caught" alone already tells the routine's gap; the place it names adds the tests that missed it.
    assert.deepEqual(cats(...section('Lessons', '- This regression should have been caught on staging.')), ['process_gap', 'tooling_failure']);
    assert.deepEqual(cats(...section('Lessons', 'Ideally the bug SHOULD HAVE BEEN FOUND in the Test Suite')), ['process_gap', 'tooling_failure']);
    assert.deepEqual(cats(...section('What went wrong', 'The test case for an empty ledger was missed; it is added now.')), ['tooling_failure']);
    // A fault that should have been caught by a person's review, or tests that found it, tells no failing tool.
    assert.deepEqual(cats(...section('What went well', 'The bug was found in the test suite before it shipped.')), []);
    assert.deepEqual(cats(...section('What happened', 'The ledger should have been updated in the morning.')), []);
  });

  it('reads a fault told as not caught by the tests, in full or contracted, as a tooling failure', () => {
    assert.deepEqual(cats(...section('What happened', 'The rounding slip was not caught by the unit tests.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('What happened', 'Two rounding slips weren’t caught in our testing.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('What happened', "The ledger slip hadn't been detected by CI either")), ['tooling_failure']);
    // Caught by them, it tells no failing tool.
    assert.deepEqual(cats(...section('What went well', 'The bug was caught in testing before it shipped.')), []);
  });

  it('reads traffic a filter did not block as a tooling failure', () => {
    assert.deepEqual(cats(...section('What happened', 'A new flood of requests was not being blocked by the edge proxy.')), ['tooling_failure']);
    // Traffic that was blocked, or a service not stopped by a deploy, is no filter failing.
    assert.deepEqual(cats(...section('What went well', 'The flood was blocked by the edge proxy within minutes.')), []);
    assert.deepEqual(cats(...section('What happened', 'The worker was not stopped by the deploy script.')), []);
  });
});
