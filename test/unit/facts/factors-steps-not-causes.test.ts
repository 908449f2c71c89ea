/**
 * Words of a contributing factor told of a step that is no factor: an act told with the recovery
 * it brought, a person told as "running" somewhere, the alerting as what did not notify.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Slow search on the seed catalogue');

describe('facts: steps told with their outcome or their place are no factors', () => {
  it('does not read an act told with the recovery it brought as a person’s action', () => {
    assert.deepEqual(
      cats(...section('Investigation', 'I ran a fresh `REINDEX` on the lookup table, and oddly enough the search times were back to normal.')),
      [],
    );
    assert.deepEqual(cats(...section('Investigation', 'We tried a few things. I removed the stale lock, and after that the timeouts no longer appeared.')), []);
    assert.deepEqual(cats(...section('Investigation', 'I then removed the old cache files and the catalogue came back online within a minute.')), []);
    // The same act told with the harm it did, or with no outcome, stays a person's action.
    assert.deepEqual(cats(...section('Root cause', 'I ran a fresh `REINDEX` on the live lookup table, and the search was down for an hour.')), [
      'human_action',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'I ran the purge script against the live catalogue.')), ['human_action']);
    // A recovery told in the next sentence does not reach back over the sentence's end.
    assert.deepEqual(cats(...section('Root cause', 'I ran the purge script against the live catalogue. Hours later the search was back to normal.')), [
      'human_action',
    ]);
  });

  it('does not read a person told as running somewhere as an act', () => {
    assert.deepEqual(cats(...section('Background', 'By noon she was running from the spare laptop, so the list of moves waited.')), []);
    assert.deepEqual(cats(...section('Background', 'She was running late, so the review waited for the morning.')), []);
    // Running something is still an act.
    assert.deepEqual(cats(...section('Root cause', 'He was running the cleanup job by hand when the index vanished.')), ['human_action']);
  });

  it('does not read the alerting that did not notify as a communication breakdown', () => {
    assert.deepEqual(cats(...section('Detection', 'Our paging did not notify the on-call until the queue had filled.')), []);
    assert.deepEqual(cats(...section('Detection', 'The alerting failed to notify anyone of the stalled workers.')), []);
    // People who did not tell others still did not tell them.
    assert.deepEqual(cats(...section('What went wrong', 'The vendor team did not notify us of the maintenance, and nobody told the support desk.')), [
      'communication_breakdown',
    ]);
  });

  it('reads a failure told as having gone unnoticed for a while as a tooling failure, far from its subject too', () => {
    assert.deepEqual(
      cats(...section('What happened', 'The nightly export to the archive stopped in March; we think it broke then and has gone unnoticed until this week.')),
      ['tooling_failure'],
    );
    // Told across a line break, as a wrapped paragraph has it.
    assert.deepEqual(cats(...section('What happened', 'The nightly export stopped in March, we think, and has gone unnoticed', 'until this week.')), [
      'tooling_failure',
    ]);
    // A bug that went unnoticed is not the monitoring's gap; nor is a failure noticed at once.
    assert.ok(!cats(...section('What happened', 'A rounding slip in the tax code has gone unnoticed since the launch.')).includes('tooling_failure'));
    assert.ok(!cats(...section('What happened', 'A rounding bug that has gone unnoticed since the launch broke the totals.')).includes('tooling_failure'));
    assert.deepEqual(cats(...section('What happened', 'The export stopped at noon and has not gone unnoticed: we were paged at once.')), []);
  });

  it('reads ugly input without failing', () => {
    // A semicolon ends the clause: what follows it is no outcome of the act.
    assert.deepEqual(cats(...section('Investigation', 'I ran , and ; back to normal')), ['human_action']);
    assert.deepEqual(cats(...section('Investigation', 'I ran')), ['human_action']);
    assert.deepEqual(cats(...section('Investigation', '**I ran** `x`,,, *and* the site was **back up**')), []);
  });

  it('reads a long act before an outcome without slowing down', () => {
    assertLinear(
      'a long clause after an act',
      (n) => `I ran ${'the tool and '.repeat(n)}the site was back up.`,
      (text) => cats(...section('Investigation', text)),
      200,
    );
  });

  it('reads many failures never told as unnoticed without slowing down', () => {
    assertLinear(
      'many failures never told as unnoticed',
      (n) => `${'the sync failed and has gone '.repeat(n)}quiet.`,
      (text) => cats(...section('What happened', text)),
      200,
    );
  });

  it('reads many acts without an outcome without slowing down', () => {
    assertLinear(
      'many acts without an outcome',
      (n) => `${'I ran it, and '.repeat(n)}then stopped.`,
      (text) => cats(...section('Investigation', text)),
      200,
    );
  });
});
