/**
 * Inputs that once made the checks slow (nested quantifiers, trailing-space trims, unclosed
 * comments, globs with many wildcards) now cost time in proportion to their size. Speed is
 * measured as a ratio within the run: the time for 8n against the time for n. Linear work
 * gives about 8; quadratic work gives about 64.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { check, disableFixes } from '../../server/src/analysis/engine/engine';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import type { AnalysedDocument } from '../../server/src/analysis/model/model';
import { extractTimeline, linkText, plain } from '../../server/src/analysis/model/timeline/extract';
import { readStamp } from '../../server/src/analysis/model/timeline/stamps';
import { estimateCost } from '../../server/src/analysis/parse/guard';
import { readControls } from '../../server/src/analysis/model/controls';
import { readKeyValue } from '../../server/src/analysis/model/metadata';
import { normaliseHeading } from '../../server/src/analysis/base/normalise';
import { PlaceholderTest } from '../../server/src/analysis/model/placeholders';
import { DEFAULT_PLACEHOLDERS, defaultSettings } from '../../server/src/analysis/base/settings';
import { frontMatterField, quickScan } from '../../server/src/analysis/model/detect';
import { atxHeadingText } from '../../server/src/analysis/model/line-scan';
import { summarySelection } from '../../server/src/analysis/authoring/new-document';
import { readImpactAfresh } from '../../server/src/analysis/model/facts/impact';
import impactUnquantified from '../../server/src/rules/impact-unquantified';
import vagueOutcome from '../../server/src/rules/action-item-vague-outcome';
import { fastest, postmortemOptions } from '../support/engine-properties';
import { growth, LINEAR } from '../support/growth';

describe('linear time on hostile input', function () {
  this.timeout(60000);

  it('folds a heading of digits without a letter or space after them (was exponential)', () => {
    // Before: `(?:\d+[.)]?)+` tried every way to split the digits; 30 digits took seconds.
    // A bound well under the test's timeout, so a return of the blow-up fails here, with a message.
    // CPU time, not the clock: a busy machine's other work does not count.
    const took = fastest(() => normaliseHeading(`${'1'.repeat(40)}x`), 1);
    assert.ok(took < 1000, `40 digits took ${took.toFixed(0)} ms`);
    // Half a millisecond keeps the headings under 200 KB: from a few hundred KB on, V8's own
    // replacing of many matches grows faster than the text.
    const ratio = growth((n) => `${'12.'.repeat(n)}x`, normaliseHeading, 2000, 0.5);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    assert.equal(normaliseHeading('2.1.3) Root cause'), 'root cause');
    assert.equal(normaliseHeading('12 Impact'), 'impact');
  });

  it('reads a list entry of a label, a figure and a long run of letters (was polynomial)', () => {
    // Before: the words after a figure ("5 minutes per run") were groups that could touch, and a run of
    // letters without an end was split every way; 400 letters took seconds.
    const doc = (n: number) => `# Post-mortem: runs\n\n## Action items\n\n- Daily runs: 5 ${'a'.repeat(n)}!\n- Budget: 7 ${'b'.repeat(n)}!\n`;
    const read = (text: string) => analyzeDocument(text, 'postmortems/2026-01-01-runs.md', defaultSettings());
    const took = fastest(() => read(doc(400)), 1);
    assert.ok(took < 1000, `400 letters took ${took.toFixed(0)} ms`);
    const ratio = growth(doc, read, 2000);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
  });

  it('trims a placeholder candidate with a long run of spaces inside (was quadratic)', () => {
    const test = new PlaceholderTest(DEFAULT_PLACEHOLDERS);
    const ratio = growth(
      (n) => `a${' '.repeat(n)}b`,
      (s) => test.isPlaceholder(s),
      200000,
    );
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    assert.equal(test.isPlaceholder('  **TBD**  '), true);
    assert.equal(test.isPlaceholder('"N/A".'), true);
    assert.equal(test.isPlaceholder('\u00a0TODO\u00a0'), true);
    assert.equal(test.isPlaceholder('Real text'), false);
  });

  it('reads control comments in HTML with many unclosed comments (was quadratic)', () => {
    const ratio = growth(
      (n) => '<!-- postmortem-disable x\n'.repeat(n),
      (s) => readControls(s, 0, () => 0, []),
      16000,
    );
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    const found: Parameters<typeof readControls>[3] = [];
    readControls('<!-- a note <!-- postmortem-disable-line metadata-date -->', 0, () => 0, found);
    assert.deepEqual(
      found.map((c) => [c.kind, c.rules]),
      [['disable-line', ['metadata-date']]],
    );
  });

  it('estimates the parse cost of many lines after the last pipe (was quadratic)', () => {
    // Before: every line looked for its pipe from its start to the end of the text.
    const ratio = growth(
      (n) => `| a | b |\n| - | - |\n\n${'A line of prose.\n'.repeat(n)}`,
      (s) => estimateCost(s),
      4000,
    );
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    assert.equal(estimateCost('a | b\n- | -\nc | d\n').work, 0);
  });

  it('reads a key and value with many trailing comment markers', () => {
    const ratio = growth(
      (n) => `Date: 2026-03-04 ${'<!-- x -->'.repeat(n)}`,
      (s) => readKeyValue(s),
      16000,
    );
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    assert.equal(readKeyValue('Date: 2026-03-04 <!-- postmortem-disable-line metadata-date -->')?.value, '2026-03-04');
    assert.equal(readKeyValue('Date: <!-- fill in -->')?.value, '');
  });

  it('takes the plain text of a line of unclosed links and autolinks (was quadratic)', () => {
    // Before: links and autolinks were replaced with patterns that tried again from every `[`
    // and `<` to the end of the line, on every line of every paragraph before a status stamp.
    // Half a millisecond keeps the lines under 400 KB: from a few hundred KB on, V8's own
    // replacing of many matches grows faster than the text.
    const ratio = growth((n) => '[a <https:x '.repeat(n), plain, 1000, 0.5);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    assert.equal(
      plain('**Update** - see [the dashboard](https://example.com) and <https://example.com/x>'),
      'Update - see the dashboard and https://example.com/x',
    );
  });

  it('reads a line of European clocks, versions and runs of spaces in linear time', () => {
    // Each `14h02` or `20.04` looks ahead over the spaces after it for what ends a stamp.
    const ratio = growth(
      (n) => `${'20.04     14h0 '.repeat(n)}x`,
      (s) => readStamp(s, false),
      1000,
      0.5,
    );
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    assert.equal(readStamp('18h05 : Alert fired', true)?.time?.hour, 18);
  });

  it('reads the times told in long prose between paragraph entries in linear time', () => {
    // "At 10:00 UTC, …" entries, then prose that says "at 11:05" again and again, in one paragraph
    // and in many: only the last time of each paragraph is kept, with one pass over it.
    const settings = defaultSettings();
    const docs = new Map<string, AnalysedDocument>();
    const make = (n: number) =>
      `# Post-Mortem: Hostile\n\n## Timeline\n\nAt 10:00 UTC, the queue stalled.\n\n${'We looked at 11:05 UTC and at 1'.repeat(n)}\n\n${'At last at 1\n\n'.repeat(n)}At 12:00 UTC, resolved.\n`;
    const read = (text: string) => {
      let doc = docs.get(text);
      if (!doc) docs.set(text, (doc = analyzeDocument(text, 'postmortems/hostile.md', settings)));
      extractTimeline(doc, settings);
    };
    const ratio = growth(make, read, 200);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    const entries = extractTimeline(analyzeDocument(make(3), 'postmortems/hostile.md', settings), settings)?.entries ?? [];
    assert.deepEqual(
      entries.map((e) => e.stamp?.text),
      ['10:00 UTC', '12:00 UTC'],
    );
  });

  it('reads a stamp followed by many lines of its paragraph (was quadratic)', () => {
    // Before: the entry's text was trimmed again, whole, for every line added to it, which
    // shows from a few thousand lines on. The tree is parsed once per size; the reading is timed.
    const settings = defaultSettings();
    const docs = new Map<string, AnalysedDocument>();
    const make = (n: number) =>
      `# Post-Mortem: Hostile\n\n## Timeline\n\nMar 3, 10:00 UTC\n${'Update - the queue is draining\n'.repeat(n)}\nMar 3, 10:30 UTC Resolved\n`;
    const read = (text: string) => {
      let doc = docs.get(text);
      if (!doc) docs.set(text, (doc = analyzeDocument(text, 'postmortems/hostile.md', settings)));
      extractTimeline(doc, settings);
    };
    const ratio = growth(make, read, 1000);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    const entries = extractTimeline(analyzeDocument(make(3), 'postmortems/hostile.md', settings), settings)?.entries ?? [];
    assert.equal(entries[0]?.text, 'Update - the queue is draining Update - the queue is draining Update - the queue is draining');
  });

  it('looks for a measurable target in items of unclosed links, capitals and owner notes (was quadratic)', function () {
    // Each size is parsed once, up to a few hundred KB: seconds on a loaded machine. The bound is the ratio.
    this.timeout(180_000);
    // Before: the parts of the item that are not targets were matched with unbounded runs, so
    // each `[`, capital and `(owner` was tried again to the end of the item. The tree is read
    // once per size; the rule is timed.
    const settings = defaultSettings();
    const options = Object.fromEntries(Object.entries(vagueOutcome.meta.options ?? {}).map(([key, option]) => [key, option.default]));
    const docs = new Map<string, AnalysedDocument>();
    const reported = (text: string) => {
      let doc = docs.get(text);
      if (!doc) docs.set(text, (doc = analyzeDocument(text, 'postmortems/hostile.md', settings)));
      const messages: string[] = [];
      vagueOutcome.check({ doc, model: doc.model, settings, options, now: new Date('2026-06-01T12:00:00Z'), report: (r) => messages.push(r.message) });
      return messages;
    };
    const items = (...lines: string[]) => `# Post-Mortem: Hostile\n\n## Action Items\n\n${lines.map((l) => `- [ ] ${l}\n`).join('')}`;
    for (const unit of ['[a ', 'A', '(owner ']) {
      const ratio = growth((n) => items(`Improve ${unit.repeat(n)}`), reported, 500, 0.5);
      assert.ok(ratio < LINEAR, `${JSON.stringify(unit)}: 8× the input took ${ratio.toFixed(1)}× the time`);
    }
    // Links, ticket keys and owner notes still hide their digits; a number of the outcome does not.
    assert.equal(reported(items('Improve alerting, see [runbook 7](https://example.com/7 "step 2") and OPS-123 (owner: @ana, due 2026-07-01)')).length, 1);
    assert.equal(reported(items('Improve alerting so pages reach on-call within 5 minutes (owner: @ana)')).length, 0);
  });

  it('reads the figures of an impact of endless digits, thousands and figures (was quadratic)', function () {
    // Each size is parsed once, up to a few hundred KB: seconds on a loaded machine. The bound is the ratio.
    this.timeout(180_000);
    // Before: every figure pattern was tried again from each digit of a run (and after each
    // `123,`) to the run's end, and each figure of a line was held against all before it. The
    // tree is read once per size; the impact is timed, read afresh each time (the memo that keeps
    // it across versions would answer every repeat at once, and the input would grow without end).
    const settings = defaultSettings();
    const docs = new Map<string, AnalysedDocument>();
    const figures = (text: string) => {
      let doc = docs.get(text);
      if (!doc) docs.set(text, (doc = analyzeDocument(text, 'postmortems/hostile.md', settings)));
      return readImpactAfresh(doc);
    };
    const impact = (line: string) => `# Post-Mortem: Hostile\n\n## Impact\n\n${line}\n`;
    for (const unit of ['1', '123,', '1 users ']) {
      const ratio = growth((n) => impact(unit.repeat(n)), figures, 500, 0.5);
      assert.ok(ratio < LINEAR, `${JSON.stringify(unit)}: 8× the input took ${ratio.toFixed(1)}× the time`);
    }
    assert.equal(figures(impact('1 users '.repeat(1000))).length, 200, 'at most 200 figures are kept');
    assert.deepEqual(
      figures(impact('About 1,200,000 users and 12,345 requests in 4.5 hours; $7,500 of refunds.')).map((f) => [f.unit, f.value]),
      [
        ['money', 7500],
        ['users', 1200000],
        ['requests', 12345],
        ['duration', 4.5],
      ],
    );
  });

  it('looks for the impact prompts past many blank lines (was quadratic)', function () {
    // Each size is parsed once, up to a few hundred KB: seconds on a loaded machine. The bound is the ratio.
    this.timeout(180_000);
    // Before: the space before a prompt's bullet could run over line breaks, so it was tried
    // from every line of a run of blank lines to its end. The tree is read once per size.
    const settings = defaultSettings();
    const docs = new Map<string, AnalysedDocument>();
    const reported = (text: string) => {
      let doc = docs.get(text);
      if (!doc) docs.set(text, (doc = analyzeDocument(text, 'postmortems/hostile.md', settings)));
      let count = 0;
      impactUnquantified.check({ doc, model: doc.model, settings, options: {}, now: new Date('2026-06-01T12:00:00Z'), report: () => count++ });
      return count;
    };
    const impact = (body: string) => `# Post-Mortem: Hostile\n\n## Impact\n\n${body}\n`;
    const ratio = growth((n) => impact(`Some users were affected.\n${' \n'.repeat(n)}It was slow.`), reported, 500, 0.5);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    assert.equal(reported(impact(`Some users were affected.\n${' \n'.repeat(50)}It was slow.`)), 1);
    assert.equal(reported(impact('Some users were affected.\n\n \u00a0 - **Customers affected**: TODO\n- Duration: TODO')), 0, 'the prompts are there');
  });

  it('offers to disable a rule on a heading with a long run of spaces (was quadratic)', function () {
    // Each size is parsed once, up to a few hundred KB: seconds on a loaded machine. The bound is the ratio.
    this.timeout(180_000);
    // Before: the closing hashes were looked for with a pattern that tried every space of the
    // run again to its end. The tree is read once per size; the fix is timed.
    const settings = defaultSettings();
    const docs = new Map<string, AnalysedDocument>();
    const fixes = (text: string) => {
      let doc = docs.get(text);
      if (!doc) docs.set(text, (doc = analyzeDocument(text, 'postmortems/hostile.md', settings)));
      return disableFixes(doc, 'empty-section', 2);
    };
    const ratio = growth((n) => `# Post-Mortem: Hostile\n\n## Summary${' '.repeat(n)}x\n\nTBD\n`, fixes, 2000, 0.5);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    const at = (heading: string) => {
      const text = `# Post-Mortem: Hostile\n\n${heading}\n\nTBD\n`;
      const edit = fixes(text)[0].edits[0];
      return text.slice(text.indexOf('##'), edit.start);
    };
    assert.equal(at('## Summary \t##  '), '## Summary');
    assert.equal(at('## Summary#'), '## Summary#');
    assert.equal(at('## Summary  x'), '## Summary  x');
  });

  it('reads a first heading and front matter with long runs of spaces without a parse (was quadratic)', () => {
    // Before: the heading and the front matter's value were read with a lazy pattern that tried
    // every end of the text again to the end of a run of spaces: 40 KB cost seconds.
    const spaced = (n: number) => `a${' '.repeat(n)}b`;
    for (const make of [
      (n: number) => `---\ntitle: ${spaced(n)}\n---\n`,
      (n: number) => `# Post-Mortem: ${spaced(n)}\n\ntext\n`,
      // An underline that is not one: a long run of `-` and then a letter, under a long line.
      (n: number) => `${spaced(n)}\n${'-'.repeat(n)}${' '.repeat(n)}x\n`,
      // A status word or a bold label followed by a long run of spaces or marks, and no dash.
      (n: number) => `**Identified${' '.repeat(n)}x\n*Resolved*${'*'.repeat(n)}x\n`,
      (n: number) => `- **${' '.repeat(n)}Timeline${' '.repeat(n)}x\n`,
      // Headings of a long run of spaces between the words of a part ("Root   cause").
      (n: number) => `## Action${' '.repeat(n)}items${' '.repeat(n)}x\n`,
    ]) {
      const ratio = growth(make, quickScan, 200, 0.5);
      assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    }
    const ratio = growth(
      (n) => `# Post-Mortem: ${spaced(n)}\n\n## Summary\n\n`,
      (s) => summarySelection(s, defaultSettings().sections),
      200,
      0.5,
    );
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    assert.deepEqual(quickScan(`---\ntype: "Incident"   \n---\n# Outage ##  \n`), { frontMatterType: 'incident', title: 'Outage', tells: true });
  });

  it('reads a telling of an incident in prose in linear time: the quick scan and the decision by content', () => {
    const settings = defaultSettings();
    for (const make of [
      // Runs of the words the telling looks for, with and without spaces and line breaks between them.
      (n: number) => `# Slow site\n\n${'we were down because of '.repeat(n)}and we will\n`,
      (n: number) => `# Slow site\n\n${'here is what '.repeat(n)}${' '.repeat(n)}happened\n`,
      (n: number) => `## The issue\n\n${'it was an error; '.repeat(n)}\n\n## Why\n\n${'due to\n'.repeat(n)}\n`,
      (n: number) => `# Outages\n\n${'If it was down. '.repeat(n)}I apologise\n`,
      // An apology run long between its words and what it is for, beside a date ("sorry this has ... happened").
      (n: number) => `# Links\n\nOn March 4th, 2025 the bot deleted the links.\n\n${'I am sorry this this has '.repeat(n)}happened.\n`,
      (n: number) => `# Links\n\nOn March 4th, 2025 it went.\n\nWe apologise for this${' '.repeat(n)}event${' '.repeat(n)}x\n`,
    ]) {
      const ratio = growth(
        make,
        (s) => {
          quickScan(s);
          analyzeDocument(s, 'docs/hostile.md', settings);
        },
        200,
        2,
      );
      assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    }
  });

  it('reads long runs of spaces and tabs in an item, prose, a heading, a table cell, a timeline entry and a quote (was quadratic in an item)', function () {
    this.timeout(180_000);
    // Before: an action item with two runs of 60,000 spaces took six seconds to read: a lookbehind
    // that held a run of spaces was tried at every place of the item and scanned back over the run.
    const settings = defaultSettings();
    const read = (text: string) => extractTimeline(analyzeDocument(text, 'postmortems/2026-01-01-runs.md', settings), settings);
    const head = '# Post-Mortem: Runs\n\nDate: 2026-01-01\n\n';
    const places: [string, (r: string) => string][] = [
      ['an action item', (r) => `${head}## Action items\n\n- Add a retry${r}to the queue,${r}owned by Ana\n- ${r}Done: raise the limit${r}\n`],
      ['prose', (r) => `${head}## Summary\n\nThe queue${r}stalled because a lock${r}was held. We will${r}add a retry.\n`],
      ['a heading', (r) => `${head}## Action${r}items${r}\n\n### Not${r}yet${r}done\n\n- Add a retry\n`],
      ['a table cell', (r) => `${head}## Action items\n\n| Action | Owner |\n| --- | --- |\n| Add a${r}retry | Ana${r}|\n`],
      ['a timeline entry', (r) => `${head}## Timeline\n\n- 10:00 UTC${r}The queue${r}stalled\n- 10:30 UTC resolved\n`],
      ['a quote', (r) => `${head}## Summary\n\n> The queue${r}stalled.${r}We will add${r}a retry\n`],
    ];
    for (const [where, make] of places)
      for (const [name, run] of [
        ['spaces', ' '],
        ['tabs', '\t'],
      ]) {
        const ratio = growth((n) => make(run.repeat(n)), read, 1000, 2);
        assert.ok(ratio < LINEAR, `${where}, a run of ${name}: 8× the input took ${ratio.toFixed(1)}× the time`);
      }
    const items = analyzeDocument(places[0][1](' '.repeat(50)), 'postmortems/2026-01-01-runs.md', settings).model.actionItems;
    assert.deepEqual(
      items.map((i) => [i.owner, i.done]),
      [
        ['Ana', false],
        [null, true],
      ],
    );
  });

  it('reads headings and front matter fields as the patterns they stand for do', () => {
    const heading = (s: string) => /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(s)?.[1] ?? null;
    const field = (s: string) => {
      const m = /^(type|kind|layout|doctype|title|postmortem)\s*:\s*["']?(.*?)["']?\s*$/i.exec(s);
      return m ? [m[1].toLowerCase(), m[2]] : null;
    };
    for (const s of ['# Impact', '## Impact ##', '# #', '#  ##', '# a # #', '####### x', '#\tx\t#\t', '   # x', '    # x', '#x', '# a\r'])
      assert.equal(atxHeadingText(s), heading(s), s);
    for (const s of ['title: "a"', "Type: 'x' ", 'title:', "title: '", "title: a''", 'title: a\rb', 'title: a\r', 'kind : x "'])
      assert.deepEqual(frontMatterField(s), field(s), s);
    const chars = fc.constantFrom('#', ' ', '\t', 'a', '"', "'", '\r', ':', '\u00a0');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }), (cs) => {
        const s = cs.join('');
        assert.equal(atxHeadingText(s), heading(s));
        assert.deepEqual(frontMatterField(`title${s}`), field(`title${s}`));
      }),
      { seed: 10, numRuns: 5000 },
    );
  });

  it('replaces links with their text as the pattern it stands for does', () => {
    const pattern = (s: string) => s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
    for (const s of ['[a](b)', '![a](b) c', 'x [a] (b) [c](d', '[a [b](c)', '!![a](b)![c](d)', '[a](b)[c](d))']) assert.equal(linkText(s), pattern(s), s);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('[', ']', '(', ')', '!', 'a', ' '), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        assert.equal(linkText(s), pattern(s));
      }),
      { seed: 9, numRuns: 5000 },
    );
  });

  it('reads the entries and rows of one long HTML block in a plan, unclosed tags among them', () => {
    const make = (n: number) =>
      `# Post-Mortem: Hostile\n\n## Action items\n\n<table>\n<tr><th>Task</th><th>Owner</th></tr>\n${'<tr><td>Add a <lock timeout</td><td>Maya &amp; Devon</td></tr>\n<li>Alert on <b>lock</b> age <\n'.repeat(n)}</table>\n`;
    const options = postmortemOptions();
    const ratio = growth(make, (s) => check(s, options), 50);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
  });

  it('reads the entries of one long HTML list holding code elements, closed, nested and not, in linear time', () => {
    const make = (n: number) =>
      `# Post-Mortem: Hostile\n\n## Action items\n\n<ul>\n${'<li>Raise <code>max_conn</code> <pre><code><kbd>a</kbd></code></pre> to 50 <code>open\n'.repeat(n)}</ul>\n`;
    const options = postmortemOptions();
    const ratio = growth(make, (s) => check(s, options), 50);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
  });

  it('reads a plan of many instructions, procedures and lists of releases and links in linear time', () => {
    const part = (i: number) =>
      `### Part ${i}\n\nInstructions for clearing part ${i}.\n\n1. Stop agent ${i}\n2. \`rm -rf /tmp/${i}\`\n3. Start agent ${i}\n\n` +
      `- Agent ${i}: \`v1.${i}.0\`\n- Proxy:\n    - Branch: [\`fix-${i}\`](https://example.com/${i})\n\nUseful links:\n\n- [Notes ${i}](https://example.com/n/${i})\n\n` +
      `A call will be held at 10:00 UTC for part ${i}: we are working on a fix and ${'x '.repeat(40)}.\n\n`;
    const make = (n: number) => `# Post-Mortem: x\n\n## Next steps\n\n${Array.from({ length: n }, (_, i) => part(i)).join('')}`;
    const options = postmortemOptions();
    const ratio = growth(make, (s) => check(s, options), 10);
    assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
  });

  it('reads a plan of sub-headings over one paragraph each, and prose that tells safeguards made, in linear time', () => {
    const options = postmortemOptions();
    const plan = (n: number) =>
      `# Post-Mortem: Hostile\n\n## Remediation\n\n${'### Standby copy of the queue\n\nKeep a warm copy of the queue. Owner: Ana\n\n'.repeat(n)}`;
    const told = (n: number) =>
      `# Post-Mortem: Hostile\n\n## Root cause\n\n${'The job skipped a domain, and a new extra daily alarm has now been set up to page the rota.\n\n'.repeat(n)}`;
    for (const make of [plan, told]) {
      const ratio = growth(make, (s) => check(s, options), 50);
      assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    }
  });

  for (const [name, unit] of [
    ['a heading of digits', '# 1234567890123456789012345678901234567890x\n\n'],
    ['lines with long runs of spaces', `Owner: a${' '.repeat(500)}b\n\n`],
    ['unclosed control comments', '<!-- postmortem-disable required-sections\n'],
    ['many front matter keys', ''],
    // This noon's readings: run-in labels, status-led entries, lines that only hold a day, bare values under a plan.
    ['run-in section labels', '**Root cause.** A lock was held **Impact** — **Lessons learned** we saw\n\n'],
    ['status-led entries', '- Implemented: a retry\n- Suggested: **Done** - a check [Planned] In progress: x\n'],
    ['day lines between timed entries', '**March 21, 2022:**\n\n10:36 - restarted\n\n_Day 2._\n\n'],
    ['lists of bare values under a plan', '## Action items\n\n- db-01.example.com\n- `max_conns = 10`\n\n| Type | Name |\n|---|---|\n| A | x |\n\n'],
    // This afternoon's: blocks of plain field lines (some with escaped labels, not found as written), plans grouped under phase labels.
    ['blocks of plain field lines', 'Impact: a queue\nCause: a lock\nNext \\*steps\\*: retry\n\nRoot cause: x\nSummary: y\n\n'],
    ['plans grouped under phase labels', '## Next\n\n- Short-term\n  - Add a retry\n  - Raise the limit\n- Later:\n  - Move the queue\n\n'],
  ] as const) {
    it(`checks a whole post-mortem made of ${name} in linear time`, () => {
      const make =
        name === 'many front matter keys'
          ? (n: number) => `---\n${Array.from({ length: n }, (_, i) => `key${i}: value ${i}`).join('\n')}\ndate: 2026-02-30\n---\n# Post-Mortem: x\n`
          : (n: number) => `# Post-Mortem: Hostile\n\n${unit.repeat(n)}`;
      const options = postmortemOptions();
      const ratio = growth(make, (s) => check(s, options), 100);
      assert.ok(ratio < LINEAR, `8× the input took ${ratio.toFixed(1)}× the time`);
    });
  }
});
