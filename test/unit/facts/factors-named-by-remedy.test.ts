import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';

const section = withSection('Checkout outage');
/** A post-mortem whose story names no factor, then a plan of one item. */
const plan = (item: string) => [...section('What happened', 'The checkout page returned errors for forty minutes.'), '', '## Next steps', '', item];

describe('facts: contributing factors named only by their remedy', () => {
  it('reads a planned test or review at the point changes go out as a process gap', () => {
    assert.deepEqual(cats(...plan('- Test the payment hooks on staging before they reach production.')), ['process_gap']);
    assert.deepEqual(cats(...plan('- Every firewall rule gets a second review before it is merged.')), ['process_gap']);
    assert.deepEqual(cats(...plan('- A dry run of each schema change after every build of the release branch.')), ['process_gap']);
  });

  it('reads the same remedy told outside the plan as a wish, a lesson or a counterfactual', () => {
    assert.deepEqual(cats(...section('Lessons', 'We should have had a dry run of the schema change before releasing it.')), ['process_gap']);
    assert.deepEqual(cats(...section('Lessons', 'In future we will weigh the quota limits when reviewing proposed changes to the zone.')), ['process_gap']);
    assert.deepEqual(cats(...section('Further work', 'An additional smoke test will load the packaged site after building the final bundle.')), [
      'process_gap',
    ]);
  });

  it('reads a planned scan or monitor at that point as a tooling failure', () => {
    assert.deepEqual(cats(...section('Detection', 'A scan of the zone after each record change would have flagged the dangling entry.')), ['tooling_failure']);
    assert.deepEqual(cats(...plan('- Scanning of the bucket policies before every release.')), ['tooling_failure']);
  });

  it('reads closer coordination told as what would have helped as a communication breakdown', () => {
    assert.deepEqual(cats(...section('Detection', 'Better communication between the storage and network teams could have halved the outage.')), [
      'communication_breakdown',
    ]);
    assert.deepEqual(cats(...section('Lessons', 'The report might have reached us a day sooner with closer coordination between the two desks.')), [
      'communication_breakdown',
    ]);
  });

  it('does not read a check that was done, a refinement of one that worked, or a remedy with no point in the change flow', () => {
    // A story of the tests that ran tells no missing step.
    assert.deepEqual(cats(...section('What happened', 'We tested the release on staging before deploying to production, and it passed.')), []);
    assert.deepEqual(cats(...section('What went well', 'Integration tests run before every release and caught the second bug.')), []);
    // Making an existing check better or faster is no evidence that it was missing.
    assert.deepEqual(cats(...plan('- Improve the smoke tests that already run before each release.')), []);
    assert.deepEqual(cats(...plan('- Make the reviews before each deploy more thorough.')), []);
    // A review or a test with no place in the way changes go out.
    assert.deepEqual(cats(...plan('- Review the on-call rota.')), []);
    assert.deepEqual(cats(...plan('- Test the new dashboard.')), []);
    // Coordination that went well, or a wish for it with no "would have".
    assert.deepEqual(cats(...section('What went well', 'Close coordination between the teams kept the outage short.')), []);
    assert.deepEqual(cats(...plan('- Keep the good communication between the desks.')), []);
  });

  it('reads ugly input without throwing', () => {
    assert.deepEqual(cats(...plan(`- ${'test before '.repeat(300)}`)), []);
    assert.deepEqual(cats(...section('Lessons', 'better coordination '.repeat(300), 'would have '.repeat(300))), []);
    assert.deepEqual(cats(...plan('- ')), []);
  });
});
