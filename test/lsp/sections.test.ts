import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { serverPerTest } from '../support/server-per-test';

const DOC = `# Incident Report: Cache stampede

## Summary

Pages were slow for 20 minutes.

## Timeline

- 10:02 UTC the cache empties

## How did this happen?

A deploy removed the cache's size limit.

## Blast zone

Half of the page views timed out.

## Lessons learned

Limits belong in tests.

## Action items

- Add a test for the cache limit (owner: Dana, due 2026-06-01)
`;

/** Applies the edits of a workspace edit that touch files on disk (the config file), as an editor does. */
function applyToDisk(edit: WorkspaceEdit): string[] {
  const touched: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      assert.equal(change.kind, 'create');
      const path = fileURLToPath(change.uri);
      if (!existsSync(path)) writeFileSync(path, '');
      continue;
    }
    const path = fileURLToPath(change.textDocument.uri);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    writeFileSync(path, TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'json', 0, text), change.edits));
    touched.push(path);
  }
  return touched;
}

describe('sections over the protocol', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspClient;

  serverPerTest('pm-sections-', (w, c) => {
    workspace = w;
    client = c;
  });

  it('"Count \'Blast zone\' as the Impact section" writes the alias into .postmortemrc.json, keeping its layout, and the finding goes', async () => {
    const rc = join(workspace, '.postmortemrc.json');
    writeFileSync(rc, '{\n    "rules": {\n        "metadata-date": "off",   "action-item-overdue": "off"\n    }\n}\n');
    await client.fileChanged(rc);
    const uri = await client.open(join(workspace, 'postmortems', 'cache.md'), DOC);
    const impact = (await client.diagnostics(uri)).find((d) => d.code === 'required-sections' && d.message.includes('"Impact"'))!;
    assert.ok(impact, 'the Impact section is reported missing');
    const actions = await client.codeActions(uri, [impact], ['quickfix']);
    const count = actions.find((a) => a.title === "Count 'Blast zone' as the Impact section")!;
    assert.ok(count, actions.map((a) => a.title).join('; '));
    assert.notEqual(count.isPreferred, true, 'adding the section stays the preferred fix');
    const touched = applyToDisk(count.edit!);
    assert.deepEqual(touched, [rc], 'only the config file is edited');
    assert.equal(client.text(uri), DOC, 'the post-mortem is not changed');
    const written = readFileSync(rc, 'utf8');
    assert.ok(written.startsWith('{\n    "rules": {\n        "metadata-date": "off",   "action-item-overdue": "off"\n    },\n    "sections"'), written);
    assert.match(written, /"sections": \{\s*"impact": \{\s*"aliases": \[\s*"Blast zone"\s*\]/);
    await client.fileChanged(rc);
    const after = await client.diagnostics(uri);
    assert.ok(!after.some((d) => d.code === 'required-sections'), after.map((d) => d.message).join('\n'));
    const hover = await client.hover(uri, { line: DOC.split('\n').indexOf('## Blast zone'), character: 5 });
    assert.match(JSON.stringify(hover?.contents), /Counts as the \*\*Impact\*\* section: its name \\"Blast zone\\"/);
  });

  it('creates .postmortemrc.json when there is none', async () => {
    const rc = join(workspace, '.postmortemrc.json');
    const uri = await client.open(join(workspace, 'postmortems', 'cache.md'), DOC);
    const impact = (await client.diagnostics(uri)).find((d) => d.code === 'required-sections' && d.message.includes('"Impact"'))!;
    const count = (await client.codeActions(uri, [impact], ['quickfix'])).find((a) => a.title.startsWith("Count 'Blast zone'"))!;
    assert.ok(count.edit!.documentChanges!.some((c) => 'kind' in c && c.kind === 'create'));
    applyToDisk(count.edit!);
    assert.deepEqual(JSON.parse(readFileSync(rc, 'utf8')), { sections: { impact: { aliases: ['Blast zone'] } } });
    await client.fileChanged(rc);
    assert.ok(!(await client.diagnostics(uri)).some((d) => d.code === 'required-sections'));
  });

  it('the hover on a heading says which section it counts as and why', async () => {
    const uri = await client.open(join(workspace, 'postmortems', 'cache.md'), DOC);
    const line = (heading: string) => DOC.split('\n').indexOf(heading);
    const cause = await client.hover(uri, { line: line('## How did this happen?'), character: 4 });
    assert.match(JSON.stringify(cause?.contents), /Counts as the \*\*Root Cause\*\* section: read from its words \\"how\\", \\"happen\\"/);
    assert.deepEqual(cause?.range, {
      start: { line: line('## How did this happen?'), character: 0 },
      end: { line: line('## How did this happen?'), character: 23 },
    });
    const unknown = await client.hover(uri, { line: line('## Blast zone'), character: 4 });
    assert.match(JSON.stringify(unknown?.contents), /Not read as one of the sections/);
    assert.equal(await client.hover(uri, { line: line('Pages were slow for 20 minutes.'), character: 2 }), null);
  });
});
