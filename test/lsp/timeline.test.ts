import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { TimelineEditsRequest } from '../../server/src/protocol';
import { LspClient } from '../support/lsp-client';

const POSTMORTEM = [
  '# Incident Report: Checkout errors',
  '',
  'Date: 2026-03-01',
  '',
  '## Summary',
  '',
  'Checkout failed for some customers.',
  '',
  '## Timeline (UTC)',
  '',
  '|Time|Event|',
  '|-|-|',
  '|14:02|Deploy started the change `a|b` 障害|',
  '|14:40|Rolled back \\| the deploy|',
  '|14:05|Alert fired|',
  '|14:47|Resolved, all clear|',
  '',
  '## Impact',
  '',
  '|Who|What|',
  '|-|-|',
  '|customers|errors|',
  '',
  '## Root Cause',
  '',
  'A cache setting.',
  '',
  '## Lessons Learned',
  '',
  'Alerts on checkout work.',
  '',
  '## Action Items',
  '',
  '- [ ] Add a canary @ana due 2099-01-10',
  '',
].join('\r\n');

describe('timeline over the protocol', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspClient;
  let uri: string;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pm-lsp-timeline-'));
    mkdirSync(join(workspace, 'postmortems'));
    client = await LspClient.start({ workspace });
  });

  after(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  beforeEach(async () => {
    uri = await client.open(join(workspace, 'postmortems', `checkout-${Math.random().toString(36).slice(2)}.md`), POSTMORTEM);
  });

  afterEach(async () => {
    await client.close(uri);
  });

  const request = (command: TimelineEditsRequest.Command, at: string, version = client.document(uri).version) =>
    client.connection.sendRequest(TimelineEditsRequest.type, { uri, version, command, position: client.positionOf(uri, at) });

  async function applyResult(result: TimelineEditsRequest.Result): Promise<void> {
    assert.equal(result.version, client.document(uri).version);
    await client.applyTextEdits(uri, result.edits);
  }

  it('shows the durations as a code lens over the timeline heading, and none on other Markdown', async () => {
    const lenses = await client.codeLenses(uri);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].command!.title, 'Detected after 3 min · mitigated after 38 min · resolved after 45 min');
    assert.deepEqual(lenses[0].range.start, client.positionOf(uri, '## Timeline'));
    const readme = await client.open(join(workspace, 'README.md'), '# Project\n\n## Timeline\n\n- 14:00 started\n');
    assert.deepEqual(await client.codeLenses(readme), []);
    await client.close(readme);
  });

  it('hovers a timeline row with its offset from the start, and an action item still with its own hover', async () => {
    const row = await client.hover(uri, client.positionOf(uri, 'Alert fired'));
    assert.ok(row, 'a hover on the row');
    const value = (row.contents as { value: string }).value;
    assert.match(value, /^\*\*T\+3 min\*\* from the start/);
    assert.match(value, /Time to detect: 3 min/);
    const item = await client.hover(uri, client.positionOf(uri, 'Add a canary'));
    assert.match((item!.contents as { value: string }).value, /ana/);
    assert.equal(await client.hover(uri, client.positionOf(uri, 'A cache setting')), null);
  });

  it('formats only the tables in the range, leaving every other byte alone', async () => {
    const text = client.text(uri);
    const range = { start: client.positionOf(uri, '|14:40'), end: client.positionOf(uri, '|14:40', 3) };
    await client.applyTextEdits(uri, await client.rangeFormatting(uri, range));
    const out = client.text(uri);
    const tableStart = text.indexOf('|Time|');
    const tableEnd = text.indexOf('|14:47|Resolved, all clear|') + '|14:47|Resolved, all clear|'.length;
    assert.equal(out.slice(0, tableStart), text.slice(0, tableStart));
    assert.equal(out.slice(out.length - (text.length - tableEnd)), text.slice(tableEnd), 'the Impact table and the rest are untouched');
    // As every GFM reader does, the pipe inside the code span separates cells: the row has three.
    assert.ok(out.includes('| 14:40 | Rolled back \\| the deploy    |\r\n'), out);
    assert.ok(out.includes('| 14:02 | Deploy started the change `a | b` 障害 |'), out);
    const all = await client.formatting(uri);
    assert.equal(all.length, 3, 'whole-document formatting rewrites the three lines of the other table');
  });

  it('sorts the timeline, after which the order finding is gone', async () => {
    const before = await client.diagnostics(uri);
    assert.ok(
      before.some((d) => d.code === 'timeline-order'),
      before.map((d) => d.code).join(', '),
    );
    const result = await request('sortTimeline', '## Timeline');
    assert.equal(result.edits.length, 2);
    await applyResult(result);
    const text = client.text(uri);
    assert.ok(text.includes('|14:05|Alert fired|\r\n|14:40|Rolled back \\| the deploy|\r\n'), text);
    assert.ok(!(await client.diagnostics(uri)).some((d) => d.code === 'timeline-order'));
  });

  it('inserts a row with the current time after the row under the cursor, and puts the cursor in it', async () => {
    const earliest = new Date();
    const result = await request('insertRow', 'Alert fired');
    const latest = new Date();
    await applyResult(result);
    const lines = client.text(uri).split('\r\n');
    const at = lines.indexOf('|14:05|Alert fired|');
    const inserted = lines[at + 1];
    const stamp = /^\|(\d\d):(\d\d)\| {11}\|$/.exec(inserted);
    assert.ok(stamp, inserted);
    const minutes = Number(stamp[1]) * 60 + Number(stamp[2]);
    const minuteOf = (d: Date) => d.getUTCHours() * 60 + d.getUTCMinutes();
    assert.ok(minutes === minuteOf(earliest) || minutes === minuteOf(latest), `${inserted} is the time of the request in UTC`);
    assert.deepEqual(result.cursor, { line: at + 1, character: inserted.indexOf('|', 1) + 2 }, 'in the event cell, after its first space');
  });

  it('normalises the times, and the mixed-format finding is gone', async () => {
    await client.replace(uri, client.text(uri).replace('|14:40|', '|2:40 pm|'));
    const before = await client.diagnostics(uri);
    assert.ok(
      before.some((d) => d.code === 'timeline-time-format'),
      before.map((d) => d.code).join(', '),
    );
    const result = await request('normaliseTimes', '## Timeline');
    assert.match(result.message!, /One time rewritten like 14:02/);
    await applyResult(result);
    assert.ok(client.text(uri).includes('|14:40|Rolled back'));
    assert.ok(!(await client.diagnostics(uri)).some((d) => d.code === 'timeline-time-format'));
  });

  it('formats the table under the cursor with Format Table', async () => {
    const result = await request('formatTable', '|customers');
    await applyResult(result);
    const text = client.text(uri);
    assert.ok(text.includes('| Who       | What   |\r\n| --------- | ------ |\r\n| customers | errors |\r\n'), text);
    assert.ok(text.includes('|14:40|Rolled back'), 'the timeline table is not touched');
  });

  it('refuses to compute edits for a version the server no longer has', async () => {
    const stale = client.document(uri).version;
    await client.replace(uri, client.text(uri) + '\r\nMore.\r\n');
    await assert.rejects(request('sortTimeline', '## Timeline', stale), (error: ResponseError<unknown>) => {
      assert.equal(error.code, LSPErrorCodes.ContentModified);
      assert.match(error.message, /document changed/);
      return true;
    });
  });

  it('says why nothing happens outside a table or a timeline', async () => {
    const result = await request('formatTable', 'A cache setting');
    assert.deepEqual(result.edits, []);
    assert.match(result.message!, /Put the cursor in a table/);
    const readme = await client.open(join(workspace, 'README.md'), '# Project\n\nText.\n');
    const other = await client.connection.sendRequest(TimelineEditsRequest.type, {
      uri: readme,
      version: 1,
      command: 'sortTimeline',
      position: { line: 0, character: 0 },
    });
    assert.match(other.message!, /not checked as a post-mortem/);
    await client.close(readme);
  });
});
