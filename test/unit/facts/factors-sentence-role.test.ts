import { strict as assert } from 'node:assert';
import { categoriesOf as cats, withSection, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

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

  it('reads no topic word in a repair step or in a paragraph that tells the response', () => {
    // A sentence that opens on what a step was to repair tells the recovery, whatever it names.
    const repair = (...lines: string[]) => cats(...section('Recovery', ...lines.flatMap((l) => [l, ''])));
    assert.deepEqual(
      repair(
        'To recover the lost orders, we replayed them from a backup that was missing the last hour.',
        'To get the checkout back, the team ran a manual restore; the cache was not warmed.',
      ),
      [],
    );
    assert.deepEqual(
      repair(
        "To undo the bad import, I restored last night's backup, and no customer saw the gap.",
        'To bring the search nodes back, our admins reviewed the manual steps, as the script was not usable.',
      ),
      [],
    );
    // The same words with no aim of repair still name the gap; so does a gap told as such after the aim.
    assert.deepEqual(repair('The nightly backup was missing the last hour.', 'The restore was manual, and the cache was not warmed.'), ['process_gap']);
    assert.deepEqual(repair('To recover the orders, we needed the backup. It was never tested before that day.'), ['process_gap']);
    // A paragraph that opens on the moment the failure became known tells the response to its end.
    const story = (...lines: string[]) => cats(...section('Response', ...lines.flatMap((l) => [l, ''])));
    assert.deepEqual(
      story(
        'As soon as the outage became known, four teams joined the call. Coordinating them across time zones was slow, and not every lead answered.',
        'Once we noticed the backlog, we moved the manual steps into a shared document. Not everyone could edit it at first.',
      ),
      [],
    );
    assert.deepEqual(
      story(
        'Later that week, coordinating four teams across time zones was slow, and not every lead answered.',
        "The manual steps lived in one person's notes. Not everyone could read them.",
      ),
      ['process_gap'],
    );
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

  it('stays quick on ugly input', function () {
    // Speed is measured as a ratio (see test/support/growth.ts); a loaded machine only makes it slower to measure.
    this.timeout(120_000);
    const shapes: [string, (n: number) => string[]][] = [
      ['a long clause after "as soon as"', (n) => section('Response', `As soon as ${'the fault '.repeat(n)}became known, ${'we '.repeat(n)}`)],
      ['a long conditional', (n) => section('Response', `${'monitoring '.repeat(n)}detected nothing. Had we not ${'been '.repeat(n)}`)],
      ['a long list after "when we first saw"', (n) => section('Response', `When we first saw ${'x, '.repeat(n)}.`, '', 'We apologise.', '- . ! ?')],
      ['runs of spaces and full stops', (n) => section('Response', `Once we noticed.${' '.repeat(n * 7)}. ${'. '.repeat(n * 2)}when we first saw`)],
    ];
    for (const [what, make] of shapes) assertLinear(what, make, (args) => cats(...args));
  });
});
