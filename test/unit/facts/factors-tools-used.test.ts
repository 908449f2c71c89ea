/**
 * Logs and dashboards that the people used, not ones that failed them: logs read, searched,
 * compared or replayed while the team looked for the fault or restored the data, logs that
 * "reveal" what went wrong, and a dashboard that the fault hit or that someone clicked into.
 * A gap told beside them ("found no clue", "did not load") is the symptom or the search, not a
 * gap of the observability. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection } from '../../support/causes';
import { assertLinear } from '../../support/growth';

const section = withSection('Lost readings of the tide gauges');

describe('facts: logs the team read are no gap of the logging', () => {
  it('reads logs searched, compared or replayed as logs that did their work', () => {
    assert.deepEqual(
      cats(
        ...section(
          'What happened',
          'We searched through the gauge logs for an hour but found no clue why the collector stopped.',
          'Logs reveal: the collector did not reconnect after the storage node came back.',
        ),
      ),
      [],
    );
    assert.deepEqual(
      cats(
        ...section(
          'What happened',
          '| 10:20 | Logs revealed the queue was not draining |',
          'I kept comparing unit configs and logs of both hosts, with no result.',
          'We replayed the archived logs to rebuild the lost hour, but the last minutes were not in them.',
        ),
      ),
      [],
    );
  });

  it('reads ugly input: capitals, extra spaces, a log in', () => {
    assert.deepEqual(
      cats(...section('What happened', 'WE LOOKED THROUGH THE   LOGS BUT FOUND NO CLUE.', '* tailing   the collector log, we saw no errors at all')),
      [],
    );
  });

  it('still reads the logs themselves told as missing', () => {
    assert.deepEqual(
      cats(
        ...section(
          'What happened',
          'The collector kept no logs of its reconnects.',
          'Nothing in the logs said the node was gone, and no metric covered the queue.',
        ),
      ),
      ['tooling_failure'],
    );
  });

  it('stays linear on a long run of words before the logs', () => {
    assertLinear(
      'words before logs',
      (n) => `we looked through ${'the units and '.repeat(n)}logs and found nothing`,
      (text) => cats(...section('What happened', text, text)),
      200,
    );
  });
});

describe('facts: a dashboard the outage hit or someone used is no monitoring', () => {
  it('reads a dashboard as the product that was hit or a console clicked through', () => {
    assert.deepEqual(
      cats(
        ...section(
          'What happened',
          'The fault affected the gauge dashboard, which did not load for two hours.',
          "Once we clicked into the host's storage dashboard we found no setting for how long keys last.",
        ),
      ),
      [],
    );
  });

  it('still reads a dashboard that failed to show the fault', () => {
    assert.deepEqual(cats(...section('What happened', 'The queue dashboard did not show the backlog.', 'No metric told us the collector had stopped.')), [
      'tooling_failure',
    ]);
  });
});
