import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';

const section = withSection('Outage of the invoicing service');

describe('facts: a missing safeguard and a dependence on another party, told as the cause', () => {
  it('reads a check, a retry or a safeguard told as missing, with what it was for, as a tooling failure', () => {
    assert.deepEqual(
      cats(...section('Root cause', 'The exporter picked a batch size from a quiet hour; it ran with no validation or alerts in place to stop a bad size.')),
      ['tooling_failure'],
    );
    assert.deepEqual(cats(...section('Why it happened', '- Destructive hooks in the deploy module', '  - No safeguards against running them by mistake')), [
      'tooling_failure',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'The importer did not have any sanity checks to catch a file with no rows.')), ['tooling_failure']);
    assert.deepEqual(cats(...section('Root cause', 'The cron job ran without any guard rails to stop it on the primary.')), ['tooling_failure']);
  });

  it('does not read a safeguard that was there, one imagined, or one only planned as missing', () => {
    assert.deepEqual(cats(...section('What went well', 'There were checks in place to catch the empty file before it was loaded.')), []);
    assert.deepEqual(cats(...section('Design', 'If there are no checks in place, the loader refuses to start.')), []);
    assert.deepEqual(cats(...section('Root cause', 'No checks failed during the rollout, and the queue drained normally.')), []);
  });

  it('reads a dependence on what another party runs, told as the cause, as a design weakness', () => {
    assert.deepEqual(cats(...section('Root cause', 'The widget broke because it depended on a storage bucket hosted by Hetzner, which was removed.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'Sign-in stopped since the portal relied on tokens issued and managed by an identity vendor.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'Search went dark because the page relied directly on the third-party index.')), ['design_weakness']);
  });

  it('does not read a dependence told without a cause, on what the team runs, or ended, as a design weakness', () => {
    assert.deepEqual(cats(...section('Background', 'The shop depends on a payment API hosted by Adyen.')), []);
    assert.deepEqual(cats(...section('Root cause', 'The job failed because it depended on a cache run by our own team, and that cache was flushed.')), []);
    assert.deepEqual(cats(...section('Lessons', 'We moved the assets in-house because the app should no longer depend on files hosted by others.')), []);
    assert.deepEqual(cats(...section('Design', 'We chose this layout because it depends on nothing hosted by anyone else.')), []);
  });

  it('reads a notice told as never given to those who needed it as a communication breakdown', () => {
    assert.deepEqual(cats(...section('Root cause', '- Because of a slip in the runbook, no advance notice was sent to warn the partner banks.')), [
      'communication_breakdown',
    ]);
    assert.deepEqual(cats(...section('What went wrong', 'No announcement was posted beforehand, so the mobile team shipped against the old API.')), [
      'communication_breakdown',
    ]);
    // A notice left out on purpose, with its reason, or one that was given, is no breakdown.
    assert.deepEqual(cats(...section('What happened', 'No announcement was made in advance, as the move was invisible to users.')), []);
    assert.deepEqual(cats(...section('What went well', 'An advance notice was sent to warn the partner banks.')), []);
    assert.deepEqual(cats(...section('What happened', 'No announcement was needed for the short restart.')), []);
  });

  it('reads ugly input without throwing', () => {
    assert.deepEqual(cats(...section('Root cause', 'because depends on '.repeat(300), 'no checks or '.repeat(300), 'no safeguards '.repeat(300))), []);
  });
});
