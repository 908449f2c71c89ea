/**
 * The language server on pathological Markdown (`test/support/pathological.ts`), over the
 * protocol: a workspace full of them is indexed without being held up (each costly file gets
 * its notice, the Action Items view is complete for the rest), every one of them opened in the
 * editor is checked or noticed, the server keeps answering, and its memory stays under 500 MB.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { ActionItemsChangedNotification, ActionItemsRequest } from '../../server/src/protocol';
import { LspClient } from '../support/lsp-client';
import { PATHOLOGICAL, pathologicalDocument } from '../support/pathological';

const SIZE = 16 * 1024;
const ORDINARY = `# Post-Mortem: Queue backlog\n\nDate: 2026-04-02\n\n## Summary\n\nMessages waited for 40 minutes.\n\n## Action Items\n\n- [ ] Add a backlog alert (owner: Ana Lima, due 2026-05-20)\n- [ ] Cap the retries (owner: Omar Haddad, due 2026-05-27)\n`;

/** Resident memory of a process in MB, from /proc (Linux), or null elsewhere. */
function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

describe('pathological Markdown through the language server', function () {
  this.timeout(300000);
  let root: string;
  let client: LspClient | undefined;
  const file = (i: number) => join(root, 'postmortems', `p${String(i).padStart(2, '0')}.md`);

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-patho-lsp-'));
    mkdirSync(join(root, 'postmortems'));
    PATHOLOGICAL.forEach((pattern, i) => writeFileSync(file(i), pathologicalDocument(pattern, SIZE)));
    writeFileSync(join(root, 'postmortems', 'queue.md'), ORDINARY);
  });

  after(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('indexes the workspace past every costly file: the ordinary post-mortem keeps its action items', async () => {
    client = await LspClient.start({ workspace: root });
    await client.nextNotification<ActionItemsChangedNotification.Params>(ActionItemsChangedNotification.method, (p) => !p.scanning, true);
    const result = await client.connection.sendRequest(ActionItemsRequest.type, { status: 'all' });
    const expected = analyzeDocument(ORDINARY, 'postmortems/queue.md', defaultSettings()).model.actionItems.length;
    const ours = result.items.filter((i) => i.uri.endsWith('/queue.md'));
    assert.equal(ours.length, expected);
    assert.ok(expected > 0);
    assert.ok(!result.scanning);
  });

  it('answers a pull for each one opened: one notice naming the construct and its line, or the findings', async () => {
    const c = client!;
    for (const [i, pattern] of PATHOLOGICAL.entries()) {
      const text = readFileSync(file(i), 'utf8');
      const uri = await c.open(file(i), text);
      const diagnostics = await c.diagnostics(uri);
      const notice = diagnostics.find((d) => d.code === 'not-checked');
      if (notice) {
        assert.equal(diagnostics.length, 1, pattern.name);
        assert.match(notice.message, /too costly to parse \(.+ at line \d+\)|does not look like text/, pattern.name);
      } else {
        assert.ok(
          diagnostics.some((d) => d.code === 'required-sections'),
          `${pattern.name}: ${JSON.stringify(diagnostics.slice(0, 2))}`,
        );
      }
      await c.close(uri);
    }
    // Still serving: an ordinary document gets its findings.
    const uri = await c.open(join(root, 'postmortems', 'queue.md'), ORDINARY);
    assert.ok((await c.diagnostics(uri)).some((d) => d.code === 'required-sections'));
    const rss = rssMb(c.process.pid!);
    if (rss !== null) assert.ok(rss < 500, `server memory ${rss.toFixed(0)} MB`);
  });

  it('typing into a costly document keeps the notice, and removing the costly paragraph brings the findings back', async () => {
    const c = client!;
    const costly = `\n\n${'a]'.repeat(20000)}\n`;
    const path = join(root, 'postmortems', 'editing.md');
    const uri = await c.open(path, ORDINARY + costly);
    assert.match((await c.diagnostics(uri))[0]?.message ?? '', /unmatched or nested brackets at line 15\)/);
    await c.edit(uri, { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, 'More. ');
    assert.equal((await c.diagnostics(uri))[0]?.code, 'not-checked');
    await c.replace(uri, ORDINARY);
    const back = await c.diagnostics(uri);
    assert.ok(back.length && back.every((d) => d.code !== 'not-checked'));
  });
});
