import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { DiagnosticData } from '../../server/src/protocol';
import { LspClient } from '../support/lsp-client';
import { QUEUE_DRAFT as DRAFT, serverPerTest } from '../support/server-per-test';

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

describe('language server over the protocol', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspClient;

  serverPerTest('pm-lsp-', (w, c) => {
    workspace = w;
    client = c;
  });

  it('reports findings for a post-mortem, with code, source, docs link and fixes in data, and disable fixes on request', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['empty-section', 'metadata-date', 'required-sections', 'required-sections', 'required-sections']);
    for (const d of diagnostics) {
      assert.equal(d.source, 'postmortem');
      assert.match(d.codeDescription!.href, new RegExp(`docs/rules/${d.code}\\.md$`));
      const data = d.data as DiagnosticData;
      assert.equal(data.version, 1);
      // The disable fixes are not carried: the server computes them when asked for the line's actions.
      assert.ok(!data.fixes.some((f) => f.title.startsWith('Disable')));
      const titles = (await client.codeActions(uri, [d], ['quickfix'])).map((a) => a.title);
      assert.ok(titles.includes(`Disable ${d.code} for this file`), titles.join(', '));
      assert.deepEqual(
        titles.slice(0, data.fixes.length),
        data.fixes.map((f) => f.title),
        "the finding's own fixes come first",
      );
    }
    const date = diagnostics.find((d) => d.code === 'metadata-date')!;
    assert.equal(client.text(uri).split('\n')[date.range.start.line].slice(date.range.start.character, date.range.end.character), '2026-04-31');
    assert.match(date.message, /April 2026 has 30 days/);
  });

  it('gives a README in the same workspace no findings', async () => {
    const uri = await client.open(join(workspace, 'README.md'), '# Project\n\nNo sections here.\n');
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('applies a quick fix, and the finding is gone when pulled again', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const before = await client.diagnostics(uri);
    const impact = before.find((d) => d.message.includes('"Impact"'))!;
    const actions = await client.codeActions(uri, [impact], ['quickfix']);
    const add = actions.find((a) => a.title === 'Add the "Impact" section')!;
    assert.ok(add, `no add-section action among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(add.isPreferred, true);
    await client.apply(add.edit!);
    const text = client.text(uri);
    // Impact belongs before Lessons Learned and Action Items, which are missing, so after Root Cause.
    assert.ok(text.indexOf('## Impact') > text.indexOf('## Root Cause'));
    assert.ok(text.startsWith(DRAFT.slice(0, DRAFT.indexOf('TBD'))), 'text before the insertion is unchanged');
    const after = await client.diagnostics(uri);
    assert.ok(!after.some((d) => d.code === 'required-sections' && d.message.includes('"Impact"')));
    // The inserted prompt is a placeholder, so the new section is reported as still to be written.
    assert.ok(after.some((d) => d.code === 'empty-section' && d.message.includes('"Impact"')));
  });

  it('offers no fix computed for an older version of the document', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const stale = await client.diagnostics(uri);
    await client.replace(uri, `${DRAFT}\nMore text.\n`);
    const actions = await client.codeActions(uri, stale, ['quickfix']);
    assert.deepEqual(actions, []);
  });

  it('disables a rule for one line with the suppression fix', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const date = (await client.diagnostics(uri)).find((d) => d.code === 'metadata-date')!;
    const actions = await client.codeActions(uri, [date], ['quickfix']);
    await client.apply(actions.find((a) => a.title === 'Disable metadata-date for this line')!.edit!);
    assert.match(client.text(uri), /^Date: 2026-04-31 <!-- postmortem-disable-line metadata-date -->$/m);
    assert.ok(!(await client.diagnostics(uri)).some((d) => d.code === 'metadata-date'));
  });

  it('fixes all obvious problems with source.fixAll.postmortem', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const actions = await client.codeActions(uri, [], ['source.fixAll.postmortem']);
    assert.equal(actions.length, 1);
    await client.apply(actions[0].edit!);
    const after = await client.diagnostics(uri);
    assert.ok(!after.some((d) => d.code === 'required-sections'), 'all missing sections were added');
  });

  it('updates findings when settings change, and reports bad settings by key', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    assert.ok((await client.diagnostics(uri)).some((d) => d.code === 'empty-section'));
    await client.configurationChanged({ rules: { 'empty-section': 'off', 'no-such-rule': 'error', 'metadata-date': 'loud' } });
    const after = await client.diagnostics(uri);
    assert.ok(!after.some((d) => d.code === 'empty-section'));
    assert.ok(
      after.some((d) => d.code === 'metadata-date'),
      'a bad severity falls back to the default',
    );
    const warnings = client.messages.map((m) => m.message).join('\n');
    assert.match(warnings, /"rules\.no-such-rule" is not a known rule/);
    assert.match(warnings, /"rules\.metadata-date" must be one of off, hint, info, warning, error/);
  });

  it('reads .postmortemrc.json, names it when it is broken, and follows its changes', async () => {
    const rc = join(workspace, '.postmortemrc.json');
    writeFileSync(rc, JSON.stringify({ rules: { 'required-sections': 'error' } }));
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const first = await client.diagnostics(uri);
    assert.ok(first.filter((d) => d.code === 'required-sections').every((d) => d.severity === 1));
    writeFileSync(rc, '{ "rules": { ');
    await client.fileChanged(rc);
    const second = await client.diagnostics(uri);
    assert.ok(
      second.filter((d) => d.code === 'required-sections').every((d) => d.severity === 2),
      'defaults apply again',
    );
    assert.ok(client.messages.some((m) => m.message.includes(rc) && m.message.includes('is not valid JSON')));
  });

  it('checks an untitled buffer when its content says it is a post-mortem', async () => {
    const postmortem = await client.open('untitled:Untitled-1', '# Post-Mortem: Login errors\n\n## Summary\n\nLogins failed.\n');
    assert.ok((await client.diagnostics(postmortem)).some((d) => d.code === 'required-sections'));
    const notes = await client.open('untitled:Untitled-2', '# Shopping list\n\n## Summary\n\nMilk.\n');
    assert.deepEqual(await client.diagnostics(notes), []);
  });

  it('answers for the newest version after changes', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    await client.diagnostics(uri);
    await client.replace(uri, DRAFT.replace('2026-04-31', '2026-04-30'));
    assert.ok(!(await client.diagnostics(uri)).some((d) => d.code === 'metadata-date'));
  });

  it('says so when a post-mortem cannot be checked because it is binary', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'blob.md'), 'PK\u0003\u0004\u0000\u0000garbage\u0000');
    const diagnostics = await client.diagnostics(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'not-checked');
    assert.match(diagnostics[0].message, /does not look like text/);
  });

  it('answers postmortem/model for an open document and errors cleanly for one that is not', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'queue.md'), DRAFT);
    const model = await client.connection.sendRequest<{ title: string; sections: { kind: string }[] }>('postmortem/model', { uri });
    assert.equal(model.title, 'Incident Report: Queue backlog');
    assert.deepEqual(
      model.sections.map((s) => s.kind),
      ['summary', 'timeline', 'root-cause'],
    );
    await assert.rejects(client.connection.sendRequest('postmortem/model', { uri: pathToFileURL(join(workspace, 'nope.md')).href }), /is not open/);
  });

  it('keeps settings apart in a multi-root workspace: each folder has its own config file', async () => {
    const a = mkdtempSync(join(tmpdir(), 'pm-root-a-'));
    const b = mkdtempSync(join(tmpdir(), 'pm-root-b-'));
    try {
      for (const root of [a, b]) mkdirSync(join(root, 'incidents'));
      writeFileSync(join(a, '.postmortemrc.json'), JSON.stringify({ rules: { 'metadata-date': 'error' } }));
      writeFileSync(join(b, '.postmortemrc.json'), JSON.stringify({ rules: { 'metadata-date': 'off' } }));
      const multi = await LspClient.start({ folders: [a, b] });
      try {
        const inA = await multi.open(join(a, 'incidents', 'x.md'), DRAFT);
        const inB = await multi.open(join(b, 'incidents', 'x.md'), DRAFT);
        assert.equal((await multi.diagnostics(inA)).find((d) => d.code === 'metadata-date')?.severity, 1);
        assert.equal(
          (await multi.diagnostics(inB)).find((d) => d.code === 'metadata-date'),
          undefined,
        );
      } finally {
        await multi.stop();
      }
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
