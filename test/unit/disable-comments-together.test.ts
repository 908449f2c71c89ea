/**
 * "Disable … for this line" on long blocks. The comment at each line end of a block is judged
 * with the others, in one parse when none changes the block, and by halving when some do: the
 * verdicts must be the ones each comment gets alone (checked here against a parse of the whole
 * document with that one comment), and a long list must cost time in proportion to its length.
 */
import { strict as assert } from 'node:assert';
import { check, disableFixes } from '../../server/src/analysis/engine/engine';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';
import { applyEdits, assertEngineInvariants, postmortemOptions } from '../support/engine-properties';
import { growth, LINEAR } from '../support/growth';

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { line: number } };
}

/** The nesting of node types, leaving out text and HTML (a comment is HTML), and where each block starts. */
function structure(text: string): string {
  const nest = (node: Node): string => {
    const kids = (node.children ?? []).filter((c) => c.type !== 'text' && c.type !== 'html');
    return kids.length ? `${node.type}(${kids.map(nest).join(',')})` : node.type;
  };
  const root = parseMarkdown(text) as Node;
  const starts = (root.children ?? []).filter((c) => c.type !== 'html').map((c) => c.position?.start.line);
  return `${nest(root)} @ ${starts.join(',')}`;
}

/** The "for this line" fix of every line, asked in order of the lines (the first asks for the whole block). */
function lineFixes(text: string): (string | null)[] {
  const doc = analyzeDocument(text, 'postmortems/long-list.md', defaultSettings());
  return text.split('\n').map((_, line) => {
    const fix = disableFixes(doc, 'action-item-owner', line).find((f) => f.title.endsWith('for this line'));
    return fix ? applyEdits(text, fix.edits) : null;
  });
}

const HEAD = '# Post-Mortem: Queue stall\n\n## Action Items\n\n';

describe('disable comments judged together over a block', function () {
  // Each case checks many documents or parses the whole document once per line to compare: seconds
  // on a quiet machine, many more on a shared one. What is timed is a ratio, not the clock.
  this.timeout(120_000);

  it('offers the comment on every line end of a long list, and on none that would change the list, as each alone would', () => {
    const items: string[] = [];
    for (let i = 0; i < 150; i++) {
      if (i === 20)
        items.push('- [ ] Raise the pool limit  \n  and document the new ceiling'); // a hard break: a comment after it undoes the break
      else if (i === 70)
        items.push('- [ ] Write the failover notes\n  ---'); // a setext underline in the item: a comment undoes the heading
      else if (i === 110)
        items.push('- [ ] Add the replay script\n\n  ```sh\n  replay --from 0\n  ```'); // code: never a comment
      else items.push(`- [ ] Add check number ${i} to the queue consumer`);
    }
    const text = `${HEAD}${items.join('\n')}\n`;
    const original = structure(text);
    const lines = text.split('\n');
    const offered = lineFixes(text);
    let kept = 0;
    lines.forEach((line, i) => {
      if (i < 4 || !line.trim()) return;
      const after = offered[i];
      const inCode = /^\s*```|replay --from/.test(line);
      if (inCode) {
        assert.equal(after, null, `no comment inside code: line ${i + 1}`);
        return;
      }
      // The comment this line would take alone, at its end, with a space before it unless the line ends in one.
      const end = text.split('\n').slice(0, i).join('\n').length + (i ? 1 : 0) + line.length;
      const alone = `${text.slice(0, end)}${/\s$/.test(line) ? '' : ' '}<!-- postmortem-disable-line action-item-owner -->${text.slice(end)}`;
      const harmless = structure(alone) === original;
      assert.equal(after !== null, harmless, `line ${i + 1} ${JSON.stringify(line)}: offered ${after !== null}, harmless alone ${harmless}`);
      if (after !== null) {
        assert.equal(after, alone, `line ${i + 1}: the comment goes at the line's end`);
        kept++;
      }
    });
    assert.ok(kept >= 150, `most line ends take a comment (${kept})`);
    // The two lines a comment would change are among those refused.
    assert.equal(offered[lines.findIndex((l) => l.startsWith('- [ ] Raise the pool limit'))], null);
    assert.equal(offered[lines.findIndex((l) => l === '  ---')], null);
  });

  it('gives a list where every item ends in a hard break no line comment on those lines, and loses nothing', () => {
    // 150 items: 6 KB, under the 8 KB a block may have for its line comments to be judged at all.
    const text = `${HEAD}${'- [ ] Raise the pool limit  \n  and note it\n'.repeat(150)}`;
    const offered = lineFixes(text);
    text.split('\n').forEach((line, i) => {
      if (line.startsWith('- [ ]')) assert.equal(offered[i], null, `line ${i + 1}`);
    });
    // Every finding still has its file-wide comment, and every fix offered keeps the document's text.
    assertEngineInvariants(`${HEAD}${'- [ ] Raise the pool limit  \n  and note it\n'.repeat(8)}- [ ] Add a check\n`, postmortemOptions());
  });

  it('checks a long list of open items in time linear in its length (each item has its comment)', () => {
    const options = postmortemOptions();
    const make = (n: number) => `${HEAD}${'- [ ] Add a check\n'.repeat(n)}`;
    // 16 items check in more than a few milliseconds, so the sizes stay at 16 and 128 items: both
    // under the 8 KB a block may have for its line comments to be judged at all.
    const ratio = growth(make, (s) => check(s, options), 16);
    assert.ok(ratio < LINEAR, `8× the items took ${ratio.toFixed(1)}× the time`);
    const findings = check(make(400), options).findings.filter((f) => f.ruleId === 'action-item-owner');
    assert.equal(findings.length, 400);
    assert.ok(
      findings.every((f) => f.fixes.some((x) => x.title.endsWith('for this line'))),
      'every open item of a 400-item list has its line comment',
    );
  });
});
