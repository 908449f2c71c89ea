import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Mail relay down');

describe('facts: a lapse the authors own in hindsight', () => {
  it('reads a step taken on a belief that it was harmless as a human action', () => {
    assert.deepEqual(cats(...section('Timeline', '- 09:12 Pushed the new relay config assuming the old queue would not need a restart')), ['human_action']);
    assert.deepEqual(cats(...section('What happened', 'I ran the cleanup job thinking it would only touch the archive tables.')), ['human_action']);
  });

  it('reads a request not questioned and a wish for more care as a human action', () => {
    assert.deepEqual(cats(...section('What happened', 'The upstream asked us to lower the packet size, and I did not question it.')), ['human_action']);
    assert.deepEqual(cats(...section('Timeline', '- 11:40 The node was terminated (we should have been more careful and drained it first)')), ['human_action']);
  });

  it('does not read a belief that held, an assumption of the code, or care that was taken', () => {
    assert.deepEqual(cats(...section('What happened', 'We expected the relay to restart and it did.')), []);
    // A step of the response taken in hope is no lapse that caused the incident.
    assert.deepEqual(cats(...section('Timeline', '- 10:05 Restarted the relay thinking it would clear the stuck queue')), []);
    assert.deepEqual(cats(...section('Design', 'The parser assumes that every header is ASCII.')), []);
    assert.deepEqual(cats(...section('What went well', 'We were careful to drain each node before we stopped it.')), []);
    assert.deepEqual(cats(...section('What went well', 'Nothing was overlooked in the handover.')), []);
  });

  it('reads ugly input in linear time', () => {
    for (const [before, unit, after] of [
      ['Pushed ', 'the config ', 'assuming it would'],
      ['I ran ', 'the job ', 'thinking the old'],
      ['', 'we should have been ', 'more'],
    ])
      assertLinear(
        `"${unit}" repeated`,
        (n) => section('What happened', `${before}${unit.repeat(n)}${after}`),
        (args) => cats(...args),
      );
  });
});
