/**
 * Cases the fuzzer found, kept as plain tests on real Markdown so each stays fixed and the
 * reason is written down. Positions are found by searching the text.
 */
import { strict as assert } from 'node:assert';
import { check, fixAllEdits } from '../../server/src/analysis/engine/engine';
import type { Finding } from '../../server/src/analysis/base/findings';
import { LineIndex, nextLineIsBlank } from '../../server/src/analysis/base/text';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { applyEdits, assertBlocksKept, assertEngineInvariants, fastest, postmortemOptions } from '../support/engine-properties';

function findings(text: string): Finding[] {
  return check(text, postmortemOptions()).findings;
}

function fix(finding: Finding, title: RegExp) {
  const found = finding.fixes.find((f) => title.test(f.title));
  assert.ok(found, `no fix matching ${title} among ${finding.fixes.map((f) => f.title).join(', ')}`);
  return found;
}

describe('fixes and positions on awkward documents', () => {
  it('points at the right characters in a document with a byte order mark', () => {
    const text = '\ufeff# Post-Mortem: Cache\n\nDate: 2026-02-30\n';
    const date = findings(text).find((f) => f.ruleId === 'metadata-date')!;
    assert.equal(text.slice(date.start, date.end), '2026-02-30');
    const after = applyEdits(text, fix(date, /for this line/).edits);
    assert.ok(after.includes('Date: 2026-02-30 <!-- postmortem-disable-line metadata-date -->'), after);
    assertEngineInvariants(text, postmortemOptions());
  });

  it('keeps the byte order mark first, for a comment on a blank first line or a section added at the top', () => {
    const text = '\ufeff  \n\nNotes about the cache, no headings yet.\n';
    assertEngineInvariants(text, postmortemOptions());
    for (const doc of [text, '\ufeff# Root Causes\n', '\ufeff```']) {
      assertEngineInvariants(doc, postmortemOptions());
      for (const finding of findings(doc)) for (const f of finding.fixes) assert.equal(applyEdits(doc, f.edits).charCodeAt(0), 0xfeff, f.title);
    }
  });

  it('reads a metadata line right after a byte order mark', () => {
    const text = '\ufeff**Date:** 2026-02-30\n';
    assert.ok(findings(text).some((f) => f.ruleId === 'metadata-date'));
    assertEngineInvariants(text, postmortemOptions());
  });

  it('keeps the items of a list after a lead-in when a disable comment is put in the lead-in', () => {
    // "Date: _" ends on a colon and a placeholder: with "TODO" above it, a lead-in over the list. A
    // comment a disable fix puts in it (after "TODO", after the date) must change neither what the
    // lead-in says, nor its length, nor what it ends on.
    for (const text of [
      'TODO\nDate: _\n- the',
      'TODO\nthe the the the the\nDate : _\n- the',
      'Follow-ups: <!-- from the review -->\n- Add a lock timeout to the consumer',
    ]) {
      const items = findings(text).filter((f) => f.ruleId === 'action-item-owner').length;
      assert.ok(items > 0, text);
      assertEngineInvariants(text, postmortemOptions());
    }
  });

  it("keeps a heading's text when a disable comment is added to it", () => {
    for (const text of ['####### Summary\nSummary\n-', '# Summary <!-- note -->  text\n', 'Impact  \nmore\n===\n'])
      assertEngineInvariants(text, postmortemOptions());
  });

  it('offers no line comment where the comment would change what a block is', () => {
    // "**x** |" has one cell and the row below two: no table. A comment would add the missing cell.
    const text = '    \n**x** | \n--- | ---\nthe\n=';
    const finding = findings(text).find((f) => f.ruleId === 'required-sections')!;
    assert.deepEqual(
      finding.fixes.map((f) => f.title).filter((t) => t.startsWith('Disable')),
      ['Disable required-sections for this file'],
    );
    assertEngineInvariants(text, postmortemOptions());
  });

  it('offers no line comment on a block that reads differently on its own than in the document', () => {
    // After the indented code, "*" over "=" is a heading; on its own it would be an empty list
    // item and a paragraph, so a parse of the block alone cannot vouch for the comment. Here the
    // comment would turn the heading into a list item and the finding would stay.
    const text = '    !\n*\n=';
    const finding = findings(text).find((f) => f.ruleId === 'required-sections')!;
    assert.deepEqual(
      finding.fixes.map((f) => f.title).filter((t) => t.startsWith('Disable')),
      ['Disable required-sections for this file'],
    );
    assertEngineInvariants(text, postmortemOptions());
  });

  it('still offers the line comment in a paragraph whose footnote is defined elsewhere', () => {
    const text = '# Post-Mortem: Queue\n\nDate: 2026-02-30 [^1]\n\n[^1]: Taken from the pager log.\n';
    const date = findings(text).find((f) => f.ruleId === 'metadata-date')!;
    const after = applyEdits(text, fix(date, /for this line/).edits);
    assert.ok(after.includes('[^1] <!-- postmortem-disable-line metadata-date -->'), after);
    assertEngineInvariants(text, postmortemOptions());
  });

  it('adds a disable-file comment beside a control comment on the first line, not above it', () => {
    // A line pushed in above would move the first line's comment away from the findings about
    // the whole document, which stay at its start, and they would come back.
    for (const text of ['<!-- postmortem-disable-line  -->\nDate: !\n', '<!-- postmortem-disable required-sections -->\nDate: !\n']) {
      const date = findings(text).find((f) => f.ruleId === 'metadata-date')!;
      const after = applyEdits(text, fix(date, /for this file/).edits);
      assert.equal(after.split('\n').length, text.split('\n').length, after);
      assert.ok(after.split('\n')[0].endsWith('<!-- postmortem-disable-file metadata-date -->'), after);
      assert.deepEqual(
        findings(after).map((f) => f.ruleId),
        findings(text)
          .map((f) => f.ruleId)
          .filter((id) => id !== 'metadata-date'),
      );
      assertEngineInvariants(text, postmortemOptions());
    }
  });

  it('gives each of two timeline-order findings its own disable comment', () => {
    // The rule hands both findings one array of fixes; the disable fixes of one must not land in the other.
    const text =
      '# Post-Mortem: Queue\n\n## Timeline\n\n- 10:05 UTC queue depth alert fires\n- 09:58 UTC consumer deploy starts\n- 10:20 UTC rollback completes\n- 10:11 UTC consumers drain the backlog\n';
    const order = findings(text).filter((f) => f.ruleId === 'timeline-order');
    assert.equal(order.length, 2);
    for (const finding of order) {
      const line = fix(finding, /for this line/);
      assert.equal(finding.fixes.filter((f) => /for this line/.test(f.title)).length, 1);
      const after = applyEdits(text, line.edits);
      const own = text.slice(text.lastIndexOf('\n', finding.start) + 1, text.indexOf('\n', finding.start));
      assert.ok(after.includes(`${own} <!-- postmortem-disable-line timeline-order -->`), after);
    }
    assertEngineInvariants(text, postmortemOptions());
  });

  it('treats a line of U+2029 or a no-break space as text, not as a blank line, when placing a comment', () => {
    // JavaScript's trim() removes both; for Markdown they are text, and the line starts a heading
    // here. A comment put first on the "blank" line would cut the heading in two.
    for (const space of ['\u2029', '\u00a0']) {
      const text = `${space}\nSummary\n=`;
      assertEngineInvariants(text, postmortemOptions());
      const missing = findings(text).find((f) => f.ruleId === 'required-sections')!;
      const after = applyEdits(text, fix(missing, /for this line/).edits);
      assert.equal(after, `${space}<!-- postmortem-disable-line required-sections -->\nSummary\n=`);
    }
  });

  it('does not offer an owner from a table cell that would not read as an owner in a list item', () => {
    // The fuzzer (seed 9464833) wrote a table cell's words as "(owner: …)" after a list item,
    // where they are no name, so the item still had no owner.
    const text =
      '# Post-Mortem: Queue\n\n## Action Items\n\n| Item | Owner | Due |\n| --- | --- | --- |\n| Add a lag alert | whoever is on the rota this week | 2026-12-01 |\n| Cap retries | Ana Lima | 2026-12-01 |\n\n- Document the replay procedure (due 2026-12-15)\n';
    const parsed = check(text, postmortemOptions()).doc!;
    assert.deepEqual(
      parsed.model.actionItems.map((i) => i.owner),
      ['whoever is on the rota this week', 'Ana Lima', null],
      'the cell is read as an owner in its table',
    );
    const missing = findings(text).find((f) => f.ruleId === 'action-item-owner')!;
    const titles = missing.fixes.map((f) => f.title);
    assert.ok(titles.includes('Make Ana Lima the owner'), titles.join(', '));
    assert.ok(!titles.some((t) => t.includes('whoever')), titles.join(', '));
    assertEngineInvariants(text, postmortemOptions());
  });

  it('counts a lone CR as a line break, as the editor does', () => {
    const text = '# Post-Mortem: Cache\r\rDate: 2026-02-30\r';
    const lines = new LineIndex(text);
    const date = findings(text).find((f) => f.ruleId === 'metadata-date')!;
    assert.deepEqual(lines.positionAt(date.start), { line: 2, character: 6 });
    assert.equal(lines.eol, '\r');
    assertEngineInvariants(text, postmortemOptions());
  });

  it('adds a missing section before a code fence left open at the end, not inside it', () => {
    const text = '# Post-Mortem: Cache\n\n## Summary\n\nThe cache emptied.\n\n```\nlog line\n';
    const missing = findings(text).filter((f) => f.ruleId === 'required-sections');
    assert.ok(missing.length > 1);
    const after = applyEdits(text, fix(missing[0], /^Add/).edits);
    assert.ok(after.endsWith('```\nlog line\n'), 'the open fence and its content stay as they were');
    assert.ok(after.indexOf('## Timeline') < after.indexOf('```'), after);
    assertEngineInvariants(text, postmortemOptions());
  });

  it('puts the disable comment before the closing hashes of a heading', () => {
    const text = '# Post-Mortem: Cache #\n\n## Summary ##\n\nTBD\n';
    const empty = findings(text).find((f) => f.ruleId === 'empty-section')!;
    const after = applyEdits(text, fix(empty, /for this line/).edits);
    assert.ok(after.includes('## Summary <!-- postmortem-disable-line empty-section --> ##'), after);
    assertEngineInvariants(text, postmortemOptions());
    assertEngineInvariants('\ufeff# Summary #', postmortemOptions());
  });

  it('in front matter, offers a YAML comment rather than an HTML one, and none where even that could change a value', () => {
    const text = '---\ndate: 2026-02-30\n---\n# Post-Mortem: Cache\n';
    const date = findings(text).find((f) => f.ruleId === 'metadata-date')!;
    assert.deepEqual(
      date.fixes.map((f) => f.title),
      ['Disable metadata-date for this line', 'Disable metadata-date for this file'],
    );
    assert.equal(date.fixes[0].edits[0].newText, ' # postmortem-disable-line metadata-date');
    assertEngineInvariants(text, postmortemOptions());
    const quoted = '---\ndate: "2026-02-30"\n---\n# Post-Mortem: Cache\n';
    const inQuotes = findings(quoted).find((f) => f.ruleId === 'metadata-date')!;
    assert.deepEqual(
      inQuotes.fixes.map((f) => f.title),
      ['Disable metadata-date for this file'],
    );
  });

  it('does not read a comment after "Date:" as the date', () => {
    const text = '# Post-Mortem: Cache\n\nDate: <!-- fill in -->\n\n## Summary\n\nx\n';
    const reported = findings(text);
    assert.ok(
      reported.some((f) => f.ruleId === 'required-sections'),
      'the document is checked',
    );
    assert.ok(!reported.some((f) => f.message.includes('fill in')), reported.map((f) => f.message).join('\n'));
  });

  it('parses a document that opens front matter without closing it as plain Markdown', () => {
    const text = '+++\nNotes:\n  - a list after a paragraph\n---\n# Post-Mortem: Cache\n';
    const result = check(text, postmortemOptions());
    assert.deepEqual(
      result.doc!.root.children.map((c) => c.type),
      ['paragraph', 'list', 'thematicBreak', 'heading'],
    );
    assertEngineInvariants(text, postmortemOptions());
  });

  it('adds every missing section at once with fix-all before an open fence', () => {
    const text = '# Post-Mortem: Cache\n\n~~~\nopen fence\n';
    const reported = findings(text);
    const after = applyEdits(text, fixAllEdits(reported));
    assert.ok(!findings(after).some((f) => f.ruleId === 'required-sections'), after);
    assert.ok(after.endsWith('~~~\nopen fence\n'));
    assertEngineInvariants(text, postmortemOptions());
  });
  it('keeps reading a commitment that runs over two lines after one of its rules is disabled on the first', () => {
    const text = [
      '# Post-mortem: Cache outage',
      '',
      '## Summary',
      '',
      'The cache went down for an hour after a deploy.',
      '',
      '## What we will change',
      '',
      'This is the second cache outage this year. We need',
      'to be stricter about load tests before each release, even for small changes.',
      '',
    ].join('\n');
    const owner = findings(text).find((f) => f.ruleId === 'action-item-owner')!;
    assert.ok(owner, 'the commitment is read as an item with no owner');
    const after = applyEdits(text, fix(owner, /for this line/).edits);
    assert.ok(after.includes('We need <!-- postmortem-disable-line action-item-owner -->\nto be stricter'), after);
    // The comment sits inside the sentence: the item is still read, and still has no due date.
    assert.deepEqual(
      findings(after)
        .filter((f) => f.ruleId.startsWith('action-item'))
        .map((f) => f.ruleId),
      ['action-item-due-date'],
    );
    assertEngineInvariants(text, postmortemOptions());
  });

  it('reads a sentence with an unclosed comment in bounded time', () => {
    const text = `# Post-mortem: Cache\n\n## Summary\n\nWe will add an alert${' <!-- x'.repeat(20_000)}.\n`;
    // CPU time, not the clock: a busy machine's other work does not count.
    const ms = fastest(() => findings(text), 1);
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
  });

  it('offers a line comment on each row of a table of items only where it keeps the table as it was', () => {
    // Rows of every kind: with and without the closing pipe, one cell short, a pipe inside code,
    // an unclosed comment, a reference defined below the table. Their verdicts come from one parse
    // of the whole table; each must be what parsing the whole document with the comment says.
    const rows = [
      '| Add a lag alert on the billing queue | | |',
      '| Write the failover runbook | |',
      '| Cap retries in `worker | batch` | |',
      'Page the on-call for stalled consumers | |',
      '| Rotate the [relay keys] | | ',
      '| Drain the queue before a deploy <!-- see the chat | |',
      '| Alert when the dead-letter queue grows',
      '| Alert on disk use | Ana Ruiz',
    ];
    const text = [
      '# Post-Mortem: Queue stall',
      '',
      '## Action Items',
      '',
      '| Action | Owner | Due |',
      '| --- | --- | --- |',
      ...rows,
      '',
      '[relay keys]: https://example.com/keys',
      '',
    ].join('\n');
    const lines = text.split('\n');
    const all = check(text, postmortemOptions()).findings;
    type Node = { type: string; children?: Node[] };
    // The nesting of node types without text and HTML: what a comment must leave as it was.
    const nesting = (node: Node): string =>
      `${node.type}(${(node.children ?? [])
        .filter((c) => c.type !== 'text' && c.type !== 'html')
        .map(nesting)
        .join(',')})`;
    let offered = 0;
    for (const row of rows) {
      const line = lines.indexOf(row);
      const onRow = all.filter((f) => text.slice(0, f.start).split('\n').length - 1 === line);
      assert.ok(onRow.length, `a finding on "${row}"`);
      const fixes = onRow.flatMap((f) => f.fixes.filter((x) => /for this line/.test(x.title)));
      const end = text
        .split('\n')
        .slice(0, line + 1)
        .join('\n').length;
      const commented = `${text.slice(0, end)}${/\s$/.test(row) ? '' : ' '}<!-- postmortem-disable-line action-item-owner -->${text.slice(end)}`;
      const keeps = nesting(parseMarkdown(commented)) === nesting(parseMarkdown(text));
      assert.equal(
        fixes.length > 0,
        keeps,
        `"${row}": ${keeps ? 'the comment keeps the table, so it is offered' : 'the comment changes the table, so it is not offered'}`,
      );
      if (keeps) offered++;
    }
    assert.ok(offered >= 2, `some rows keep their shape with a comment (${offered})`);
    // Every offered fix keeps the document's shape and silences its finding only.
    assertEngineInvariants(text, postmortemOptions());
  });

  it('judges the rows of a long table of items in time linear in its rows', function () {
    const table = (n: number) =>
      `# Post-Mortem: Queue stall\n\n## Action Items\n\n| Action | Owner |\n| --- | --- |\n${Array.from({ length: n }, (_, i) => `| Add an alert on queue ${i} | |`).join('\n')}\n`;
    this.timeout(60_000);
    const small = fastest(() => findings(table(200)), 2);
    const large = fastest(() => findings(table(1600)), 2);
    // Eight times the rows: a parse of the table per row, or a new column's edit of every row in
    // the fixes of each (past MAX_ROWS_FOR_NEW_COLUMN), would take about 64 times as long.
    assert.ok(large < 20 * small + 50, `200 rows: ${small.toFixed(0)} ms, 1,600 rows: ${large.toFixed(0)} ms`);
    // Past MAX_ROWS_FOR_NEW_COLUMN rows the due date has no column to go in and no fix adds one;
    // the owner column is there, so each row's owner fix fills its own cell.
    const fixesOf = (n: number, rule: string) =>
      findings(table(n))
        .find((f) => f.ruleId === rule)!
        .fixes.map((f) => f.title);
    assert.ok(fixesOf(200, 'action-item-due-date').some((t) => t.startsWith('Set the due date')));
    assert.ok(!fixesOf(1600, 'action-item-due-date').some((t) => t.startsWith('Set the due date')));
    assert.ok(fixesOf(1600, 'action-item-owner').some((t) => t.startsWith('Add an owner placeholder')));
  });
});

describe('fixes keep the blocks they do not edit', () => {
  it('puts the time-zone note in a paragraph of its own when text starts right under the timeline heading', () => {
    const text =
      '# Incident: search lag\n\n## Timeline\nAround 09:40 the indexer stalled; at 10:05 we restarted it.\n\n## Root cause\n\nA lock was never released.\n';
    const zone = findings(text).find((f) => f.ruleId === 'timeline-timezone');
    assert.ok(zone, 'the timeline states no zone');
    const after = applyEdits(text, fix(zone, /UTC/).edits);
    assert.ok(after.includes('## Timeline\n\nAll times in UTC.\n\nAround 09:40 the indexer stalled'), after);
    const paragraphs = parseMarkdown(after).children.filter((n) => n.type === 'paragraph').length;
    assert.equal(paragraphs, parseMarkdown(text).children.filter((n) => n.type === 'paragraph').length + 1);
    assertEngineInvariants(text, postmortemOptions());
  });

  it('keeps an indented line under the timeline heading out of the time-zone note', () => {
    const text = '# Incident: search lag\n\n## Timeline\n    09:40 indexer stalled\n\n- 09:40 the indexer stalls\n- 10:05 we restart it\n';
    const zone = findings(text).find((f) => f.ruleId === 'timeline-timezone');
    assert.ok(zone);
    const after = applyEdits(text, fix(zone, /UTC/).edits);
    assert.ok(
      parseMarkdown(after).children.some((n) => n.type === 'code' && n.value === '09:40 indexer stalled'),
      after,
    );
    assertEngineInvariants(text, postmortemOptions());
  });

  it('gives the impact prompts another bullet than a dash list right below them, so the lists stay apart', () => {
    const text =
      '# Incident: images missing\n\n## Timeline\n\n- 01:50 UTC images fail\n- 02:40 UTC certificate renewed\n\n## Impact\n\n - Images were broken everywhere.\n - Night plans were cut short.\n';
    const impact = findings(text).find((f) => f.ruleId === 'impact-unquantified');
    assert.ok(impact, 'the impact section states no figure');
    const after = applyEdits(text, fix(impact, /impact prompts/).edits);
    assert.ok(after.includes('\n* Customers affected'), after);
    const lists = parseMarkdown(after).children.filter((n) => n.type === 'list');
    assert.equal(lists.length, 3, "the timeline, the prompts and the author's own list");
    assertEngineInvariants(text, postmortemOptions());
  });

  it('keeps the dash when what follows is not a dash list', () => {
    for (const below of ['* Images were broken everywhere.', 'Images were broken everywhere.']) {
      const text = `# Incident: images missing\n\n## Impact\n\n${below}\n`;
      const impact = findings(text).find((f) => f.ruleId === 'impact-unquantified');
      assert.ok(impact, below);
      assert.ok(applyEdits(text, fix(impact, /impact prompts/).edits).includes('\n- Customers affected'), below);
      assertEngineInvariants(text, postmortemOptions());
    }
  });
});

describe('the invariant that fixes keep untouched blocks', () => {
  it('fails for an edit that runs a new line on into the paragraph below it', () => {
    const text = '## Notes\nThe queue drained slowly.\n';
    const at = text.indexOf('\n');
    const edits = [{ start: at, end: at, newText: '\n\nAdded note.' }];
    assert.throws(() => assertBlocksKept(text, edits, applyEdits(text, edits), 'test'), /paragraph .* is not kept/);
  });

  it('fails for an edit that leaves a fence open over the rest of the document', () => {
    const text = '# Title\n\nFirst paragraph.\n\nSecond paragraph.\n';
    const at = text.indexOf('\n\nSecond');
    const edits = [{ start: at, end: at, newText: '\n\n```' }];
    assert.throws(() => assertBlocksKept(text, edits, applyEdits(text, edits), 'test'), /paragraph .* is not kept/);
  });

  it('passes for edits that add blocks apart from the others, or change the block they are in', () => {
    const text = '## Notes\n\nThe queue drained slowly.\n\n- one\n';
    for (const edits of [
      [{ start: 8, end: 8, newText: '\n\nAdded note.' }],
      [{ start: text.indexOf('slowly'), end: text.indexOf('slowly') + 6, newText: 'quickly' }],
      [{ start: text.length - 1, end: text.length - 1, newText: '\n- two' }],
    ]) {
      assert.doesNotThrow(() => assertBlocksKept(text, edits, applyEdits(text, edits), 'test'));
    }
  });
});

describe('nextLineIsBlank', () => {
  it('reads the line after the one ending at an offset, whatever its line break', () => {
    for (const [text, at, blank] of [
      ['a\n\nb', 1, true],
      ['a\nb', 1, false],
      ['a  \r\n \t\r\nb', 1, true],
      ['a\r\nb', 1, false],
      ['a', 1, true],
      ['a\n', 1, true],
      ['a\rb', 1, false],
    ] as const) {
      assert.equal(nextLineIsBlank(text, at), blank, JSON.stringify(text));
    }
  });
});
