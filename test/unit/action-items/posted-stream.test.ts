/**
 * Three readings of the response against the follow-up work, each written for the test:
 *
 * - a status page's stream of posted updates ("Posted Mar 3, 2025 - 14:05 UTC" under each): what
 *   an update says is under way or needed is the response as it happened, what it promises or tells
 *   done stays an item;
 * - the steps under a heading or bold line of the response ("Immediate actions", "Mitigation")
 *   told in the past, whatever their verbs: steps taken while the incident lasted, not items;
 * - an entry of the plan that opens on a bold title ("**Paging**: Moved …") is done when the words
 *   after the title say so, and so is one that names a piece of work and ends on "completed".
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import type { ActionItem } from '../../../server/src/analysis/model/model';
import { opensOnStepTaken, reportsDone } from '../../../server/src/analysis/model/action-items/reading';

function read(text: string): ActionItem[] {
  return analyzeDocument(text, 'postmortems/2026-07-01-test.md', defaultSettings()).model.actionItems;
}

const texts = (text: string) => read(text).map((i) => i.text);

describe('action items: a stream of posted updates', () => {
  const stream = (...updates: string[]) => ['# Login failures', '', 'Incident Report for Lantern', '', ...updates.flatMap((u) => [u, ''])].join('\n');

  it('takes no item from what an update says is under way or needed', () => {
    const text = stream(
      'Sign-ins work again for every region.\nPosted Apr 02, 2025 - 16:40 UTC',
      'We think the token cache is to blame. We will be watching the sign-in rate for the rest of the day.\nPosted Apr 02, 2025 - 15:55 UTC',
      'To clear it we need to take the session workers offline, empty the cache and start them again.\nPosted Apr 02, 2025 - 15:20 UTC',
      'We are looking into failed sign-ins.\nPosted Apr 02, 2025 - 15:02 UTC',
    );
    assert.deepEqual(texts(text), []);
  });

  it('reads the stamp on its own line after the update, and a stamp with the age before the date', () => {
    const text = stream(
      'We found the cause and are putting a fix in place.',
      'Posted 3 days ago. Apr 02, 2025 - 15:40 CEST',
      'We’re investigating.',
      'Posted 3 days ago. Apr 02, 2025 - 15:02 CEST',
    );
    assert.deepEqual(texts(text), []);
    // One such line alone may be a byline: a stream is two updates at least.
    assert.deepEqual(texts(stream('We will add an alert on the token cache.', 'Posted 3 days ago. Apr 02, 2025 - 15:02 CEST')), [
      'We will add an alert on the token cache.',
    ]);
  });

  it('keeps what the closing update promises for after the incident', () => {
    const text = stream(
      'So that one stuck cache node cannot stop sign-ins again, we will give each region its own token cache.',
      'Posted Apr 03, 2025 - 10:00 UTC',
      'We are looking into failed sign-ins.\nPosted Apr 02, 2025 - 15:02 UTC',
    );
    assert.deepEqual(texts(text), ['So that one stuck cache node cannot stop sign-ins again, we will give each region its own token cache.']);
  });

  it('keeps work under way that the closing update aims past the incident, not work on the incident itself', () => {
    const text = stream(
      'The cache filled because a cleanup job was switched off. Going forward, we are adding a size alarm on the token cache and reviewing the cleanup schedule to keep similar outages away.',
      'Posted Apr 03, 2025 - 10:00 UTC',
      'We are adding capacity to the token cache while we look into it.\nPosted Apr 02, 2025 - 15:02 UTC',
    );
    assert.deepEqual(texts(text), [
      'Going forward, we are adding a size alarm on the token cache and reviewing the cleanup schedule to keep similar outages away.',
    ]);
  });

  it('without a posting stamp, work under way and needs are read as before', () => {
    const text = [
      '# Login failures',
      '',
      'Sign-ins failed for forty minutes because the token cache filled up.',
      '',
      'We are adding an alert on the size of the token cache. We need to document how to empty it by hand.',
      '',
    ].join('\n');
    assert.equal(read(text).length, 2);
  });

  it('reads the updates of a stream pasted under a heading of the plan as the response, and keeps the plan above them', () => {
    const text = [
      '# Login failures',
      '',
      '## What will we do?',
      '',
      'We will give each region its own token cache, so one stuck node cannot stop every sign-in.',
      '',
      'Sign-ins work again.',
      'Posted Apr 02, 2025 - 16:40 UTC',
      '',
      'We will be watching the sign-in rate for the rest of the day.',
      'Posted Apr 02, 2025 - 15:55 UTC',
      '',
      'We see failed sign-ins. We are investigating.',
      'Posted Apr 02, 2025 - 15:02 UTC',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['We will give each region its own token cache, so one stuck node cannot stop every sign-in.']);
  });

  it('reads a single post that ends on its posting line as posted, and a byline above a report as no such line', () => {
    const post = [
      '# Scheduled work ran long',
      '',
      'On May 3 the export jobs stopped after a schema change, and reports were late for a day.',
      '',
      'To fix it we need to stop the export workers, migrate the table and start them again.',
      '',
      'Exports run again, and every late report has been sent.',
      'Posted May 04, 2025 - 21:00 PDT',
      '',
    ].join('\n');
    assert.deepEqual(texts(post), []);
    const byline = [
      '# Scheduled work ran long',
      '',
      'Posted May 04, 2025 - 21:00 PDT',
      '',
      'On May 3 the export jobs stopped after a schema change, and reports were late for a day.',
      '',
      'We need to document how to pause the export workers before a migration.',
      '',
    ].join('\n');
    assert.equal(read(byline).length, 1);
  });

  it('does not take a line that only mentions posting for a stamp', () => {
    const text = [
      '# Login failures',
      '',
      'The notice was posted at 15:02 UTC, after the first reports.',
      '',
      'We are adding an alert on the size of the token cache.',
      '',
    ].join('\n');
    assert.equal(read(text).length, 1);
  });
});

describe('action items: steps of the response told in the past', () => {
  it('reads a list under a bold "Immediate actions" line in the resolution as steps taken', () => {
    const text = [
      '# Packet loss on the edge',
      '',
      '## Resolution',
      '',
      '**Immediate actions**:',
      '- Activated the scrubbing service for the two busiest prefixes',
      '- Throttled the noisiest upstream sessions',
      '- Attempted to reach the upstream provider (no answer yet)',
      '',
      '## Follow-up',
      '',
      '- Add an alert on dropped packets per port',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Add an alert on dropped packets per port']);
  });

  it('opensOnStepTaken: a past verb first, not a participle that names a thing, nor a plan', () => {
    for (const s of ['Activated the standby filter', 'Throttled the noisy client', 'Attempted a failover to the second site'])
      assert.ok(opensOnStepTaken(s), s);
    for (const s of [
      'Automated failover for the database',
      'Distributed locks for the scheduler',
      'Planned a second drill',
      'Failed on the first try',
      'Activated',
      'activated the filter',
      'Add a filter',
    ])
      assert.ok(!opensOnStepTaken(s), s);
  });

  it('keeps a list of work to do under a heading of the response', () => {
    const text = ['# Packet loss on the edge', '', '## Immediate actions', '', '- Add a second upstream', '- Write a runbook for scrubbing', ''].join('\n');
    assert.equal(read(text).length, 2);
  });
});

describe('action items: done after a bold title', () => {
  const plan = (...entries: string[]) => ['# Packet loss on the edge', '', '## Prevention measures', '', ...entries, ''].join('\n');

  it('reads the words after the title for the done state', () => {
    const found = read(
      plan(
        '- **Routing review**: Second review of every route map completed',
        '- **Alerting**: Added a page on dropped packets per port',
        '- __Runbooks__ - Rewrote the scrubbing runbook',
        '- **Upstream contacts:** Agreed a direct line with both providers',
      ),
    );
    assert.deepEqual(
      found.map((i) => i.done),
      [true, true, true, true],
    );
  });

  it('keeps open an entry whose words after the title are a task or a plan', () => {
    const found = read(
      plan(
        '- **Routing review**: Review every route map',
        '- **Alerting**: Page on dropped packets per port',
        '- **Capacity**: The second link will be completed in May',
        '- **Drills**: Run a drill once the new link is completed',
        '- **A title far too long to be only the name of an area of work**: Added a page',
      ),
    );
    assert.deepEqual(
      found.map((i) => i.done),
      [false, false, false, false, false],
    );
  });

  it('reportsDone: a piece of work named, then finished', () => {
    assert.ok(reportsDone('Review of every alert rule completed'));
    assert.ok(reportsDone('Second audit of the firewall finished.'));
    assert.ok(reportsDone('Audit of the firewall rules completed'));
    assert.ok(!reportsDone('Audit to be completed by Friday'));
    assert.ok(!reportsDone('Ensure the audit is completed'));
    assert.ok(!reportsDone('Start the drill when the move is completed'));
  });
});
