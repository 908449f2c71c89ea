import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';

const section = withSection('Outage of the ticket queue');

describe('facts: a watch that stayed quiet, told in words the plain patterns missed', () => {
  it('reads alerts, monitoring or checks told as absent, silent or blind as a tooling failure', () => {
    assert.deepEqual(cats(...section('Root cause', 'The queue host lost a disk overnight. No automated alarms went off.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Contributing factors', '- An absence of alerting on the queue depth let the backlog grow.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Root cause', 'The stale page was served for hours and went unnoticed by the uptime probe.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Root cause', 'The nightly checks missed a subtle and rare fault in the spare link.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Root cause', 'The queue stalled. We were not monitoring the worker pool during the migration.')), ['tooling_failure']);
  });

  it('reads a machine that also failed to alert us as a tooling failure, not a breakdown between people', () => {
    assert.deepEqual(cats(...section('Root cause', 'The queue stopped. Our paging system also failed to alert us, since it probed a healthy page.')), [
      'tooling_failure',
    ]);
  });

  it('leaves a fault unnoticed by people, a watch that did its job, and a person who did not warn us', () => {
    assert.deepEqual(cats(...section('Root cause', 'The worker crashed and went unnoticed by the staff for a while.')).includes('tooling_failure'), false);
    assert.deepEqual(cats(...section('What went well', 'The uptime probe caught the stale page within a minute.')), []);
    assert.deepEqual(cats(...section('Timeline', '- 10:02 alerts fired and Kim was paged')), []);
    assert.equal(cats(...section('Root cause', 'The vendor again failed to alert us about the planned change.')).includes('tooling_failure'), false);
  });

  it('survives broken input', () => {
    assert.deepEqual(cats(...section('Root cause', 'no automatic')), []);
    assert.deepEqual(cats(...section('Root cause', 'missed an')), []);
    assert.deepEqual(cats(...section('Root cause', '')), []);
  });
});
