import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Ledger data wiped');
/** A post-mortem whose story names no factor, then a plan of one item. */
const plan = (item: string) => [...section('What happened', 'The ledger tables were empty for two hours.'), '', '## Follow-up', '', item];

describe('facts: production not kept apart from the work beside it', () => {
  it('reads a flag, a test suite or a connection that reaches the live data as a design weakness', () => {
    assert.deepEqual(cats(...section('Root cause', 'The --remote option means the wipe command targets the production database, not a local copy.')), [
      'design_weakness',
    ]);
    assert.deepEqual(cats(...section('Root cause', 'Our end-to-end tests were configured to run against the live database.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Root cause', 'The helper connection was being initialised with the production database on every laptop.')), [
      'design_weakness',
    ]);
  });

  it('reads separate environments told as the remedy as the isolation that was lacking', () => {
    assert.deepEqual(cats(...plan('- Give the integration suite a separate database for testing.')), ['design_weakness']);
    assert.deepEqual(cats(...section('Lessons', 'Next quarter we will run separate clusters for production and non-production work.')), ['design_weakness']);
  });

  it('does not read the harm told of production, separate things that are no environment, or a description of the setup', () => {
    assert.deepEqual(cats(...section('Impact', 'The outage touched the production database for an hour.')), []);
    assert.deepEqual(cats(...section('What went well', 'We already keep separate accounts for production and staging.')), []);
    assert.deepEqual(cats(...plan('- Open a separate channel for the incident updates.')), []);
    assert.deepEqual(cats(...section('Setup', 'The nightly job runs against a copy of the data.')), []);
  });

  it('reads ugly input in linear time', () => {
    assertLinear(
      '"the test " repeated',
      (n) => section('Why', `${'the test '.repeat(n)}runs against the`),
      (args) => cats(...args),
    );
    assertLinear(
      '"separate " repeated',
      (n) => plan(`- ${'separate '.repeat(n)}for testing`),
      (args) => cats(...args),
    );
    assert.deepEqual(cats(...plan('- separate')), []);
  });
});
