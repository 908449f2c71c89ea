/**
 * One "today": the rules, the hovers and the Action Items view count days from the same
 * calendar day, the UTC one, whatever the server's local time zone. The server runs here in a
 * zone whose local day differs from the UTC day at this moment, so the test would catch a part
 * that counted in local time.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionItemsChangedNotification, ActionItemsRequest } from '../../server/src/protocol';
import type { LspClient } from '../support/lsp-client';
import { serverPerTest } from '../support/server-per-test';

/** A fixed-offset zone whose calendar day is not the UTC one right now (UTC-12 before noon UTC, UTC+14 after). */
function zoneAway(now: Date): { tz: string; localDay: string } {
  const behind = now.getUTCHours() < 12;
  const shifted = new Date(now.getTime() + (behind ? -12 : 14) * 3_600_000);
  return { tz: behind ? 'Etc/GMT+12' : 'Etc/GMT-14', localDay: shifted.toISOString().slice(0, 10) };
}

const started = new Date();
const utcDay = started.toISOString().slice(0, 10);
const away = zoneAway(started);
// The earlier of the two days: overdue by the one reading, due today by the other.
const due = [utcDay, away.localDay].sort()[0];

const doc = `# Post-Mortem: Queue backlog

Date: 2026-04-02

## Summary

Messages waited in the queue for 40 minutes.

## Action Items

- [ ] Add a backlog alert (owner: Ana Lima, due ${due})
`;

describe('one today for rules, hovers and the Action Items view', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspClient;
  serverPerTest('pm-today-', (w, c) => ((workspace = w), (client = c)), { env: { TZ: away.tz } });

  it('counts days from the UTC calendar day everywhere, in a server whose local day is another', async () => {
    assert.notEqual(away.localDay, utcDay, 'the server runs in a zone whose day differs');
    // On disk too, so the index's scan finds the same document the editor opened.
    writeFileSync(join(workspace, 'postmortems', 'queue.md'), doc);
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), doc);
    const overdueFinding = (await client.diagnostics(uri)).some((d) => d.code === 'action-item-overdue');
    const line = doc.split('\n').findIndex((l) => l.includes('backlog alert'));
    const hover = JSON.stringify((await client.hover(uri, { line, character: 8 }))?.contents ?? '');
    await client.nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, (p) => !p.scanning && p.items === 1, true);
    const listed = await client.connection.sendRequest(ActionItemsRequest.type, { status: 'all' });
    const overdueInView = (await client.connection.sendRequest(ActionItemsRequest.type, { status: 'overdue' })).items.length === 1;

    assert.equal(listed.today, utcDay, 'the view is told the UTC day');
    assert.equal(overdueFinding, due < utcDay, 'the rule counts from the UTC day');
    assert.equal(overdueInView, overdueFinding, 'the view agrees with the rule');
    assert.equal(listed.overdue, overdueFinding ? 1 : 0, 'and so does the overdue count');
    // The item hover leaves "overdue" to the finding it sits beside; it must not call the item due today.
    if (overdueFinding) assert.doesNotMatch(hover, /\(today\)/, 'and so does the hover');
    else assert.match(hover, /\(today\)/, 'and so does the hover');
  });
});
