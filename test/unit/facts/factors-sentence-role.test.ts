import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection, withSections } from '../../support/causes';

const section = withSection('Outage of the ticket office');
const doc = withSections('Outage of the ticket office');

describe('facts: a contributing factor is read from a sentence that explains the failure', () => {
  it('reads nothing from a sentence that tells the response', () => {
    // The moment the failure became known opens a sentence about what the responders did.
    assert.deepEqual(
      cats(...section('Response', 'As soon as the fault was known, the whole crew worked on coordinating a fix across three offices. Nobody was idle.')),
      [],
    );
    assert.deepEqual(
      cats(...section('Response', 'Once we noticed the queue backing up, we paged the database owner and reviewed the recent process list.')),
      [],
    );
    // An apology to the readers, and hindsight about what to try when the fault was first seen.
    assert.deepEqual(cats(...section('Updates', 'We apologise for the lack of notification during the first hour.')), []);
    assert.deepEqual(
      cats(...section('What went wrong', "- Didn't test whether every region was hit: we should have tried a second service when we first saw the errors")),
      [],
    );
    // A gap told in its own sentence, beside the response, still counts.
    assert.deepEqual(
      cats(
        ...section(
          'Response',
          'Once we noticed the queue backing up, we paged the owner. There was no runbook for draining it, and nobody had tested the restore.',
        ),
      ),
      ['process_gap'],
    );
    // So does a sentence that only opens with "when": it tells when the gap bit, not the response.
    assert.deepEqual(cats(...section('Root cause', 'When the disk filled, no alert fired and nobody was paged.')), ['tooling_failure']);
  });

  it('reads no gap in a monitor that did its work', () => {
    assert.deepEqual(
      cats(
        ...doc(
          ['Timeline', '- 09:12 Monitoring of the ticket queue detected the stall; no new orders were taken for six minutes.'],
          ['Detection', 'We got notifications in the chat that the queue was not draining.'],
        ),
      ),
      [],
    );
    // A monitor told as missing or failing is still a gap.
    assert.deepEqual(cats(...doc(['Detection', 'We did not have monitoring on the ticket queue, and no alert fired for six hours.'])), ['tooling_failure']);
  });

  it('reads no gap in a condition that imagines one', () => {
    assert.deepEqual(
      cats(
        ...doc(
          ['Recovery', 'Restarting the workers cleared the stall. Had we not been monitoring the queue, it could have gone on all night.'],
          ['Lessons', 'Had it not been for the monitoring, the stall would have lasted until morning.'],
        ),
      ),
      [],
    );
    // Told as what was missing, the same monitoring is a gap.
    assert.deepEqual(cats(...doc(['Lessons', 'There was no monitoring on the queue, so the stall went unnoticed until morning.'])), ['tooling_failure']);
  });

  it('stays quick on ugly input', () => {
    const started = process.hrtime.bigint();
    cats(...section('Response', `As soon as ${'the fault '.repeat(3000)}became known, ${'we '.repeat(3000)}`));
    cats(...section('Response', `${'monitoring '.repeat(3000)}detected nothing. Had we not ${'been '.repeat(3000)}`));
    cats(...section('Response', `When we first saw ${'x, '.repeat(3000)}.`, '', 'We apologise.', '- . ! ?'));
    cats(...section('Response', `Once we noticed.${' '.repeat(20000)}. ${'. '.repeat(5000)}when we first saw`));
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000);
  });
});
